/**
 * Kiosk mode (?kiosk): a touch screen left alone all day. Its settings come from the URL so a museum
 * can tune them in the kiosk's start command: ?kiosk&idle=90&prompt=20&lang=ru&dwell=9
 */
import { z } from '../model/zod.ts';
import { LANGS, type Lang } from '../time/format.ts';

export interface KioskConfig {
  /** Seconds without a touch before the "still there?" prompt. */
  idleSeconds: number;
  /** Seconds the prompt waits before everything resets and the attract loop starts. */
  promptSeconds: number;
  /** Seconds each step of a guided story stays on screen in the attract loop. */
  stepSeconds: number;
  /** The language the kiosk returns to on reset. */
  lang: Lang;
}

const KioskParams = z.object({
  idle: z.coerce.number().int().min(10).max(3600).catch(90),
  prompt: z.coerce.number().int().min(5).max(300).catch(20),
  dwell: z.coerce.number().int().min(3).max(120).catch(9),
  lang: z.enum(LANGS).catch('ru'),
});

/** The kiosk configuration, or null when the page is not in kiosk mode. */
export function parseKioskConfig(search: string): KioskConfig | null {
  const params = new URLSearchParams(search);
  if (!params.has('kiosk')) return null;
  const value = (key: string) => params.get(key) ?? undefined;
  const parsed = KioskParams.parse({ idle: value('idle'), prompt: value('prompt'), dwell: value('dwell'), lang: value('lang') });
  return { idleSeconds: parsed.idle, promptSeconds: parsed.prompt, stepSeconds: parsed.dwell, lang: parsed.lang };
}

export type KioskPhase = 'active' | 'prompt' | 'attract';

/** Input that counts as someone being there. */
const PRESENCE_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * The kiosk's idle cycle: active → (idle) → prompt → (no answer) → reset, attract → (touch) → active.
 * Returns a cleanup function. Pure timers and listeners, so tests can drive it with a fake clock.
 */
export function watchPresence(
  target: Pick<Window, 'addEventListener' | 'removeEventListener' | 'setTimeout' | 'clearTimeout'>,
  config: KioskConfig,
  phase: KioskPhase,
  actions: { setPhase: (phase: KioskPhase) => void; reset: () => void },
): () => void {
  let timer: number | undefined;
  const arm = () => {
    if (timer !== undefined) target.clearTimeout(timer);
    if (phase === 'active') timer = target.setTimeout(() => actions.setPhase('prompt'), config.idleSeconds * 1000);
    if (phase === 'prompt') {
      timer = target.setTimeout(() => {
        actions.reset();
        actions.setPhase('attract');
      }, config.promptSeconds * 1000);
    }
  };
  const onPresence = () => {
    if (phase === 'active') arm();
    else actions.setPhase('active');
  };
  arm();
  for (const type of PRESENCE_EVENTS) target.addEventListener(type, onPresence, { capture: true, passive: true });
  return () => {
    if (timer !== undefined) target.clearTimeout(timer);
    for (const type of PRESENCE_EVENTS) target.removeEventListener(type, onPresence, { capture: true });
  };
}
