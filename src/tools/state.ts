/**
 * npm run --silent state -- 1917-11-07T04:00
 * Prints, as JSON, the state of every bridge, stronghold and point and Lenin's position at that
 * Petrograd local time (New Style). For curators checking the data. Exit 2 on a malformed time
 * or a time outside the story, 1 on invalid data.
 */
import { GEO_DIR, readGeoFiles } from '../data/readGeoFiles.ts';
import { formatProblem } from '../data/problems.ts';
import { validateTexts } from '../data/validate.ts';
import { createLeninWalk } from '../engine/leninWalk.ts';
import { citySnapshot } from '../engine/snapshot.ts';
import { createTimeline } from '../engine/timeline.ts';
import { formatLocalTime, parseLocalTime } from '../time/localTime.ts';

const USAGE = 'usage: npm run --silent state -- YYYY-MM-DDTHH:mm   (Petrograd local time, New Style)';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function stateCommand(args: readonly string[], geoDir: string = GEO_DIR): CommandResult {
  const fail = (code: number, stderr: string): CommandResult => ({ code, stdout: '', stderr });
  const argument = args.find((arg) => !arg.startsWith('-'));
  if (argument === undefined) return fail(2, USAGE);
  const t = parseLocalTime(argument);
  if (t === null) {
    return fail(2, `"${argument}" is not a time of the form YYYY-MM-DDTHH:mm, e.g. 1917-11-07T04:00\n${USAGE}`);
  }
  const result = validateTexts(readGeoFiles(geoDir));
  if (!result.ok) return fail(1, result.problems.map(formatProblem).join('\n'));
  const { data } = result;
  const engine = createTimeline(data.timeline);
  if (t < engine.start || t > engine.end) {
    return fail(
      2,
      `${argument} is outside the story, which runs from ${formatLocalTime(engine.start)} to ${formatLocalTime(engine.end)}`,
    );
  }
  const walk = createLeninWalk(data.route.segments, data.route.waypoints, data.timeline.events);
  return { code: 0, stdout: JSON.stringify(citySnapshot(data, engine, walk, t), null, 2), stderr: '' };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { code, stdout, stderr } = stateCommand(process.argv.slice(2));
  if (stdout) console.log(stdout);
  if (stderr) console.error(stderr);
  process.exitCode = code;
}
