// Who is asking, and is the request really theirs. For every API request this resolves the
// session cookie to an actor; for every state-changing request (POST, PUT, PATCH, DELETE) it
// also defends against cross-site request forgery:
//
// - the request must come from our own origin: a cross-site `Origin` or `Sec-Fetch-Site`
//   is refused, and a body must be JSON (HTML forms cannot send JSON without CORS, which we
//   never grant);
// - with a session it must carry the session's CSRF token in `X-CSRF-Token` (returned by
//   sign-up, sign-in and GET /me). Routes that create a session (sign-up, sign-in, reset with
//   a link) are marked `config: { anonymous: true }` and rely on the first rule alone.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { csrfHeader } from '../../api/index.js';
import type {} from '@fastify/cookie';
import type { AccountsContext } from '../accounts/context.js';
import { resumeSession, type Actor } from '../accounts/sessions.js';
import { sendProblem } from '../http/problem.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** The route needs no session and no CSRF token (it is how a session starts). */
    anonymous?: boolean;
  }
}

export const sessionCookie = 'stafflab_session';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Secure when the request reached us (or, with trust-proxy, the proxy) over HTTPS. */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: string,
) {
  reply.setCookie(sessionCookie, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(sessionCookie, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
  });
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Our origins: the one the request was addressed to, and the configured public URL's. */
function isOwnOrigin(request: FastifyRequest, origin: string, publicUrl: string | null): boolean {
  let given: URL;
  try {
    given = new URL(origin);
  } catch {
    return false;
  }
  const own = [`${request.protocol}://${request.host}`, ...(publicUrl ? [publicUrl] : [])];
  return own.some((candidate) => {
    try {
      return new URL(candidate).origin === given.origin;
    } catch {
      return false;
    }
  });
}

/** A reason to refuse an unsafe request as cross-site, or null. */
function forgeryProblem(
  request: FastifyRequest,
  publicUrl: string | null,
): { status: 403 | 415; detail: string } | null {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite === 'cross-site' || fetchSite === 'same-site')
    return { status: 403, detail: 'Cross-site requests may not change anything here.' };
  const origin = request.headers.origin;
  if (origin !== undefined && !isOwnOrigin(request, origin, publicUrl))
    return {
      status: 403,
      detail: `Requests from the origin ${origin} may not change anything here.`,
    };
  const type = request.headers['content-type'];
  if (type !== undefined && !/^application\/json\s*(;|$)/i.test(type))
    return { status: 415, detail: 'Send JSON with the header Content-Type: application/json.' };
  return null;
}

export function installRequestAuth(
  api: FastifyInstance,
  ctx: AccountsContext,
  publicUrl: string | null,
) {
  api.decorateRequest('actor', null);
  api.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[sessionCookie];
    if (token) {
      const resumed = await resumeSession(ctx, token);
      if (resumed) {
        request.actor = resumed.actor;
        if (resumed.refreshed) setSessionCookie(request, reply, token, resumed.refreshed);
      } else {
        clearSessionCookie(request, reply);
      }
    }
    if (!unsafeMethods.has(request.method)) return;
    const forged = forgeryProblem(request, publicUrl);
    if (forged) return sendProblem(reply, request, forged.status, forged.detail);
    if (request.routeOptions.config.anonymous) return;
    if (!request.actor)
      return sendProblem(reply, request, 401, 'Sign in first: this needs a session.');
    const given = request.headers[csrfHeader];
    if (typeof given !== 'string' || !sameToken(given, request.actor.csrfToken))
      return sendProblem(
        reply,
        request,
        403,
        `The ${csrfHeader} header is missing or stale. Send the csrfToken from GET /api/v1/me.`,
      );
  });
}
