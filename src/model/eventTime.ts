/** What an event's time means: an exact minute, or a window from its earliest to its latest minute. */
import { localTime, type LocalMinutes } from '../time/localTime.ts';
import type { EventTime } from './schemas.ts';

export interface EventSpan {
  from: LocalMinutes;
  to: LocalMinutes;
}

export function eventSpan(time: EventTime): EventSpan {
  return typeof time === 'string'
    ? { from: localTime(time), to: localTime(time) }
    : { from: localTime(time.earliest), to: localTime(time.latest) };
}
