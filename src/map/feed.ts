/**
 * The one way into the map owner: a feed it reads and subscribes to. After every change it reads the
 * newest frame (the time to show, the language, the last camera request) and is told which features
 * should glow. The view store satisfies this interface as it is; the map knows nothing of the view.
 */
import type { Camera } from '../model/extent.ts';
import type { Lang } from '../time/format.ts';
import type { LocalMinutes } from '../time/localTime.ts';

/** A request to move the camera; a new `seq` asks for a new move, even to the same place. */
export interface CameraRequest extends Camera {
  seq: number;
}

export interface MapFrame {
  time: LocalMinutes;
  lang: Lang;
  /** Where the map last reported being, if it has (a rebuilt map starts there). */
  camera: Camera | null;
  /** The last request to move the camera: a new map starts there unless `camera` is known; later ones are flown to. */
  cameraRequest: CameraRequest;
}

export interface MapFeed {
  get: () => MapFrame;
  /** Calls back after every change with the features whose change just passed (to glow once). */
  subscribe: (listener: (change: { glow: readonly string[] }) => void) => () => void;
}
