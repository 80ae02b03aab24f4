/**
 * The text equivalent of the map: every bridge and place with its state at t, and Lenin's position.
 * A polite live region announces what changed, once the slider has come to rest.
 */
import { memo, useEffect, useRef, useState } from 'react';
import type { Place } from '../data/placeIndex.ts';
import type { LeninPosition } from '../engine/leninWalk.ts';
import { isFirm, type Change, type FeatureState } from '../engine/timeline.ts';
import { formatDualDate, type Lang } from '../time/format.ts';
import type { LocalMinutes } from '../time/localTime.ts';
import { BRIDGE_LABEL, CERTAINTY_LABEL, CONTROL_LABEL, LENIN_STATUS, t } from './i18n.ts';
import type { Mover, MoverTransition } from '../engine/movers.ts';
import type { Localized } from '../model/schemas.ts';
import { describeMover, describeTransition, MOVERS_HEADING } from './moverText.ts';

interface Props {
  time: LocalMinutes;
  lang: Lang;
  places: ReadonlyMap<string, Place>;
  states: ReadonlyMap<string, FeatureState>;
  lenin: LeninPosition;
  recentChanges: readonly Change[];
  /** Everything that moves, listed at `time`; and what set off or arrived as the panel moved. */
  movers?: readonly Mover[];
  moverNews?: readonly { name: Localized; transition: MoverTransition }[];
  onSelect: (id: string) => void;
}

/** How long the slider must rest before the change summary is announced. */
const ANNOUNCE_AFTER_MS = 700;

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
  recentChanges,
  movers = [],
  moverNews = [],
  onSelect,
}: Props) {
  const [announcement, setAnnouncement] = useState('');
  // The lists are built only while someone has them open.
  const [open, setOpen] = useState(false);
  const latest = useRef({ recentChanges, places, states, lang, moverNews });
  useEffect(() => {
    latest.current = { recentChanges, places, states, lang, moverNews };
  });
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const { recentChanges: changes, places: index, states: now, lang: language, moverNews: news } = latest.current;
      if (changes.length === 0 && news.length === 0) return;
      const lines = [...new Set(changes.map((change) => change.featureId))].map((id) => {
        const state = now.get(id);
        const name = index.get(id)?.name[language] ?? id;
        return state ? `${name}: ${describeState(state, language)}` : name;
      });
      lines.push(...news.map((item) => describeTransition(item.name, item.transition, language)));
      setAnnouncement(`${t('changedNow', language)}: ${lines.join('; ')}`);
    }, ANNOUNCE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [recentChanges, moverNews]);

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
      <p className="visually-hidden" aria-live="polite" data-testid="live-summary">
        {announcement}
      </p>
    </details>
  );
});
