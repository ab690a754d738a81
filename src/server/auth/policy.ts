// The one place that decides who may do what. Every route asks `can(actor, action, resource)`
// (through `authorize` in ./authorize.ts) before it touches data, so the rules can be read,
// tested and changed here alone.
//
// Roles: a learner works on their own account and learning data; an admin also runs the
// installation (users, invites, reset links). A mentor has a learner's rights until cohorts
// exist: mentoring rights need a cohort to say whom they mentor.
import type { Role } from '../db/schema.js';

export interface Principal {
  userId: string;
  role: Role;
}

export type Action =
  // Anyone, signed in or not: they create or recover a session.
  | 'account:create'
  | 'session:create'
  | 'password:reset-with-link'
  // The owner of the account.
  | 'session:end'
  | 'account:read'
  | 'account:export'
  | 'account:delete'
  | 'lab:submit'
  | 'lab-passes:read'
  // The learning loop, always on the learner's own account.
  | 'progress:read'
  | 'plan:update'
  | 'topic:mark-read'
  | 'exercise:complete'
  | 'quiz:attempt'
  | 'deck:read'
  | 'deck:change'
  | 'review:submit'
  | 'assessment:submit'
  | 'assessments:read'
  // Admins.
  | 'users:list'
  | 'user:update'
  | 'user:issue-reset-link'
  | 'invite:create';

export type Resource =
  { kind: 'installation' } | { kind: 'account'; ownerId: string } | { kind: 'user'; id: string };

const anyone: ReadonlySet<Action> = new Set([
  'account:create',
  'session:create',
  'password:reset-with-link',
]);
const ownerOnly: ReadonlySet<Action> = new Set([
  'session:end',
  'account:read',
  'account:export',
  'account:delete',
  'lab:submit',
  'lab-passes:read',
  'progress:read',
  'plan:update',
  'topic:mark-read',
  'exercise:complete',
  'quiz:attempt',
  'deck:read',
  'deck:change',
  'review:submit',
  'assessment:submit',
  'assessments:read',
]);
const adminOnly: ReadonlySet<Action> = new Set([
  'users:list',
  'user:update',
  'user:issue-reset-link',
  'invite:create',
]);

/** The rights a role carries today. Mentors are learners until cohorts give them mentees. */
function effectiveRole(role: Role): 'learner' | 'admin' {
  return role === 'admin' ? 'admin' : 'learner';
}

export function can(actor: Principal | null, action: Action, resource: Resource): boolean {
  if (anyone.has(action)) return true;
  if (!actor) return false;
  if (ownerOnly.has(action))
    return resource.kind === 'account' && resource.ownerId === actor.userId;
  if (adminOnly.has(action)) return effectiveRole(actor.role) === 'admin';
  return false;
}
