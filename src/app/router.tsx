import { createBrowserRouter } from 'react-router';
import { Layout } from './Layout';
import { routePatterns } from './paths';
import { RouteError } from './RouteError';

/** Pages are loaded on demand so the first load stays small on old lab PCs. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      errorElement: <RouteError />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            {
              path: routePatterns.start,
              lazy: async () => ({ Component: (await import('./routes/StartPage')).StartPage }),
            },
            {
              path: routePatterns.library,
              lazy: async () => ({ Component: (await import('./routes/LibraryPage')).LibraryPage }),
            },
            {
              path: routePatterns.scenario,
              lazy: async () => ({ Component: (await import('./routes/ScenarioPage')).ScenarioPage }),
            },
            {
              path: routePatterns.instructor,
              lazy: async () => ({ Component: (await import('../features/instructor/PinGate')).PinGate }),
              children: [
                {
                  index: true,
                  lazy: async () => ({
                    Component: (await import('../features/instructor/ClassListPage')).ClassListPage,
                  }),
                },
                {
                  path: routePatterns.newClass,
                  lazy: async () => ({ Component: (await import('../features/instructor/NewClassPage')).NewClassPage }),
                },
                {
                  path: routePatterns.report,
                  lazy: async () => ({
                    Component: (await import('../features/instructor/TeamReportPage')).TeamReportPage,
                  }),
                },
                {
                  path: routePatterns.grading,
                  lazy: async () => ({ Component: (await import('../features/instructor/GradingPage')).GradingPage }),
                },
                {
                  path: routePatterns.classPage,
                  lazy: async () => ({ Component: (await import('../features/instructor/ClassPage')).ClassPage }),
                },
              ],
            },
            {
              path: routePatterns.teamEntry,
              lazy: async () => ({ Component: (await import('../features/team/TeamEntryPage')).TeamEntryPage }),
            },
            {
              path: routePatterns.workspace,
              lazy: async () => ({ Component: (await import('../features/team/WorkspacePage')).WorkspacePage }),
            },
            {
              path: routePatterns.teamSubproject,
              lazy: async () => ({ Component: (await import('../features/team/SubprojectPage')).SubprojectPage }),
            },
            { path: '*', lazy: async () => ({ Component: (await import('./routes/NotFoundPage')).NotFoundPage }) },
          ],
        },
      ],
    },
  ]);
}
