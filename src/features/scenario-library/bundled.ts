/**
 * The scenario files shipped with the app. Vite emits each one as a hashed JSON
 * asset (never inlined), which the service worker precaches; the app fetches and
 * validates them at run time, so a broken file shows its problems in the library
 * instead of breaking the build or the page.
 */
const urls = import.meta.glob(['/scenarios/*.json', '!/scenarios/scenario.schema.json'], {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export interface BundledScenarioFile {
  /** e.g. 'car-market.json' */
  readonly fileName: string;
  readonly url: string;
}

export const BUNDLED_SCENARIO_FILES: readonly BundledScenarioFile[] = Object.entries(urls)
  .map(([path, url]) => ({ fileName: path.slice(path.lastIndexOf('/') + 1), url }))
  .sort((a, b) => a.fileName.localeCompare(b.fileName));

/** Bundled scenario ids are their file names; imported files may not reuse them. */
export const BUNDLED_SCENARIO_IDS: readonly string[] = BUNDLED_SCENARIO_FILES.map((file) =>
  file.fileName.replace(/\.json$/, ''),
);
