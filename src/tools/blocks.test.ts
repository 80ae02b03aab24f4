/**
 * The city blocks are cut from the land, the parks, the streets and the squares (src/tools/blocks.ts):
 * when any of them changes, the blocks must be cut again with `npm run blocks`, or they would lie where
 * the streets no longer run. The file records a digest of its inputs; this compares it with today's.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GEO_DIR } from '../data/readGeoFiles.ts';
import { BLOCKS_FILE, inputsDigest, type BlocksFile } from './blocks.ts';

describe('geo/basemap/blocks.geojson', () => {
  it('is cut from the current land, parks, streets and squares (else run `npm run blocks`)', () => {
    const file = JSON.parse(readFileSync(resolve(GEO_DIR, BLOCKS_FILE), 'utf8')) as BlocksFile;
    expect(file.generated_from?.sha256, 'blocks.geojson is older than its inputs: run `npm run blocks`').toBe(inputsDigest(file));
  });
});
