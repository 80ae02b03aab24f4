/**
 * While the slider is dragged the side panel and the chart's cursor wait for it to rest: their texts
 * would change faster than anyone reads them, a screen reader would chatter, and every repaint outside
 * the map holds back the map's next frame on a software renderer (README, "Speed"). This dispatches
 * `rest` once the time has stood still for PANEL_SETTLE_MS with the panel behind it.
 */
import type { ViewStore } from './store.ts';

/** How long the slider must rest before the side panel follows a drag. */
export const PANEL_SETTLE_MS = 300;

type Timers = Pick<Window, 'setTimeout' | 'clearTimeout'>;

export function settlePanel(store: ViewStore, timers: Timers = window, settleMs = PANEL_SETTLE_MS): () => void {
  let timer: number | undefined;
  const arm = () => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
    const view = store.get();
    if (view.panel.time !== view.time) timer = timers.setTimeout(() => store.dispatch({ type: 'rest' }), settleMs);
  };
  const off = store.subscribe((transition) => {
    if (transition.view.time !== transition.previous.time || transition.view.panel !== transition.previous.panel) arm();
  });
  arm();
  return () => {
    off();
    if (timer !== undefined) timers.clearTimeout(timer);
  };
}
