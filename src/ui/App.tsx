import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { loadData } from '../data/loadData.ts';
import type { DataSet } from '../data/parse.ts';
import type { Work } from '../model/schemas.ts';
import { BibliographyContext, SourceLinksContext } from './Sources.tsx';
import { buildPlaceIndex, type Place } from '../data/placeIndex.ts';
import type { Problem } from '../data/problems.ts';
import { createLeninWalk, type LeninWalk } from '../engine/leninWalk.ts';
import {
  clampToStory,
  createTimeline,
  eventSpan,
  type Change,
  type FeatureState,
  type TimelineEngine,
} from '../engine/timeline.ts';
import { leninFeatures } from '../map/leninFeatures.ts';
import { createMovers, moverTransitions, type Mover, type MoverTransition } from '../engine/movers.ts';
import { createMoverFeed, type MoverFeed } from '../map/moverFeatures.ts';
import { toMapData, type MapData } from '../map/mapData.ts';
import { HOME_VIEW } from '../model/extent.ts';
import { MapView, type CameraRequest, type MapHandle } from '../map/MapView.tsx';
import { PAPER } from '../map/theme.ts';
import type { Localized, Story, TimelineEvent } from '../model/schemas.ts';
import type { Lang } from '../time/format.ts';
import { localTime, type LocalMinutes } from '../time/localTime.ts';
import { BottomSheet } from './BottomSheet.tsx';
import { CityText } from './CityText.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { DataErrorScreen } from './ErrorScreen.tsx';
import { LoadFailedScreen, MapOrText } from './FailureScreens.tsx';
import { activeEventIds, currentEventIndex, EventList } from './EventList.tsx';
import { GuidedStories } from './GuidedStories.tsx';
import { LANGS, t } from './i18n.ts';
import { Legend } from './Legend.tsx';
import { PlaceCard } from './PlaceCard.tsx';
import { SaveMoment } from './SaveMoment.tsx';
import { TimeControls, type Playback, type TimeMove } from './TimeControls.tsx';
import { TimelineChart } from './TimelineChart.tsx';
import { KioskOverlay } from './KioskOverlay.tsx';
import { parseKioskConfig, watchPresence, type KioskConfig, type KioskPhase } from './kiosk.ts';
import { parseUrlState, serializeUrlState, type Camera, type UrlState } from './urlState.ts';
import { createWatchdog } from './watchdog.ts';

interface Ready {
  status: 'ready';
  data: DataSet;
  mapData: MapData;
  engine: TimelineEngine;
  walk: LeninWalk;
  /** Everything that moves besides the bridges (../engine/movers.ts), Lenin included. */
  movers: readonly Mover[];
  /** The movers' map features, cached: the same collection while nothing moves. */
  moverFeed: MoverFeed;
  places: Map<string, Place>;
  works: ReadonlyMap<string, Work>;
}

type Loaded =
  | { status: 'loading' }
  | { status: 'invalid'; problems: Problem[] }
  | { status: 'unreachable'; problems: Problem[] }
  | Ready;

/** Where the story opens: the evening Lenin set out for Smolny. */
const OPENING_TIME = '1917-11-06T21:00';
/** Slider moves shorter than this flash the features they pass; a long jump would flash half the city. */
const FLASH_WITHIN_MINUTES = 180;
const DEFAULT_CAMERA_ZOOM = 14.5;
/** How long the view must rest before a slide or a camera move is written into the URL. */
const URL_SETTLE_MS = 250;
/** How long the slider must rest before the side panel follows a drag. */
const PANEL_SETTLE_MS = 300;
/** Kiosk: how long the "data did not arrive" screen waits before it tries again by itself. */
const KIOSK_LOAD_RETRY_MS = 10_000;
/** While playing, how often the side panel follows. */
const PLAYBACK_PANEL_MS = 1000;

