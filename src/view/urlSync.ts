/**
 * Keeps the address bar in step with the view, as the reducer decided: 'push' adds an entry at once,
 * 'replace' rewrites the current one once the view has rested for URL_SETTLE_MS (replaceState costs
 * milliseconds a call), 'none' leaves it. Back and Forward become a `url` intent.
 */
import type { ViewStore } from './store.ts';
import { parseUrlState, serializeUrlState } from './urlState.ts';
import { urlStateOf } from './viewState.ts';

/** How long the view must rest before a slide or a camera move is written into the URL. */
export const URL_SETTLE_MS = 250;

export type UrlWindow = Pick<Window, 'addEventListener' | 'removeEventListener' | 'setTimeout' | 'clearTimeout'> & {
  history: Pick<History, 'pushState' | 'replaceState'>;
  location: Pick<Location, 'search'>;
};

export function syncUrl(store: ViewStore, win: UrlWindow = window, settleMs = URL_SETTLE_MS): () => void {
  let pending: number | undefined;
  const cancel = () => {
    if (pending !== undefined) win.clearTimeout(pending);
    pending = undefined;
  };
  const searchNow = () => `?${serializeUrlState(urlStateOf(store.get()))}`;
  const off = store.subscribe(({ history }) => {
    if (history === 'none') return;
    cancel();
    if (history === 'push') {
      const search = searchNow();
      if (search !== win.location.search) win.history.pushState(null, '', search);
      return;
    }
    pending = win.setTimeout(() => {
      pending = undefined;
      const search = searchNow();
      if (search !== win.location.search) win.history.replaceState(null, '', search);
    }, settleMs);
  });
  const onPop = () => {
    // a replace still waiting would overwrite the entry just returned to
    cancel();
    store.dispatch({ type: 'url', url: parseUrlState(win.location.search) });
  };
  win.addEventListener('popstate', onPop);
  return () => {
    off();
    cancel();
    win.removeEventListener('popstate', onPop);
  };
}
