import { describe, expect, it } from 'vitest';
import { can, type Action, type Principal, type Resource } from './policy.js';

const learner: Principal = { userId: 'l', role: 'learner' };
const mentor: Principal = { userId: 'm', role: 'mentor' };
const admin: Principal = { userId: 'a', role: 'admin' };
const own = (p: Principal): Resource => ({ kind: 'account', ownerId: p.userId });
const someoneElses: Resource = { kind: 'account', ownerId: 'someone-else' };

describe('the authorization policy', () => {
  it.each<Action>(['account:create', 'session:create', 'password:reset-with-link'])(
    'lets anyone, signed in or not, %s',
    (action) => {
      for (const actor of [null, learner, mentor, admin])
        expect(can(actor, action, { kind: 'installation' })).toBe(true);
    },
  );

  it.each<Action>([
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
  ])('lets every role %s on their own account only, and nobody anonymous', (action) => {
    expect(can(null, action, someoneElses)).toBe(false);
    for (const actor of [learner, mentor, admin]) {
      expect(can(actor, action, own(actor))).toBe(true);
      expect(can(actor, action, someoneElses)).toBe(false);
      expect(can(actor, action, { kind: 'installation' })).toBe(false);
    }
  });

  it.each<Action>(['users:list', 'user:update', 'user:issue-reset-link', 'invite:create'])(
    'lets only admins %s, on anyone',
    (action) => {
      for (const resource of [
        { kind: 'installation' } as const,
        { kind: 'user', id: 'a' } as const,
        { kind: 'user', id: 'l' } as const,
      ]) {
        expect(can(null, action, resource)).toBe(false);
        expect(can(learner, action, resource)).toBe(false);
        expect(can(mentor, action, resource)).toBe(false);
        expect(can(admin, action, resource)).toBe(true);
      }
    },
  );

  it('gives a mentor exactly a learner’s rights until cohorts exist', () => {
    const actions: Action[] = [
      'account:read',
      'account:export',
      'account:delete',
      'session:end',
      'users:list',
      'user:update',
      'user:issue-reset-link',
      'invite:create',
    ];
    for (const action of actions)
      expect(can(mentor, action, own(mentor))).toBe(
        can({ ...learner, userId: 'm' }, action, own(mentor)),
      );
  });
});