export function initialLang(url: UrlState): Lang {
  if (url.lang) return url.lang;
  return navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function App() {
  const [url] = useState(() => parseUrlState(window.location.search));
  const [kiosk] = useState(() => parseKioskConfig(window.location.search));
  const [lang, setLang] = useState<Lang>(() => (kiosk && !url.lang ? kiosk.lang : initialLang(url)));
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  /** Counts the tries to load the data; a retry after a failed load bumps it. */
  const [attempt, setAttempt] = useState(0);
  const retryLoad = useCallback(() => {
    setLoaded({ status: 'loading' });
    setAttempt((count) => count + 1);
  }, []);
  const [phase, setPhase] = useState<KioskPhase>('active');
  const [resetSignal, setResetSignal] = useState(0);
  const [watchdog] = useState(() =>
    kiosk ? createWatchdog(window.sessionStorage, () => window.location.reload()) : null,
  );

  // Kiosk: the idle cycle (prompt, reset, attract loop) and its touch-screen manners.
  useEffect(() => {
    if (!kiosk) return;
    return watchPresence(window, kiosk, phase, {
      setPhase,
      reset: () => {
        setLang(kiosk.lang);
        setResetSignal((count) => count + 1);
      },
    });
  }, [kiosk, phase]);
  useEffect(() => {
    if (!kiosk || !watchdog) return;
    document.documentElement.classList.add('kiosk');
    const noContextMenu = (event: Event) => event.preventDefault();
    const onFailure = () => void watchdog.report();
    window.addEventListener('contextmenu', noContextMenu);
    window.addEventListener('error', onFailure);
    window.addEventListener('unhandledrejection', onFailure);
    return () => {
      document.documentElement.classList.remove('kiosk');
      window.removeEventListener('contextmenu', noContextMenu);
      window.removeEventListener('error', onFailure);
      window.removeEventListener('unhandledrejection', onFailure);
    };
  }, [kiosk, watchdog]);

  useEffect(() => {
    let cancelled = false;
    void loadData().then((result) => {
      if (cancelled) return;
      if (!result.ok) {
        setLoaded({ status: 'unreachable' in result ? 'unreachable' : 'invalid', problems: result.problems });
        return;
      }
      const { data } = result;
      const engine = createTimeline(data.timeline);
      const walk = createLeninWalk(data.route.segments, data.route.waypoints, data.timeline.events);
      setLoaded({
        status: 'ready',
        data,
        mapData: toMapData(data),
        engine,
        walk,
        ...((movers) => ({ movers, moverFeed: createMoverFeed(movers) }))(
          createMovers(data.movers, data.timeline.events, engine, walk),
        ),
        places: buildPlaceIndex(data),
        works: new Map(data.works.map((work) => [work.id, work])),
      });
    });
    return () => {
      cancelled = true;
    };
  }, [attempt]);

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
            onRetry={retryLoad}
            autoRetryMs={kiosk ? KIOSK_LOAD_RETRY_MS : undefined}
          />
        )}
        {loaded.status === 'ready' && (
          <BibliographyContext.Provider value={loaded.works}>
            <SourceLinksContext.Provider value={!kiosk}>
              <MapScreen
                lang={lang}
                setLang={setLang}
                ready={loaded}
                initialUrl={url}
                kiosk={kiosk}
                attract={phase === 'attract'}
                resetSignal={resetSignal}
              />
            </SourceLinksContext.Provider>
          </BibliographyContext.Provider>
        )}
        {kiosk && <KioskOverlay phase={phase} lang={lang} promptSeconds={kiosk.promptSeconds} />}
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

/**
 * The states at t, as the same Map object for as long as nothing changes: most minutes change
 * nothing, and an unchanged object lets the map and the panels skip their work.
 */
