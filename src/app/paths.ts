/** Every route path in one place: patterns for the router, builders for links. */
export const routePatterns = {
  start: '/',
  library: '/scenarios',
  scenario: '/scenarios/:scenarioId',
  instructor: '/instructor',
  newClass: '/instructor/classes/new',
  classPage: '/instructor/classes/:classId/:tab?',
  grading: '/instructor/classes/:classId/teams/:teamId/:subprojectId',
  report: '/instructor/classes/:classId/teams/:teamId/report',
  teamEntry: '/team',
  workspace: '/team/:classId/:teamId',
  teamSubproject: '/team/:classId/:teamId/:subprojectId',
} as const;

export type ClassTab = 'roster' | 'teams' | 'schedule' | 'dashboard' | 'exports' | 'exchange';
export const CLASS_TABS: readonly ClassTab[] = ['roster', 'teams', 'schedule', 'dashboard', 'exports', 'exchange'];

const enc = encodeURIComponent;

export const paths = {
  start: (): string => '/',
  library: (): string => '/scenarios',
  scenario: (scenarioId: string): string => `/scenarios/${enc(scenarioId)}`,
  instructor: (): string => '/instructor',
  newClass: (): string => '/instructor/classes/new',
  classPage: (classId: string, tab: ClassTab = 'roster'): string => `/instructor/classes/${enc(classId)}/${tab}`,
  grading: (classId: string, teamId: string, subprojectId: string): string =>
    `/instructor/classes/${enc(classId)}/teams/${enc(teamId)}/${enc(subprojectId)}`,
  report: (classId: string, teamId: string): string =>
    `/instructor/classes/${enc(classId)}/teams/${enc(teamId)}/report`,
  teamEntry: (): string => '/team',
  workspace: (classId: string, teamId: string): string => `/team/${enc(classId)}/${enc(teamId)}`,
  teamSubproject: (classId: string, teamId: string, subprojectId: string): string =>
    `/team/${enc(classId)}/${enc(teamId)}/${enc(subprojectId)}`,
};
