/**
 * npm run kiosk [-- --port 4173 --idle 90 --lang ru]
 * Builds the app, serves it on loopback and, where a display exists, opens Chromium full screen in
 * kiosk mode on it. Without a display it only serves, and prints the URL to open.
 */
import { spawn, spawnSync } from 'node:child_process';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { findChromium } from './chromium.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const option = (name: string, fallback: string): string => {
  const index = process.argv.indexOf(`--${name}`);
  return index > -1 ? (process.argv[index + 1] ?? fallback) : fallback;
};
const port = option('port', '4173');
const query = new URLSearchParams({ idle: option('idle', '90'), lang: option('lang', 'ru') });
const url = `http://127.0.0.1:${port}/?kiosk&${query.toString()}`;

const build = spawnSync(resolve(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = spawn(resolve(ROOT, 'node_modules/.bin/vite'), ['preview', '--port', port, '--strictPort'], {
  cwd: ROOT,
  stdio: 'inherit',
});
const stop = () => server.kill();
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!hasDisplay) {
  console.log(`\nNo display here: serving only. Open ${url} in a browser (F11 for full screen).`);
} else {
  setTimeout(() => {
    const browser = spawn(
      findChromium(),
      [
        '--kiosk',
        '--noerrdialogs',
        '--disable-session-crashed-bubble',
        '--disable-infobars',
        '--disable-pinch',
        '--overscroll-history-navigation=0',
        '--disable-features=TranslateUI',
        '--no-first-run',
        // a profile of its own keeps the offline cache across restarts
        `--user-data-dir=${resolve(homedir(), '.petrograd-1917-kiosk')}`,
        url,
      ],
      { stdio: 'ignore' },
    );
    browser.on('exit', stop);
  }, 1500);
}