function useStableStates(engine: TimelineEngine, time: LocalMinutes): ReadonlyMap<string, FeatureState> {
  const [cache, setCache] = useState<{ key: string; states: ReadonlyMap<string, FeatureState> } | null>(null);
  const states = engine.stateAt(time);
  const key = JSON.stringify([...states.values()]);
  if (cache?.key === key) return cache.states;
  setCache({ key, states });
  return states;
}

/**
 * The changes passed moving between two times, either way (the last eight): all of them for a
 * jump; none for a drag or playback longer than FLASH_WITHIN_MINUTES, which would light up half the
 * city; none for a reset.
 */
function passedChanges(
  engine: TimelineEngine,
  a: LocalMinutes,
  b: LocalMinutes,
  how: TimeMove | 'reset',
): Change[] {
  const low = Math.min(a, b) as LocalMinutes;
  const high = Math.max(a, b) as LocalMinutes;
  if (how === 'reset' || (how !== 'jump' && high - low > FLASH_WITHIN_MINUTES)) return [];
  return engine.changesBetween(low, high).slice(-8);
}

type MoverNews = readonly { name: Localized; transition: MoverTransition }[];

/** What movers set off, arrived or left the map as the panel moved forward (none on a reset or a long move). */
function passedMoverNews(movers: readonly Mover[], a: LocalMinutes, b: LocalMinutes, how: TimeMove | 'reset'): MoverNews {
  if (how === 'reset' || b <= a || (how !== 'jump' && b - a > FLASH_WITHIN_MINUTES)) return [];
  return moverTransitions(movers, a, b);
}

interface ActiveStory {
  id: string;
  step: number;
}

function findStory(
  stories: readonly Story[],
  active: ActiveStory | null,
): { story: Story; step: number } | null {
  if (!active) return null;
  const story = stories.find((candidate) => candidate.id === active.id);
  if (!story) return null;
  return { story, step: Math.min(Math.max(1, active.step), story.steps.length) };
}

