/**
 * The shape of every file in geo/. A schema and the type it validates share a name.
 * These check structure only; the relations between features (on land, crossing water, references,
 * overlapping states) are checked in ../data/crossChecks.ts, which needs the whole data set.
 */
import { z } from './zod.ts';
import { formatLocalTime, localTime, parseLocalTime, type LocalMinutes } from '../time/localTime.ts';
import { isListOf, isPositionList, isRing, quickly } from './quickly.ts';

export const FeatureId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase kebab-case, e.g. "bridge-liteiny"');
export type FeatureId = z.infer<typeof FeatureId>;

export const Localized = z.object({
  en: z.string().trim().min(1, 'English text is empty'),
  ru: z.string().trim().min(1, 'Russian text is empty'),
});
export type Localized = z.infer<typeof Localized>;

/**
 * A text that reads the same in both languages (a name, a page, an original title) or one for each.
 * Decoded at the edge, so the rest of the app always sees both languages.
 */
export const Text = z
  .union([z.string().trim().min(1, 'is empty'), Localized], { error: 'must be a text or {"en", "ru"}' })
  .transform((text): Localized => (typeof text === 'string' ? { en: text, ru: text } : text));
export type Text = z.infer<typeof Text>;

/**
 * A web address, kept in its canonical form (non-ASCII characters percent-encoded), however the data
 * wrote it; the screen shows it decoded.
 */
export const WebAddress = z.url().transform((url) => new URL(url).href);

/**
 * A citation: which work of the bibliography (geo/sources.json), where in it, and the lawful page
 * that shows the passage. The work itself is described once, in the bibliography.
 */
export const Citation = z
  .object({
    ref: FeatureId,
    /** The chapter, page or passage, described, never quoted at length. */
    locator: Text.optional(),
    url: WebAddress.optional(),
  })
  .strict();
export type Citation = z.infer<typeof Citation>;

const Sources = z.array(Citation).min(1, 'cites no source');

export const WorkType = z.enum([
  'book',
  'chapter',
  'article',
  'document',
  'collection',
  'website',
  'dataset',
  'map',
  'newspaper',
]);
export type WorkType = z.infer<typeof WorkType>;

/** A number written as a number or as text ("1957", "1917–1918"); kept as text. */
const Numbering = z.union([z.string().trim().min(1), z.number().int()]).transform(String);

/** One work of the bibliography, described as a library would. */
export const Work = z
  .object({
    id: FeatureId,
    type: WorkType,
    author: Text.optional(),
    editor: Text.optional(),
    title: Text,
    /** The journal, collection, book or site the work is part of. */
    container: Text.optional(),
    volume: Numbering.optional(),
    issue: Numbering.optional(),
    year: Numbering.optional(),
    publisher: Text.optional(),
    place: Text.optional(),
    /** Only where the work is lawfully published there (see data/lawfulHosts.ts). */
    url: WebAddress.optional(),
    license: z.string().trim().min(1).optional(),
    /** How the work was made, where a reader needs it (the project's own reconstruction says its method). */
    note: Text.optional(),
  })
  .strict();
export type Work = z.infer<typeof Work>;

export const Bibliography = z.object({
  provenance: Localized,
  works: z.array(z.unknown()),
});

/** How a position was obtained: from a published coordinate, or drawn/inferred by us. */
export const PositionCertainty = z.enum(['confirmed', 'estimated']);
export type PositionCertainty = z.infer<typeof PositionCertainty>;

/** How well a state change is attested. */
export const Certainty = z.enum(['confirmed', 'probable', 'disputed', 'estimated']);
export type Certainty = z.infer<typeof Certainty>;

export const Control = z.enum(['mrc', 'government', 'contested', 'unknown']);
export type Control = z.infer<typeof Control>;

export const BridgePosition = z.enum(['raised', 'lowered']);
export type BridgePosition = z.infer<typeof BridgePosition>;

// ---- geometry -------------------------------------------------------------------------------

const Position = z.tuple([z.number(), z.number()], { error: 'must be a [lon, lat] pair of numbers' });
/** The full schemas of a line and a ring: they explain what the shortcut below refuses. */
export const LinePositions = z.array(Position).min(2, 'a line needs at least two positions');
export const Ring = z
  .array(Position)
  .min(4, 'a ring needs at least four positions (closed)')
  .refine((ring) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  }, 'ring is not closed: its last position must repeat its first');

export const PointGeometry = z.object({ type: z.literal('Point'), coordinates: Position });
// Lines and rings are checked in one pass where they are valid (./quickly.ts); zod explains the rest.
const isLine = isPositionList(2);
export const LineStringGeometry = z.object({
  type: z.literal('LineString'),
  coordinates: quickly(LinePositions, isLine),
});
export const MultiLineStringGeometry = z.object({
  type: z.literal('MultiLineString'),
  coordinates: quickly(z.array(LinePositions).min(1), isListOf(isLine, 1)),
});
export const PolygonGeometry = z.object({
  type: z.literal('Polygon'),
  coordinates: quickly(z.array(Ring).min(1), isListOf(isRing, 1)),
});
export const MultiPolygonGeometry = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: quickly(z.array(z.array(Ring).min(1)).min(1), isListOf(isListOf(isRing, 1), 1)),
});

