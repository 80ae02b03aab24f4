/** One thing wrong with the data, located as precisely as we can: file › feature › field. */
export interface Problem {
  /** Path relative to geo/, e.g. "bridges.geojson". */
  file: string;
  /** The feature's or event's id, or "feature #3" when it has none. */
  featureId?: string;
  /** Dotted path inside the feature, e.g. "properties.name.ru" or "geometry.coordinates.0". */
  field?: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  const place = [problem.file, problem.featureId, problem.field].filter((part) => part !== undefined);
  return `${place.join(' › ')}: ${problem.message}`;
}

/** Thrown where a caller needs data that failed validation; carries every problem, not just the first. */
export class DataError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(
      `The map data has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'DataError';
  }
}
