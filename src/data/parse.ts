/**
 * The edge where text from geo/ becomes typed data. Each feature is parsed on its own, so one bad
 * feature is reported with its id and field and does not hide the problems of the others.
 */
import { z } from '../model/zod.ts';
import {
  Bibliography,
  BlockFeature,
  BridgeFeature,
  BuildingFeature,
  KeyPointFeature,
  LandFeature,
  ParkFeature,
  RailwayFeature,
  RouteSegmentFeature,
  StreetFeature,
  StrongholdFeature,
  Stories,
  Timeline,
  WaterAreaFeature,
  WaterLabelFeature,
  type WaterFeature,
  Work,
  WaypointFeature,
} from '../model/schemas.ts';
import { MoverFeature, MoverStopFeature, type MoverData } from '../model/movers.ts';
import { GEO_FILES, type GeoFileTexts } from './files.ts';
import type { Problem } from './problems.ts';

export interface DataSet {
  land: LandFeature[];
  water: WaterFeature[];
  parks: ParkFeature[];
  /** City blocks and squares drawn as areas: the plan's ground between the streets. */
  blocks: BlockFeature[];
  streets: StreetFeature[];
  railways: RailwayFeature[];
  bridges: BridgeFeature[];
  strongholds: StrongholdFeature[];
  points: KeyPointFeature[];
  buildings: BuildingFeature[];
  route: { segments: RouteSegmentFeature[]; waypoints: WaypointFeature[] };
  /** Everything else that moves: the Aurora, Kerensky's car, the ministers, the columns, Lenin's later rides. */
  movers: MoverData;
  timeline: Timeline;
  stories: Stories['stories'];
  /** The bibliography every citation's `ref` points into. */
  works: Work[];
}

export type ParseResult = { ok: true; data: DataSet } | { ok: false; problems: Problem[] };

function formatPath(path: readonly PropertyKey[]): string | undefined {
  return path.length === 0 ? undefined : path.map(String).join('.');
}

/** zod's default wording for a missing field ("expected string, received undefined") is for programmers. */
function readableMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return `is missing (expected ${issue.expected})`;
  if (issue.code === 'invalid_type') return `must be a ${issue.expected}, not ${JSON.stringify(issue.input)}`;
  if (issue.code === 'invalid_value') {
    return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, not ${JSON.stringify(issue.input)}`;
  }
  return issue.message;
}

function issuesToProblems(file: string, featureId: string | undefined, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const problem: Problem = { file, message: readableMessage(issue) };
    if (featureId !== undefined) problem.featureId = featureId;
    const field = formatPath(issue.path);
    if (field !== undefined) problem.field = field;
    return problem;
  });
}

/** JSON.parse with a problem instead of an exception; an empty file gets its own message. */
export function parseJsonText(
  file: string,
  text: string,
): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  if (text.trim() === '') return { ok: false, problem: { file, message: 'the file is empty' } };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { file, message: `invalid JSON: ${reason}` } };
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The id a raw feature claims, for locating its problems before we know it is valid. */
function rawFeatureId(raw: unknown, index: number): string {
  if (isRecord(raw) && isRecord(raw.properties) && typeof raw.properties.id === 'string') {
    return raw.properties.id;
  }
  return `feature #${index}`;
}

function rawKind(raw: unknown): unknown {
  return isRecord(raw) && isRecord(raw.properties) ? raw.properties.kind : undefined;
}

/** The raw features of a FeatureCollection, or a problem saying why it is not one. */
function featureArray(
  file: string,
  value: unknown,
): { ok: true; features: unknown[] } | { ok: false; problem: Problem } {
  if (!isRecord(value) || value.type !== 'FeatureCollection') {
    return { ok: false, problem: { file, field: 'type', message: 'is not a GeoJSON FeatureCollection' } };
  }
  if (!Array.isArray(value.features)) {
    return { ok: false, problem: { file, field: 'features', message: 'must be an array of features' } };
  }
  return { ok: true, features: value.features };
}

/**
 * Parses every feature with the schema `pick` chooses for it (null: the feature's kind is not
 * allowed in this file). Returns the valid features and a problem for each invalid one.
 */
