/**
 * The shell: the language, the data, the error boundary, the header and the kiosk. The view itself
 * lives in a store (src/view) created once the data is ready; until then the language lives here.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { LoadResult } from '../data/loadData.ts';
import { moverTransitions } from '../engine/movers.ts';
import { kioskHome, kioskMapWidth } from '../kiosk/kioskHome.ts';
import { useKiosk, useWatchdog } from '../kiosk/useKiosk.ts';
import { parseKioskConfig, type KioskConfig } from '../kiosk/kiosk.ts';
import { LANGS, type Lang } from '../time/format.ts';
import type { LocalMinutes } from '../time/localTime.ts';
import { createViewStore, ViewStoreContext, type ViewStore } from '../view/store.ts';
import { parseUrlState, type UrlState } from '../view/urlState.ts';
import { initialView } from '../view/viewState.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { DataErrorScreen } from './ErrorScreen.tsx';
import { LoadFailedScreen } from './FailureScreens.tsx';
import { t } from './i18n.ts';
import { KioskOverlay } from './KioskOverlay.tsx';
import { MapScreen } from './MapScreen.tsx';
import { BibliographyContext, SourceLinksContext } from './Sources.tsx';
import { useDataSet } from './useDataSet.ts';

/** The URL's language, else the kiosk's, else the browser's. */
function initialLang(url: UrlState, kiosk: KioskConfig | null): Lang {
  if (url.lang) return url.lang;
  if (kiosk) return kiosk.lang;
  return navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

const NO_STORE = () => () => {};
/** Kiosk: how long the "data did not arrive" screen waits before it tries again by itself. */
const KIOSK_LOAD_RETRY_MS = 10_000;

/** `firstLoad`: the data's load, when the page started it before rendering (see main.tsx). */
export function App({ firstLoad }: { firstLoad?: Promise<LoadResult> } = {}) {
  const [url] = useState(() => parseUrlState(window.location.search));
  const [kiosk] = useState(() => parseKioskConfig(window.location.search));
  // Only while the data loads: once the store exists, the language is the view's.
  const [bootLang, setBootLang] = useState<Lang>(() => initialLang(url, kiosk));
  const { loaded, retry } = useDataSet(firstLoad);
  const store = useMemo<ViewStore | null>(() => {
    if (loaded.status !== 'ready') return null;
    const { engine, movers } = loaded;
    const context = {
      engine,
      stories: loaded.data.stories,
      places: loaded.places,
      kiosk: kiosk !== null,
      moverTransitions: (from: LocalMinutes, to: LocalMinutes) => moverTransitions(movers, from, to),
      // nobody pans a kiosk: its opening view holds every movement, labels and all
      ...(kiosk ? { home: kioskHome(movers, kioskMapWidth(window)) } : {}),
    };
    return createViewStore(context, initialView(url, context, bootLang));
  }, [loaded, url, kiosk, bootLang]);
  const lang = useSyncExternalStore(store?.subscribe ?? NO_STORE, () => store?.get().lang ?? bootLang);
  const setLang = (next: Lang) => (store ? store.dispatch({ type: 'lang', lang: next }) : setBootLang(next));
  const watchdog = useWatchdog(kiosk);
  const stories = loaded.status === 'ready' ? loaded.data.stories : NO_STORIES;
  const phase = useKiosk(kiosk, watchdog, store, stories, setBootLang);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('title', lang);
  }, [lang]);

  return (
    <ErrorBoundary
      lang={lang}
      {...(kiosk ? { autoRetryMs: 8000, onError: () => void watchdog?.report() } : {})}
    >
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
        {loaded.status === 'unreachable' && (
          <LoadFailedScreen
            problems={loaded.problems}
            lang={lang}
            onRetry={retry}
            autoRetryMs={kiosk ? KIOSK_LOAD_RETRY_MS : undefined}
          />
        )}
        {loaded.status === 'ready' && store && (
          <ViewStoreContext.Provider value={store}>
            <BibliographyContext.Provider value={loaded.works}>
              <SourceLinksContext.Provider value={!kiosk}>
                <MapScreen ready={loaded} kiosk={kiosk !== null} />
              </SourceLinksContext.Provider>
            </BibliographyContext.Provider>
          </ViewStoreContext.Provider>
        )}
        {kiosk && <KioskOverlay phase={phase} lang={lang} promptSeconds={kiosk.promptSeconds} />}
      </div>
    </ErrorBoundary>
  );
}

const NO_STORIES: never[] = [];

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
