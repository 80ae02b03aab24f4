/**
 * The clock, the slider and playback. The slider is a native range input (drag, click, touch and
 * keyboard for free, read by screen readers as a slider) with PageUp/PageDown set to one hour, and a
 * mark on its track for every change of state.
 *
 * During a drag the clock is the only thing here React renders: the slider has already moved, so the
 * store writes the time into it directly (for playback, jumps and Back, with the words a screen reader
 * says), and the buttons read only what rarely changes (is there a previous change? a next one?).
 */
import { memo, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { TimelineEngine } from '../engine/timeline.ts';
import { formatDualDate, formatDualDateWords } from '../time/format.ts';
import { formatLocalTime, type LocalMinutes } from '../time/localTime.ts';
import { useView, useViewStore } from '../view/store.ts';
import { SPEEDS } from '../view/viewState.ts';
import { t } from './i18n.ts';
import { NextIcon, PauseIcon, PlayIcon, PreviousIcon } from './icons.tsx';

/** In change-by-change mode, how long each change stays on screen. */
const CHANGE_STEP_MS = 2000;

/** Advances the time while playing (the reducer stops it at the end of the story). */
function usePlayer() {
  const store = useViewStore();
  const playback = useView((view) => view.playback);
  useEffect(() => {
    if (!playback.playing) return;
    if (playback.mode === 'changes') {
      const timer = window.setInterval(() => store.dispatch({ type: 'step', direction: 'next' }), CHANGE_STEP_MS);
      return () => window.clearInterval(timer);
    }
    let frame = 0;
    let last = performance.now();
    let carried = 0; // fractions of a story minute between frames
    const tick = (now: number) => {
      carried += ((now - last) / 1000) * playback.speed;
      last = now;
      const whole = Math.floor(carried);
      if (whole >= 1) {
        carried -= whole;
        store.dispatch({ type: 'tick', minutes: whole, now });
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [store, playback]);
}

/** The time in both calendars: the one element that renders on every move. */
function Clock() {
  const time = useView((view) => view.time);
  const lang = useView((view) => view.lang);
  return (
    <p className="clock" data-testid="clock">
      <time dateTime={formatLocalTime(time)}>{formatDualDate(time, lang)}</time>
    </p>
  );
}

/** The range input, rendered only when the story or the language changes; the store moves it. */
const SliderInput = memo(function SliderInput({ engine }: { engine: TimelineEngine }) {
  const store = useViewStore();
  const lang = useView((view) => view.lang);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const element = input.current;
    if (!element) return;
    let shown: { time: LocalMinutes; lang: string } | null = null;
    const write = () => {
      const { time, lang: language } = store.get();
      if (shown?.time === time && shown.lang === language) return;
      shown = { time, lang: language };
      if (element.value !== String(time)) element.value = String(time);
      element.setAttribute('aria-valuetext', formatDualDateWords(time, language));
    };
    write();
    // A native listener that keeps the event from React's root listener: React would otherwise
    // "restore" the input after every input event, re-setting its type and name attributes, three DOM
    // writes on every move of a drag. flushSync: the clock renders in the same task as the move.
    const onInput = (event: Event) => {
      event.stopPropagation();
      flushSync(() => store.dispatch({ type: 'slide', time: Number(element.value) }));
    };
    element.addEventListener('input', onInput);
    const off = store.subscribe(write);
    return () => {
      off();
      element.removeEventListener('input', onInput);
    };
  }, [store]);
  function handleKey(event: KeyboardEvent<HTMLInputElement>) {
    const hour = 60;
    const minutes = ({ PageUp: hour, PageDown: -hour } as Record<string, number>)[event.key];
    if (minutes === undefined) return;
    event.preventDefault();
    store.dispatch({ type: 'nudge', minutes });
  }
  return (
    <input
      className="time-slider"
      type="range"
      min={engine.start}
      max={engine.end}
      step={1}
      defaultValue={store.get().time}
      ref={input}
      aria-label={t('timeLabel', lang)}
      onKeyDown={handleKey}
      data-testid="time-slider"
    />
  );
});

/** ⏮ or ⏭: to the previous or next change (an icon, named for screen readers and on hover). */
function StepButton({ direction, disabled, label }: { direction: 'previous' | 'next'; disabled: boolean; label: string }) {
  const store = useViewStore();
  return (
    <button type="button" onClick={() => store.dispatch({ type: 'step', direction })} disabled={disabled} aria-label={label} title={label}>
      {direction === 'previous' ? <PreviousIcon /> : <NextIcon />}
    </button>
  );
}

export const TimeControls = memo(function TimeControls({ engine }: { engine: TimelineEngine }) {
  usePlayer();
  const store = useViewStore();
  const lang = useView((view) => view.lang);
  const playback = useView((view) => view.playback);
  const hasPrevious = useView((view) => engine.previousChange(view.time) !== null);
  const hasNext = useView((view) => engine.nextChange(view.time) !== null);
  const span = engine.end - engine.start;
  // A mark for every moment something changes; built once per story, not on every move.
  const marks = useMemo(
    () =>
      [...new Set(engine.changes.map((change) => change.at))].map((at) => (
        <span key={at} className="slider-mark" style={{ left: `${((at - engine.start) / span) * 100}%` }} />
      )),
    [engine, span],
  );

  return (
    <section className="time-controls" aria-label={t('timeLabel', lang)}>
      <div className="time-row">
        <Clock />
        <div className="playback" role="group" aria-label={t('play', lang)}>
          <StepButton direction="previous" disabled={!hasPrevious} label={t('previousChange', lang)} />
          <button
            type="button"
            className="play"
            onClick={() => store.dispatch({ type: 'play', playing: !playback.playing })}
            aria-label={playback.playing ? t('pause', lang) : t('play', lang)}
            data-testid="play"
          >
            {playback.playing ? <PauseIcon /> : <PlayIcon />}
          </button>
          <StepButton direction="next" disabled={!hasNext} label={t('nextChange', lang)} />
        </div>
        <div className="speeds" role="group" aria-label={t('speed', lang)}>
          {SPEEDS.map((speed) => (
            <button
              key={speed}
              type="button"
              aria-pressed={playback.mode === 'continuous' && playback.speed === speed}
              onClick={() => store.dispatch({ type: 'speed', speed })}
            >
              {speed} {t('speedUnit', lang)}
            </button>
          ))}
          <button
            type="button"
            aria-pressed={playback.mode === 'changes'}
            onClick={() => store.dispatch({ type: 'mode', mode: 'changes' })}
          >
            {t('byChange', lang)}
          </button>
        </div>
      </div>
      <div className="slider-wrap">
        <div className="slider-marks" aria-hidden="true">
          {marks}
        </div>
        <SliderInput engine={engine} />
      </div>
      <p className="time-note">{t('timeNote', lang)}</p>
    </section>
  );
});
