import { create } from 'zustand';
import { parseScenario, type ScenarioResult } from '../domain/scenario';

/** One bundled scenario file as loaded: either valid with its data, or its problems. */
export type CatalogEntry =
  | { readonly fileName: string; readonly status: 'loaded'; readonly result: ScenarioResult }
  | { readonly fileName: string; readonly status: 'unreadable'; readonly reason: string };

interface CatalogState {
  status: 'idle' | 'loading' | 'ready';
  entries: readonly CatalogEntry[];
  /** Loads the bundled files once; later (and concurrent) calls wait for the same load. */
  load: (files: readonly { fileName: string; url: string }[]) => Promise<void>;
  reset: () => void;
}

async function loadOne(file: { fileName: string; url: string }): Promise<CatalogEntry> {
  try {
    const response = await fetch(file.url);
    if (!response.ok) return { fileName: file.fileName, status: 'unreadable', reason: `HTTP ${response.status}` };
    return { fileName: file.fileName, status: 'loaded', result: parseScenario(await response.text()) };
  } catch (error) {
    return {
      fileName: file.fileName,
      status: 'unreadable',
      reason: error instanceof Error ? error.message : String(error),
    };
  }
}

let pending: Promise<void> | undefined;

/**
 * The bundled scenario catalog. It holds parsed files, not database data: the
 * files are part of the app build and never change while it runs.
 */
export const useCatalogStore = create<CatalogState>()((set, get) => ({
  status: 'idle',
  entries: [],
  load: (files) => {
    if (get().status === 'idle') {
      set({ status: 'loading' });
      pending = Promise.all(files.map(loadOne)).then((entries) => set({ status: 'ready', entries }));
    }
    return pending ?? Promise.resolve();
  },
  reset: () => {
    pending = undefined;
    set({ status: 'idle', entries: [] });
  },
}));

export const selectCatalogStatus = (state: CatalogState) => state.status;
export const selectCatalogEntries = (state: CatalogState) => state.entries;
