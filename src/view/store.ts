/**
 * The one mutable place of the view: the current View, changed only by `dispatch(intent)` through
 * the pure reducer. Subscribers hear every transition with the reducer's history and glow decisions;
 * React reads it with useSyncExternalStore, so a component renders only when what it picks changes.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import { reduce, type History, type Intent, type View, type ViewContext } from './viewState.ts';

export interface Transition {
  view: View;
  previous: View;
  intent: Intent;
  history: History;
  glow: readonly string[];
}

export interface ViewStore {
  get: () => View;
  dispatch: (intent: Intent) => void;
  /** Returns its own unsubscribe; subscribing the same function twice subscribes it once. */
  subscribe: (listener: (transition: Transition) => void) => () => void;
  readonly context: ViewContext;
}

export function createViewStore(context: ViewContext, initial: View): ViewStore {
  let view = initial;
  const listeners = new Set<(transition: Transition) => void>();
  const queue: Intent[] = [];
  let dispatching = false;
  return {
    context,
    get: () => view,
    dispatch: (intent) => {
      // An intent dispatched by a listener runs after the current one has reached every listener.
      queue.push(intent);
      if (dispatching) return;
      dispatching = true;
      try {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const step = reduce(view, next, context);
          if (step.view === view && step.glow.length === 0) continue;
          const transition: Transition = { view: step.view, previous: view, intent: next, history: step.history, glow: step.glow };
          view = step.view;
          for (const listener of [...listeners]) listener(transition);
        }
      } finally {
        dispatching = false;
        queue.length = 0;
      }
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const ViewStoreContext = createContext<ViewStore | null>(null);

export function useViewStore(): ViewStore {
  const store = useContext(ViewStoreContext);
  if (!store) throw new Error('useViewStore needs a ViewStoreContext provider');
  return store;
}

/**
 * A part of the view, re-rendering only when it changes. `pick` must return a primitive or an object
 * kept in the view (never one built inside it), or React would render on every change.
 */
export function useView<T>(pick: (view: View) => T): T {
  const store = useViewStore();
  return useSyncExternalStore(store.subscribe, () => pick(store.get()));
}
