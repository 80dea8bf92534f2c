import { hashPin, verifyPin, type PinHash } from '../domain/security/pin';
import type { SimulatorDatabase } from './db';

const KEY = 'instructorPin';

export async function hasPin(database: SimulatorDatabase): Promise<boolean> {
  return (await database.settings.get(KEY)) !== undefined;
}

const RECOVERY_KEY = 'instructorPinRecovery';

/**
 * Sets the PIN and returns a one-time recovery code to write down; the code
 * (kept only as a hash, like the PIN) removes the PIN if it is forgotten.
 */
export async function setPin(database: SimulatorDatabase, pin: string, recoveryCode: string): Promise<void> {
  const [pinHash, recoveryHash] = await Promise.all([hashPin(pin), hashPin(recoveryCode)]);
  await database.settings.bulkPut([
    { key: KEY, value: pinHash },
    { key: RECOVERY_KEY, value: recoveryHash },
  ]);
}

/** Removes the PIN when the recovery code matches; nothing else changes. */
export async function recoverWithCode(database: SimulatorDatabase, recoveryCode: string): Promise<boolean> {
  const row = await database.settings.get(RECOVERY_KEY);
  if (!row || !(await verifyPin(recoveryCode.trim().toUpperCase(), row.value as PinHash))) return false;
  await clearPin(database);
  return true;
}

export async function checkPin(database: SimulatorDatabase, pin: string): Promise<boolean> {
  const row = await database.settings.get(KEY);
  return row === undefined || verifyPin(pin, row.value as PinHash);
}

/**
 * Recovery for a forgotten PIN: removes the PIN only. Classes, rosters, logs
 * and grades are untouched (see the README's "Forgotten instructor PIN").
 */
export async function clearPin(database: SimulatorDatabase): Promise<void> {
  await database.settings.bulkDelete([KEY, RECOVERY_KEY]);
}
