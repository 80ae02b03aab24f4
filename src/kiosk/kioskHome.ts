/**
 * The kiosk's home camera for this screen: HOME_VIEW made to hold every movement from west to east
 * (../view/homeCamera.ts), for the width the map gets in the kiosk's layout.
 */
import type { Mover } from '../engine/movers.ts';
import { HOME_VIEW, type Camera } from '../model/extent.ts';
import { containSpan, spanOf } from '../view/homeCamera.ts';

/** The landscape kiosk's side panel, in rem: keep in step with `html.kiosk .map-screen` in app.css. */
const KIOSK_SIDE_PANEL_REM = 32;

/** The map's width in the kiosk: the whole screen's in portrait (the panels sit below it), less the side panel in landscape. */
export function kioskMapWidth(win: Pick<Window, 'innerWidth' | 'innerHeight' | 'getComputedStyle'> & { document: Document }): number {
  if (win.innerHeight >= win.innerWidth) return win.innerWidth;
  const rem = Number.parseFloat(win.getComputedStyle(win.document.documentElement).fontSize) || 16;
  return win.innerWidth - KIOSK_SIDE_PANEL_REM * rem;
}

export function kioskHome(movers: readonly Pick<Mover, 'coordinates'>[], mapWidthPx: number): Camera {
  const span = spanOf(movers.map((mover) => mover.coordinates));
  return span ? containSpan(HOME_VIEW, span, mapWidthPx) : HOME_VIEW;
}
