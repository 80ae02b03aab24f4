/** Every text of the interface in both languages. Data texts come from geo/ with their own en/ru. */
import type { LeninStatus } from '../engine/leninWalk.ts';
import type { BridgePosition, Certainty, Control, EventTime } from '../model/schemas.ts';
import { formatDualDate, type Lang } from '../time/format.ts';
import { formatClock, toWallClock } from '../time/localTime.ts';

export const UI_TEXT = {
  title: { en: 'Petrograd 1917', ru: 'Петроград 1917' },
  subtitle: {
    en: 'The October days: 24–27 Oct (6–9 Nov) 1917',
    ru: 'Октябрьские дни: 24–27 октября (6–9 ноября) 1917 года',
  },
  languageGroup: { en: 'Language', ru: 'Язык' },
  mapLabel: { en: 'Map of Petrograd in 1917', ru: 'Карта Петрограда 1917 года' },
  loading: { en: 'Loading the map of Petrograd…', ru: 'Загружается карта Петрограда…' },
  dataErrorTitle: { en: 'The map data could not be read', ru: 'Не удалось прочитать данные карты' },
  dataErrorIntro: {
    en: 'The map is not shown, because these problems were found in its data:',
    ru: 'Карта не показана, потому что в её данных найдены ошибки:',
  },
  appErrorTitle: { en: 'Something went wrong', ru: 'Что-то пошло не так' },
  retry: { en: 'Try again', ru: 'Попробовать снова' },
  timeLabel: { en: 'Time in Petrograd', ru: 'Время в Петрограде' },
  timeNote: {
    en: 'Petrograd local time; Old Style date first, New Style in brackets',
    ru: 'Местное время Петрограда; дата по старому стилю, в скобках — по новому',
  },
  play: { en: 'Play', ru: 'Воспроизвести' },
  pause: { en: 'Pause', ru: 'Пауза' },
  speed: { en: 'Speed', ru: 'Скорость' },
  speedUnit: { en: 'min/s', ru: 'мин/с' },
  byChange: { en: 'Change by change', ru: 'По изменениям' },
  previousChange: { en: 'Previous change', ru: 'Предыдущее изменение' },
  nextChange: { en: 'Next change', ru: 'Следующее изменение' },
  chartLabel: { en: 'Bridges and strongholds: who held them when', ru: 'Мосты и опорные пункты: кто их контролировал' },
  eventsTitle: { en: 'Events', ru: 'События' },
  sources: { en: 'Sources', ru: 'Источники' },
  otherAccount: { en: 'Another account', ru: 'Другая версия' },
  close: { en: 'Close', ru: 'Закрыть' },
  nameToday: { en: 'Name today', ru: 'Современное название' },
  stateNow: { en: 'At this moment', ru: 'В этот момент' },
  whatHappened: { en: 'What happened here', ru: 'Что здесь происходило' },
  nothingHappened: {
    en: 'No change of state is recorded here in these days.',
    ru: 'Изменений за эти дни здесь не отмечено.',
  },
  position: { en: 'Position on the map', ru: 'Положение на карте' },
  positionConfirmed: { en: 'from a published coordinate', ru: 'по опубликованным координатам' },
  positionEstimated: { en: 'estimated', ru: 'приблизительное' },
  within: { en: 'within about', ru: 'с точностью около' },
  metresShort: { en: 'm', ru: 'м' },
  opened: { en: 'Opened', ru: 'Открыт' },
  legend: { en: 'Legend', ru: 'Условные обозначения' },
  legendRaised: { en: 'Bridge raised (gap)', ru: 'Мост разведён (разрыв)' },
  legendLowered: { en: 'Bridge lowered', ru: 'Мост сведён' },
  legendUncertain: { en: 'Faded or dashed: uncertain', ru: 'Бледно или пунктиром — сведения неточны' },
  legendStreetcar: { en: "Lenin's ride by streetcar", ru: 'Путь Ленина: на трамвае' },
  legendWalk: { en: "Lenin's walk", ru: 'Путь Ленина: пешком' },
  legendBand: { en: 'Where he may be (timing uncertain)', ru: 'Где он мог быть (время неточно)' },
  cityAt: { en: 'the city at', ru: 'обстановка на' },
  cityText: { en: 'The map as text', ru: 'Текстовая версия карты' },
  bridges: { en: 'Bridges', ru: 'Мосты' },
  places: { en: 'Strongholds and key points', ru: 'Опорные пункты и важные места' },
  lenin: { en: 'Lenin', ru: 'Ленин' },
  changedNow: { en: 'Changed', ru: 'Изменилось' },
  storiesTitle: { en: 'Guided stories', ru: 'Рассказы' },
  storyStep: { en: 'Step', ru: 'Шаг' },
  of: { en: 'of', ru: 'из' },
  previousStep: { en: 'Previous step', ru: 'Предыдущий шаг' },
  nextStep: { en: 'Next step', ru: 'Следующий шаг' },
  endStory: { en: 'End story', ru: 'Закончить рассказ' },
  estimatedTiming: { en: 'timing estimated, ±', ru: 'время приблизительное, ±' },
  minutesShort: { en: 'min', ru: 'мин' },
  settling: { en: 'may not have happened yet', ru: 'возможно, ещё не произошло' },
  stillThere: { en: 'Are you still there?', ru: 'Вы ещё здесь?' },
  continueHint: {
    en: 'Touch the screen to carry on. Otherwise the map starts again in',
    ru: 'Коснитесь экрана, чтобы продолжить. Иначе показ начнётся сначала через',
  },
  secondsShort: { en: 's', ru: 'с' },
  carryOn: { en: 'Carry on', ru: 'Продолжить' },
  invite: {
    en: 'Touch the map to explore Petrograd in October 1917',
    ru: 'Коснитесь карты, чтобы исследовать Петроград в октябре 1917 года',
  },
  webglMissing: {
    en: 'This browser cannot draw the map (WebGL is not available).',
    ru: 'Этот браузер не может показать карту (WebGL недоступен).',
  },
  noMapTitle: { en: 'The map cannot be drawn here', ru: 'Карту здесь нарисовать нельзя' },
  noMapText: {
    en: 'Everything the map shows is also written out in the panel: the city at each moment, the events and the guided stories.',
    ru: 'Всё, что показывает карта, есть и в текстовом виде: обстановка в городе в каждый момент, события и рассказы.',
  },
  showMapAsText: { en: 'Show the map as text', ru: 'Показать карту текстом' },
  loadFailedTitle: { en: 'The map data did not arrive', ru: 'Данные карты не загрузились' },
  loadFailedText: {
    en: 'The server did not answer in time, or the connection was lost. Nothing is wrong with the map itself: try again in a moment.',
    ru: 'Сервер не ответил вовремя или пропала связь. С самой картой всё в порядке: попробуйте ещё раз чуть позже.',
  },
  retryingIn: { en: 'Trying again in', ru: 'Новая попытка через' },
  technicalDetails: { en: 'Technical details', ru: 'Технические подробности' },
  saveMoment: { en: 'Save this moment', ru: 'Сохранить этот момент' },
  printMoment: { en: 'Print', ru: 'Печать' },
  pictureSaved: { en: 'Picture saved', ru: 'Изображение сохранено' },
  pictureFooter: {
    en: 'Petrograd 1917, an interactive map of the October days. Drawn from the project’s own data; parts of the basemap © OpenStreetMap contributors (ODbL).',
    ru: 'Петроград 1917 — интерактивная карта октябрьских дней. Построена по данным проекта; часть основы карты © участники OpenStreetMap (ODbL).',
  },
  pictureLink: { en: 'This moment on the map', ru: 'Этот момент на карте' },
  mapCredit: {
    en: 'Map: Petrograd 1917 project; streets and buildings in part © OpenStreetMap contributors (ODbL)',
    ru: 'Карта: проект «Петроград 1917»; улицы и здания частично © участники OpenStreetMap (ODbL)',
  },
  panelsLabel: { en: 'Stories, events, the map as text', ru: 'Рассказы, события, карта текстом' },
} as const satisfies Record<string, Record<Lang, string>>;

