import { describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK_CONFIG } from '../../../../common/kiosk';
import { kioskFromAddress } from '../../../../renderer/src/kiosk/config-from-address';

describe('a browser kiosk from its address', () => {
  it('is no kiosk without ?kiosk=1, whatever else the address says', () => {
    expect(kioskFromAddress('?idleTimeoutSeconds=60')).toEqual({ config: null, ignored: [] });
    expect(kioskFromAddress('?kiosk=0')).toEqual({ config: null, ignored: [] });
  });

  it('has the defaults with ?kiosk=1 alone', () => {
    expect(kioskFromAddress('?kiosk=1')).toEqual({ config: DEFAULT_KIOSK_CONFIG, ignored: [] });
  });

  it('takes its idle timings from the address, as the configuration file names them', () => {
    const { config, ignored } = kioskFromAddress('?kiosk=1&idleTimeoutSeconds=45&warningSeconds=20');
    expect(config).toEqual({ ...DEFAULT_KIOSK_CONFIG, idleTimeoutSeconds: 45, warningSeconds: 20 });
    expect(ignored).toEqual([]);
  });

  it('ignores a timing out of range or not a whole number, naming it, and keeps the default for it', () => {
    const { config, ignored } = kioskFromAddress('?kiosk=1&idleTimeoutSeconds=5&warningSeconds=twenty');
    expect(config).toEqual(DEFAULT_KIOSK_CONFIG);
    expect(ignored).toHaveLength(2);
    expect(ignored[0]).toMatch(/^Ignored \?idleTimeoutSeconds=5: /);
    expect(ignored[1]).toMatch(/^Ignored \?warningSeconds=twenty: /);
    // WCAG 2.2.1: a warning shorter than 20 seconds is not offered, even on request.
    expect(kioskFromAddress('?kiosk=1&warningSeconds=10').config?.warningSeconds).toBe(30);
  });

  it('takes the on-screen controls from the address, the dimming switch included, or ignores them whole', () => {
    expect(kioskFromAddress('?kiosk=1&controls=textSize,brightness').config?.controls).toEqual([
      'textSize',
      'brightness',
    ]);
    const { config, ignored } = kioskFromAddress('?kiosk=1&controls=textSize,volume');
    expect(config?.controls).toEqual(DEFAULT_KIOSK_CONFIG.controls);
    expect(ignored[0]).toMatch(/^Ignored \?controls=textSize,volume: /);
  });
});

describe('audio-first use from the address', () => {
  it('turns on with &audio=1, with the default keypad', () => {
    const { config, ignored } = kioskFromAddress('?kiosk=1&audio=1');
    expect(config?.audio).toEqual({ offerEverySeconds: 10 });
    expect(ignored).toEqual([]);
  });

  it('ignores any other value, naming it', () => {
    const { config, ignored } = kioskFromAddress('?kiosk=1&audio=yes');
    expect(config?.audio).toBeUndefined();
    expect(ignored).toEqual(['Ignored ?audio=yes: must be 1']);
  });
});
