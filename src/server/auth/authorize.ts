// The HTTP side of the policy: a refusal becomes 401 (nobody is signed in) or 403 (the
// signed-in user may not), as an RFC 9457 problem through the error handler.
import type { FastifyRequest } from 'fastify';
import { can, type Action, type Resource } from './policy.js';

export class AccessDenied extends Error {
  constructor(
    readonly statusCode: 401 | 403,
    message: string,
  ) {
    super(message);
    this.name = 'AccessDenied';
  }
}

export function authorize(request: FastifyRequest, action: Action, resource: Resource): void {
  const actor = request.actor;
  if (can(actor && { userId: actor.userId, role: actor.role }, action, resource)) return;
  if (!actor) throw new AccessDenied(401, 'Sign in first: this needs a session.');
  throw new AccessDenied(403, 'Your account is not allowed to do this.');
}

/** The signed-in actor, for routes that `authorize` has already let through. */
export function signedIn(request: FastifyRequest) {
  if (!request.actor) throw new AccessDenied(401, 'Sign in first: this needs a session.');
  return request.actor;
}