function parseFeatures<T>(
  file: string,
  text: string,
  pick: (raw: unknown) => z.ZodType<T> | null,
  allowedKinds: string,
  problems: Problem[],
): T[] {
  const json = parseJsonText(file, text);
  if (!json.ok) {
    problems.push(json.problem);
    return [];
  }
  const collection = featureArray(file, json.value);
  if (!collection.ok) {
    problems.push(collection.problem);
    return [];
  }
  const parsed: T[] = [];
  collection.features.forEach((raw, index) => {
    const featureId = rawFeatureId(raw, index);
    const schema = pick(raw);
    if (schema === null) {
      problems.push({
        file,
        featureId,
        field: 'properties.kind',
        message: `unknown kind ${JSON.stringify(rawKind(raw))}; this file holds ${allowedKinds}`,
      });
      return;
    }
    const result = schema.safeParse(raw, { reportInput: true });
    if (result.success) parsed.push(result.data);
    else problems.push(...issuesToProblems(file, featureId, result.error));
  });
  return parsed;
}

/**
 * A file that holds two kinds of feature (a route's segments and waypoints, the movers and their
 * stops): each feature parsed with its kind's schema, returned sorted by kind.
 */
function parseTwoKinds<
  A extends { properties: { kind: string } },
  B extends { properties: { kind: string } },
>(
  file: string,
  text: string,
  [firstKind, firstSchema]: [string, z.ZodType<A>],
  [secondKind, secondSchema]: [string, z.ZodType<B>],
  problems: Problem[],
): { first: A[]; second: B[] } {
  const first: A[] = [];
  const second: B[] = [];
  const pick = (raw: unknown): z.ZodType<A | B> | null => {
    const kind = rawKind(raw);
    return kind === firstKind ? firstSchema : kind === secondKind ? secondSchema : null;
  };
  for (const feature of parseFeatures<A | B>(
    file,
    text,
    pick,
    `"${firstKind}" and "${secondKind}"`,
    problems,
  )) {
    if (feature.properties.kind === firstKind) first.push(feature as A);
    else second.push(feature as B);
  }
  return { first, second };
}

const always =
  <T>(schema: z.ZodType<T>) =>
  (): z.ZodType<T> =>
    schema;

function parseTimeline(text: string, problems: Problem[]): Timeline | null {
  const file = GEO_FILES.timeline;
  const json = parseJsonText(file, text);
  if (!json.ok) {
    problems.push(json.problem);
    return null;
  }
  const value = json.value;
  // Events and initial states are parsed one by one so each problem names its event.
  const shell = Timeline.pick({ story: true }).safeParse(value, { reportInput: true });
  if (!shell.success) {
    problems.push(...issuesToProblems(file, undefined, shell.error));
    return null;
  }
  const record = value as Record<string, unknown>;
  const listOf = (key: 'initial' | 'events'): unknown[] => {
    const list = record[key];
    if (Array.isArray(list)) return list;
    problems.push({ file, field: key, message: 'must be an array' });
    return [];
  };
  const idOf = (raw: unknown, key: 'id' | 'feature', index: number, label: string): string =>
    isRecord(raw) && typeof raw[key] === 'string' ? raw[key] : `${label} #${index}`;

  const initial: Timeline['initial'] = [];
  listOf('initial').forEach((raw, index) => {
    const result = Timeline.shape.initial.element.safeParse(raw, { reportInput: true });
    if (result.success) initial.push(result.data);
    else
      problems.push(
        ...issuesToProblems(file, `initial state of ${idOf(raw, 'feature', index, 'initial')}`, result.error),
      );
  });
  const events: Timeline['events'] = [];
  listOf('events').forEach((raw, index) => {
    const result = Timeline.shape.events.element.safeParse(raw, { reportInput: true });
    if (result.success) events.push(result.data);
    else problems.push(...issuesToProblems(file, idOf(raw, 'id', index, 'event'), result.error));
  });
  return { story: shell.data.story, initial, events };
}

function parseStories(text: string, problems: Problem[]): Stories['stories'] | null {
  const file = GEO_FILES.stories;
  const json = parseJsonText(file, text);
  if (!json.ok) {
    problems.push(json.problem);
    return null;
  }
  const result = Stories.safeParse(json.value, { reportInput: true });
  if (result.success) return result.data.stories;
  for (const issue of result.error.issues) {
    // name the story or step by its id where the path leads into one
    const [, storyIndex, , stepIndex] = issue.path;
    const stories: unknown = isRecord(json.value) ? json.value.stories : undefined;
    const story: unknown = Array.isArray(stories) ? (stories as unknown[])[Number(storyIndex)] : undefined;
    const steps: unknown = isRecord(story) ? story.steps : undefined;
    const step: unknown = Array.isArray(steps) ? (steps as unknown[])[Number(stepIndex)] : undefined;
    const id =
      isRecord(step) && typeof step.id === 'string'
        ? step.id
        : isRecord(story) && typeof story.id === 'string'
          ? story.id
          : undefined;
    problems.push(...issuesToProblems(file, id, new z.ZodError([issue])));
  }
  return null;
}

