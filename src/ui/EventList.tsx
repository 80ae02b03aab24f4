/**
 * The story panel: every event in order, the ones at the current moment marked, each with its time
 * (or window), text, certainty, sources and any other account of it side by side. Choosing an event
 * moves the slider and the camera.
 */
import { memo, useEffect, useRef } from 'react';
import type { TimelineEvent } from '../model/schemas.ts';
import type { Lang } from '../time/format.ts';
import { CERTAINTY_LABEL, formatEventTime, t } from './i18n.ts';
import { Sources } from './Sources.tsx';
import { useShownOnce } from './useShownOnce.ts';

interface Props {
  events: readonly TimelineEvent[];
  /** Index of the last event that has begun (engine/events.ts). */
  current: number;
  /** Ids of the events whose time or window contains the current moment, and the current one. */
  active: ReadonlySet<string>;
  lang: Lang;
  onChoose: (event: TimelineEvent) => void;
  /**
   * False while the map is still drawing its first picture: until then the list (most of the page's
   * text) is built only if it is on screen. Below the fold it waits, and the map is drawn sooner.
   */
  due: boolean;
}

/** How long the list waits for the slider to rest before scrolling (scrolling forces a layout). */
const SCROLL_AFTER_MS = 250;

/** Renders when the panel moves (not during a drag); each item only when its own marks change. */
export const EventList = memo(function EventList({ events, current, active, lang, onChoose, due }: Props) {
  const section = useRef<HTMLElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const shown = useShownOnce(section, due);
  useEffect(() => {
    if (!shown) return;
    const timer = window.setTimeout(() => {
      const item = list.current?.querySelector<HTMLElement>('[data-current="true"]');
      // Keep the current event in view inside the panel without scrolling the page.
      if (item && list.current) list.current.scrollTop = Math.max(0, item.offsetTop - list.current.offsetTop - 40);
    }, SCROLL_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [current, shown]);

  return (
    <section ref={section} className="event-list" aria-labelledby="events-title">
      <h2 id="events-title">{t('eventsTitle', lang)}</h2>
      <ol ref={list} aria-busy={!shown} data-testid="event-items">
        {shown && events.map((event, index) => (
          <EventItem
            key={event.id}
            event={event}
            isCurrent={index === current}
            isActive={active.has(event.id)}
            lang={lang}
            onChoose={onChoose}
          />
        ))}
      </ol>
    </section>
  );
});

/** One event; renders again only when it becomes (or stops being) current or active. */
const EventItem = memo(function EventItem({
  event,
  isCurrent,
  isActive,
  lang,
  onChoose,
}: {
  event: TimelineEvent;
  isCurrent: boolean;
  isActive: boolean;
  lang: Lang;
  onChoose: (event: TimelineEvent) => void;
}) {
  return (
    <li data-current={isCurrent} className={isActive ? 'active' : undefined}>
      <button type="button" className="event-head" onClick={() => onChoose(event)} aria-current={isCurrent ? 'true' : undefined}>
        <span className="event-time">{formatEventTime(event.time, lang)}</span>
        <span className="event-title">{event.title[lang]}</span>
      </button>
      <p className="event-text">{event.text[lang]}</p>
      <p className={`certainty certainty-${event.certainty}`}>{CERTAINTY_LABEL[event.certainty][lang]}</p>
      {event.alternatives && event.alternatives.length > 0 && (
        <div className="accounts">
          {event.alternatives.map((alternative, i) => (
            <div key={i} className="account">
              <p className="account-head">
                {t('otherAccount', lang)}: {formatEventTime(alternative.time, lang)}
              </p>
              <p>{alternative.text[lang]}</p>
              <Sources sources={alternative.sources} lang={lang} />
            </div>
          ))}
        </div>
      )}
      <Sources sources={event.sources} lang={lang} />
    </li>
  );
});
