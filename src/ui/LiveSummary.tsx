/**
 * The polite live region that tells a screen reader what changed once the slider rests: the places
 * whose state changed and the movers that set off or arrived. It sits outside the panels (the
 * bottom sheet, the city-as-text's <details>), so it is read out whether they are open or closed.
 */
import { memo, useEffect, useRef, useState } from 'react';
import type { Place } from '../data/placeIndex.ts';
import type { Change, FeatureState } from '../engine/timeline.ts';
import type { Lang } from '../time/format.ts';
import type { MoverNews } from '../view/viewState.ts';
import { describeState } from './CityText.tsx';
import { t } from './i18n.ts';
import { describeTransition } from './moverText.ts';

/** How long the slider must rest before the change summary is announced. */
const ANNOUNCE_AFTER_MS = 700;

interface Props {
  lang: Lang;
  places: ReadonlyMap<string, Place>;
  states: ReadonlyMap<string, FeatureState>;
  recentChanges: readonly Change[];
  moverNews: MoverNews;
}

/** What changed, in words: "Changed now: Liteiny Bridge: MRC, lowered; Cruiser Aurora arrives …". */
export function summarize({ lang, places, states, recentChanges, moverNews }: Props): string {
  const lines = [...new Set(recentChanges.map((change) => change.featureId))].map((id) => {
    const state = states.get(id);
    const name = places.get(id)?.name[lang] ?? id;
    return state ? `${name}: ${describeState(state, lang)}` : name;
  });
  lines.push(...moverNews.map((item) => describeTransition(item.name, item.transition, lang)));
  return lines.length === 0 ? '' : `${t('changedNow', lang)}: ${lines.join('; ')}`;
}

export const LiveSummary = memo(function LiveSummary(props: Props) {
  const [announcement, setAnnouncement] = useState('');
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const { recentChanges, moverNews } = props;
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const text = summarize(latest.current);
      // nothing changed: keep the last announcement rather than read out an empty one
      if (text) setAnnouncement(text);
    }, ANNOUNCE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [recentChanges, moverNews]);
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="live-summary">
      {announcement}
    </p>
  );
});
