/**
 * The shape of geo/movers.geojson: everything that moves across the city besides the bridges' spans.
 * A mover is a path (a LineString feature, kind "mover") and its stops (Point features, kind
 * "mover-stop", numbered along the path). Legs run from one stop to the next, each with its mode and
 * pace. A stop's times come from timeline events (`arrive`, `depart`, or `passes` for both); the
 * pace only fills in the legs that have a timed stop at one end alone. The relations (stops on the
 * path, events that exist and come in order, ships on water, cars on streets) are checked in
 * ../data/checks/movers.ts.
 */
import { z } from 'zod';
import { Citation, FeatureId, Localized, PositionCertainty } from './schemas.ts';

/** The marker's shape on the map; never colour alone. */
export const MoverMarker = z.enum(['ship', 'car', 'column', 'person']);
export type MoverMarker = z.infer<typeof MoverMarker>;

/** How a leg is travelled. Ships and tows keep to the water; the rest to the streets of the plan. */
export const MoverMode = z.enum(['ship', 'tow', 'car', 'column', 'walk', 'streetcar']);
export type MoverMode = z.infer<typeof MoverMode>;

export const WATER_MODES: readonly MoverMode[] = ['ship', 'tow'];

const Position = z.tuple([z.number(), z.number()], { error: 'must be a [lon, lat] pair of numbers' });

export const MoverLeg = z
  .object({
    mode: MoverMode,
    /** Kilometres an hour; it times the leg only where one end of it has no event. */
    pace_kmh: z.number().positive().max(80),
    /**
     * Why a street leg leaves the streets the plan draws (a square, a street not drawn yet). The check
     * reports an `off_plan` leg that lies on the plan's streets after all, so the note cannot go stale.
     */
    off_plan: Localized.optional(),
  })
  .strict();
export type MoverLeg = z.infer<typeof MoverLeg>;

/**
 * A searchlight from a stop toward a feature, lit at an event. The sources say when the lights were
 * turned on, not for how long, so the map shows them for BEAM_SHOWN_MINUTES (a display choice).
 */
export const MoverBeam = z
  .object({
    feature: FeatureId,
    toward: Position,
    from: FeatureId,
  })
  .strict();
export type MoverBeam = z.infer<typeof MoverBeam>;

const common = {
  id: FeatureId,
  name: Localized,
  certainty: PositionCertainty,
  uncertainty_m: z.number().nonnegative(),
  sources: z.array(Citation).min(1, 'cites no source'),
  note: Localized.optional(),
};

export const MoverFeature = z.object({
  type: z.literal('Feature'),
  geometry: z.object({ type: z.literal('LineString'), coordinates: z.array(Position).min(2) }),
  properties: z
    .object({
      ...common,
      kind: z.literal('mover'),
      marker: MoverMarker,
      /** The mover's story for its card, in our own words. */
      card: Localized,
      /** One leg per pair of consecutive stops, in order. */
      legs: z.array(MoverLeg).min(1, 'a mover needs at least one leg'),
      /** "stays": shown at its last stop to the end of the story; "leaves": gone once it is there. */
      after: z.enum(['stays', 'leaves']),
      /** When it first shows: an event's earliest minute, or the story's start; default its first timed moment. */
      visible_from: z.union([FeatureId, z.literal('story-start')]).optional(),
      /** Its path continues a route of another file (Lenin's walk in lenin-route.geojson). */
      continues: z.literal('lenin-route').optional(),
    })
    .strict(),
});
export type MoverFeature = z.infer<typeof MoverFeature>;

export const MoverStopFeature = z.object({
  type: z.literal('Feature'),
  geometry: z.object({ type: z.literal('Point'), coordinates: Position }),
  properties: z
    .object({
      ...common,
      kind: z.literal('mover-stop'),
      mover: FeatureId,
      order: z.number().int().positive(),
      /** A feature of another file this stop stands at (a point, stronghold or waypoint). */
      place: FeatureId.optional(),
      arrive: FeatureId.optional(),
      depart: FeatureId.optional(),
      /** An event when the mover passes this stop without stopping (arrival and departure at once). */
      passes: FeatureId.optional(),
      /** Events that happen here while the mover is at the stop (the Aurora's blank round). */
      episodes: z.array(FeatureId).optional(),
      beam: MoverBeam.optional(),
    })
    .strict()
    .refine(
      (stop) => stop.passes === undefined || (stop.arrive === undefined && stop.depart === undefined),
      '"passes" stands for both arrival and departure; give it alone',
    ),
});
export type MoverStopFeature = z.infer<typeof MoverStopFeature>;

export interface MoverData {
  movers: MoverFeature[];
  stops: MoverStopFeature[];
}
