/**
 * The clock, the slider and playback. The slider is a native range input (drag, click, touch and
 * keyboard for free, read by screen readers as a slider) with PageUp/PageDown set to one hour, and a
 * mark on its track for every change of state.
 */
import { useEffect, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import type { TimelineEngine } from '../engine/timeline.ts';
import { formatDualDate, formatDualDateWords, type Lang } from '../time/format.ts';
import type { LocalMinutes } from '../time/localTime.ts';
import { t } from './i18n.ts';

/** Story minutes per real second. */
export const SPEEDS = [5, 15, 60] as const;
export type Speed = (typeof SPEEDS)[number];
export type PlayMode = 'continuous' | 'changes';

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
  onTime: (time: LocalMinutes, how: 'slide' | 'jump') => void;
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
        latest.current.props.onTime(next, 'slide');
        if (next >= engine.end) return stop();
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [engine, playback]);
}

export function TimeControls(props: Props) {
  const { engine, time, lang, playback, onTime, onPlayback } = props;
  usePlayer(engine, time, playback, props);
  const span = engine.end - engine.start;
  const marks = [...new Set(engine.changes.map((change) => change.at))];

  function handleKey(event: KeyboardEvent<HTMLInputElement>) {
    const hour = 60;
    const moves: Record<string, number> = { PageUp: hour, PageDown: -hour };
    const delta = moves[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    onTime(Math.min(engine.end, Math.max(engine.start, time + delta)) as LocalMinutes, 'jump');
  }

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
            ⏮
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
            {playback.playing ? '⏸' : '▶'}
          </button>
          <button
            type="button"
            onClick={() => next && onTime(next.at, 'jump')}
            disabled={!next}
            aria-label={t('nextChange', lang)}
            title={t('nextChange', lang)}
          >
            ⏭
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
          {marks.map((at) => (
            <span key={at} className="slider-mark" style={{ left: `${((at - engine.start) / span) * 100}%` }} />
          ))}
        </div>
        <input
          className="time-slider"
          type="range"
          min={engine.start}
          max={engine.end}
          step={1}
          value={time}
          aria-label={t('timeLabel', lang)}
          aria-valuetext={formatDualDateWords(time, lang)}
          onChange={(event) => onTime(Number(event.target.value) as LocalMinutes, 'slide')}
          onKeyDown={handleKey}
          style={{ '--progress': `${((time - engine.start) / span) * 100}%` } as CSSProperties}
          data-testid="time-slider"
        />
      </div>
      <p className="time-note">{t('timeNote', lang)}</p>
    </section>
  );
}
