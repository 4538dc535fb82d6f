/**
 * Registers the service worker (built app only: the dev server has no sw.js). Relative
 * URL, so the app works offline under any sub-path. file:// has no service workers.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('sw.js').catch((e: unknown) => {
      // Offline use is a bonus: the page works without it.
      console.warn('SPTE Inspector: no offline copy (service worker not registered):', e);
    });
  });
}
