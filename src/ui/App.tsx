import { useEffect, useMemo, useState } from 'react';
import { loadData } from '../data/loadData.ts';
import type { DataSet } from '../data/parse.ts';
import type { Problem } from '../data/problems.ts';
import { clampToStory, createTimeline, type TimelineEngine } from '../engine/timeline.ts';
import { toMapData, type MapData } from '../map/mapData.ts';
import { MapView } from '../map/MapView.tsx';
import { PAPER } from '../map/theme.ts';
import { formatDualDate, formatDualDateWords, type Lang } from '../time/format.ts';
import { localTime, type LocalMinutes } from '../time/localTime.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { DataErrorScreen } from './ErrorScreen.tsx';
import { LANGS, t } from './i18n.ts';

type Loaded =
  | { status: 'loading' }
  | { status: 'invalid'; problems: Problem[] }
  | { status: 'ready'; data: DataSet; mapData: MapData; engine: TimelineEngine };

/** Where the story opens: the evening Lenin set out for Smolny. */
const OPENING_TIME = '1917-11-06T21:00';

export function initialLang(): Lang {
  const param = new URLSearchParams(window.location.search).get('lang');
  if (param === 'ru' || param === 'en') return param;
  return navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    void loadData().then((result) => {
      if (cancelled) return;
      if (!result.ok) {
        setLoaded({ status: 'invalid', problems: result.problems });
        return;
      }
      setLoaded({
        status: 'ready',
        data: result.data,
        mapData: toMapData(result.data),
        engine: createTimeline(result.data.timeline),
      });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('title', lang);
  }, [lang]);

  return (
    <ErrorBoundary lang={lang}>
      <div className="app">
        <header className="app-header">
          <div>
            <h1>{t('title', lang)}</h1>
            <p className="subtitle">{t('subtitle', lang)}</p>
          </div>
          <LanguageSwitch lang={lang} onChange={setLang} />
        </header>
        {loaded.status === 'loading' && (
          <p className="loading" role="status">
            {t('loading', lang)}
          </p>
        )}
        {loaded.status === 'invalid' && <DataErrorScreen problems={loaded.problems} lang={lang} />}
        {loaded.status === 'ready' && <MapScreen lang={lang} mapData={loaded.mapData} engine={loaded.engine} />}
      </div>
    </ErrorBoundary>
  );
}

function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  return (
    <div className="language-switch" role="group" aria-label={t('languageGroup', lang)}>
      {LANGS.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === lang}
          onClick={() => onChange(option)}
        >
          {option === 'ru' ? 'Русский' : 'English'}
        </button>
      ))}
    </div>
  );
}

function MapScreen({ lang, mapData, engine }: { lang: Lang; mapData: MapData; engine: TimelineEngine }) {
  const [time, setTime] = useState<LocalMinutes>(() => clampToStory(engine, localTime(OPENING_TIME)));
  const states = useMemo(() => engine.stateAt(time), [engine, time]);
  return (
    <main className="map-screen">
      <MapView data={mapData} theme={PAPER} lang={lang} states={states} label={t('mapLabel', lang)} />
      <section className="time-panel" aria-label={t('timeLabel', lang)}>
        <p className="clock" aria-hidden="true">
          {formatDualDate(time, lang)}
        </p>
        <input
          className="time-slider"
          type="range"
          min={engine.start}
          max={engine.end}
          step={1}
          value={time}
          aria-label={t('timeLabel', lang)}
          aria-valuetext={formatDualDateWords(time, lang)}
          onChange={(event) => setTime(clampToStory(engine, Number(event.target.value)))}
        />
        <p className="time-note">{t('timeNote', lang)}</p>
      </section>
    </main>
  );
}
