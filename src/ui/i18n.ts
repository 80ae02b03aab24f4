/** Every text of the interface in both languages. Data texts come from geo/ with their own en/ru. */
import type { Lang } from '../time/format.ts';

export const LANGS: readonly Lang[] = ['ru', 'en'];

export const UI_TEXT = {
  title: { en: 'Petrograd 1917', ru: 'Петроград 1917' },
  subtitle: {
    en: 'The October days: 24–26 Oct (6–8 Nov) 1917',
    ru: 'Октябрьские дни: 24–26 октября (6–8 ноября) 1917',
  },
  languageGroup: { en: 'Language', ru: 'Язык' },
  mapLabel: { en: 'Map of Petrograd in 1917', ru: 'Карта Петрограда 1917 года' },
  loading: { en: 'Loading the map of Petrograd…', ru: 'Загружается карта Петрограда…' },
  dataErrorTitle: { en: 'The map data could not be read', ru: 'Не удалось прочитать данные карты' },
  dataErrorIntro: {
    en: 'The map is not shown, because these problems were found in its data:',
    ru: 'Карта не показана: в её данных найдены следующие ошибки:',
  },
  appErrorTitle: { en: 'Something went wrong', ru: 'Что-то пошло не так' },
  retry: { en: 'Try again', ru: 'Попробовать снова' },
  timeLabel: { en: 'Time in Petrograd', ru: 'Время в Петрограде' },
  timeNote: {
    en: 'Petrograd local time; Old Style date first, New Style in brackets',
    ru: 'Местное время Петрограда; дата по старому стилю, в скобках — по новому',
  },
  webglMissing: {
    en: 'This browser cannot draw the map (WebGL is not available).',
    ru: 'Этот браузер не может показать карту (WebGL недоступен).',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type UiTextKey = keyof typeof UI_TEXT;

export const t = (key: UiTextKey, lang: Lang): string => UI_TEXT[key][lang];
