/**
 * The map screen's layout. It holds no state of its own: every panel reads the part of the view it
 * shows from the store and dispatches intents. It renders when the panel's time, the language, the
 * card, the story step or a kiosk reset change, never during a drag (only the clock does then).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { MapView, type MapCapture } from '../map/MapView.tsx';
import { PAPER } from '../map/theme.ts';
import type { TimelineEvent } from '../model/schemas.ts';
import type { LocalMinutes } from '../time/localTime.ts';
import { settlePanel } from '../view/settle.ts';
import { useView, useViewStore } from '../view/store.ts';
import { findStory } from '../view/viewState.ts';
import { syncUrl } from '../view/urlSync.ts';
import { BottomSheet } from './BottomSheet.tsx';
import { CityText } from './CityText.tsx';
import { EventList } from './EventList.tsx';
import { MapOrText } from './FailureScreens.tsx';
import { GuidedStories } from './GuidedStories.tsx';
import { t } from './i18n.ts';
import { Legend } from './Legend.tsx';
import { LiveSummary } from './LiveSummary.tsx';
import { PlaceCard } from './PlaceCard.tsx';
import { SaveMoment } from './SaveMoment.tsx';
import { TimeControls } from './TimeControls.tsx';
import { TimelineChart } from './TimelineChart.tsx';
import type { Ready } from './useDataSet.ts';

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function MapScreen({ ready, kiosk }: { ready: Ready; kiosk: boolean }) {
  const { data, mapData, engine, walk, movers, scene, places, eventMarks } = ready;
  const store = useViewStore();
  const lang = useView((view) => view.lang);
  const panel = useView((view) => view.panel);
  const selected = useView((view) => view.selected);
  const activeStory = useView((view) => view.story);
  const resets = useView((view) => view.resets);
  const [reducedMotion] = useState(prefersReducedMotion);
  const [mapKey, setMapKey] = useState(0);
  // The map drew its first picture, or will draw none: what waited for it may be built now.
  const [mapSettled, setMapSettled] = useState(false);
  const settleMap = useCallback(() => setMapSettled(true), []);
  const capture = useRef<MapCapture | null>(null);

  // The panel follows a drag when the slider rests; the address bar follows the view.
  useEffect(() => settlePanel(store), [store]);
  useEffect(() => syncUrl(store), [store]);

  // Stable callbacks, so that the memoised panels render only when what they show changes.
  const jumpTo = useCallback((time: LocalMinutes) => store.dispatch({ type: 'jump', time }), [store]);
  const selectOnMap = useCallback((id: string) => store.dispatch({ type: 'select', id, fly: false }), [store]);
  const selectFromText = useCallback((id: string) => store.dispatch({ type: 'select', id, fly: true }), [store]);
  const moveCamera = useCallback((camera: { center: [number, number]; zoom: number }) => store.dispatch({ type: 'camera', camera }), [store]);
  const rebuildMap = useCallback(() => setMapKey((key) => key + 1), []);
  const closePlace = useCallback(() => store.dispatch({ type: 'close' }), [store]);
  const chooseEvent = useCallback((event: TimelineEvent) => store.dispatch({ type: 'event', event }), [store]);
  const startStory = useCallback((id: string) => store.dispatch({ type: 'story', id, step: 1 }), [store]);
  const storyId = activeStory?.id;
  const stepStory = useCallback((step: number) => storyId && store.dispatch({ type: 'story', id: storyId, step }), [store, storyId]);
  const endStory = useCallback(() => store.dispatch({ type: 'end-story' }), [store]);

  const story = useMemo(
    () => (activeStory ? findStory(data.stories, activeStory.id, activeStory.step) : null),
    [data.stories, activeStory],
  );
  const panelStates = engine.stateAt(panel.time); // the same object between changes
  const panelLenin = useMemo(() => walk.positionAt(panel.time), [walk, panel.time]);
  const marks = useMemo(() => eventMarks(panel.time), [eventMarks, panel.time]);
  const selectedPlace = selected ? places.get(selected) : undefined;

  return (
    <main className="map-screen">
      <div className="map-area">
        <MapOrText lang={lang} onNoMap={settleMap}>
          <MapView
            key={`map-${mapKey}`}
            data={mapData}
            theme={PAPER}
            scene={scene}
            feed={store}
            capture={capture}
            label={t('mapLabel', lang)}
            reducedMotion={reducedMotion}
            onSelect={selectOnMap}
            onCameraChange={moveCamera}
            onMapFailure={rebuildMap}
            onFirstDraw={settleMap}
          />
        </MapOrText>
        <Legend key={`legend-${resets}`} theme={PAPER} lang={lang} />
        {/* ODbL asks that the OpenStreetMap credit be shown where the data is */}
        <p className="map-credit" data-testid="map-credit">
          {t('mapCredit', lang)}
        </p>
        {!kiosk && <SaveMoment lang={lang} time={panel.time} map={capture} story={story} event={engine.events[marks.current]} />}
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
        <GuidedStories stories={data.stories} active={story} lang={lang} onStart={startStory} onStep={stepStory} onEnd={endStory} />
        <CityText
          key={`city-${resets}`}
          time={panel.time}
          lang={lang}
          places={places}
          states={panelStates}
          lenin={panelLenin}
          movers={movers}
          onSelect={selectFromText}
        />
        <EventList
          events={engine.events}
          current={marks.current}
          active={marks.active}
          lang={lang}
          onChoose={chooseEvent}
          due={mapSettled}
        />
      </BottomSheet>
      {/* outside the sheet: read out while the sheet (or the city as text) is closed */}
      <LiveSummary
        key={`live-${resets}`}
        lang={lang}
        places={places}
        states={panelStates}
        recentChanges={panel.changes}
        moverNews={panel.moverNews}
      />
      <div className="bottom-panel">
        <TimeControls engine={engine} />
        <TimelineChart
          engine={engine}
          places={places}
          time={panel.time}
          lang={lang}
          theme={PAPER}
          interactive={!kiosk}
          onTime={jumpTo}
        />
      </div>
    </main>
  );
}
