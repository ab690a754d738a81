import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { FastifyInstance } from 'fastify';
import { createTestApp } from '../../test/support/app.js';
import { testDatabaseKinds } from '../../test/support/databases.js';
import { defaultContentDir } from './paths.js';

// The oracle for the program's shape is PROGRAM_MAP.md: 6 modules, 20 weeks, 43 topics.
const programYaml = parse(readFileSync(join(defaultContentDir, 'program.yaml'), 'utf8')) as {
  modules: { weeks: { topics: { id: string }[] }[] }[];
};

describe.each(testDatabaseKinds)('HTTP API on %s', (kind) => {
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  const webRoot = mkdtempSync(join(tmpdir(), 'stafflab-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Stafflab shell</title>');

  beforeAll(async () => {
    ({ app, dispose } = await createTestApp(kind, { webRoot, bodyLimit: 64 }));
  });
  afterAll(async () => dispose());

  it('reports health ok when the database answers', async () => {
    const response = await app.inject('/api/v1/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('serves the program: 6 modules, 20 weeks numbered 1–20, 43 topics with id, title and outline', async () => {
    const response = await app.inject('/api/v1/program');
    expect(response.statusCode).toBe(200);
    const program = response.json() as {
      modules: {
        id: string;
        title: string;
        weeks: {
          number: number;
          title: string;
          topics: { id: string; title: string; outline: string }[];
        }[];
      }[];
    };
    expect(program.modules).toHaveLength(6);
    const weeks = program.modules.flatMap((m) => m.weeks);
    expect(weeks.map((w) => w.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const topics = weeks.flatMap((w) => w.topics);
    expect(topics).toHaveLength(43);
    expect(topics.map((t) => t.id)).toEqual(
      programYaml.modules.flatMap((m) => m.weeks.flatMap((w) => w.topics.map((t) => t.id))),
    );
    for (const topic of topics) {
      expect(topic.title.length).toBeGreaterThan(0);
      expect(topic.outline.length).toBeGreaterThan(0);
    }
  });

  it('serves one topic with its week, module and neighbours', async () => {
    const response = await app.inject('/api/v1/topics/retry-strategy');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: 'retry-strategy',
      week: 4,
      module: { id: 'architecture' },
      outline: 'Retry strategy: timeouts, exponential backoff, jitter',
      previous: { id: 'failure-behavior' },
      next: { id: 'idempotency-dedup' },
      practice: expect.arrayContaining([
        expect.objectContaining({ id: 'backoff-and-jitter', kind: 'lab' }),
        expect.objectContaining({ id: 'retry-storm', kind: 'lab' }),
      ]),
    });
  });

  it('answers an unknown topic with a 404 problem document', async () => {
    const response = await app.inject('/api/v1/topics/no-such-topic');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      status: 404,
      title: 'Not Found',
      instance: '/api/v1/topics/no-such-topic',
      detail: expect.stringContaining('no-such-topic'),
    });
  });

  it('answers an unknown API path with a 404 problem, not the web app', async () => {
    const response = await app.inject('/api/v1/nothing/here');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ type: 'about:blank', status: 404 });
  });

  it('answers a bad parameter with a 400 problem that names the field', async () => {
    const response = await app.inject('/api/v1/weeks/zero');
    expect(response.statusCode).toBe(400);
    const problem = response.json() as { errors: { path: string }[] };
    expect(problem).toMatchObject({ status: 400, title: 'Invalid request' });
    expect(problem.errors[0]!.path).toBe('params.number');
    expect((await app.inject('/api/v1/weeks/21')).statusCode).toBe(404);
  });

  it('refuses a body over the limit with 413 and invalid JSON with 400, never 500', async () => {
    const big = await app.inject({
      method: 'POST',
      url: '/api/v1/health',
      payload: JSON.stringify({ text: 'x'.repeat(200) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ status: 413 });
    const broken = await app.inject({
      method: 'POST',
      url: '/api/v1/health',
      payload: '{"a":',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.statusCode).toBe(400);
  });

  it('sends security headers with a strict content security policy', async () => {
    const response = await app.inject('/');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('publishes an OpenAPI 3.1 document of every route', async () => {
    const response = await app.inject('/api/v1/openapi.json');
    expect(response.statusCode).toBe(200);
    const doc = response.json() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/v1/admin/invites',
      '/api/v1/admin/users',
      '/api/v1/admin/users/{id}',
      '/api/v1/admin/users/{id}/password-reset',
      '/api/v1/assessments/archetypes',
      '/api/v1/assessments/diagnostic/{form}',
      '/api/v1/assessments/level',
      '/api/v1/assessments/{kind}/results',
      '/api/v1/auth/login',
      '/api/v1/auth/logout',
      '/api/v1/auth/reset-password',
      '/api/v1/auth/session',
      '/api/v1/auth/signup',
      '/api/v1/cards',
      '/api/v1/cards/{cardId}',
      '/api/v1/health',
      '/api/v1/labs',
      '/api/v1/labs/{id}',
      '/api/v1/labs/{id}/attempts',
      '/api/v1/me',
      '/api/v1/me/activity',
      '/api/v1/me/assessments',
      '/api/v1/me/assessments/compare',
      '/api/v1/me/assessments/{id}',
      '/api/v1/me/deck.csv',
      '/api/v1/me/export',
      '/api/v1/me/lab-passes',
      '/api/v1/me/plan',
      '/api/v1/me/plan.ics',
      '/api/v1/program',
      '/api/v1/progress',
      '/api/v1/reviews/due',
      '/api/v1/reviews/stats',
      '/api/v1/reviews/{cardId}',
      '/api/v1/search/documents',
      '/api/v1/topics/{id}',
      '/api/v1/topics/{id}/exercise',
      '/api/v1/topics/{id}/quiz',
      '/api/v1/topics/{id}/quiz-attempts',
      '/api/v1/topics/{id}/read',
      '/api/v1/weeks/{number}',
    ]);
  });

  it('describes every tag an operation of the OpenAPI document uses', async () => {
    const doc = (await app.inject('/api/v1/openapi.json')).json() as {
      tags: { name: string; description: string }[];
      paths: Record<string, Record<string, { tags?: string[] }>>;
    };
    const declared = doc.tags.map((tag) => tag.name).sort();
    const used = new Set(
      Object.values(doc.paths).flatMap((operations) =>
        Object.values(operations).flatMap((operation) => operation.tags ?? []),
      ),
    );
    expect([...used].sort()).toEqual(declared);
    for (const tag of doc.tags) expect(tag.description.length, tag.name).toBeGreaterThan(10);
  });

  it('serves the web app shell for client-side routes', async () => {
    for (const path of ['/', '/weeks/3', '/topics/retry-strategy', '/labs/retry-storm']) {
      const response = await app.inject(path);
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('Stafflab shell');
    }
  });
});
