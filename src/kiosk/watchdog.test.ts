import { describe, expect, it, vi } from 'vitest';
import { createWatchdog } from './watchdog.ts';

function memoryStore() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

describe('watchdog', () => {
  it('reloads after three errors within a minute, not after two', () => {
    let clock = 0;
    const reload = vi.fn();
    const watchdog = createWatchdog(memoryStore(), reload, () => clock);
    watchdog.report();
    clock += 10_000;
    watchdog.report();
    expect(reload).not.toHaveBeenCalled();
    clock += 10_000;
    expect(watchdog.report()).toBe(true);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('forgets errors older than a minute', () => {
    let clock = 0;
    const reload = vi.fn();
    const watchdog = createWatchdog(memoryStore(), reload, () => clock);
    watchdog.report();
    watchdog.report();
    clock += 61_000;
    watchdog.report();
    expect(reload).not.toHaveBeenCalled();
  });

  it('stands down after three reloads within ten minutes (no reload loop)', () => {
    let clock = 0;
    const store = memoryStore();
    const reload = vi.fn();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      // a fresh page after each reload, sharing the session store
      const watchdog = createWatchdog(store, reload, () => clock);
      watchdog.report();
      watchdog.report();
      watchdog.report();
      clock += 30_000;
    }
    expect(reload).toHaveBeenCalledTimes(3);
  });
});