function MapScreen({
  lang,
  setLang,
  ready,
  initialUrl,
  kiosk,
  attract,
  resetSignal,
}: {
  lang: Lang;
  setLang: (lang: Lang) => void;
  ready: Ready;
  initialUrl: UrlState;
  kiosk: KioskConfig | null;
  attract: boolean;
  resetSignal: number;
}) {
  const { data, mapData, engine, walk, movers, moverFeed, places } = ready;
  const initialStory = findStory(
    data.stories,
    initialUrl.story ? { id: initialUrl.story, step: initialUrl.step ?? 1 } : null,
  );
  const [time, setTimeState] = useState<LocalMinutes>(() => {
    if (initialUrl.t !== undefined) return clampToStory(engine, initialUrl.t);
    const step = initialStory?.story.steps[initialStory.step - 1];
    return clampToStory(engine, localTime(step?.time ?? OPENING_TIME));
  });
  /**
   * What the side panel shows: the time, and the changes passed on the way to it (read out to
   * screen readers). A jump or playback moves it with the slider; a drag leaves it where it was
   * until the slider rests.
   */
  const [panel, setPanel] = useState<{ time: LocalMinutes; changes: readonly Change[]; moverNews: MoverNews }>({
    time,
    changes: [],
    moverNews: [],
  });
  const [selected, setSelected] = useState<string | null>(() =>
    initialUrl.feature && places.has(initialUrl.feature) ? initialUrl.feature : null,
  );
  const [activeStory, setActiveStory] = useState<ActiveStory | null>(() =>
    initialStory ? { id: initialStory.story.id, step: initialStory.step } : null,
  );
  const [camera, setCamera] = useState<Camera | undefined>(initialUrl.camera);
  const [cameraRequest, setCameraRequest] = useState<CameraRequest | null>(null);
  const [playback, setPlayback] = useState<Playback>({ playing: false, speed: 15, mode: 'continuous' });
  const [reducedMotion] = useState(prefersReducedMotion);
  const pushNext = useRef(false);
  const seq = useRef(0);
  const previousLang = useRef(lang);
  const [mapKey, setMapKey] = useState(0);
  const [panelsKey, setPanelsKey] = useState(0);

  const moveCamera = useCallback((center: [number, number], zoom: number) => {
    seq.current += 1;
    setCameraRequest({ center, zoom, seq: seq.current });
  }, []);

  // The newest time, also between a call and React's next render (playback calls every frame).
  const timeRef = useRef(time);
  const mapHandle = useRef<MapHandle>(null);
  /** The panel's time and when it last moved (performance.now()), between renders. */
  const panelRef = useRef({ time, at: 0 });

  /** Moves the side panel to `to`, with the changes passed since it last moved. */
  const movePanel = useCallback(
    (to: LocalMinutes, how: TimeMove | 'reset') => {
      const changes = passedChanges(engine, panelRef.current.time, to, how);
      const moverNews = passedMoverNews(movers, panelRef.current.time, to, how);
      panelRef.current = { time: to, at: performance.now() };
      setPanel({ time: to, changes, moverNews });
    },
    [engine, movers],
  );
  const setTime = useCallback(
    (next: LocalMinutes, how: TimeMove) => {
      const previous = timeRef.current;
      const clamped = clampToStory(engine, next);
      if (clamped === previous) return;
      timeRef.current = clamped;
      // The map first, straight from the engine, so the next frame shows the new state, and the
      // changes just passed glow once; the panels follow with React's render.
      mapHandle.current?.showStates(
        engine.stateAt(clamped),
        passedChanges(engine, previous, clamped, how).map((change) => change.featureId),
      );
      if (how === 'jump') pushNext.current = true;
      setTimeState(clamped);
      // A jump moves the panel at once; playback at most once a second (a minute of story passes
      // in a few frames, and repainting the panel with each holds back the map's frames); a drag
      // when the slider rests (below).
      if (
        how === 'jump' ||
        (how === 'play' && performance.now() - panelRef.current.at >= PLAYBACK_PANEL_MS)
      ) {
        movePanel(clamped, how);
      }
    },
    [engine, movePanel],
  );

  const jumpTo = useCallback((next: LocalMinutes) => setTime(next, 'jump'), [setTime]);

  // Keep the URL in step with the view: slides and camera moves replace the entry, deliberate
  // choices (a place, a story step, a jump, the language) add one, so Back returns to them.
  const story = useMemo(() => findStory(data.stories, activeStory), [data.stories, activeStory]);
  useEffect(() => {
    const state: UrlState = { t: panel.time, lang };
    if (selected) state.feature = selected;
    if (story) {
      state.story = story.story.id;
      state.step = story.step;
    }
    if (camera) state.camera = camera;
    const search = `?${serializeUrlState(state)}`;
    if (search === window.location.search) return;
    const langChanged = previousLang.current !== lang;
    previousLang.current = lang;
    // A kiosk keeps one history entry: nobody goes Back there, and the history would grow all day.
    if ((pushNext.current || langChanged) && !kiosk) {
      pushNext.current = false;
      window.history.pushState(null, '', search);
      return;
    }
    // While the slider moves, write the URL once it rests: replaceState costs milliseconds a call.
    const timer = window.setTimeout(() => window.history.replaceState(null, '', search), URL_SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [panel.time, lang, selected, story, camera, kiosk]);

  useEffect(() => {
    const handlePop = () => {
      const state = parseUrlState(window.location.search);
      if (state.t !== undefined) {
        timeRef.current = clampToStory(engine, state.t);
        setTimeState(timeRef.current);
        movePanel(timeRef.current, 'reset');
      }
      if (state.lang) setLang(state.lang);
      setSelected(state.feature && places.has(state.feature) ? state.feature : null);
      const found = findStory(data.stories, state.story ? { id: state.story, step: state.step ?? 1 } : null);
      setActiveStory(found ? { id: found.story.id, step: found.step } : null);
      if (state.camera) moveCamera(state.camera.center, state.camera.zoom);
    };
    window.addEventListener('popstate', handlePop);
    return () => window.removeEventListener('popstate', handlePop);
  }, [engine, places, data.stories, setLang, moveCamera, movePanel]);

  const select = useCallback(
    (id: string, fly: boolean) => {
      pushNext.current = true;
      setSelected(id);
      const place = places.get(id);
      if (fly && place) moveCamera(place.center, Math.max(DEFAULT_CAMERA_ZOOM, 14));
    },
    [places, moveCamera],
  );

  const goToStep = useCallback(
    (storyId: string, stepNumber: number, openCard = true) => {
      const found = findStory(data.stories, { id: storyId, step: stepNumber });
      if (!found) return;
      const step = found.story.steps[found.step - 1];
      if (!step) return;
      pushNext.current = true;
      setActiveStory({ id: found.story.id, step: found.step });
      setTime(localTime(step.time), 'jump');
      setSelected(openCard && step.feature && places.has(step.feature) ? step.feature : null);
      moveCamera(step.camera.center, step.camera.zoom);
    },
    [data.stories, places, setTime, moveCamera],
  );

  // Kiosk reset: the opening moment, the whole city in view, every panel closed.
  const firstReset = useRef(resetSignal);
  useEffect(() => {
    if (resetSignal === firstReset.current) return;
    timeRef.current = clampToStory(engine, localTime(OPENING_TIME));
    setTimeState(timeRef.current);
    movePanel(timeRef.current, 'reset');
    setSelected(null);
    setActiveStory(null);
    setPlayback((current) => ({ ...current, playing: false }));
    setCamera(undefined);
    setPanelsKey((key) => key + 1);
    moveCamera(HOME_VIEW.center, HOME_VIEW.zoom);
  }, [resetSignal, engine, moveCamera, movePanel]);

  // Kiosk attract loop: the guided stories, step after step, round and round, until a touch.
  useEffect(() => {
    if (!attract || !kiosk || data.stories.length === 0) return;
    const position = { story: 0, step: 1 };
    const show = () => {
      const story = data.stories[position.story];
      // in the loop the caption speaks; place cards would only crowd the panel
      if (story) goToStep(story.id, position.step, false);
    };
    show();
    const timer = window.setInterval(() => {
      const story = data.stories[position.story];
      if (story && position.step < story.steps.length) position.step += 1;
      else {
        position.story = (position.story + 1) % data.stories.length;
        position.step = 1;
      }
      show();
    }, kiosk.stepSeconds * 1000);
    return () => window.clearInterval(timer);
  }, [attract, kiosk, data.stories, goToStep]);

  const chooseEvent = useCallback(
    (event: TimelineEvent) => {
      setTime(eventSpan(event.time).from, 'jump');
      if (event.feature && places.has(event.feature)) select(event.feature, true);
    },
    [setTime, select, places],
  );

  // While the slider is dragged the side panel and the chart's cursor wait for it to rest: their
  // texts would change faster than anyone reads them, a screen reader would chatter, and every
  // repaint outside the map holds back the map's next frame on a software renderer (README,
  // "Speed"). Jumps and playback move them at once (setTime).
  useEffect(() => {
    if (panel.time === time) return;
    const timer = window.setTimeout(() => movePanel(time, 'slide'), PANEL_SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [movePanel, time, panel.time]);
  const panelTime = panel.time;

  // Stable callbacks, so that the memoised panels render only when what they show changes.
  const selectOnMap = useCallback((id: string) => select(id, false), [select]);
  const selectFromText = useCallback((id: string) => select(id, true), [select]);
  const rebuildMap = useCallback(() => setMapKey((key) => key + 1), []);
  const closePlace = useCallback(() => {
    pushNext.current = true;
    setSelected(null);
  }, []);
  const startStory = useCallback((id: string) => goToStep(id, 1), [goToStep]);
  const storyId = story?.story.id;
  const stepStory = useCallback(
    (step: number) => {
      if (storyId) goToStep(storyId, step);
    },
    [storyId, goToStep],
  );
  const endStory = useCallback(() => {
    pushNext.current = true;
    setActiveStory(null);
  }, []);

  const states = useStableStates(engine, time);
  // The panel's time moves only when the slider rests, so a memo keeps its states for every move between.
  const panelStates = useMemo(() => engine.stateAt(panelTime), [engine, panelTime]);
  const leninPosition = useMemo(() => walk.positionAt(time), [walk, time]);
  const panelLeninPosition = useMemo(() => walk.positionAt(panelTime), [walk, panelTime]);
  // Before he leaves and after he arrives nothing moves: keep the same features, so no new setData.
  const leninKey =
    leninPosition.status === 'at-flat' || leninPosition.status === 'at-smolny'
      ? leninPosition.status
      : String(time);
  const leninAway = moverFeed.leninAway(time);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- leninKey stands for time outside the walk
  const leninCollection = useMemo(() => leninFeatures(walk, time, leninAway), [walk, leninKey, leninAway]);
  // The feed returns the same collection while nothing moves, so MapView sets the source only then.
  const moverCollection = moverFeed.at(time);
  const selectedPlace = selected ? places.get(selected) : undefined;
  const currentEvent = useMemo(() => currentEventIndex(engine.events, panelTime), [engine, panelTime]);
  const activeEvents = useMemo(
    () => activeEventIds(engine.events, panelTime, currentEvent),
    [engine, panelTime, currentEvent],
  );

  return (
    <main className="map-screen">
      <div className="map-area">
        <MapOrText lang={lang}>
          <MapView
            key={`map-${mapKey}`}
            handle={mapHandle}
            data={mapData}
            theme={PAPER}
            lang={lang}
            states={states}
            lenin={leninCollection}
            movers={moverCollection}
            camera={cameraRequest}
            initialCamera={initialUrl.camera}
            label={t('mapLabel', lang)}
            reducedMotion={reducedMotion}
            onSelect={selectOnMap}
            onCameraChange={setCamera}
            onMapFailure={rebuildMap}
          />
        </MapOrText>
        <Legend key={`legend-${panelsKey}`} theme={PAPER} lang={lang} />
        {!kiosk && (
          <SaveMoment lang={lang} time={panelTime} map={mapHandle} story={story} event={engine.events[currentEvent]} />
        )}
      </div>
      <BottomSheet lang={lang} reveal={selected}>
        {selectedPlace && (
          <PlaceCard
            place={selectedPlace}
            state={panelStates.get(selectedPlace.id)}
            events={engine.events}
            lang={lang}
            onTime={jumpTo}
            onClose={closePlace}
          />
        )}
        <GuidedStories
          stories={data.stories}
          active={story}
          lang={lang}
          onStart={startStory}
          onStep={stepStory}
          onEnd={endStory}
        />
        <CityText
          key={`city-${panelsKey}`}
          time={panelTime}
          lang={lang}
          places={places}
          states={panelStates}
          lenin={panelLeninPosition}
          recentChanges={panel.changes}
          movers={movers}
          moverNews={panel.moverNews}
          onSelect={selectFromText}
        />
        <EventList
          events={engine.events}
          current={currentEvent}
          active={activeEvents}
          lang={lang}
          onChoose={chooseEvent}
        />
      </BottomSheet>
      <div className="bottom-panel">
        <TimeControls
          engine={engine}
          time={time}
          lang={lang}
          playback={playback}
          onTime={setTime}
          onPlayback={setPlayback}
        />
        <TimelineChart
          engine={engine}
          places={places}
          time={panelTime}
          lang={lang}
          theme={PAPER}
          interactive={!kiosk}
          onTime={jumpTo}
        />
      </div>
    </main>
  );
}
