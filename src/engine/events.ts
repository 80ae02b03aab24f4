/**
 * Which events the panel marks at a moment: the current one (the last that has begun) and the active
 * ones (whose time or window contains the moment). Pure time logic over the sorted events, their spans
 * decoded once.
 */
import { eventSpan, type EventSpan } from '../model/eventTime.ts';
import type { TimelineEvent } from '../model/schemas.ts';
import type { LocalMinutes } from '../time/localTime.ts';

export interface EventMarks {
  /** Index of the last event that has begun by t, or -1. */
  current: number;
  /** Ids of the events whose time or window contains t, and the current one. */
  active: ReadonlySet<string>;
}

export function createEventMarks(events: readonly TimelineEvent[]): (t: LocalMinutes) => EventMarks {
  const spans: EventSpan[] = events.map((event) => eventSpan(event.time));
  return (t) => {
    let current = -1;
    spans.forEach((span, index) => {
      if (span.from <= t) current = index;
    });
    const active = new Set<string>();
    events.forEach((event, index) => {
      const span = spans[index] as EventSpan;
      if (index === current || (span.from <= t && span.to >= t)) active.add(event.id);
    });
    return { current, active };
  };
}
