/** Every route path in one place: patterns for the router, builders for links. */
export const routePatterns = {
  start: '/',
  library: '/scenarios',
  scenario: '/scenarios/:scenarioId',
} as const;

export const paths = {
  start: (): string => '/',
  library: (): string => '/scenarios',
  scenario: (scenarioId: string): string => `/scenarios/${encodeURIComponent(scenarioId)}`,
};
