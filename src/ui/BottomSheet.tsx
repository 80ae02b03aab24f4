/**
 * The side panel, which on a phone becomes a bottom sheet over the map: a handle at its top edge
 * (a real button with aria-expanded) opens and closes it; dragging the handle moves it between
 * closed, half and full height; ArrowUp/ArrowDown on the handle do the same from the keyboard, and
 * Escape inside the sheet closes it and returns focus to the handle. While closed, its contents are
 * inert (out of the tab order and the accessibility tree), so focus never lands on something hidden.
 * On larger screens it is the ordinary side panel and the handle is not there.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import type { Lang } from '../time/format.ts';
import { t } from './i18n.ts';
import { ChevronIcon } from './icons.tsx';

/** Keep in step with the phone rules in app.css (`@media (max-width: 640px), (max-height: 500px)`). */
export const PHONE_QUERY = '(max-width: 640px), (max-height: 500px)';

/** Any element can ask the sheet to open (e.g. the no-WebGL notice pointing to the map as text). */
export const REVEAL_SHEET_EVENT = 'petrograd:reveal-sheet';

type Snap = 'closed' | 'half' | 'full';
const SNAPS: readonly Snap[] = ['closed', 'half', 'full'];
/** Fraction of the map's height each open position takes. */
const SNAP_FRACTION: Record<Exclude<Snap, 'closed'>, number> = { half: 0.55, full: 1 };
/** A pointer that moves less than this is a tap, not a drag. */
const DRAG_THRESHOLD_PX = 6;

/** Whether a media query matches, following changes (rotation, resizing). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}

interface Props {
  lang: Lang;
  /** A new non-empty value opens the closed sheet to half height (a place chosen on the map shows its card). */
  reveal?: string | null;
  children: ReactNode;
}

export function BottomSheet({ lang, reveal, children }: Props) {
  const phone = useMediaQuery(PHONE_QUERY);
  // A link that opens a place's card opens the sheet with it.
  const [snap, setSnap] = useState<Snap>(() => (reveal ? 'half' : 'closed'));
  /** The height in px while a finger drags the handle; null at rest (CSS then sizes it by its snap). */
  const [dragHeight, setDragHeight] = useState<number | null>(null);
  const sheet = useRef<HTMLElement>(null);
  const handle = useRef<HTMLButtonElement>(null);
  const drag = useRef<{ startY: number; startHeight: number; moved: boolean } | null>(null);
  const open = snap !== 'closed';

  // A newly chosen place opens the sheet (state adjusted while rendering, not in an effect).
  const [revealed, setRevealed] = useState(reveal);
  if (reveal !== revealed) {
    setRevealed(reveal);
    if (reveal && snap === 'closed') setSnap('half');
  }
  useEffect(() => {
    const onReveal = () => setSnap((current) => (current === 'closed' ? 'half' : current));
    window.addEventListener(REVEAL_SHEET_EVENT, onReveal);
    return () => window.removeEventListener(REVEAL_SHEET_EVENT, onReveal);
  }, []);

  /** The height the sheet may take: all of the map's row. */
  const room = () => sheet.current?.parentElement?.querySelector('.map-area')?.getBoundingClientRect().height ?? 600;

  function onPointerDown(event: PointerEvent<HTMLButtonElement>) {
    if (!sheet.current) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startY: event.clientY, startHeight: sheet.current.getBoundingClientRect().height, moved: false };
  }
  function onPointerMove(event: PointerEvent<HTMLButtonElement>) {
    const current = drag.current;
    if (!current) return;
    const delta = current.startY - event.clientY;
    if (!current.moved && Math.abs(delta) < DRAG_THRESHOLD_PX) return;
    current.moved = true;
    const min = handle.current?.offsetHeight ?? 48;
    setDragHeight(Math.min(room(), Math.max(min, current.startHeight + delta)));
  }
  function onPointerUp(event: PointerEvent<HTMLButtonElement>) {
    const current = drag.current;
    drag.current = null;
    if (!current?.moved) return; // a tap: the click handler toggles
    event.preventDefault();
    const fraction = (current.startHeight + current.startY - event.clientY) / room();
    // rest at the nearest position
    const nearest = SNAPS.reduce((best, candidate) => {
      const at = (snap: Snap) => (snap === 'closed' ? 0 : SNAP_FRACTION[snap]);
      return Math.abs(at(candidate) - fraction) < Math.abs(at(best) - fraction) ? candidate : best;
    }, 'closed' as Snap);
    setSnap(nearest);
    setDragHeight(null);
    suppressClick.current = true;
  }
  /** The click that follows a drag's pointerup must not toggle the sheet again. */
  const suppressClick = useRef(false);
  function onClick() {
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    setSnap(open ? 'closed' : 'half');
  }
  function onHandleKey(event: KeyboardEvent<HTMLButtonElement>) {
    const step = { ArrowUp: 1, ArrowDown: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    setSnap((current) => SNAPS[Math.min(SNAPS.length - 1, Math.max(0, SNAPS.indexOf(current) + step))] ?? current);
  }
  function onSheetKey(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape' || !open || event.target === handle.current) return;
    setSnap('closed');
    handle.current?.focus();
  }

  const label = t('panelsLabel', lang);
  const className = phone ? `side-panel sheet sheet-${snap}${dragHeight !== null ? ' sheet-dragging' : ''}` : 'side-panel';
  return (
    <aside
      ref={sheet}
      className={className}
      aria-label={label}
      onKeyDown={phone ? onSheetKey : undefined}
      style={dragHeight !== null ? { height: `${dragHeight}px` } : undefined}
      data-testid="panels"
    >
      {phone && (
        <button
          ref={handle}
          type="button"
          className="sheet-handle"
          aria-expanded={open}
          aria-controls="sheet-body"
          onClick={onClick}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => {
            drag.current = null;
            setDragHeight(null);
          }}
          onKeyDown={onHandleKey}
          data-testid="sheet-handle"
        >
          <span className="sheet-grip" aria-hidden="true" />
          <span className="sheet-label">{label}</span>
          <ChevronIcon up={!open} />
        </button>
      )}
      <div id="sheet-body" className="sheet-body" inert={phone && !open && dragHeight === null}>
        {children}
      </div>
    </aside>
  );
}
