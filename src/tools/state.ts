/**
 * npm run --silent state -- 1917-11-07T04:00
 * Prints, as JSON, the state of every bridge, stronghold and point and Lenin's position at that
 * Petrograd local time (New Style). For curators checking the data. Exit 2 on a malformed time
 * or a time outside the story, 1 on invalid data.
 */
import { readGeoFiles } from '../data/readGeoFiles.ts';
import { formatProblem } from '../data/problems.ts';
import { validateTexts } from '../data/validate.ts';
import { createLeninWalk } from '../engine/leninWalk.ts';
import { citySnapshot } from '../engine/snapshot.ts';
import { createTimeline } from '../engine/timeline.ts';
import { formatLocalTime, parseLocalTime } from '../time/localTime.ts';

const argument = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
const usage = 'usage: npm run --silent state -- YYYY-MM-DDTHH:mm   (Petrograd local time, New Style)';

function main(): number {
  if (argument === undefined) {
    console.error(usage);
    return 2;
  }
  const t = parseLocalTime(argument);
  if (t === null) {
    console.error(`"${argument}" is not a time of the form YYYY-MM-DDTHH:mm, e.g. 1917-11-07T04:00\n${usage}`);
    return 2;
  }
  const result = validateTexts(readGeoFiles());
  if (!result.ok) {
    for (const problem of result.problems) console.error(formatProblem(problem));
    return 1;
  }
  const { data } = result;
  const engine = createTimeline(data.timeline);
  if (t < engine.start || t > engine.end) {
    console.error(
      `${argument} is outside the story, which runs from ${formatLocalTime(engine.start)} to ${formatLocalTime(engine.end)}`,
    );
    return 2;
  }
  const walk = createLeninWalk(data.route.segments, data.route.waypoints, data.timeline.events);
  console.log(JSON.stringify(citySnapshot(data, engine, walk, t), null, 2));
  return 0;
}

process.exitCode = main();
