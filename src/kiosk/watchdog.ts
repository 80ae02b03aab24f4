/**
 * The kiosk's last line of defence: when errors keep coming (3 within a minute), reload the page.
 * A reload that does not help is not repeated forever: after 3 reloads within 10 minutes the
 * watchdog stands down and the error screen with its "Try again" button stays.
 */
export interface WatchdogStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface WatchdogOptions {
  errorsToReload: number;
  errorWindowMs: number;
  maxReloads: number;
  reloadWindowMs: number;
}

export const WATCHDOG_DEFAULTS: WatchdogOptions = {
  errorsToReload: 3,
  errorWindowMs: 60_000,
  maxReloads: 3,
  reloadWindowMs: 10 * 60_000,
};

const RELOADS_KEY = 'petrograd-1917:watchdog-reloads';

export function createWatchdog(
  store: WatchdogStore,
  reload: () => void,
  now: () => number = Date.now,
  options: WatchdogOptions = WATCHDOG_DEFAULTS,
) {
  let errors: number[] = [];
  const reloads = (): number[] => {
    try {
      const parsed: unknown = JSON.parse(store.getItem(RELOADS_KEY) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((value): value is number => typeof value === 'number') : [];
    } catch {
      return [];
    }
  };
  return {
    /** Records a failure; returns true if it made the watchdog reload the page. */
    report(): boolean {
      const time = now();
      errors = [...errors.filter((at) => time - at < options.errorWindowMs), time];
      if (errors.length < options.errorsToReload) return false;
      const recent = reloads().filter((at) => time - at < options.reloadWindowMs);
      if (recent.length >= options.maxReloads) return false;
      store.setItem(RELOADS_KEY, JSON.stringify([...recent, time]));
      errors = [];
      reload();
      return true;
    },
  };
}
