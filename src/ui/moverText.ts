/**
 * The movers in words, for the text version of the map and its live summary: who is where, how,
 * and how sure we are; what just set off or arrived. Pure; the panels decide when to show it.
 */
import { whereAlong, type Mover, type MoverPosition, type MoverStatus, type MoverTransition } from '../engine/movers.ts';
import type { Localized } from '../model/schemas.ts';
import type { MoverMode } from '../model/movers.ts';
import type { Lang } from '../time/format.ts';

export const MOVERS_HEADING: Localized = { en: 'On the move', ru: 'В движении' };

export const MOVER_MODE_LABEL: Record<MoverMode, Localized> = {
  ship: { en: 'under way', ru: 'своим ходом' },
  tow: { en: 'under tow', ru: 'на буксире' },
  car: { en: 'by car', ru: 'на автомобиле' },
  column: { en: 'marching', ru: 'колонной' },
  walk: { en: 'on foot', ru: 'пешком' },
  streetcar: { en: 'by streetcar', ru: 'на трамвае' },
};

export const MOVER_STATUS_LABEL: Record<Exclude<MoverStatus, 'hidden' | 'gone'>, Localized> = {
  waiting: { en: 'waiting', ru: 'ждёт' },
  moving: { en: 'on the way', ru: 'в пути' },
  stopped: { en: 'stopped', ru: 'стоит' },
  arrived: { en: 'there', ru: 'на месте' },
};

export const MOVER_TRANSITION_LABEL: Record<MoverTransition, Localized> = {
  appears: { en: 'appears', ru: 'появляется' },
  'sets-off': { en: 'sets off', ru: 'отправляется' },
  arrives: { en: 'arrives', ru: 'прибывает' },
  'leaves-map': { en: 'leaves the map', ru: 'уходит за пределы карты' },
};

const WORDS = {
  at: { en: 'at', ru: 'у' },
  between: { en: 'between', ru: 'между' },
  and: { en: 'and', ru: 'и' },
  timing: { en: 'time uncertain, ±', ru: 'время неточно, ±' },
  minutes: { en: 'min', ru: 'мин' },
} as const;

/** "Cruiser Aurora: on the way, under tow, between … and … (time uncertain, ±90 min)". */
export function describeMover(mover: Mover, position: MoverPosition, lang: Lang): string | null {
  if (position.status === 'hidden' || position.status === 'gone') return null;
  const where = whereAlong(mover, position.distanceKm);
  const place =
    'at' in where
      ? `${WORDS.at[lang]} ${where.at[lang]}`
      : `${WORDS.between[lang]} ${where.from[lang]} ${WORDS.and[lang]} ${where.to[lang]}`;
  const how = position.status === 'moving' ? `, ${MOVER_MODE_LABEL[position.mode][lang]}` : '';
  const timing =
    position.uncertaintyMinutes > 0 ? ` (${WORDS.timing[lang]}${Math.round(position.uncertaintyMinutes)} ${WORDS.minutes[lang]})` : '';
  return `${mover.name[lang]}: ${MOVER_STATUS_LABEL[position.status][lang]}${how}, ${place}${timing}`;
}

/** "Cruiser Aurora arrives" for the live summary. */
export function describeTransition(name: Localized, transition: MoverTransition, lang: Lang): string {
  return `${name[lang]} ${MOVER_TRANSITION_LABEL[transition][lang]}`;
}
