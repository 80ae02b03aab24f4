/**
 * The kiosk as one hook: the idle cycle (prompt, reset, attract loop), the watchdog and the
 * touch-screen manners, all expressed as intents on the view store. Returns the phase for the overlay.
 */
import { useEffect, useState } from 'react';
import type { Story } from '../model/schemas.ts';
import type { Lang } from '../time/format.ts';
import type { ViewStore } from '../view/store.ts';
import { runAttractLoop } from './attract.ts';
import { watchPresence, type KioskConfig, type KioskPhase } from './kiosk.ts';
import { createWatchdog } from './watchdog.ts';

export type Watchdog = ReturnType<typeof createWatchdog>;

export function useWatchdog(kiosk: KioskConfig | null): Watchdog | null {
  const [watchdog] = useState(() => (kiosk ? createWatchdog(window.sessionStorage, () => window.location.reload()) : null));
  return watchdog;
}

export function useKiosk(
  kiosk: KioskConfig | null,
  watchdog: Watchdog | null,
  store: ViewStore | null,
  stories: readonly Story[],
  /** Sets the language while there is no view store yet (the data still loading). */
  setBootLang: (lang: Lang) => void,
): KioskPhase {
  const [phase, setPhase] = useState<KioskPhase>('active');

  useEffect(() => {
    if (!kiosk) return;
    return watchPresence(window, kiosk, phase, {
      setPhase,
      reset: () => {
        if (store) store.dispatch({ type: 'kiosk-reset', lang: kiosk.lang });
        else setBootLang(kiosk.lang);
      },
    });
  }, [kiosk, phase, store, setBootLang]);

  useEffect(() => {
    if (phase !== 'attract' || !kiosk || !store) return;
    return runAttractLoop(store.dispatch, stories, kiosk.stepSeconds * 1000);
  }, [phase, kiosk, store, stories]);

  useEffect(() => {
    if (!kiosk || !watchdog) return;
    document.documentElement.classList.add('kiosk');
    const noContextMenu = (event: Event) => event.preventDefault();
    const onFailure = () => void watchdog.report();
    window.addEventListener('contextmenu', noContextMenu);
    window.addEventListener('error', onFailure);
    window.addEventListener('unhandledrejection', onFailure);
    return () => {
      document.documentElement.classList.remove('kiosk');
      window.removeEventListener('contextmenu', noContextMenu);
      window.removeEventListener('error', onFailure);
      window.removeEventListener('unhandledrejection', onFailure);
    };
  }, [kiosk, watchdog]);

  return phase;
}
