/**
 * Registers the service worker that precaches the whole app, so it runs with no network at all.
 * Registered by hand rather than through workbox-window (2 kB of the app's JavaScript): the worker
 * the build writes (sw.js) takes over at once when it is new (skipWaiting, clientsClaim), and a page
 * it was already controlling then reloads to show the new version, as a kiosk left running all day
 * should. The first install does not reload.
 */
export function registerOfflineCache(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const container = navigator.serviceWorker;
  const hadWorker = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    if (hadWorker) window.location.reload();
  });
  const base = import.meta.env.BASE_URL;
  container.register(`${base}sw.js`, { scope: base }).catch((error: unknown) => {
    // the app works without it, only not offline: say so, do not stop
    console.warn('the offline cache could not be set up:', error);
  });
}