const AreaGeometry = z.discriminatedUnion('type', [PolygonGeometry, MultiPolygonGeometry]);
const LinearGeometry = z.discriminatedUnion('type', [LineStringGeometry, MultiLineStringGeometry]);

// ---- properties shared by every feature ----------------------------------------------------

const commonProperties = {
  id: FeatureId,
  name: Localized,
  name_today: Localized.optional(),
  certainty: PositionCertainty,
  uncertainty_m: z.number().nonnegative(),
  sources: Sources,
  note: Localized.optional(),
};

function feature<G extends z.ZodType, P extends z.ZodRawShape>(geometry: G, properties: P) {
  return z.object({
    type: z.literal('Feature'),
    geometry,
    properties: z.looseObject({ ...commonProperties, ...properties }),
  });
}

// ---- layers ----------------------------------------------------------------------------------

export const LandFeature = feature(AreaGeometry, { kind: z.enum(['mainland', 'island']) });
export type LandFeature = z.infer<typeof LandFeature>;

/**
 * Water is drawn as areas whose edges are the 1917 banks (kind river, canal or gulf). A line carries a
 * name for the map's labels only (kind label) and is never painted, so no water line can cover land.
 */
export const WaterAreaFeature = feature(AreaGeometry, {
  kind: z.enum(['river', 'canal', 'gulf']),
});
export type WaterAreaFeature = z.infer<typeof WaterAreaFeature>;

export const WaterLabelFeature = feature(LinearGeometry, {
  kind: z.custom<'label'>((value) => value === 'label', {
    message: 'a water line only carries a name for the labels: its kind must be "label"; draw a river or canal as an area (Polygon)',
  }),
  width_m: z
    .unknown()
    .refine((value) => value === undefined, 'a water line is never painted, so it has no width: draw the water as an area whose edges are the banks')
    .optional(),
});
export type WaterLabelFeature = z.infer<typeof WaterLabelFeature>;

export const WaterFeature = z.union([WaterAreaFeature, WaterLabelFeature]);
export type WaterFeature = z.infer<typeof WaterFeature>;

export const ParkFeature = feature(AreaGeometry, { kind: z.literal('park') });
export type ParkFeature = z.infer<typeof ParkFeature>;

/**
 * The plan's ground between the streets: a city block (built-up land) or an open square drawn as an
 * area. A block carries no name; a square must have one, in both languages.
 */
export const BlockFeature = z
  .object({
    type: z.literal('Feature'),
    geometry: PolygonGeometry,
    properties: z.looseObject({
      ...commonProperties,
      name: Localized.optional(),
      kind: z.enum(['block', 'square']),
    }),
  })
  .refine((block) => block.properties.kind !== 'square' || block.properties.name !== undefined, {
    message: 'a square needs its name in both languages',
    path: ['properties', 'name'],
  });
export type BlockFeature = z.infer<typeof BlockFeature>;

export const StreetFeature = feature(LinearGeometry, {
  kind: z.literal('street'),
  rank: z.enum(['major', 'minor']),
  type: z.enum(['prospect', 'street', 'embankment', 'square', 'lane', 'bridge-approach']),
});
export type StreetFeature = z.infer<typeof StreetFeature>;

export const RailwayFeature = feature(LinearGeometry, {
  kind: z.literal('railway'),
  station: FeatureId.optional(),
});
export type RailwayFeature = z.infer<typeof RailwayFeature>;

export const BridgeFeature = feature(LineStringGeometry, {
  kind: z.literal('bridge'),
  /**
   * False for the bridges that only draw the 1917 city (most canal bridges): they carry no timeline
   * state, need no initial state, and are drawn in plain ink. Absent means a bridge of the story.
   */
  story: z.boolean().optional(),
  /** The water feature (basemap/water.geojson) the bridge crosses. */
  crosses: FeatureId.optional(),
  drawspan: z
    .object({ start: z.number().min(0).max(1), end: z.number().min(0).max(1) })
    .refine((span) => span.start < span.end, 'drawspan start must come before its end')
    .nullable(),
  opened: z.number().int().min(1700).max(1917),
});
export type BridgeFeature = z.infer<typeof BridgeFeature>;

export const StrongholdFeature = feature(PolygonGeometry, { kind: z.literal('stronghold') });
export type StrongholdFeature = z.infer<typeof StrongholdFeature>;

/**
 * A building's footprint where it stood in 1917. `feature` names the key point or stronghold it
 * houses (its state colour then fills the footprint), or is null for a building drawn for the plan.
 */
