import { create } from 'zustand';
import { parseScenario, type ScenarioResult } from '../domain/scenario';

/** One bundled scenario file as loaded: either valid with its data, or its problems. */
export type CatalogEntry =
  | { readonly fileName: string; readonly status: 'loaded'; readonly result: ScenarioResult }
  | { readonly fileName: string; readonly status: 'unreadable'; readonly reason: string };

interface CatalogState {
  status: 'idle' | 'loading' | 'ready';
  entries: readonly CatalogEntry[];
  /** Loads the bundled files once; later calls reuse the result. */
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

/**
 * The bundled scenario catalog. It holds parsed files, not database data: the
 * files are part of the app build and never change while it runs.
 */
export const useCatalogStore = create<CatalogState>()((set, get) => ({
  status: 'idle',
  entries: [],
  load: async (files) => {
    if (get().status !== 'idle') return;
    set({ status: 'loading' });
    const entries = await Promise.all(files.map(loadOne));
    set({ status: 'ready', entries });
  },
  reset: () => set({ status: 'idle', entries: [] }),
}));

export const selectCatalogStatus = (state: CatalogState) => state.status;
export const selectCatalogEntries = (state: CatalogState) => state.entries;
