import { describe, expect, it } from 'vitest';
import { HOME_VIEW } from '../model/extent.ts';
import { containSpan, HOME_MIN_ZOOM, LABEL_ROOM_PX, spanOf } from './homeCamera.ts';

/** Where a longitude falls on a map `width` px wide looking through `camera` (web mercator, x only). */
const screenX = (lon: number, camera: { center: readonly [number, number]; zoom: number }, width: number) =>
  width / 2 + ((lon - camera.center[0]) * 512 * 2 ** camera.zoom) / 360;

// the movers' west and east ends: the Kronstadt ships at the mouth of the Bolshaya Neva, Lenin at Smolny
const span = { west: 30.245, east: 30.397 };

describe('the kiosk home camera', () => {
  it('keeps HOME_VIEW where a wide map already shows the span with room for labels', () => {
    const wide = { west: 30.3, east: 30.39 };
    expect(containSpan(HOME_VIEW, wide, 2560)).toEqual({ center: [...HOME_VIEW.center], zoom: HOME_VIEW.zoom });
  });

  it('slides the camera, without zooming out, when the span fits but lies off-centre', () => {
    const camera = containSpan(HOME_VIEW, { west: 30.26, east: 30.36 }, 1408);
    expect(camera.zoom).toBe(HOME_VIEW.zoom);
    expect(camera.center[0]).toBeLessThan(HOME_VIEW.center[0]);
    expect(screenX(30.26, camera, 1408)).toBeCloseTo(LABEL_ROOM_PX.west, 6);
  });

  it.each([1080, 1408])('zooms out on a map %i px wide until both ends lie inside by LABEL_ROOM_PX', (width) => {
    const camera = containSpan(HOME_VIEW, span, width);
    expect(camera.zoom).toBeLessThan(HOME_VIEW.zoom);
    expect(camera.zoom).toBeGreaterThanOrEqual(HOME_MIN_ZOOM);
    expect(screenX(span.west, camera, width)).toBeCloseTo(LABEL_ROOM_PX.west, 6);
    expect(screenX(span.east, camera, width)).toBeCloseTo(width - LABEL_ROOM_PX.east, 6);
    expect(camera.center[1]).toBe(HOME_VIEW.center[1]);
  });

  it('stops at HOME_MIN_ZOOM, centred on the span, where the map is too narrow for it (a phone)', () => {
    const camera = containSpan(HOME_VIEW, span, 390);
    expect(camera.zoom).toBe(HOME_MIN_ZOOM);
    const middle = (screenX(span.west, camera, 390) - LABEL_ROOM_PX.west + screenX(span.east, camera, 390) + LABEL_ROOM_PX.east) / 2;
    expect(middle).toBeCloseTo(195, 6);
  });

  it('never zooms in past the base camera', () => {
    expect(containSpan(HOME_VIEW, { west: 30.34, east: 30.35 }, 1080).zoom).toBe(HOME_VIEW.zoom);
  });

  it('reads the span from the paths, or none from none', () => {
    expect(spanOf([[[30.3, 59.9], [30.25, 59.92]], [[30.4, 59.95]]])).toEqual({ west: 30.25, east: 30.4 });
    expect(spanOf([])).toBeNull();
  });
});
