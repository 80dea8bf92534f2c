import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { parseScenario, type ScenarioProblem, type Scenario } from '../../domain/scenario';
import { selectCatalogEntries, selectCatalogStatus, useCatalogStore } from '../../state/catalog-store';
import { db, listScenarioFiles } from '../../storage';
import { BUNDLED_SCENARIO_FILES } from './bundled';

/** A scenario as the library shows it, wherever it came from. */
export type CatalogItem = {
  readonly key: string;
  readonly fileName: string;
  readonly origin: 'bundled' | 'imported';
} & (
  | { readonly state: 'valid'; readonly scenario: Scenario }
  | { readonly state: 'invalid'; readonly problems: readonly ScenarioProblem[] }
  | { readonly state: 'unreadable'; readonly reason: string }
);

/** Bundled scenarios (fetched and validated once) followed by the instructor's own files. */
export function useScenarioCatalog(): { loading: boolean; items: readonly CatalogItem[] } {
  const status = useCatalogStore(selectCatalogStatus);
  const entries = useCatalogStore(selectCatalogEntries);
  const load = useCatalogStore((state) => state.load);
  const importedRows = useLiveQuery(() => listScenarioFiles(db), []);

  useEffect(() => {
    void load(BUNDLED_SCENARIO_FILES);
  }, [load]);

  const items = useMemo<CatalogItem[]>(() => {
    const bundled = entries.map((entry): CatalogItem => {
      const base = { key: `bundled:${entry.fileName}`, fileName: entry.fileName, origin: 'bundled' as const };
      if (entry.status === 'unreadable') return { ...base, state: 'unreadable', reason: entry.reason };
      return entry.result.ok
        ? { ...base, state: 'valid', scenario: entry.result.scenario }
        : { ...base, state: 'invalid', problems: entry.result.problems };
    });
    const imported = (importedRows ?? []).map((row): CatalogItem => {
      const result = parseScenario(row.source);
      const base = { key: `imported:${row.id}`, fileName: row.fileName, origin: 'imported' as const };
      return result.ok
        ? { ...base, state: 'valid', scenario: result.scenario }
        : { ...base, state: 'invalid', problems: result.problems };
    });
    return [...bundled, ...imported];
  }, [entries, importedRows]);

  return { loading: status !== 'ready' || importedRows === undefined, items };
}