export type UiTextKey = keyof typeof UI_TEXT;

export const t = (key: UiTextKey, lang: Lang): string => UI_TEXT[key][lang];

/** Who holds a place, as it reads after "At this moment:" and in the text version of the map. */
export const CONTROL_LABEL: Record<Control, Record<Lang, string>> = {
  mrc: { en: 'held by the Military Revolutionary Committee', ru: 'в руках Военно-революционного комитета' },
  government: { en: 'held by the Provisional Government', ru: 'в руках Временного правительства' },
  contested: { en: 'contested', ru: 'контроль оспаривается' },
  unknown: { en: 'not known who held it', ru: 'неизвестно, в чьих руках' },
};

/** The controllers as names, for the legend. */
export const CONTROL_NAME: Record<Control, Record<Lang, string>> = {
  mrc: { en: 'Military Revolutionary Committee (MRC)', ru: 'Военно-революционный комитет (ВРК)' },
  government: { en: 'Provisional Government', ru: 'Временное правительство' },
  contested: { en: 'Contested', ru: 'Контроль оспаривается' },
  unknown: { en: 'Unknown', ru: 'Неизвестно' },
};

export const CONTROL_SHORT: Record<Control, Record<Lang, string>> = {
  mrc: { en: 'MRC', ru: 'ВРК' },
  government: { en: 'Government', ru: 'Правительство' },
  contested: { en: 'Contested', ru: 'Оспаривается' },
  unknown: { en: 'Unknown', ru: 'Неизвестно' },
};

export const BRIDGE_LABEL: Record<BridgePosition, Record<Lang, string>> = {
  raised: { en: 'raised', ru: 'разведён' },
  lowered: { en: 'lowered', ru: 'сведён' },
};

export const CERTAINTY_LABEL: Record<Certainty, Record<Lang, string>> = {
  confirmed: { en: 'confirmed', ru: 'подтверждено' },
  probable: { en: 'probable', ru: 'вероятно' },
  disputed: { en: 'disputed', ru: 'спорно' },
  estimated: { en: 'estimated', ru: 'приблизительно' },
};

export const LENIN_STATUS: Record<LeninStatus, Record<Lang, string>> = {
  'at-flat': { en: "at Fofanova's flat", ru: 'на квартире у Фофановой' },
  streetcar: { en: 'on the streetcar', ru: 'в трамвае' },
  walk: { en: 'on foot', ru: 'идёт пешком' },
  'at-smolny': { en: 'at Smolny', ru: 'в Смольном' },
};

/** An event's time for reading: one moment, or "between … and …" for a window. */
export function formatEventTime(time: EventTime, lang: Lang): string {
  if (typeof time === 'number') return formatDualDate(time, lang);
  const from = time.earliest;
  const to = time.latest;
  const sameDay = toWallClock(from).day === toWallClock(to).day;
  if (sameDay) {
    const day = formatDualDate(from, lang).replace(/, \d\d:\d\d$/, '');
    return lang === 'en'
      ? `${day}, between ${formatClock(from)} and ${formatClock(to)}`
      : `${day}, между ${formatClock(from)} и ${formatClock(to)}`;
  }
  return `${formatDualDate(from, lang)} – ${formatDualDate(to, lang)}`;
}
