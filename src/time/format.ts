import { formatClock, toOldStyle, toWallClock, type LocalMinutes } from './localTime.ts';

/** The interface languages, in the order the language switch shows them; the one definition of Lang. */
export const LANGS = ['ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const MONTHS_SHORT: Record<Lang, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ru: ['янв.', 'февр.', 'марта', 'апр.', 'мая', 'июня', 'июля', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
};

/** Genitive month names, as Russian dates need them ("24 октября"). */
const MONTHS_LONG: Record<Lang, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
};

const monthName = (names: readonly string[], month: number): string => names[month - 1] ?? String(month);

/**
 * Both calendars and the clock, Old Style first as Russians wrote it at the time:
 * "24 Oct (6 Nov) 1917, 23:40" / "24 окт. (6 нояб.) 1917, 23:40".
 * When the two dates fall in different years (not in our story) the year is still the New Style one.
 */
export function formatDualDate(t: LocalMinutes, lang: Lang): string {
  const ns = toWallClock(t);
  const os = toOldStyle(t);
  const names = MONTHS_SHORT[lang];
  return `${os.day} ${monthName(names, os.month)} (${ns.day} ${monthName(names, ns.month)}) ${ns.year}, ${formatClock(t)}`;
}

/** The same in words, for screen readers (aria-valuetext). */
export function formatDualDateWords(t: LocalMinutes, lang: Lang): string {
  const ns = toWallClock(t);
  const os = toOldStyle(t);
  const names = MONTHS_LONG[lang];
  const clock = formatClock(t);
  return lang === 'en'
    ? `${os.day} ${monthName(names, os.month)} Old Style, ${ns.day} ${monthName(names, ns.month)} New Style, ${ns.year}, ${clock}`
    : `${os.day} ${monthName(names, os.month)} по старому стилю, ${ns.day} ${monthName(names, ns.month)} по новому стилю ${ns.year} года, ${clock}`;
}
