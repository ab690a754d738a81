// Sign-up, sign-in, sign-out and sessions over HTTP, on every test database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { as, sessionCookieOf, signUp } from '../../../test/support/accounts.js';
import { createTestApp } from '../../../test/support/app.js';
import { testDatabaseKinds } from '../../../test/support/databases.js';

const password = 'a long and unusual passphrase';
const login = (app: FastifyInstance, email: string, pw = password, headers = {}) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: pw },
    headers,
  });

describe.each(testDatabaseKinds)('accounts over HTTP on %s', (kind) => {
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ app, dispose } = await createTestApp(kind));
  });
  afterAll(async () => dispose());

  it('makes the first account admin, later ones learners, and sets a safe session cookie', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email: '  Ada@Example.COM ', password, name: 'Ada' },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json() as { user: { email: string; role: string }; csrfToken: string };
    expect(body.user).toMatchObject({ email: 'ada@example.com', role: 'admin', name: 'Ada' });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookie = response.cookies.find((c) => c.name === 'stafflab_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeUndefined();
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(response.headers['set-cookie']).not.toMatch(/Secure/);

    const second = await signUp(app);
    expect(second.role).toBe('learner');
  });

  it('refuses a second account for the same email, whatever its case', async () => {
    const first = await signUp(app, { email: 'twin@example.com' });
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email: 'TWIN@example.com', password, name: 'Twin' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      status: 409,
      detail: expect.stringMatching(/already exists/),
    });
    expect(first.role).toBe('learner');
  });

  it('refuses short and common passwords with a 400 problem that says why', async () => {
    const short = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email: 'short@example.com', password: 'abc123', name: 'S' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({
      errors: [{ path: 'body.password', message: 'must be at least 10 characters' }],
    });
    const common = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email: 'common@example.com', password: 'password123', name: 'C' },
    });
    expect(common.statusCode).toBe(400);
    expect(common.json()).toMatchObject({ detail: expect.stringMatching(/most commonly used/) });
  });

  it('signs in with the right password and gives the same answer for every failure', async () => {
    const user = await signUp(app);
    const ok = await login(app, user.email.toUpperCase());
    expect(ok.statusCode).toBe(200);
    expect((ok.json() as { user: { id: string } }).user.id).toBe(user.id);
    expect(sessionCookieOf(ok)).not.toBe(user.cookie);

    const wrong = await login(app, user.email, 'not the password at all');
    const unknown = await login(app, 'nobody@example.com');
    for (const failed of [wrong, unknown]) {
      expect(failed.statusCode).toBe(401);
      expect(failed.json()).toMatchObject({ detail: 'The email or password is incorrect.' });
      expect(failed.cookies).toHaveLength(0);
    }
  });

  it('answers GET /me with the user and the CSRF token, and 401 without a session', async () => {
    const user = await signUp(app, { name: 'Meg' });
    const me = await app.inject({ url: '/api/v1/me', headers: { cookie: user.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: { id: user.id, name: 'Meg', role: 'learner' },
      csrfToken: user.csrfToken,
    });
    const anonymous = await app.inject('/api/v1/me');
    expect(anonymous.statusCode).toBe(401);
    const forged = await app.inject({
      url: '/api/v1/me',
      headers: { cookie: 'stafflab_session=not-a-real-token' },
    });
    expect(forged.statusCode).toBe(401);
  });

  it('signs out: the cookie is cleared and the session no longer works', async () => {
    const user = await signUp(app);
    const out = await app.inject(as(user, { method: 'POST', url: '/api/v1/auth/logout' }));
    expect(out.statusCode).toBe(204);
    const cleared = out.cookies.find((c) => c.name === 'stafflab_session')!;
    expect(cleared.value).toBe('');
    expect(cleared.expires!.getTime()).toBeLessThan(Date.now());
    const me = await app.inject({ url: '/api/v1/me', headers: { cookie: user.cookie } });
    expect(me.statusCode).toBe(401);
  });

  it('makes exactly one admin when sign-ups race on a fresh install', async () => {
    const fresh = await createTestApp(kind);
    try {
      const responses = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          fresh.app.inject({
            method: 'POST',
            url: '/api/v1/auth/signup',
            payload: { email: `racer${i}@example.com`, password, name: `Racer ${i}` },
          }),
        ),
      );
      expect(responses.map((r) => r.statusCode)).toEqual(Array(6).fill(201));
      const roles = responses.map((r) => (r.json() as { user: { role: string } }).user.role);
      expect(roles.filter((role) => role === 'admin')).toHaveLength(1);
    } finally {
      await fresh.dispose();
    }
  });
});
