import { Fragment, lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskConfig } from '../../../common/kiosk';
import type { Language } from '../../../common/languages';
import type { Preferences } from '../../../common/preferences';
import { bridge } from '../bridge';
import { useAnnounce } from '../shared/Announcer';
import { usePreference } from '../preferences/PreferencesProvider';
import { stopSpeech } from '../speech/speech-reader';
import { useReadAloudState } from '../speech/useReadAloud';
import { useDialogs } from '../shared/dialogs/DialogHost';
import type { KioskVoice } from './audio/kiosk-voice';
import { IdleWarning } from './IdleWarning';
import { KioskContext, type Kiosk } from './KioskContext';
import { StartScreen } from './StartScreen';
import { useIdleTimer } from './useIdleTimer';

type Phase = 'start' | 'reading' | 'warning';

const AudioGuide = lazy(() => import('./audio/AudioGuide').then((module) => ({ default: module.AudioGuide })));

/** The kiosk itself: loaded only when the reader runs as a kiosk. */
export function ActiveKiosk({
  config,
  defaults,
  children,
}: {
  config: KioskConfig;
  defaults: Preferences & { language: Language };
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const restore = usePreference((preferences) => preferences.restore);
  const setLanguage = usePreference((preferences) => preferences.setLanguage);
  const [phase, setPhase] = useState<Phase>(config.language === 'ask' ? 'start' : 'reading');
  // Each reader gets a fresh mount of the whole reader: no dialog, focus or scroll state carries over.
  const [session, setSession] = useState(0);
  const dialogs = useDialogs();
  const [voice, setVoice] = useState<KioskVoice | null>(null);

  const reset = useCallback(() => {
    const { language } = defaults;
    // Whatever was being read aloud stops with the session.
    stopSpeech();
    // The reader's dialogs close with the session; the administrator's PIN prompt is not the reader's.
    dialogs.closeAll({ except: 'kioskAdminExit' });
    restore(defaults);
    setSession((current) => current + 1);
    setPhase(config.language === 'ask' ? 'start' : 'reading');
    window.scrollTo({ top: 0 });
    announce(t('kiosk.reset', { lng: language }));
  }, [announce, config, defaults, dialogs, restore, t]);

  const choose = (language: Language) => {
    setLanguage(language);
    setPhase('reading');
  };

  const warn = useCallback(() => setPhase('warning'), []);
  const keepReading = useCallback(() => setPhase('reading'), []);
  // Someone listening to the page read aloud is still there, even without touching the screen.
  const listening = useReadAloudState().snapshot.state === 'playing';
  useIdleTimer(config.idleTimeoutSeconds * 1000, phase === 'reading' && !listening, warn);

  useEffect(
    () =>
      bridge.onHostEvent((event) => {
        if (event.type === 'adminExitRequested') dialogs.open('kioskAdminExit', {});
      }),
    [dialogs],
  );

  // Kiosk styles (44 px targets, room between them) key off this attribute.
  useEffect(() => {
    document.documentElement.dataset.kiosk = 'true';
  }, []);

  const kiosk = useMemo<Kiosk>(() => ({ config, backToStart: reset, voice }), [config, reset, voice]);

  return (
    <KioskContext.Provider value={kiosk}>
      {phase === 'start' ? (
        <StartScreen onChoose={choose} takeFocus={session > 0} />
      ) : (
        <Fragment key={session}>{children}</Fragment>
      )}
      {config.audio && (
        <Suspense>
          <AudioGuide audio={config.audio} phase={phase} session={session} onVoice={setVoice} />
        </Suspense>
      )}
      {phase === 'warning' && (
        <IdleWarning seconds={config.warningSeconds} onKeepReading={keepReading} onTimeUp={reset} />
      )}
    </KioskContext.Provider>
  );
}
