import { registerSW } from 'virtual:pwa-register';
import { useDeviceStore } from '../state/device-store';

/**
 * Registers the service worker (production builds) and asks the browser to keep
 * IndexedDB even when disk space runs low; both outcomes are shown in the footer.
 */
export async function prepareDevice(): Promise<void> {
  const { setOffline, setStorage } = useDeviceStore.getState();
  if (!('serviceWorker' in navigator)) setOffline('unsupported');
  else if (import.meta.env.PROD) {
    registerSW({
      immediate: true,
      onOfflineReady: () => setOffline('ready'),
      onRegisterError: () => setOffline('unsupported'),
    });
    // On later visits the worker is already active and onOfflineReady does not fire again.
    void navigator.serviceWorker.ready.then(() => setOffline('ready'));
  }
  if (navigator.storage?.persist) {
    const persisted = (await navigator.storage.persisted()) || (await navigator.storage.persist().catch(() => false));
    setStorage(persisted ? 'persisted' : 'best-effort');
  }
}
