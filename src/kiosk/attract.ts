/**
 * The kiosk's attract loop: the guided stories, step after step, round and round, `stepMs` a step,
 * as story intents without the place cards (in the loop the caption speaks; cards would crowd the
 * panel). Returns its stop.
 */
import type { Story } from '../model/schemas.ts';
import type { Intent } from '../view/viewState.ts';

type Timers = Pick<Window, 'setInterval' | 'clearInterval'>;

export function runAttractLoop(
  dispatch: (intent: Intent) => void,
  stories: readonly Story[],
  stepMs: number,
  timers: Timers = window,
): () => void {
  if (stories.length === 0) return () => {};
  const position = { story: 0, step: 1 };
  const show = () => {
    const story = stories[position.story];
    if (story) dispatch({ type: 'story', id: story.id, step: position.step, openCard: false });
  };
  show();
  const timer = timers.setInterval(() => {
    const story = stories[position.story];
    if (story && position.step < story.steps.length) position.step += 1;
    else {
      position.story = (position.story + 1) % stories.length;
      position.step = 1;
    }
    show();
  }, stepMs);
  return () => timers.clearInterval(timer);
}
