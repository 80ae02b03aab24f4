/**
 * Where a mover's stops lie along its path: pure geometry shared by the data checks (a stop must be
 * on its path) and the engine (how far along it each stop is).
 */
import { distance } from '@turf/turf';

/** A stop stands on a vertex of its mover's path; closer than this counts as on it (rounding only). */
export const STOP_ON_PATH_TOLERANCE_M = 1;

/**
 * Each stop's vertex on the path and its distance along it, searching onward from the stop before,
 * so a path that returns the way it came (Lenin back to Smolny) finds the later visit. Null for a
 * stop that is on no later vertex.
 */
export function locateStops(
  path: readonly [number, number][],
  stops: readonly [number, number][],
): ({ vertex: number; distanceKm: number } | null)[] {
  const cumulative = [0];
  for (let i = 1; i < path.length; i += 1) {
    cumulative.push(
      (cumulative[i - 1] ?? 0) +
        distance([...(path[i - 1] as [number, number])], [...(path[i] as [number, number])], {
          units: 'kilometers',
        }),
    );
  }
  let from = 0;
  return stops.map((stop) => {
    for (let vertex = from; vertex < path.length; vertex += 1) {
      if (
        distance([...(path[vertex] as [number, number])], [...stop], { units: 'meters' }) <=
        STOP_ON_PATH_TOLERANCE_M
      ) {
        from = vertex;
        return { vertex, distanceKm: cumulative[vertex] ?? 0 };
      }
    }
    return null;
  });
}