export const BuildingFeature = feature(AreaGeometry, {
  kind: z.literal('building'),
  feature: FeatureId.nullable(),
});
export type BuildingFeature = z.infer<typeof BuildingFeature>;

export const PointKind = z.enum([
  'fortress',
  'palace',
  'government',
  'military',
  'communications',
  'station',
  'bank',
  'press',
  'residence',
  'barracks',
  'ship',
  'power',
  'other',
]);
export type PointKind = z.infer<typeof PointKind>;

export const KeyPointFeature = feature(PointGeometry, {
  kind: PointKind,
  address: Localized.optional(),
});
export type KeyPointFeature = z.infer<typeof KeyPointFeature>;

export const RouteSegmentFeature = feature(LineStringGeometry, {
  kind: z.literal('route-segment'),
  order: z.number().int().positive(),
  mode: z.enum(['streetcar', 'walk']),
});
export type RouteSegmentFeature = z.infer<typeof RouteSegmentFeature>;

export const WaypointFeature = feature(PointGeometry, {
  kind: z.literal('waypoint'),
  order: z.number().int().positive(),
  episode: Localized,
});
export type WaypointFeature = z.infer<typeof WaypointFeature>;

export const RouteFeature = z.union([RouteSegmentFeature, WaypointFeature]);
export type RouteFeature = z.infer<typeof RouteFeature>;

// ---- the timeline ------------------------------------------------------------------------------

/**
 * A Petrograd local time: "YYYY-MM-DDTHH:mm" in the files, decoded once, here at the edge, to minutes
 * (LocalMinutes); nothing past the parse reads the text again. `LocalTime.encode` writes it back.
 */
const NOT_A_LOCAL_TIME = 'must be a Petrograd local time YYYY-MM-DDTHH:mm';
export const LocalTime = z.codec(
  z.string().refine((text) => parseLocalTime(text) !== null, NOT_A_LOCAL_TIME),
  z.custom<LocalMinutes>((value) => typeof value === 'number' && Number.isInteger(value)),
  { decode: (text) => localTime(text), encode: (minutes) => formatLocalTime(minutes) },
);
export type LocalTime = z.output<typeof LocalTime>;

export const TimeWindow = z.object({ earliest: LocalTime, latest: LocalTime });
export type TimeWindow = z.infer<typeof TimeWindow>;

/** An exact minute, or a window when no source gives the minute. */
export const EventTime = z.union([LocalTime, TimeWindow], {
  // a text that is not a time says so (as it did before times were decoded here), anything else what it may be
  error: (issue) => (typeof issue.input === 'string' ? NOT_A_LOCAL_TIME : 'must be "YYYY-MM-DDTHH:mm" or {"earliest", "latest"}'),
});
export type EventTime = z.infer<typeof EventTime>;

export const StateChange = z
  .object({ bridge: BridgePosition.optional(), control: Control.optional() })
  .strict()
  .refine((change) => change.bridge !== undefined || change.control !== undefined, 'changes nothing');
export type StateChange = z.infer<typeof StateChange>;

export const InitialState = z.object({
  feature: FeatureId,
  bridge: BridgePosition.optional(),
  control: Control,
  certainty: Certainty,
  sources: Sources,
  note: Localized.optional(),
});
export type InitialState = z.infer<typeof InitialState>;

export const AlternativeAccount = z.object({
  time: EventTime,
  text: Localized,
  sources: Sources,
});
export type AlternativeAccount = z.infer<typeof AlternativeAccount>;

export const TimelineEvent = z.object({
  id: FeatureId,
  feature: FeatureId.nullable(),
  time: EventTime,
  set: StateChange.optional(),
  title: Localized,
  text: Localized,
  sources: Sources,
  certainty: Certainty,
  alternatives: z.array(AlternativeAccount).optional(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const Timeline = z.object({
  story: z.object({ start: LocalTime, end: LocalTime }),
  initial: z.array(InitialState),
  events: z.array(TimelineEvent),
});
export type Timeline = z.infer<typeof Timeline>;

// ---- guided stories ----------------------------------------------------------------------------

export const StoryStep = z.object({
  id: FeatureId,
  /** The moment the slider moves to; exact, since it is a view, not a claim about when. */
  time: LocalTime,
  camera: z.object({ center: Position, zoom: z.number().min(9).max(19) }),
  feature: FeatureId.nullable(),
  caption: Localized,
  sources: Sources,
});
export type StoryStep = z.infer<typeof StoryStep>;

export const Story = z.object({
  id: FeatureId,
  title: Localized,
  summary: Localized,
  steps: z.array(StoryStep).min(1, 'a story needs at least one step'),
});
export type Story = z.infer<typeof Story>;

export const Stories = z.object({ stories: z.array(Story) });
export type Stories = z.infer<typeof Stories>;
