/** What an event's time means: an exact minute, or a window from its earliest to its latest minute (decoded at the parse). */
import type { LocalMinutes } from '../time/localTime.ts';
import type { EventTime } from './schemas.ts';

export interface EventSpan {
  from: LocalMinutes;
  to: LocalMinutes;
}

export function eventSpan(time: EventTime): EventSpan {
  return typeof time === 'number' ? { from: time, to: time } : { from: time.earliest, to: time.latest };
}
