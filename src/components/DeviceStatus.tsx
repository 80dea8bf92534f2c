import { useTranslation } from 'react-i18next';
import { useDeviceStore } from '../state/device-store';

const OFFLINE_KEYS = {
  pending: 'status.offlinePending',
  ready: 'status.offlineReady',
  unsupported: 'status.offlineUnsupported',
} as const;

/** Tells the instructor whether this device can run a class without network and keeps its data. */
export function DeviceStatus() {
  const { t } = useTranslation();
  const offline = useDeviceStore((state) => state.offline);
  const storage = useDeviceStore((state) => state.storage);
  return (
    <p className="device-status" data-testid="device-status" data-offline={offline}>
      <span>{t(OFFLINE_KEYS[offline])}</span>
      {storage !== 'unknown' && (
        <span>{t(storage === 'persisted' ? 'status.storagePersisted' : 'status.storageBestEffort')}</span>
      )}
    </p>
  );
}
