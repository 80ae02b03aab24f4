/**
 * The clock, the slider and playback. The slider is a native range input (drag, click, touch and
 * keyboard for free, read by screen readers as a slider) with PageUp/PageDown set to one hour, and a
 * mark on its track for every change of state.
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { TimelineEngine } from '../engine/timeline.ts';
import { formatDualDate, formatDualDateWords, type Lang } from '../time/format.ts';
import type { LocalMinutes } from '../time/localTime.ts';
import { t } from './i18n.ts';
import { NextIcon, PauseIcon, PlayIcon, PreviousIcon } from './icons.tsx';

/** Story minutes per real second. */
export const SPEEDS = [5, 15, 60] as const;
export type Speed = (typeof SPEEDS)[number];
export type PlayMode = 'continuous' | 'changes';
/** How the time moved: a drag of the slider, a step of playback, or a deliberate jump (a button, a key, an event, a story step). */
export type TimeMove = 'slide' | 'play' | 'jump';

/** In change-by-change mode, how long each change stays on screen. */
const CHANGE_STEP_MS = 2000;

export interface Playback {
  playing: boolean;
  speed: Speed;
  mode: PlayMode;
}

interface Props {
  engine: TimelineEngine;
  time: LocalMinutes;
  lang: Lang;
  playback: Playback;
  onTime: (time: LocalMinutes, how: TimeMove) => void;
  onPlayback: (playback: Playback) => void;
}

/** Advances the time while playing; stops at the end of the story. */
function usePlayer(engine: TimelineEngine, time: LocalMinutes, playback: Playback, props: Props) {
  const latest = useRef({ time, props });
  useEffect(() => {
    latest.current = { time, props };
  });
  useEffect(() => {
    if (!playback.playing) return;
    const stop = () => latest.current.props.onPlayback({ ...playback, playing: false });
    if (playback.mode === 'changes') {
      const timer = window.setInterval(() => {
        const next = engine.nextChange(latest.current.time);
        if (next) latest.current.props.onTime(next.at, 'jump');
        else stop();
      }, CHANGE_STEP_MS);
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
        const next = Math.min(engine.end, latest.current.time + whole) as LocalMinutes;
        latest.current.props.onTime(next, 'play');
        if (next >= engine.end) return stop();
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [engine, playback]);
}

/**
 * The range input. React renders it only when the story or the language changes: a drag has already
 * moved it, and rendering it with every move would rewrite its attributes (React re-sets an input's
 * value, type and name on each update), repainting it and holding back the map's next frame.
 * TimeControls writes the time into it directly instead (for playback, jumps and Back), with the
 * words a screen reader says.
 */
const SliderInput = memo(function SliderInput({
  engine,
  initial,
  lang,
  onTime,
  inputRef,
}: {
  engine: TimelineEngine;
  initial: LocalMinutes;
  lang: Lang;
  onTime: Props['onTime'];
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  function handleKey(event: KeyboardEvent<HTMLInputElement>) {
    const hour = 60;
    const moves: Record<string, number> = { PageUp: hour, PageDown: -hour };
    const delta = moves[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    const now = Number(event.currentTarget.value);
    onTime(Math.min(engine.end, Math.max(engine.start, now + delta)) as LocalMinutes, 'jump');
  }
  return (
    <input
      className="time-slider"
      type="range"
      min={engine.start}
      max={engine.end}
      step={1}
      defaultValue={initial}
      ref={inputRef}
      aria-label={t('timeLabel', lang)}
      onChange={(event) => onTime(Number(event.target.value) as LocalMinutes, 'slide')}
      onKeyDown={handleKey}
      data-testid="time-slider"
    />
  );
});

export function TimeControls(props: Props) {
  const { engine, time, lang, playback, onTime, onPlayback } = props;
  usePlayer(engine, time, playback, props);
  const span = engine.end - engine.start;
  // A mark for every moment something changes; built once per story, not on every move.
  const marks = useMemo(
    () =>
      [...new Set(engine.changes.map((change) => change.at))].map((at) => (
        <span key={at} className="slider-mark" style={{ left: `${((at - engine.start) / span) * 100}%` }} />
      )),
    [engine, span],
  );

  const slider = useRef<HTMLInputElement>(null);
  const [initialTime] = useState(time);
  useLayoutEffect(() => {
    const input = slider.current;
    if (!input) return;
    if (input.value !== String(time)) input.value = String(time);
    input.setAttribute('aria-valuetext', formatDualDateWords(time, lang));
  }, [time, lang]);

  const previous = engine.previousChange(time);
  const next = engine.nextChange(time);
  const atEnd = time >= engine.end;

  return (
    <section className="time-controls" aria-label={t('timeLabel', lang)}>
      <div className="time-row">
        <p className="clock" data-testid="clock">
          <time dateTime={new Date(time * 60_000).toISOString().slice(0, 16)}>{formatDualDate(time, lang)}</time>
        </p>
        <div className="playback" role="group" aria-label={t('play', lang)}>
          <button
            type="button"
            onClick={() => previous && onTime(previous.at, 'jump')}
            disabled={!previous}
            aria-label={t('previousChange', lang)}
            title={t('previousChange', lang)}
          >
            <PreviousIcon />
          </button>
          <button
            type="button"
            className="play"
            onClick={() => {
              if (!playback.playing && atEnd) onTime(engine.start, 'jump');
              onPlayback({ ...playback, playing: !playback.playing });
            }}
            aria-label={playback.playing ? t('pause', lang) : t('play', lang)}
            data-testid="play"
          >
            {playback.playing ? <PauseIcon /> : <PlayIcon />}
          </button>
          <button
            type="button"
            onClick={() => next && onTime(next.at, 'jump')}
            disabled={!next}
            aria-label={t('nextChange', lang)}
            title={t('nextChange', lang)}
          >
            <NextIcon />
          </button>
        </div>
        <div className="speeds" role="group" aria-label={t('speed', lang)}>
          {SPEEDS.map((speed) => (
            <button
              key={speed}
              type="button"
              aria-pressed={playback.mode === 'continuous' && playback.speed === speed}
              onClick={() => onPlayback({ ...playback, speed, mode: 'continuous' })}
            >
              {speed} {t('speedUnit', lang)}
            </button>
          ))}
          <button
            type="button"
            aria-pressed={playback.mode === 'changes'}
            onClick={() => onPlayback({ ...playback, mode: 'changes' })}
          >
            {t('byChange', lang)}
          </button>
        </div>
      </div>
      <div className="slider-wrap">
        <div className="slider-marks" aria-hidden="true">
          {marks}
        </div>
        <SliderInput engine={engine} initial={initialTime} lang={lang} onTime={onTime} inputRef={slider} />
      </div>
      <p className="time-note">{t('timeNote', lang)}</p>
    </section>
  );
}
