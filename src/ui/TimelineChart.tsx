/**
 * One row per bridge and stronghold, coloured bands for who held it (raised spans hatched), the
 * current time as a cursor. Clicking a band moves the slider to its start. The chart repeats what the
 * event list and the slider already offer to the keyboard, so its bands stay out of the tab order.
 */
import { memo, useMemo, type CSSProperties } from 'react';
import type { Place } from '../data/placeIndex.ts';
import { featureBands } from '../engine/bands.ts';
import { isFirm, type FeatureState, type TimelineEngine } from '../engine/timeline.ts';
import type { Theme } from '../map/theme.ts';
import { formatDualDate, type Lang } from '../time/format.ts';
import type { LocalMinutes } from '../time/localTime.ts';
import { BRIDGE_LABEL, CONTROL_SHORT, t } from './i18n.ts';

interface Props {
  engine: TimelineEngine;
  places: ReadonlyMap<string, Place>;
  time: LocalMinutes;
  lang: Lang;
  theme: Theme;
  /** False in the kiosk: bands too thin for a finger are shown, not pressed (the slider moves time). */
  interactive: boolean;
  onTime: (time: LocalMinutes) => void;
}

/** A band's look: hatched while raised, faded while not firm (the map's and the text's rule). */
export function chartBandClass(state: Pick<FeatureState, 'bridge' | 'certainty' | 'settling'>): string {
  return `chart-band${state.bridge === 'raised' ? ' raised' : ''}${isFirm(state) ? '' : ' uncertain'}`;
}

export const TimelineChart = memo(function TimelineChart({ engine, places, time, lang, theme, interactive, onTime }: Props) {
  // Only the cursor moves with the time: a CSS variable, so the rows need not render again.
  const cursor = { '--cursor': `${((time - engine.start) / (engine.end - engine.start)) * 100}%` } as CSSProperties;
  return (
    <div className="timeline-chart" role="group" aria-label={t('chartLabel', lang)} tabIndex={0} style={cursor}>
      <ChartRows engine={engine} places={places} lang={lang} theme={theme} interactive={interactive} onTime={onTime} />
    </div>
  );
});

const ChartRows = memo(function ChartRows({
  engine,
  places,
  lang,
  theme,
  interactive,
  onTime,
}: Omit<Props, 'time'>) {
  const rows = useMemo(() => {
    // a row for every bridge and stronghold whose state the timeline follows (not the canal bridges)
    const tracked = engine.stateAt(engine.start);
    return [...places.values()]
      .filter((place) => (place.group === 'bridge' || place.group === 'stronghold') && tracked.has(place.id))
      .map((place) => ({ place, bands: featureBands(engine, place.id) }));
  }, [engine, places]);
  const span = engine.end - engine.start;
  const left = (at: number) => `${((at - engine.start) / span) * 100}%`;
  return (
    <>
      {rows.map(({ place, bands }) => (
        <div className="chart-row" key={place.id}>
          <span className="chart-label">{place.name[lang]}</span>
          <div className="chart-track">
            {bands.map((band) => {
              const label = `${place.name[lang]}: ${CONTROL_SHORT[band.state.control][lang]}${
                band.state.bridge ? `, ${BRIDGE_LABEL[band.state.bridge][lang]}` : ''
              } — ${formatDualDate(band.from, lang)}`;
              const className = chartBandClass(band.state);
              const style = {
                left: left(band.from),
                width: `${((band.to - band.from) / span) * 100}%`,
                backgroundColor: theme.control[band.state.control],
              };
              return interactive ? (
                <button
                  key={band.from}
                  type="button"
                  tabIndex={-1}
                  className={className}
                  style={style}
                  title={label}
                  aria-label={label}
                  onClick={() => onTime(band.from)}
                />
              ) : (
                <span key={band.from} className={className} style={style} title={label} />
              );
            })}
          </div>
        </div>
      ))}
    </>
  );
});
