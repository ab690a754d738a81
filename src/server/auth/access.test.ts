// Every route × every role (anonymous, learner, mentor, admin) × own data / someone else's.
// Each case runs with fresh users, so no case depends on another's leftovers. Routes under
// /me have no way to name another user: for them the "someone else's" column checks that the
// answer carries nothing of the other user and that the other user's account is untouched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { as, signUp, type Signed } from '../../../test/support/accounts.js';
import { createTestApp } from '../../../test/support/app.js';
import { testDatabaseKinds } from '../../../test/support/databases.js';

type Who = 'anonymous' | 'learner' | 'mentor' | 'admin';
type Whose = 'own' | 'other';
const everyone: Who[] = ['anonymous', 'learner', 'mentor', 'admin'];

interface RouteCase {
  route: string;
  /** The request, given the acting user (null when anonymous) and the user whose data it targets. */
  request(actor: Signed | null, target: Signed): InjectOptions;
  expected: Record<Who, number>;
}

const signedInOnly = (ok: number) => ({ anonymous: 401, learner: ok, mentor: ok, admin: ok });
const adminOnly = (ok: number) => ({ anonymous: 401, learner: 403, mentor: 403, admin: ok });
const anyone = (ok: number) => ({ anonymous: ok, learner: ok, mentor: ok, admin: ok });

let unique = 0;
const cases: RouteCase[] = [
  {
    route: 'POST /auth/signup',
    request: () => ({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: {
        email: `new${++unique}@example.com`,
        password: 'a long unusual phrase',
        name: 'N',
      },
    }),
    expected: anyone(201),
  },
  {
    route: 'POST /auth/login',
    request: (_actor, target) => ({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: target.email, password: target.password },
    }),
    expected: anyone(200),
  },
  {
    route: 'POST /auth/reset-password',
    request: () => ({
      method: 'POST',
      url: '/api/v1/auth/reset-password',
      payload: { token: 'no-such-link', password: 'a long unusual phrase' },
    }),
    // Allowed to anyone; refused by the use case because the link does not exist.
    expected: anyone(400),
  },
  {
    route: 'POST /auth/logout',
    request: () => ({ method: 'POST', url: '/api/v1/auth/logout' }),
    expected: signedInOnly(204),
  },
  { route: 'GET /me', request: () => ({ url: '/api/v1/me' }), expected: signedInOnly(200) },
  {
    route: 'GET /me/export',
    request: () => ({ url: '/api/v1/me/export' }),
    expected: signedInOnly(200),
  },
  {
    route: 'DELETE /me',
    request: (actor) => ({
      method: 'DELETE',
      url: '/api/v1/me',
      payload: { password: actor?.password ?? 'whatever password' },
    }),
    expected: signedInOnly(204),
  },
  { route: 'GET /labs', request: () => ({ url: '/api/v1/labs' }), expected: anyone(200) },
  {
    route: 'GET /labs/:id',
    request: () => ({ url: '/api/v1/labs/retry-storm' }),
    expected: anyone(200),
  },
  {
    route: 'POST /labs/:id/attempts',
    request: () => ({
      method: 'POST',
      url: '/api/v1/labs/retry-storm/attempts',
      payload: { knobs: { budget: 0.1 }, seed: 1 },
    }),
    expected: signedInOnly(200),
  },
  {
    route: 'GET /me/lab-passes',
    request: () => ({ url: '/api/v1/me/lab-passes' }),
    expected: signedInOnly(200),
  },
  {
    route: 'GET /admin/users',
    request: () => ({ url: '/api/v1/admin/users' }),
    expected: adminOnly(200),
  },
  {
    route: 'PATCH /admin/users/:id',
    request: (_actor, target) => ({
      method: 'PATCH',
      url: `/api/v1/admin/users/${target.id}`,
      payload: { role: target.role },
    }),
    expected: adminOnly(200),
  },
  {
    route: 'POST /admin/users/:id/password-reset',
    request: (_actor, target) => ({
      method: 'POST',
      url: `/api/v1/admin/users/${target.id}/password-reset`,
    }),
    expected: adminOnly(201),
  },
  {
    route: 'POST /admin/invites',
    request: () => ({ method: 'POST', url: '/api/v1/admin/invites', payload: { role: 'learner' } }),
    expected: adminOnly(201),
  },
];

describe.each(testDatabaseKinds)('access control on %s', (kind) => {
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  let root: Signed;
  beforeAll(async () => {
    ({ app, dispose } = await createTestApp(kind));
    root = await signUp(app, { name: 'Root' });
  });
  afterAll(async () => dispose());

  async function userWithRole(role: Exclude<Who, 'anonymous'>): Promise<Signed> {
    const user = await signUp(app);
    if (role === 'learner') return user;
    const promoted = await app.inject(
      as(root, { method: 'PATCH', url: `/api/v1/admin/users/${user.id}`, payload: { role } }),
    );
    expect(promoted.statusCode).toBe(200);
    return { ...user, role };
  }

  const table = cases.flatMap((c) =>
    everyone.flatMap((who) =>
      (who === 'anonymous' ? (['other'] as Whose[]) : (['own', 'other'] as Whose[])).map(
        (whose) => [c.route, who, whose, c] as const,
      ),
    ),
  );

  it.each(table)('%s as %s on %s data', async (_route, who, whose, c) => {
    const actor = who === 'anonymous' ? null : await userWithRole(who);
    const other = await userWithRole('learner');
    const target = whose === 'own' && actor ? actor : other;
    const request = c.request(actor, target);
    const response = await app.inject(actor ? as(actor, request) : request);
    expect(response.statusCode, response.body).toBe(c.expected[who]);
    if (response.statusCode >= 400)
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const isAdminRoute = c.route.includes('/admin/');
    if (!isAdminRoute && c.route !== 'POST /auth/login' && whose === 'other' && actor) {
      // Nothing of the other user leaks into an answer about oneself, and their account stands.
      expect(response.body).not.toContain(other.email);
      expect(response.body).not.toContain(other.id);
      const stillThere = await app.inject({ url: '/api/v1/me', headers: { cookie: other.cookie } });
      expect(stillThere.statusCode).toBe(200);
    }
  });
});
