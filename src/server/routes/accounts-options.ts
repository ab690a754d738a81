// What the account routes are built with. `buildApp` fills it from the configuration; tests
// pass a low hashing cost, a movable clock and tight rate limits.
import type { FastifyRequest } from 'fastify';
import type { AccountsContext } from '../accounts/context.js';
import type { SignupMode } from '../accounts/users.js';

export interface RateLimit {
  max: number;
  /** Milliseconds. */
  timeWindow: number;
}

export interface AccountsRouteOptions {
  ctx: AccountsContext;
  signupMode: SignupMode;
  /** Base of the links we hand out; null means the origin the request was addressed to. */
  publicUrl: string | null;
  rateLimits: { signIn: RateLimit; signUp: RateLimit };
}

/** An absolute link into the web app, such as `/signup?invite=TOKEN`. */
export function appLink(
  options: AccountsRouteOptions,
  request: FastifyRequest,
  pathAndQuery: string,
): string {
  const base = (options.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
  return `${base}${pathAndQuery}`;
}

/** OpenAPI security requirements: reads need the session; changes need its CSRF token too. */
export const readsWithSession = [{ session: [] }];
export const changesWithSession = [{ session: [], csrfToken: [] }];
