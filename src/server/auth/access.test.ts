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
    route: 'GET /topics/:id/quiz',
    request: () => ({ url: '/api/v1/topics/retry-strategy/quiz' }),
    expected: anyone(200),
  },
  {
    route: 'POST /topics/:id/quiz-attempts',
    request: () => ({
      method: 'POST',
      url: '/api/v1/topics/retry-strategy/quiz-attempts',
      payload: { answers: {} },
    }),
    expected: signedInOnly(200),
  },
  {
    route: 'POST /topics/:id/read',
    request: () => ({ method: 'POST', url: '/api/v1/topics/retry-strategy/read' }),
    expected: signedInOnly(200),
  },
  {
    route: 'DELETE /topics/:id/read',
    request: () => ({ method: 'DELETE', url: '/api/v1/topics/retry-strategy/read' }),
    expected: signedInOnly(204),
  },
  {
    route: 'PUT /topics/:id/exercise',
    request: () => ({
      method: 'PUT',
      url: '/api/v1/topics/retry-strategy/exercise',
      payload: { reflection: 'A reflection that is long enough to count.' },
    }),
    expected: signedInOnly(200),
  },
  {
    route: 'DELETE /topics/:id/exercise',
    request: () => ({ method: 'DELETE', url: '/api/v1/topics/retry-strategy/exercise' }),
    expected: signedInOnly(204),
  },
  {
    route: 'GET /progress',
    request: () => ({ url: '/api/v1/progress' }),
    expected: signedInOnly(200),
  },
  {
    route: 'GET /me/plan',
    request: () => ({ url: '/api/v1/me/plan' }),
    expected: signedInOnly(200),
  },
  {
    route: 'PUT /me/plan',
    request: () => ({ method: 'PUT', url: '/api/v1/me/plan', payload: { daysPerWeek: 14 } }),
    expected: signedInOnly(200),
  },
  {
    route: 'GET /reviews/due',
    request: () => ({ url: '/api/v1/reviews/due' }),
    expected: signedInOnly(200),
  },
  {
    // A card id names one learner's card; nobody's card answers 404 like anyone else's does.
    route: 'POST /reviews/:cardId',
    request: () => ({
      method: 'POST',
      url: '/api/v1/reviews/no-such-card',
      payload: { rating: 'good' },
    }),
    expected: signedInOnly(404),
  },
  {
    route: 'GET /reviews/stats',
    request: () => ({ url: '/api/v1/reviews/stats' }),
    expected: signedInOnly(200),
  },
  { route: 'GET /cards', request: () => ({ url: '/api/v1/cards' }), expected: signedInOnly(200) },
  {
    route: 'POST /cards',
    request: () => ({
      method: 'POST',
      url: '/api/v1/cards',
      payload: { topicId: 'retry-strategy', front: 'A question', back: 'Its answer' },
    }),
    expected: signedInOnly(201),
  },
  {
    route: 'DELETE /cards/:cardId',
    request: () => ({ method: 'DELETE', url: '/api/v1/cards/no-such-card' }),
    expected: signedInOnly(404),
  },
  {
    route: 'GET /me/deck.csv',
    request: () => ({ url: '/api/v1/me/deck.csv' }),
    expected: signedInOnly(200),
  },
  {
    route: 'GET /search/documents',
    request: () => ({ url: '/api/v1/search/documents' }),
    expected: anyone(200),
  },
  {
    route: 'GET /me/activity',
    request: () => ({ url: '/api/v1/me/activity?limit=5' }),
    expected: signedInOnly(200),
  },
  {
    route: 'GET /me/plan.ics',
    request: () => ({ url: '/api/v1/me/plan.ics' }),
    // A new account has no start date yet: the owner is let in and told to choose one.
    expected: signedInOnly(409),
  },
  {
    route: 'GET /assessments/level',
    request: () => ({ url: '/api/v1/assessments/level' }),
    expected: anyone(200),
  },
  {
    route: 'GET /assessments/archetypes',
    request: () => ({ url: '/api/v1/assessments/archetypes' }),
    expected: anyone(200),
  },
  {
    route: 'GET /assessments/diagnostic/:form',
    request: () => ({ url: '/api/v1/assessments/diagnostic/start' }),
    expected: anyone(200),
  },
  {
    route: 'POST /assessments/:kind/results',
    request: () => ({
      method: 'POST',
      url: '/api/v1/assessments/level/results',
      payload: {
        answers: {
          target: 2,
          dimensions: Object.fromEntries(
            [
              'scope',
              'operating-radius',
              'time-horizon',
              'ownership',
              'ambiguity',
              'influence',
              'technical-judgement',
              'multiplying-others',
            ].map((id) => [id, { placement: 1.5, evidence: 'A dated artifact' }]),
          ),
        },
      },
    }),
    expected: signedInOnly(201),
  },
  {
    route: 'GET /me/assessments',
    request: () => ({ url: '/api/v1/me/assessments' }),
    expected: signedInOnly(200),
  },
  {
    // A result id names one learner's result: anyone else's, or none, answers 404 alike.
    route: 'GET /me/assessments/:id',
    request: () => ({ url: '/api/v1/me/assessments/no-such-result' }),
    expected: signedInOnly(404),
  },
  {
    route: 'GET /me/assessments/compare',
    request: () => ({ url: '/api/v1/me/assessments/compare?from=no-such&to=result' }),
    expected: signedInOnly(404),
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
