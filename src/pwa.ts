/** Registers the service worker that precaches the whole app, so it runs with no network at all. */
import { registerSW } from 'virtual:pwa-register';

export function registerOfflineCache(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  registerSW({ immediate: true });
}
