// Self-assessments and the diagnostic over HTTP, on the real content: definitions for anyone,
// forms without answers, answers scored and checked by the server, diagnostic feedback and the
// comparison of a start and an end form. Saved results: assessment-results.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { as, signUp, type Signed } from '../../../test/support/accounts.js';
import { createTestApp } from '../../../test/support/app.js';
import {
  archetypes,
  diagnostic,
  diagnosticAnswers,
  levelAnswers,
  placed,
  submitAssessment,
} from '../../../test/support/assessments.js';
import { testDatabaseKinds } from '../../../test/support/databases.js';
import type { LevelAssessment } from '../../curriculum/index.js';

describe.each(testDatabaseKinds)('assessment routes on %s', (kind) => {
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  let clock = new Date('2026-01-05T09:00:00Z');
  const tick = () => (clock = new Date(clock.getTime() + 60_000));
  beforeAll(async () => {
    ({ app, dispose } = await createTestApp(kind, { accounts: { now: () => clock } }));
  });
  afterAll(async () => dispose());

  const submit = (user: Signed, assessment: string, answers: unknown) => {
    tick();
    return submitAssessment(app, user, assessment, answers);
  };

  // Against a Staff target the gaps are 0.5, 1, 1, 0, 1, 0.5, −0.5, 0.5: radius, horizon and
  // ambiguity tie at 1, and level.yaml ranks time-horizon, then ambiguity, ahead of
  // operating-radius by how long their evidence takes to produce.

  it('serves the definitions to anyone', async () => {
    const levelResponse = await app.inject('/api/v1/assessments/level');
    expect(levelResponse.statusCode).toBe(200);
    const body = levelResponse.json() as LevelAssessment;
    expect(body.dimensions.map((d) => d.id)).toEqual(Object.keys(placed));
    expect(body.slowestEvidenceFirst.slice(0, 2)).toEqual(['scope', 'time-horizon']);
    const questionnaire = await app.inject('/api/v1/assessments/archetypes');
    expect((questionnaire.json() as typeof archetypes).items).toHaveLength(22);
  });

  it('serves a diagnostic form without its answers, choices shuffled', async () => {
    const first = await app.inject('/api/v1/assessments/diagnostic/start');
    expect(first.statusCode).toBe(200);
    expect(first.body).not.toMatch(/"correct"|"why"/);
    const form = first.json() as {
      questions: { id: string; module: string; choices: { id: string; text: string }[] }[];
    };
    expect(form.questions.map((q) => q.id)).toEqual(diagnostic.pairs.map((p) => p.start.id));
    for (const [i, q] of form.questions.entries()) {
      expect(q.choices.map((c) => c.id).sort()).toEqual(['a', 'b', 'c', 'd']);
      expect(q.choices.map((c) => c.text).sort()).toEqual(
        diagnostic.pairs[i]!.start.choices.map((c) => c.text).sort(),
      );
    }
    // Twenty questions in one order twice running: (1/24)^20, never in practice.
    const orders = async () =>
      ((await app.inject('/api/v1/assessments/diagnostic/start')).json() as typeof form).questions
        .map((q) => q.choices.map((c) => c.id).join(''))
        .join(' ');
    expect(await orders()).not.toBe(await orders());
    const end = await app.inject('/api/v1/assessments/diagnostic/end');
    expect(end.body).not.toMatch(/"correct"|"why"/);
    const bad = await app.inject('/api/v1/assessments/diagnostic/middle');
    expect(bad.statusCode).toBe(400);
  });

  it('scores the level self-assessment on the server and keeps it', async () => {
    const user = await signUp(app);
    const response = await submit(user, 'level', levelAnswers());
    expect(response.statusCode, response.body).toBe(201);
    const record = response.json() as {
      id: string;
      kind: string;
      result: { dimensions: { id: string; counted: number; gap: number }[]; largestGaps: string[] };
    };
    expect(record.kind).toBe('level');
    expect(record.result.dimensions.map((d) => [d.id, d.counted, d.gap])).toEqual([
      ['scope', 1.5, 0.5],
      ['operating-radius', 1, 1],
      ['time-horizon', 1, 1],
      ['ownership', 2, 0],
      ['ambiguity', 1, 1],
      ['influence', 1.5, 0.5],
      ['technical-judgement', 2.5, -0.5],
      ['multiplying-others', 1.5, 0.5],
    ]);
    expect(record.result.largestGaps).toEqual(['time-horizon', 'ambiguity']);
    const one = await app.inject(as(user, { url: `/api/v1/me/assessments/${record.id}` }));
    expect(one.json()).toEqual(record);
  });

  it('scores the archetype questionnaire: always the Right Hand option', async () => {
    const user = await signUp(app);
    // Every item has a Right Hand option worth 4, except q-interruption's worth 3: 21 × 4 + 3 =
    // 87; q-code's also gives the Architect 1.
    const items = Object.fromEntries(
      archetypes.items.map((item) => [
        item.id,
        item.options.reduce((best, o) =>
          (o.scores['right-hand'] ?? 0) > (best.scores['right-hand'] ?? 0) ? o : best,
        ).id,
      ]),
    );
    const response = await submit(user, 'archetypes', { items });
    expect(response.statusCode, response.body).toBe(201);
    const { result } = response.json() as {
      result: { ranking: { id: string; score: number }[]; interpretation: string };
    };
    expect(result.ranking.map((a) => [a.id, a.score])).toEqual([
      ['right-hand', 87],
      ['architect', 1],
      ['tech-lead', 0],
      ['solver', 0],
    ]);
    expect(result).toMatchObject({ primary: 'right-hand', secondary: 'architect' });
    expect(result.interpretation).toMatch(/^You are an executive's technical partner/);
  });

  it('answers bad answers with a 400 naming every field at fault', async () => {
    const user = await signUp(app);
    const dimensions = levelAnswers().dimensions;
    delete dimensions.scope;
    dimensions.influence = { placement: 1.75, evidence: '' };
    const response = await submit(user, 'level', { target: 2, dimensions });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((response.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([
      'body.answers.dimensions.scope',
      'body.answers.dimensions.influence.placement',
    ]);
    const option = await submit(user, 'archetypes', {
      items: { ...Object.fromEntries(archetypes.items.map((i) => [i.id, 'a'])), 'q-code': 'z' },
    });
    expect(option.statusCode).toBe(400);
    expect(option.json()).toMatchObject({
      errors: [{ path: 'body.answers.items.q-code', message: expect.stringContaining('"z"') }],
    });
    const question = await submit(user, 'diagnostic-start', {
      questions: { [diagnostic.pairs[0]!.end.id]: 'a' },
    });
    expect(question.json()).toMatchObject({
      errors: [{ path: `body.answers.questions.${diagnostic.pairs[0]!.end.id}` }],
    });
    const kindless = await submit(user, 'wizardry', {});
    expect(kindless.statusCode).toBe(400);
    const none = await app.inject(as(user, { url: '/api/v1/me/assessments' }));
    expect(Object.values(none.json() as Record<string, unknown[]>).flat()).toEqual([]);
  });

  it('scores both diagnostic forms with feedback and counts what was learned', async () => {
    const user = await signUp(app);
    const start = await submit(
      user,
      'diagnostic-start',
      diagnosticAnswers('start', (i) => i < 10),
    );
    expect(start.statusCode, start.body).toBe(201);
    const startRecord = start.json() as {
      id: string;
      result: { correct: number; total: number; modules: { id: string; total: number }[] };
      feedback: { correct: boolean; answer: string; choices: { why: string }[] }[];
    };
    expect(startRecord.result).toMatchObject({ correct: 10, total: 20 });
    // Pairs drawn in proportion to each module's topics: 5, 5, 10, 8, 6, 9 of 43.
    expect(startRecord.result.modules.map((m) => [m.id, m.total])).toEqual([
      ['scope-shift', 2],
      ['archetypes', 2],
      ['architecture', 5],
      ['operating-at-scale', 4],
      ['security-compliance', 3],
      ['leadership', 4],
    ]);
    expect(startRecord.feedback).toHaveLength(20);
    expect(startRecord.feedback[0]).toMatchObject({ correct: true });
    expect(startRecord.feedback[19]).toMatchObject({ correct: false });
    expect(startRecord.feedback[19]!.choices.every((c) => c.why.length > 0)).toBe(true);

    const end = await submit(
      user,
      'diagnostic-end',
      diagnosticAnswers('end', (i) => i >= 5),
    );
    const endRecord = end.json() as { id: string };
    const compared = await app.inject(
      as(user, {
        url: `/api/v1/me/assessments/compare?from=${startRecord.id}&to=${endRecord.id}`,
      }),
    );
    expect(compared.statusCode, compared.body).toBe(200);
    const { comparison } = compared.json() as {
      comparison: { overall: unknown; learned: string[]; forgotten: string[] };
    };
    expect(comparison.overall).toEqual({ from: 10, to: 15, total: 20, change: 5 });
    expect(comparison.learned).toEqual(diagnostic.pairs.slice(10).map((p) => p.id));
    expect(comparison.forgotten).toEqual(diagnostic.pairs.slice(0, 5).map((p) => p.id));

    // A list carries results without the explanations; one result carries them.
    const list = await app.inject(as(user, { url: '/api/v1/me/assessments' }));
    expect(list.body).not.toContain('"why"');
    const one = await app.inject(as(user, { url: `/api/v1/me/assessments/${endRecord.id}` }));
    expect(one.body).toContain('"why"');
  });
});
