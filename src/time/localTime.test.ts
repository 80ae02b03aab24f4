import { describe, expect, it } from 'vitest';
import { formatDualDate, formatDualDateWords } from './format.ts';
import { formatLocalTime, localTime, parseLocalTime, toOldStyle, toWallClock } from './localTime.ts';

describe('Petrograd local time', () => {
  it('round-trips YYYY-MM-DDTHH:mm without touching the time zone', () => {
    for (const text of ['1917-11-06T00:00', '1917-11-07T04:00', '1917-11-08T23:59', '1917-12-31T23:59']) {
      expect(formatLocalTime(localTime(text))).toBe(text);
    }
  });

  it('counts minutes: consecutive minutes differ by one, midnight included', () => {
    expect(localTime('1917-11-07T00:00') - localTime('1917-11-06T23:59')).toBe(1);
    expect(localTime('1917-11-07T00:00') - localTime('1917-11-06T00:00')).toBe(24 * 60);
  });

  it('rejects malformed and impossible times', () => {
    for (const bad of ['1917-11-07 04:00', '1917-11-07T4:00', '1917-11-31T10:00', '1917-11-07T24:00', '1917-11-07T10:60', '', 'yesterday']) {
      expect(parseLocalTime(bad), bad).toBeNull();
    }
  });

  it('gives the Old Style date 13 days earlier at the same clock time', () => {
    const t = localTime('1917-11-07T02:10');
    expect(toOldStyle(t)).toEqual({ year: 1917, month: 10, day: 25, hour: 2, minute: 10 });
    expect(toWallClock(t)).toEqual({ year: 1917, month: 11, day: 7, hour: 2, minute: 10 });
  });

  it('shows both calendars in both languages', () => {
    const t = localTime('1917-11-06T23:40');
    expect(formatDualDate(t, 'en')).toBe('24 Oct (6 Nov) 1917, 23:40');
    expect(formatDualDate(t, 'ru')).toBe('24 окт. (6 нояб.) 1917, 23:40');
    expect(formatDualDateWords(t, 'en')).toBe('24 October Old Style, 6 November New Style, 1917, 23:40');
    expect(formatDualDateWords(t, 'ru')).toBe('24 октября по старому стилю, 6 ноября по новому стилю 1917 года, 23:40');
  });
});
