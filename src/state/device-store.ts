import { create } from 'zustand';

/** What the browser granted this device: offline cache and persistent storage. */
interface DeviceState {
  offline: 'pending' | 'ready' | 'unsupported';
  storage: 'unknown' | 'persisted' | 'best-effort';
  setOffline: (offline: DeviceState['offline']) => void;
  setStorage: (storage: DeviceState['storage']) => void;
}

export const useDeviceStore = create<DeviceState>()((set) => ({
  offline: 'pending',
  storage: 'unknown',
  setOffline: (offline) => set({ offline }),
  setStorage: (storage) => set({ storage }),
}));