/** The bibliography, work by work, so each problem names its work. */
function parseBibliography(text: string, problems: Problem[]): Work[] | null {
  const file = GEO_FILES.sources;
  const json = parseJsonText(file, text);
  if (!json.ok) {
    problems.push(json.problem);
    return null;
  }
  const shell = Bibliography.safeParse(json.value, { reportInput: true });
  if (!shell.success) {
    problems.push(...issuesToProblems(file, undefined, shell.error));
    return null;
  }
  const works: Work[] = [];
  shell.data.works.forEach((raw, index) => {
    const result = Work.safeParse(raw, { reportInput: true });
    if (result.success) works.push(result.data);
    else {
      const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : `work #${index}`;
      problems.push(...issuesToProblems(file, id, result.error));
    }
  });
  return works;
}

/** Parses all files; collects every problem rather than stopping at the first. */
export function parseDataSet(texts: GeoFileTexts): ParseResult {
  const problems: Problem[] = [];
  const data: Omit<DataSet, 'timeline' | 'stories' | 'works'> = {
    land: parseFeatures(GEO_FILES.land, texts.land, always(LandFeature), '"mainland" and "island"', problems),
    water: parseFeatures<WaterFeature>(
      GEO_FILES.water,
      texts.water,
      (raw) => {
        const kind = rawKind(raw);
        // a line is only ever a label: it says so if it claims to be a river or canal painted at a width
        const geometryType = isRecord(raw) && isRecord(raw.geometry) ? raw.geometry.type : undefined;
        if (kind === 'label' || geometryType === 'LineString' || geometryType === 'MultiLineString')
          return WaterLabelFeature;
        if (kind === 'river' || kind === 'canal' || kind === 'gulf') return WaterAreaFeature;
        return null;
      },
      'water areas ("river", "canal", "gulf") and "label" lines',
      problems,
    ),
    parks: parseFeatures(GEO_FILES.parks, texts.parks, always(ParkFeature), '"park"', problems),
    blocks: parseFeatures(
      GEO_FILES.blocks,
      texts.blocks,
      always(BlockFeature),
      '"block" and "square"',
      problems,
    ),
    streets: parseFeatures(GEO_FILES.streets, texts.streets, always(StreetFeature), '"street"', problems),
    railways: parseFeatures(
      GEO_FILES.railways,
      texts.railways,
      always(RailwayFeature),
      '"railway"',
      problems,
    ),
    bridges: parseFeatures(GEO_FILES.bridges, texts.bridges, always(BridgeFeature), '"bridge"', problems),
    strongholds: parseFeatures(
      GEO_FILES.strongholds,
      texts.strongholds,
      always(StrongholdFeature),
      '"stronghold"',
      problems,
    ),
    points: parseFeatures(GEO_FILES.points, texts.points, always(KeyPointFeature), 'key points', problems),
    buildings: parseFeatures(
      GEO_FILES.buildings,
      texts.buildings,
      always(BuildingFeature),
      '"building"',
      problems,
    ),
    route: { segments: [], waypoints: [] }, // parsed below, each file's two kinds apart
    movers: { movers: [], stops: [] },
  };
  const route = parseTwoKinds(
    GEO_FILES.route,
    texts.route,
    ['route-segment', RouteSegmentFeature],
    ['waypoint', WaypointFeature],
    problems,
  );
  data.route = { segments: route.first, waypoints: route.second };
  const movers = parseTwoKinds(
    GEO_FILES.movers,
    texts.movers,
    ['mover', MoverFeature],
    ['mover-stop', MoverStopFeature],
    problems,
  );
  data.movers = { movers: movers.first, stops: movers.second };
  const timeline = parseTimeline(texts.timeline, problems);
  const stories = parseStories(texts.stories, problems);
  const works = parseBibliography(texts.sources, problems);
  if (problems.length > 0 || timeline === null || stories === null || works === null)
    return { ok: false, problems };
  return { ok: true, data: { ...data, timeline, stories, works } };
}
