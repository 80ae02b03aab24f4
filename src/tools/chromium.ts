/**
 * Finds a Chromium for the browser tests and the benchmark, on a machine where Playwright cannot
 * download its own: Playwright's build if one is installed, else /usr/bin/chromium, else (as root,
 * with apt-get) Debian's `chromium` package is installed. CHROMIUM_PATH overrides all of this.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags that let headless Chromium draw WebGL in software here and keep it off the network. */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

function playwrightChromium(): string | null {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const systemChromium = (): string | null => SYSTEM_CHROMIUM.find((path) => existsSync(path)) ?? null;

function installDebianChromium(): void {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      'No Chromium found. Install one (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH.',
    );
  }
  console.error('No Chromium found: installing Debian\'s chromium package with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}

export function findChromium(): string {
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override)) throw new Error(`CHROMIUM_PATH=${override} does not exist`);
    return override;
  }
  const found = playwrightChromium() ?? systemChromium();
  if (found) return found;
  installDebianChromium();
  const installed = systemChromium();
  if (!installed) throw new Error('apt-get installed chromium, but /usr/bin/chromium is still missing');
  return installed;
}

// `tsx src/tools/chromium.ts` prints the path (used by .ci/run and the README's troubleshooting).
if (import.meta.url === `file://${process.argv[1]}`) console.log(findChromium());
