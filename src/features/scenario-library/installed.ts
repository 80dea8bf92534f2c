import { parseScenario, type Scenario } from '../../domain/scenario';
import { useCatalogStore } from '../../state/catalog-store';
import { db, listScenarioFiles } from '../../storage';
import { BUNDLED_SCENARIO_FILES } from './bundled';

/**
 * Every valid scenario on this device, for code outside React's render (file
 * imports): waits for the bundled files if they are still loading.
 */
export async function loadInstalledScenarios(): Promise<Scenario[]> {
  await useCatalogStore.getState().load(BUNDLED_SCENARIO_FILES);
  const bundled = useCatalogStore
    .getState()
    .entries.flatMap((entry) => (entry.status === 'loaded' && entry.result.ok ? [entry.result.scenario] : []));
  const imported = (await listScenarioFiles(db)).flatMap((row) => {
    const result = parseScenario(row.source);
    return result.ok ? [result.scenario] : [];
  });
  return [...bundled, ...imported];
}
