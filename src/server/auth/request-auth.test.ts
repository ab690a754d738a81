// Cross-site request forgery: every state-changing request must be same-origin and JSON, and
// with a session it must carry the session's current CSRF token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sessionCookieOf, signUp, type Signed } from '../../../test/support/accounts.js';
import { createTestApp } from '../../../test/support/app.js';
import { testDatabaseKinds } from '../../../test/support/databases.js';

describe.each(testDatabaseKinds)('CSRF protection on %s', (kind) => {
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  let admin: Signed;
  beforeAll(async () => {
    ({ app, dispose } = await createTestApp(kind));
    admin = await signUp(app);
  });
  afterAll(async () => dispose());

  const invite = (headers: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/admin/invites',
      payload: {},
      headers: { cookie: admin.cookie, ...headers },
    });

  it('refuses a state-changing request with a session but without its token', async () => {
    const response = await invite({});
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ detail: expect.stringMatching(/x-csrf-token/) });
    expect((await invite({ 'x-csrf-token': 'guess' })).statusCode).toBe(403);
    expect((await invite({ 'x-csrf-token': admin.csrfToken })).statusCode).toBe(201);
  });

  it('refuses the token of another session, and an old token after signing in again', async () => {
    const relogin = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: admin.email, password: admin.password },
    });
    const fresh = {
      cookie: sessionCookieOf(relogin),
      csrfToken: relogin.json().csrfToken as string,
    };
    expect(fresh.csrfToken).not.toBe(admin.csrfToken);
    const stale = await app.inject({
      method: 'POST',
      url: '/api/v1/admin/invites',
      payload: {},
      headers: { cookie: fresh.cookie, 'x-csrf-token': admin.csrfToken },
    });
    expect(stale.statusCode).toBe(403);
    // Signing out with a stale token is refused too: another site cannot sign you out.
    const logout = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: fresh.cookie, 'x-csrf-token': admin.csrfToken },
    });
    expect(logout.statusCode).toBe(403);
  });

  it('refuses another origin or a cross-site fetch, with or without a session', async () => {
    const evil = await invite({ 'x-csrf-token': admin.csrfToken, origin: 'https://evil.example' });
    expect(evil.statusCode).toBe(403);
    expect(evil.json()).toMatchObject({ detail: expect.stringMatching(/evil\.example/) });
    const crossSite = await invite({
      'x-csrf-token': admin.csrfToken,
      'sec-fetch-site': 'cross-site',
    });
    expect(crossSite.statusCode).toBe(403);
    const same = await invite({
      'x-csrf-token': admin.csrfToken,
      origin: 'http://localhost',
      'sec-fetch-site': 'same-origin',
    });
    expect(same.statusCode).toBe(201);

    const forgedLogin = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: admin.email, password: admin.password },
      headers: { origin: 'https://evil.example' },
    });
    expect(forgedLogin.statusCode).toBe(403);
    expect(forgedLogin.cookies).toHaveLength(0);
  });

  it('refuses a body that is not JSON (what an HTML form can send)', async () => {
    const form = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: JSON.stringify({ email: admin.email, password: admin.password }),
      headers: { 'content-type': 'text/plain' },
    });
    expect(form.statusCode).toBe(415);
    expect(form.cookies).toHaveLength(0);
  });

  it('needs no token for reads, and answers 401 to an unsafe request without a session', async () => {
    expect(
      (await app.inject({ url: '/api/v1/me', headers: { cookie: admin.cookie } })).statusCode,
    ).toBe(200);
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/v1/admin/invites',
      payload: {},
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('documents the mechanism in the OpenAPI document', async () => {
    const doc = (await app.inject('/api/v1/openapi.json')).json() as {
      info: { description: string };
      paths: Record<string, Record<string, { description?: string; security?: unknown }>>;
    };
    expect(doc.info.description).toMatch(/X-CSRF-Token/);
    expect(doc.info.description).toMatch(/Origin/);
    expect(doc.paths['/api/v1/me']!.get!.description).toMatch(/X-CSRF-Token/);
    expect(doc.paths['/api/v1/auth/login']!.post!.description).toMatch(/cross-site Origin/);
    expect(doc.paths['/api/v1/admin/invites']!.post).toMatchObject({
      security: [{ session: [], csrfToken: [] }],
    });
    expect(doc.paths['/api/v1/me']!.get).toMatchObject({ security: [{ session: [] }] });
  });
});
