// The signed-in user, and requests that change something. Every POST, PUT, PATCH and DELETE
// carries the session's CSRF token (from GET /me or the sign-in answer) in X-CSRF-Token.
import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { Problem } from '../../api/index.js';
import { apiBase } from '../../api/base.js';
import { ApiError } from './client.js';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: 'learner' | 'mentor' | 'admin';
  createdAt: string;
}
export interface Session {
  user: SessionUser;
  csrfToken: string;
}

const meKey = ['me'] as const;

async function fetchMe(): Promise<Session | null> {
  const response = await fetch(`${apiBase}/auth/session`, {
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new ApiError(response.status, null);
  return ((await response.json()) as { session: Session | null }).session;
}

/** The current session, or null when signed out. */
export const useSession = () => useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000 });

export function rememberSession(client: QueryClient, session: Session | null): void {
  client.setQueryData(meKey, session);
}

/** Sends a state-changing request with the CSRF token; answers the parsed JSON body, or null for 204. */
export async function send<T>(
  client: QueryClient,
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const session = client.getQueryData<Session | null>(meKey);
  const response = await fetch(`${apiBase}${path}`, {
    method,
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      ...(session ? { 'x-csrf-token': session.csrfToken } : {}),
    },
    body: JSON.stringify(body ?? {}),
  });
  if (!response.ok) {
    const problem = response.headers.get('content-type')?.includes('json')
      ? ((await response.json()) as Problem)
      : null;
    throw new ApiError(response.status, problem);
  }
  return response.status === 204 ? (null as T) : ((await response.json()) as T);
}

/** A problem's field errors by field name, for showing them next to their inputs. */
export function fieldErrors(error: unknown): Record<string, string> {
  const problem = error instanceof ApiError ? error.problem : null;
  const out: Record<string, string> = {};
  for (const e of problem?.errors ?? []) {
    const field = e.path.split('.').at(-1) ?? e.path;
    out[field] ??= e.message;
  }
  return out;
}
