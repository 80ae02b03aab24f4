import { describe, expect, it } from 'vitest';
import { localTime } from '../time/localTime.ts';
import { EventTime, LocalTime } from './schemas.ts';

describe('times are decoded once, at the parse', () => {
  it('decodes a local time to minutes and encodes it back', () => {
    expect(LocalTime.parse('1917-11-07T04:00')).toBe(localTime('1917-11-07T04:00'));
    expect(LocalTime.encode(localTime('1917-11-07T04:00'))).toBe('1917-11-07T04:00');
  });

  it('decodes an event time, exact or a window, so nothing after the parse reads text', () => {
    expect(typeof EventTime.parse('1917-11-07T02:00')).toBe('number');
    expect(EventTime.parse({ earliest: '1917-11-06T18:00', latest: '1917-11-06T19:00' })).toEqual({
      earliest: localTime('1917-11-06T18:00'),
      latest: localTime('1917-11-06T19:00'),
    });
  });

  it('refuses impossible times with the same message as before', () => {
    expect(LocalTime.safeParse('1917-11-31T10:00').error?.issues[0]?.message).toBe('must be a Petrograd local time YYYY-MM-DDTHH:mm');
  });
});
