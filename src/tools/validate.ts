/**
 * npm run validate [-- FILE…]
 * Checks all of geo/, or the named files in place of their namesakes in geo/, and prints every
 * problem as "file › feature id › field: message". Exits 1 on any problem.
 */
import { readGeoFiles } from '../data/readGeoFiles.ts';
import { formatProblem } from '../data/problems.ts';
import { validateTexts } from '../data/validate.ts';

const overrides = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
try {
  const result = validateTexts(readGeoFiles(undefined, overrides));
  if (result.ok) {
    const { data } = result;
    const features =
      data.land.length + data.water.length + data.parks.length + data.blocks.length + data.streets.length + data.railways.length +
      data.bridges.length + data.strongholds.length + data.points.length + data.route.segments.length +
      data.route.waypoints.length;
    console.log(`geo/ is valid: ${features} features, ${data.timeline.events.length} events.`);
  } else {
    for (const problem of result.problems) console.error(formatProblem(problem));
    console.error(`\n${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} found.`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
