#!/usr/bin/env node
// Builds MapLibre / Mapbox GL glyph PBFs ("{fontstack}/{start}-{end}.pbf",
// 256 code points per file, 24px SDF glyphs with a 3px buffer -- the same
// format as served by fonts.openmaptiles.org) from local TTF/OTF files.
//
// Glyph rasterisation and SDF generation are done by `fontnik` (mapbox's
// node-fontnik, FreeType-based), whose npm tarball ships a prebuilt
// linux-x64 / linux-arm64 / darwin binary: no compiler and no network needed.
//
// Usage:
//   node build-glyphs.mjs [--out DIR] [--fonts DIR] [--all] [--ranges 0-255,1024-1279,...]
//
//   --out DIR     output root (default: ./out/fonts next to this script);
//                 files go to DIR/{fontstack}/{start}-{end}.pbf
//   --fonts DIR   where the TTFs are (default: /usr/share/fonts/truetype/noto,
//                 i.e. Debian's fonts-noto-core; env NOTO_DIR also works)
//   --ranges L    comma-separated list of range starts or start-end pairs
//                 (default: DEFAULT_RANGES below)
//   --all         write every 256-code-point range in 0..65535 for which the
//                 font has at least one glyph (overrides --ranges)
//
// Requirements: node >= 20, `npm ci` in this folder, and the fonts
// (Debian: apt-get install -y fonts-noto-core).

import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { readFile, writeFile, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const fontnik = require('fontnik');
const loadFont = promisify(fontnik.load);
const renderRange = promisify(fontnik.range);

const here = path.dirname(fileURLToPath(import.meta.url));

// fontstack name (as used in a style's "text-font") -> font file
export const FONTSTACKS = {
    'Noto Sans Regular': 'NotoSans-Regular.ttf',
    'Noto Sans Bold': 'NotoSans-Bold.ttf',
    'Noto Sans Italic': 'NotoSans-Italic.ttf',
};

// Latin-1, Latin Extended-A/B, Cyrillic, General Punctuation, Letterlike
// Symbols (No. sign U+2116 etc.)
export const DEFAULT_RANGES = [0, 256, 768, 1024, 8192, 8448];

function parseArgs(argv) {
    const opts = {
        out: path.join(here, '..', '..', 'public', 'fonts'),
        fonts: process.env.NOTO_DIR || '/usr/share/fonts/truetype/noto',
        ranges: DEFAULT_RANGES,
        all: false,
    };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--out') opts.out = path.resolve(argv[++i]);
        else if (a === '--fonts') opts.fonts = path.resolve(argv[++i]);
        else if (a === '--all') opts.all = true;
        else if (a === '--ranges') {
            opts.ranges = argv[++i].split(',').map((s) => {
                const start = Number(s.split('-')[0]);
                if (!Number.isInteger(start) || start < 0 || start > 65535 || start % 256 !== 0) {
                    throw new Error(`bad range "${s}": start must be a multiple of 256 in 0..65535`);
                }
                return start;
            });
        } else if (a === '-h' || a === '--help') {
            console.log('node build-glyphs.mjs [--out DIR] [--fonts DIR] [--all] [--ranges 0-255,1024-1279]');
            process.exit(0);
        } else throw new Error(`unknown argument ${a}`);
    }
    return opts;
}

async function main() {
    const opts = parseArgs(process.argv.slice(2));
    const t0 = Date.now();
    let total = 0;
    let files = 0;

    for (const [stack, file] of Object.entries(FONTSTACKS)) {
        const fontPath = path.join(opts.fonts, file);
        if (!existsSync(fontPath)) {
            throw new Error(`${fontPath} not found (Debian: apt-get install -y fonts-noto-core)`);
        }
        const font = await readFile(fontPath);
        const [face] = await loadFont(font);
        const codepoints = new Set(face.points);

        let starts = opts.ranges;
        if (opts.all) {
            starts = [...new Set(face.points.filter((cp) => cp <= 65535).map((cp) => cp - (cp % 256)))]
                .sort((a, b) => a - b);
        }

        const dir = path.join(opts.out, stack);
        await rm(dir, { recursive: true, force: true });
        await mkdir(dir, { recursive: true });

        const results = await Promise.all(starts.map(async (start) => {
            const end = start + 255;
            const pbf = await renderRange({ font, start, end });
            await writeFile(path.join(dir, `${start}-${end}.pbf`), pbf);
            let n = 0;
            for (let cp = start; cp <= end; cp++) if (codepoints.has(cp)) n++;
            return { start, end, bytes: pbf.length, glyphs: n };
        }));

        const bytes = results.reduce((s, r) => s + r.bytes, 0);
        total += bytes;
        files += results.length;
        console.log(`${stack}  (${file}: "${face.family_name} ${face.style_name}", ${face.points.length} code points)`);
        for (const r of results) {
            console.log(`  ${String(r.start).padStart(5)}-${String(r.end).padEnd(5)} ${String(r.glyphs).padStart(3)} glyphs ${String(r.bytes).padStart(7)} bytes`);
        }
    }
    console.log(`wrote ${files} files, ${total} bytes, to ${opts.out} in ${Date.now() - t0} ms`);
}

main().catch((err) => {
    console.error(err.message || err);
    process.exit(1);
});
