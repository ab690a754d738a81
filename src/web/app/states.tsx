// Loading, error and not-found states shared by the pages.
import { Link } from 'react-router';
import { ApiError } from '../api/client.js';

export function Loading({ what }: { what: string }) {
  return (
    <p className="muted" role="status">
      Loading {what}…
    </p>
  );
}

export function LoadError({ error }: { error: Error }) {
  if (error instanceof ApiError && error.status === 404) return <NotFound detail={error.message} />;
  return (
    <div className="state" role="alert">
      <h1 tabIndex={-1}>Something went wrong</h1>
      <p>{error.message}</p>
      <p>Reload the page; if it keeps happening, check the server's log.</p>
    </div>
  );
}

export function NotFound({ detail }: { detail?: string }) {
  return (
    <div className="state">
      <h1 tabIndex={-1}>Page not found</h1>
      <p>{detail ?? 'There is nothing at this address.'}</p>
      <p>
        <Link to="/">Go to the program overview</Link>
      </p>
    </div>
  );
}
