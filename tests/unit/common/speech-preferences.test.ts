import { describe, expect, it } from 'vitest';
import { DEFAULT_READING_PREFERENCES, parsePreferences, readingPreferences } from '../../../common/preferences';
import { preferencesFromAddress } from '../../../common/preferences-from-address';

describe('read-aloud preferences', () => {
  it('default to the automatic voice, normal speed and the highlight on', () => {
    expect(readingPreferences({})).toMatchObject({ speechRate: 1, speechHighlight: true });
    expect(readingPreferences({}).voice).toBeUndefined();
    expect(DEFAULT_READING_PREFERENCES.speechHighlight).toBe(true);
  });

  it('keep the voice, speed and highlight the reader chose', () => {
    const chosen = { voice: 'French (Canada)', speechRate: 2.5, speechHighlight: false } as const;
    expect(parsePreferences(chosen)).toEqual(chosen);
    expect(readingPreferences(chosen)).toMatchObject(chosen);
  });

  it.each([
    ['an empty voice', { voice: '' }],
    ['a voice name longer than any engine gives', { voice: 'x'.repeat(501) }],
    ['a voice that is not text', { voice: 42 }],
    ['a speed not offered', { speechRate: 4 }],
    ['a speed as text', { speechRate: '2' }],
    ['a highlight that is not yes or no', { speechHighlight: 'on' }],
  ])('refuse %s', (_name, payload) => {
    expect(parsePreferences(payload)).toBeUndefined();
  });

  it('can be set in the address, for kiosk set-up', () => {
    expect(preferencesFromAddress('?speechRate=1.5&speechHighlight=false&voice=Alice')).toEqual({
      preferences: { speechRate: 1.5, speechHighlight: false, voice: 'Alice' },
      ignored: [],
    });
    expect(preferencesFromAddress('?speechRate=fast&speechHighlight=no').ignored).toHaveLength(2);
  });
});

describe('what read aloud leaves out', () => {
  it('is nothing by default, and one of four choices, each skipping more', () => {
    expect(readingPreferences({}).speechSkip).toBe('nothing');
    expect(parsePreferences({ speechSkip: 'linkLists' })).toEqual({ speechSkip: 'linkLists' });
    expect(parsePreferences({ speechSkip: 'tables' })).toBeUndefined();
    expect(parsePreferences({ speechSkip: ['lists'] })).toBeUndefined();
  });

  it('can be set in the address; an unknown kind is ignored', () => {
    expect(preferencesFromAddress('?speechSkip=related').preferences).toEqual({ speechSkip: 'related' });
    expect(preferencesFromAddress('?speechSkip=figures').ignored).toHaveLength(1);
  });
});
