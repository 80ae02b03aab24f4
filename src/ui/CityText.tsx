/**
 * The text equivalent of the map: every bridge and place with its state at t, and Lenin's position.
 * What changed is read out by ./LiveSummary.tsx, which stays outside this closable panel.
 */
import { memo, useState } from 'react';
import type { Place } from '../data/placeIndex.ts';
import type { LeninPosition } from '../engine/leninWalk.ts';
import { isFirm, type FeatureState } from '../engine/timeline.ts';
import { formatDualDate, type Lang } from '../time/format.ts';
import type { LocalMinutes } from '../time/localTime.ts';
import { BRIDGE_LABEL, CERTAINTY_LABEL, CONTROL_LABEL, LENIN_STATUS, t } from './i18n.ts';
import type { Mover } from '../engine/movers.ts';
import { describeMover, MOVERS_HEADING } from './moverText.ts';

interface Props {
  time: LocalMinutes;
  lang: Lang;
  places: ReadonlyMap<string, Place>;
  states: ReadonlyMap<string, FeatureState>;
  lenin: LeninPosition;
  /** Everything that moves, listed at `time`. */
  movers?: readonly Mover[];
  onSelect: (id: string) => void;
}

/** A state in words; a state that is not firm (engine isFirm, as the map fades it) says why. */
export function describeState(state: Pick<FeatureState, 'control' | 'bridge' | 'certainty' | 'settling'>, lang: Lang): string {
  const parts: string[] = [CONTROL_LABEL[state.control][lang]];
  if (state.bridge) parts.push(BRIDGE_LABEL[state.bridge][lang]);
  if (!isFirm(state)) parts.push(state.settling ? t('settling', lang) : CERTAINTY_LABEL[state.certainty][lang]);
  return parts.join(', ');
}

export function describeLenin(lenin: LeninPosition, lang: Lang): string {
  const timing = lenin.estimated
    ? ` (${t('estimatedTiming', lang)}${Math.round(lenin.timingUncertaintyMinutes)} ${t('minutesShort', lang)})`
    : '';
  return `${t('lenin', lang)}: ${LENIN_STATUS[lenin.status][lang]}${timing}`;
}

export const CityText = memo(function CityText({
  time,
  lang,
  places,
  states,
  lenin,
  movers = [],
  onSelect,
}: Props) {
  // The lists are built only while someone has them open.
  const [open, setOpen] = useState(false);

  const group = (groupName: Place['group'] | Place['group'][]) =>
    [...places.values()].filter((place) =>
      Array.isArray(groupName) ? groupName.includes(place.group) : place.group === groupName,
    );
  const item = (place: Place) => {
    const state = states.get(place.id);
    if (!state) return null;
    return (
      <li key={place.id}>
        <button type="button" className="link" onClick={() => onSelect(place.id)}>
          {place.name[lang]}
        </button>
        : {describeState(state, lang)}
      </li>
    );
  };

  return (
    <details className="city-text" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t('cityText', lang)}: {t('cityAt', lang)} {formatDualDate(time, lang)}
      </summary>
      {open && (
        <>
          <p>{describeLenin(lenin, lang)}</p>
          {movers.length > 0 && (
            <>
              <h3>{MOVERS_HEADING[lang]}</h3>
              <ul data-testid="movers-text">
                {movers.flatMap((mover) => {
                  const line = describeMover(mover, mover.positionAt(time), lang);
                  return line === null ? [] : [<li key={mover.id}>{line}</li>];
                })}
              </ul>
            </>
          )}
          <h3>{t('bridges', lang)}</h3>
          <ul>{group('bridge').map(item)}</ul>
          <h3>{t('places', lang)}</h3>
          <ul>{group(['stronghold', 'point']).map(item)}</ul>
        </>
      )}
    </details>
  );
});
