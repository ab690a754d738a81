// A topic whose quiz file is gone: its quiz is empty, and there is nothing to attempt.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { as, signUp } from '../../../test/support/accounts.js';
import { createTestApp } from '../../../test/support/app.js';
import { testDatabaseKinds } from '../../../test/support/databases.js';
import { defaultContentDir } from '../paths.js';

describe.each(testDatabaseKinds)('a topic without quiz questions on %s', (kind) => {
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  const contentDir = mkdtempSync(join(tmpdir(), 'stafflab-no-quiz-'));
  beforeAll(async () => {
    cpSync(defaultContentDir, contentDir, { recursive: true });
    rmSync(join(contentDir, 'weeks/06-data-architecture/data-architecture.quiz.yaml'));
    ({ app, dispose } = await createTestApp(kind, { contentDir }));
  });
  afterAll(async () => {
    await dispose();
    rmSync(contentDir, { recursive: true, force: true });
  });

  it('serves an empty quiz and refuses an attempt at it', async () => {
    const quiz = await app.inject({ url: '/api/v1/topics/data-architecture/quiz' });
    expect(quiz.statusCode).toBe(200);
    expect(quiz.json()).toEqual({ topicId: 'data-architecture', passMark: 0.75, questions: [] });
    const user = await signUp(app);
    const response = await app.inject(
      as(user, {
        method: 'POST',
        url: '/api/v1/topics/data-architecture/quiz-attempts',
        payload: { answers: {} },
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ detail: expect.stringContaining('no quiz questions') });
  });
});
