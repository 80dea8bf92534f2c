import { useRouteError } from 'react-router';
import { ErrorPanel } from './ErrorPanel';

/** The router's error element: errors inside a page keep the header and language switch. */
export function RouteError() {
  return <ErrorPanel error={useRouteError()} />;
}
