import { afterEach, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import type { Intent } from '../view/viewState.ts';
import { parseKioskConfig, watchPresence, type KioskPhase } from './kiosk.ts';

describe('kiosk configuration', () => {
  it('is off without ?kiosk', () => {
    expect(parseKioskConfig('?lang=ru')).toBeNull();
  });

  it('has museum defaults: 90 s idle, 20 s prompt, Russian', () => {
    expect(parseKioskConfig('?kiosk')).toEqual({ idleSeconds: 90, promptSeconds: 20, stepSeconds: 9, lang: 'ru' });
  });

  it('takes its settings from the URL and ignores nonsense', () => {
    expect(parseKioskConfig('?kiosk&idle=120&prompt=30&lang=en&dwell=5')).toEqual({
      idleSeconds: 120,
      promptSeconds: 30,
      stepSeconds: 5,
      lang: 'en',
    });
    expect(parseKioskConfig('?kiosk&idle=-5&prompt=abc&lang=fr')).toEqual({
      idleSeconds: 90,
      promptSeconds: 20,
      stepSeconds: 9,
      lang: 'ru',
    });
  });
});

describe('the idle cycle', () => {
  const config = { idleSeconds: 90, promptSeconds: 20, stepSeconds: 9, lang: 'ru' as const };

  // every harness stops listening and hands the clock back after its test, also after a failure
  const running: (() => void)[] = [];
  afterEach(() => {
    running.splice(0).forEach((stop) => stop());
    vi.useRealTimers();
  });

  function harness(phase: KioskPhase) {
    vi.useFakeTimers();
    const target = new EventTarget() as EventTarget & Window;
    Object.assign(target, { setTimeout, clearTimeout });
    const setPhase = vi.fn<(phase: KioskPhase) => void>();
    const reset = vi.fn<() => void>();
    const stop = watchPresence(target, config, phase, { setPhase, reset });
    running.push(stop);
    return { target, setPhase, reset, stop };
  }

  it('asks "still there?" after the idle time, not before', () => {
    const { setPhase } = harness('active');
    vi.advanceTimersByTime(89_999);
    expect(setPhase).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(setPhase).toHaveBeenCalledWith('prompt');
  });

  it('starts the idle time again at every touch', () => {
    const { target, setPhase } = harness('active');
    vi.advanceTimersByTime(80_000);
    target.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(80_000);
    expect(setPhase).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(setPhase).toHaveBeenCalledWith('prompt');
  });

  it('resets and starts the attract loop when the prompt goes unanswered', () => {
    const { setPhase, reset } = harness('prompt');
    vi.advanceTimersByTime(20_000);
    expect(reset).toHaveBeenCalledOnce();
    expect(setPhase).toHaveBeenCalledWith('attract');
  });

  it('goes back to active at a touch during the prompt or the attract loop', () => {
    for (const phase of ['prompt', 'attract'] as const) {
      const { target, setPhase, reset } = harness(phase);
      target.dispatchEvent(new Event('touchstart'));
      expect(setPhase).toHaveBeenCalledWith('active');
      expect(reset).not.toHaveBeenCalled();
    }
  });

  it('stops listening when cleaned up', () => {
    const { target, setPhase, stop } = harness('attract');
    stop();
    target.dispatchEvent(new Event('pointerdown'));
    expect(setPhase).not.toHaveBeenCalled();
  });
});

describe('the attract loop', () => {
  it('dispatches every step of every story without cards, then starts again', async () => {
    const { runAttractLoop } = await import('./attract.ts');
    vi.useFakeTimers();
    const stories = [
      { id: 'a', steps: [{}, {}] },
      { id: 'b', steps: [{}] },
    ] as never;
    const seen: string[] = [];
    const timers = { setInterval, clearInterval } as unknown as Pick<Window, 'setInterval' | 'clearInterval'>;
    const record = (intent: Intent) => {
      if (intent.type === 'story') seen.push(`${intent.id}${intent.step}${String(intent.openCard)}`);
    };
    const stop = runAttractLoop(record, stories, 1000, timers);
    vi.advanceTimersByTime(3000);
    stop();
    vi.advanceTimersByTime(5000);
    expect(seen).toEqual(['a1false', 'a2false', 'b1false', 'a1false']);
    vi.useRealTimers();
  });
});
