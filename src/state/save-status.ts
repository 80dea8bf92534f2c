import { create } from 'zustand';

/**
 * Whether everything typed on this page has reached the database: text fields
 * waiting for their save pause and writes still in flight. The sub-project page
 * shows it ("正在保存…" / "所有修改已保存"), and before a lifecycle step every
 * waiting field is saved first, so a submission always carries the last keystroke.
 */
interface SaveStatus {
  /** Fields with unsaved text plus writes in flight. */
  pending: number;
}

export const useSaveStatus = create<SaveStatus>(() => ({ pending: 0 }));

const adjust = (delta: number) => useSaveStatus.setState((state) => ({ pending: Math.max(0, state.pending + delta) }));

/** Counts a database write as pending until it settles. */
export async function trackSave<T>(write: Promise<T>): Promise<T> {
  adjust(1);
  try {
    return await write;
  } finally {
    adjust(-1);
  }
}

const flushers = new Set<() => Promise<void>>();

/** A text field saves its waiting text through this while mounted; returns the unregister function. */
export function registerFlusher(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Marks one field's text as waiting (true) or saved (false). */
export function markWaiting(waiting: boolean): void {
  adjust(waiting ? 1 : -1);
}

/** Saves every waiting text field now, e.g. before a submission. */
export async function flushAllDrafts(): Promise<void> {
  await Promise.all([...flushers].map((flush) => flush()));
}
