/**
 * Golden tests for validation: each folder in test/in/broken holds replacements for one or more
 * files of the valid fixture; test/out/broken/<case>.txt holds exactly the problems it must report.
 * Regenerate the goldens on purpose with UPDATE_GOLDEN=1, then read the diff.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GEO_DIR, readGeoFiles } from './readGeoFiles.ts';
import { formatProblem } from './problems.ts';
import { validateTexts } from './validate.ts';

const HERE = import.meta.dirname;
const VALID = resolve(HERE, 'test/in/valid');
const BROKEN = resolve(HERE, 'test/in/broken');
const GOLDEN = resolve(HERE, 'test/out/broken');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : [path];
  });
}

describe('validation of the shipped data', () => {
  it('accepts geo/', () => {
    const result = validateTexts(readGeoFiles(GEO_DIR));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('accepts the valid fixture', () => {
    const result = validateTexts(readGeoFiles(VALID));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });
});

const cases = readdirSync(BROKEN).sort();

describe('validation of broken input', () => {
  it('has at least 20 broken cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('%s', (name) => {
    const overrides = filesIn(join(BROKEN, name));
    const result = validateTexts(readGeoFiles(VALID, overrides));
    const reported = result.ok ? '' : result.problems.map(formatProblem).join('\n') + '\n';
    const goldenFile = join(GOLDEN, `${name}.txt`);
    if (UPDATE || !existsSync(goldenFile)) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(goldenFile, reported);
      if (!UPDATE) throw new Error(`wrote a new golden ${relative(HERE, goldenFile)}: read it, then run again`);
    }
    expect(result.ok, 'broken input must not validate').toBe(false);
    expect(reported).toBe(readFileSync(goldenFile, 'utf8'));
  });
});
