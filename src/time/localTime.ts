/**
 * Petrograd wall-clock time, independent of the browser's or the machine's time zone.
 *
 * Every time in the data is a Petrograd local wall-clock time written `YYYY-MM-DDTHH:mm` (New Style,
 * Gregorian). We represent it as a whole number of minutes counted as if that wall clock were UTC
 * (`Date.UTC`), and read it back with `getUTC*` only. No code here ever calls a local-time Date
 * method, so the result is the same in Kiritimati and in Los Angeles.
 */

/** Minutes on the Petrograd wall clock, counted from 1970-01-01T00:00 of that clock. */
export type LocalMinutes = number & { readonly __brand: 'LocalMinutes' };

const LOCAL_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const MS_PER_MINUTE = 60_000;

/** Days the Julian (Old Style) calendar ran behind the Gregorian (New Style) one in 1900–2099. */
export const JULIAN_LAG_DAYS = 13;

/**
 * Parses `YYYY-MM-DDTHH:mm`; returns null for anything else, including impossible dates such as
 * 1917-11-31T10:00 or 25:00 (Date.UTC would silently roll those over, so we check the round trip).
 */
export function parseLocalTime(text: string): LocalMinutes | null {
  const match = LOCAL_TIME_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (hour > 23 || minute > 59) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return (ms / MS_PER_MINUTE) as LocalMinutes;
}

/** Like parseLocalTime, but throws a readable error; for data already validated by the schemas. */
export function localTime(text: string): LocalMinutes {
  const minutes = parseLocalTime(text);
  if (minutes === null) throw new Error(`Not a local time (YYYY-MM-DDTHH:mm): "${text}"`);
  return minutes;
}

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export function toWallClock(t: LocalMinutes): WallClock {
  const date = new Date(t * MS_PER_MINUTE);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
  };
}

/** The same instant's date in the Julian (Old Style) calendar; the clock time is unchanged. */
export function toOldStyle(t: LocalMinutes): WallClock {
  return toWallClock((t - JULIAN_LAG_DAYS * 24 * 60) as LocalMinutes);
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function formatLocalTime(t: LocalMinutes): string {
  const c = toWallClock(t);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`;
}

export function formatClock(t: LocalMinutes): string {
  const c = toWallClock(t);
  return `${pad(c.hour)}:${pad(c.minute)}`;
}

