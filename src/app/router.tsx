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
            { path: '*', lazy: async () => ({ Component: (await import('./routes/NotFoundPage')).NotFoundPage }) },
          ],
        },
      ],
    },
  ]);
}
