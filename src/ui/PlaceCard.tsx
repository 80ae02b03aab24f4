/** A place's card: names then and now, its state now, what happened to it (times move the slider). */
import { memo } from 'react';
import type { Place } from '../data/placeIndex.ts';
import { eventSpan, type FeatureState } from '../engine/timeline.ts';
import type { TimelineEvent } from '../model/schemas.ts';
import type { Lang } from '../time/format.ts';
import type { LocalMinutes } from '../time/localTime.ts';
import { BRIDGE_LABEL, CERTAINTY_LABEL, CONTROL_LABEL, formatEventTime, t } from './i18n.ts';
import { CloseIcon } from './icons.tsx';
import { Sources } from './Sources.tsx';

interface Props {
  place: Place;
  state: FeatureState | undefined;
  events: readonly TimelineEvent[];
  lang: Lang;
  onTime: (time: LocalMinutes) => void;
  onClose: () => void;
}

export const PlaceCard = memo(function PlaceCard({ place, state, events, lang, onTime, onClose }: Props) {
  const other: Lang = lang === 'en' ? 'ru' : 'en';
  const own = events.filter((event) => event.feature === place.id);
  return (
    <section className="place-card" aria-labelledby="place-title" data-testid="place-card">
      <div className="card-head">
        <h2 id="place-title">{place.name[lang]}</h2>
        <button type="button" onClick={onClose} aria-label={t('close', lang)} className="close">
          <CloseIcon />
        </button>
      </div>
      <p className="other-name" lang={other}>
        {place.name[other]}
      </p>
      {place.nameToday && (
        <p>
          {t('nameToday', lang)}: {place.nameToday[lang]} <span lang={other}>({place.nameToday[other]})</span>
        </p>
      )}
      {place.address && <p>{place.address[lang]}</p>}
      {state && (
        <p className="place-state" data-testid="place-state">
          <strong>{t('stateNow', lang)}:</strong> {CONTROL_LABEL[state.control][lang]}
          {state.bridge ? `, ${BRIDGE_LABEL[state.bridge][lang]}` : ''} ({CERTAINTY_LABEL[state.certainty][lang]})
        </p>
      )}
      {place.note && <p className="place-note">{place.note[lang]}</p>}
      <h3>{t('whatHappened', lang)}</h3>
      {own.length === 0 ? (
        <p>{t('nothingHappened', lang)}</p>
      ) : (
        <ol className="place-events">
          {own.map((event) => (
            <li key={event.id}>
              <button type="button" className="link" onClick={() => onTime(eventSpan(event.time).from)}>
                {formatEventTime(event.time, lang)}
              </button>{' '}
              — {event.title[lang]} <span className="certainty">({CERTAINTY_LABEL[event.certainty][lang]})</span>
            </li>
          ))}
        </ol>
      )}
      <p className="position-note">
        {t('position', lang)}: {place.certainty === 'confirmed' ? t('positionConfirmed', lang) : t('positionEstimated', lang)},{' '}
        {t('within', lang)} {place.uncertaintyM} {t('metresShort', lang)}{place.opened ? `. ${t('opened', lang)}: ${place.opened}` : ''}
      </p>
      <Sources sources={place.sources} lang={lang} />
    </section>
  );
});
