// The labs over HTTP: the list (test/cli-lab.test.ts checks it equals `lab list --json`), one lab, and submitted
// attempts, which the server re-runs itself before it records a pass.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { as, signUp } from '../../../test/support/accounts.js';
import { createTestApp } from '../../../test/support/app.js';
import { testDatabaseKinds } from '../../../test/support/databases.js';
import { labSummaries } from '../../curriculum/index.js';
import { readContent } from '../content/read-content.js';
import { defaultContentDir } from '../paths.js';
import type { Database } from '../db/database.js';

describe.each(testDatabaseKinds)('lab routes on %s', (kind) => {
  let app: FastifyInstance;
  let database: Database;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ app, database, dispose } = await createTestApp(kind));
  });
  afterAll(async () => dispose());

  const attempt = (payload: unknown, id = 'retry-storm') => ({
    method: 'POST' as const,
    url: `/api/v1/labs/${id}/attempts`,
    payload: payload as Record<string, unknown>,
  });

  it('lists the labs in program order, and serves one lab whole', async () => {
    const list = await app.inject({ url: '/api/v1/labs' });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual(labSummaries(readContent(defaultContentDir).content!));
    expect(list.json()).toContainEqual({
      id: 'retry-storm',
      title: 'Retry storm',
      topic: 'retry-strategy',
      week: 4,
    });
    const one = await app.inject({ url: '/api/v1/labs/retry-storm' });
    const body = one.json() as {
      summary: { week: number };
      definition: { knobs: { id: string }[] };
    };
    expect(body.summary.week).toBe(4);
    expect(body.definition.knobs.map((k) => k.id)).toContain('budget');
    const missing = await app.inject({ url: '/api/v1/labs/retry-strom' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ detail: expect.stringContaining('GET /api/v1/labs') });
  });

  it('re-runs an attempt and records only what passes on the server', async () => {
    const user = await signUp(app);
    // The client's own claim is not part of the contract and changes nothing.
    const failing = await app.inject(
      as(user, attempt({ knobs: {}, seed: 1, passed: true, conditions: [] })),
    );
    expect(failing.statusCode).toBe(200);
    expect(failing.json()).toMatchObject({ lab: 'retry-storm', passed: false, recorded: false });
    const passing = await app.inject(as(user, attempt({ knobs: { budget: 0.1 }, seed: 5 })));
    expect(passing.json()).toMatchObject({ passed: true, recorded: true, seed: 5 });
    const passes = await app.inject(as(user, { url: '/api/v1/me/lab-passes' }));
    expect(passes.json()).toEqual([
      {
        lab: 'retry-storm',
        passedAt: expect.any(String),
        seed: 5,
        knobs: expect.objectContaining({ budget: 0.1, attempts: 3 }),
        answer: null,
      },
    ]);
    const exported = await app.inject(as(user, { url: '/api/v1/me/export' }));
    expect((exported.json() as { labPasses: unknown[] }).labPasses).toHaveLength(1);
  });

  it('answers a bad knob, seed or lab with a problem that says how to fix it', async () => {
    const user = await signUp(app);
    const badKnob = await app.inject(as(user, attempt({ knobs: { budget: 0.5 }, seed: 1 })));
    expect(badKnob.statusCode).toBe(400);
    expect(badKnob.json()).toMatchObject({
      detail: expect.stringContaining('"budget" is one of 0, 0.1, 0.2, not 0.5'),
    });
    const unknownKnob = await app.inject(as(user, attempt({ knobs: { jitter: 'full' }, seed: 1 })));
    expect(unknownKnob.json()).toMatchObject({
      detail: expect.stringContaining('has no knob "jitter"'),
    });
    const badSeed = await app.inject(as(user, attempt({ knobs: {}, seed: -3 })));
    expect(badSeed.statusCode).toBe(400);
    const noLab = await app.inject(as(user, attempt({ knobs: {}, seed: 1 }, 'nope')));
    expect(noLab.statusCode).toBe(404);
  });

  it('erases a user’s passes with their account', async () => {
    const user = await signUp(app);
    await app.inject(as(user, attempt({ knobs: { budget: 0.1 }, seed: 1 })));
    const count = async () =>
      (
        await database.db
          .selectFrom('lab_passes')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('user_id', '=', user.id)
          .executeTakeFirstOrThrow()
      ).n;
    expect(Number(await count())).toBe(1);
    const erased = await app.inject(
      as(user, { method: 'DELETE', url: '/api/v1/me', payload: { password: user.password } }),
    );
    expect(erased.statusCode).toBe(204);
    expect(Number(await count())).toBe(0);
  });
});
