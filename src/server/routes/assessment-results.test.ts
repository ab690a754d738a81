// Saved assessment results over HTTP: listed newest first, compared, private to their owner
// (another learner, a mentor and an admin all get 404), exported and erased with the account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { as, signUp, signUpEveryRole, type Signed } from '../../../test/support/accounts.js';
import { createTestApp } from '../../../test/support/app.js';
import {
  archetypes,
  diagnosticAnswers,
  levelAnswers,
  submitAssessment,
} from '../../../test/support/assessments.js';
import { testDatabaseKinds } from '../../../test/support/databases.js';
import type { Database } from '../db/database.js';
import { exportAssessmentsForAccount } from '../learning/assessments.js';

describe.each(testDatabaseKinds)('saved assessment results on %s', (kind) => {
  let app: FastifyInstance;
  let database: Database;
  let dispose: () => Promise<void>;
  let roles: Awaited<ReturnType<typeof signUpEveryRole>>;
  let clock = new Date('2026-01-05T09:00:00Z');
  // Each submission a minute after the last, so "newest first" has one right answer.
  const tick = () => (clock = new Date(clock.getTime() + 60_000));
  beforeAll(async () => {
    ({ app, database, dispose } = await createTestApp(kind, { accounts: { now: () => clock } }));
    // First, so that the installation's first account is the admin.
    roles = await signUpEveryRole(app);
  });
  afterAll(async () => dispose());

  const submit = (user: Signed, assessment: string, answers: unknown) => {
    tick();
    return submitAssessment(app, user, assessment, answers);
  };

  it('lists results newest first per kind, and compares two level results', async () => {
    const user = await signUp(app);
    const first = (await submit(user, 'level', levelAnswers())).json() as { id: string };
    const later = levelAnswers();
    later.dimensions['time-horizon'] = { placement: 2, evidence: 'Two-year plan, adopted Q3' };
    later.target = 3;
    const second = (await submit(user, 'level', later)).json() as { id: string };
    const list = (await app.inject(as(user, { url: '/api/v1/me/assessments' }))).json() as Record<
      string,
      { id: string }[]
    >;
    expect(list.level!.map((r) => r.id)).toEqual([second.id, first.id]);
    expect(list.archetypes).toEqual([]);
    const compared = await app.inject(
      as(user, { url: `/api/v1/me/assessments/compare?from=${first.id}&to=${second.id}` }),
    );
    expect(compared.json()).toMatchObject({
      kind: 'level',
      from: { id: first.id },
      to: { id: second.id },
      comparison: {
        target: { from: 2, to: 3 },
        dimensions: expect.arrayContaining([
          { id: 'time-horizon', title: 'Time horizon', from: 1, to: 2, change: 1 },
          { id: 'scope', title: 'Scope of decisions', from: 1.5, to: 1.5, change: 0 },
        ]),
      },
    });
    const archetype = (
      await submit(user, 'archetypes', {
        items: Object.fromEntries(archetypes.items.map((i) => [i.id, 'a'])),
      })
    ).json() as { id: string };
    const mixed = await app.inject(
      as(user, { url: `/api/v1/me/assessments/compare?from=${first.id}&to=${archetype.id}` }),
    );
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json()).toMatchObject({ detail: expect.stringContaining('same assessment') });
  });

  it('keeps results private: another learner, a mentor and an admin all get 404', async () => {
    const { admin, learner, mentor } = roles;
    const owner = await signUp(app);
    const mine = (await submit(owner, 'level', levelAnswers())).json() as { id: string };
    const other = (await submit(learner, 'level', levelAnswers())).json() as { id: string };
    for (const someone of [learner, mentor, admin]) {
      const read = await app.inject(as(someone, { url: `/api/v1/me/assessments/${mine.id}` }));
      expect(read.statusCode).toBe(404);
      expect(read.body).not.toContain(owner.id);
      const compare = await app.inject(
        as(someone, { url: `/api/v1/me/assessments/compare?from=${other.id}&to=${mine.id}` }),
      );
      expect(compare.statusCode).toBe(404);
      const list = await app.inject(as(someone, { url: '/api/v1/me/assessments' }));
      expect(list.body).not.toContain(mine.id);
    }
    const anonymous = await app.inject({ url: `/api/v1/me/assessments/${mine.id}` });
    expect(anonymous.statusCode).toBe(401);
    const anonymousSubmit = await app.inject({
      method: 'POST',
      url: '/api/v1/assessments/level/results',
      payload: { answers: levelAnswers() },
    });
    expect(anonymousSubmit.statusCode).toBe(401);
  });

  it('exports a user’s results oldest first and erases them with the account', async () => {
    const user = await signUp(app);
    const first = (await submit(user, 'level', levelAnswers())).json() as { id: string };
    const second = (
      await submit(
        user,
        'diagnostic-end',
        diagnosticAnswers('end', () => true),
      )
    ).json() as { id: string };
    const exported = await exportAssessmentsForAccount(
      { db: database.db, cost: { logN: 6, r: 8, p: 1 }, now: () => clock },
      user.id,
    );
    expect(exported.map((r) => [r.id, r.kind])).toEqual([
      [first.id, 'level'],
      [second.id, 'diagnostic-end'],
    ]);
    expect(exported[1]).toMatchObject({ result: { correct: 20, total: 20 } });
    const count = async () =>
      Number(
        (
          await database.db
            .selectFrom('assessment_results')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('user_id', '=', user.id)
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count()).toBe(2);
    const erased = await app.inject(
      as(user, { method: 'DELETE', url: '/api/v1/me', payload: { password: user.password } }),
    );
    expect(erased.statusCode).toBe(204);
    expect(await count()).toBe(0);
  });
});
