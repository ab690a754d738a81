// What admins do to accounts, and what follows for the users: roles, deactivation (sessions
// end at once), the last-admin rule, and password-reset links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { as, signUp, type Signed } from '../../../test/support/accounts.js';
import { createTestApp } from '../../../test/support/app.js';
import { testDatabaseKinds } from '../../../test/support/databases.js';
import { hours } from '../accounts/context.js';

describe.each(testDatabaseKinds)('admin routes on %s', (kind) => {
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  let admin: Signed;
  let now = new Date('2026-03-01T12:00:00.000Z');
  beforeAll(async () => {
    ({ app, dispose } = await createTestApp(kind, { accounts: { now: () => now } }));
    admin = await signUp(app, { email: 'admin@example.com', name: 'Admin' });
  });
  afterAll(async () => dispose());

  const patch = (id: string, payload: object) =>
    app.inject(as(admin, { method: 'PATCH', url: `/api/v1/admin/users/${id}`, payload }));
  const login = (user: Signed, password = user.password) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password },
    });

  it('lists every user with role and status, and no password hashes', async () => {
    const learner = await signUp(app, { name: 'Listed' });
    const response = await app.inject(as(admin, { url: '/api/v1/admin/users' }));
    expect(response.statusCode).toBe(200);
    const { users } = response.json() as { users: { id: string; role: string }[] };
    expect(users.find((u) => u.id === admin.id)).toMatchObject({
      role: 'admin',
      deactivatedAt: null,
    });
    expect(users.map((u) => u.id)).toContain(learner.id);
    expect(response.body).not.toMatch(/password|scrypt/);
  });

  it('changes a role, and the user sees it on their next request', async () => {
    const user = await signUp(app);
    const changed = await patch(user.id, { role: 'mentor' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ id: user.id, role: 'mentor' });
    const me = await app.inject({ url: '/api/v1/me', headers: { cookie: user.cookie } });
    expect(me.json()).toMatchObject({ user: { role: 'mentor' } });
  });

  it('deactivates a user: their session ends at once and sign-in fails generically', async () => {
    const user = await signUp(app);
    const off = await patch(user.id, { active: false });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ deactivatedAt: now.toISOString() });
    const me = await app.inject({ url: '/api/v1/me', headers: { cookie: user.cookie } });
    expect(me.statusCode).toBe(401);
    const refused = await login(user);
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ detail: 'The email or password is incorrect.' });

    const on = await patch(user.id, { active: true });
    expect(on.json()).toMatchObject({ deactivatedAt: null });
    expect((await login(user)).statusCode).toBe(200);
  });

  it('never leaves the installation without an active admin', async () => {
    const demote = await patch(admin.id, { role: 'learner' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json()).toMatchObject({
      detail: expect.stringMatching(/without an active admin/),
    });
    expect((await patch(admin.id, { active: false })).statusCode).toBe(409);

    const second = await signUp(app);
    expect((await patch(second.id, { role: 'admin' })).statusCode).toBe(200);
    expect((await patch(second.id, { role: 'learner' })).statusCode).toBe(200);
  });

  it('answers an unknown user with 404 and an empty change with 400', async () => {
    expect((await patch('no-such-user', { role: 'mentor' })).statusCode).toBe(404);
    const user = await signUp(app);
    const empty = await patch(user.id, {});
    expect(empty.statusCode).toBe(400);
    expect((await patch(user.id, { role: 'owner' })).statusCode).toBe(400);
  });

  it('issues a single-use reset link that sets the password and ends every session', async () => {
    const user = await signUp(app);
    const second = await login(user);
    expect(second.statusCode).toBe(200);
    const issued = await app.inject(
      as(admin, { method: 'POST', url: `/api/v1/admin/users/${user.id}/password-reset` }),
    );
    expect(issued.statusCode).toBe(201);
    const link = issued.json() as { url: string; token: string; expiresAt: string };
    expect(link.url).toBe(`http://localhost:80/reset-password?token=${link.token}`);
    expect(link.expiresAt).toBe(new Date(now.getTime() + hours).toISOString());

    const newPassword = 'another quite long phrase';
    const reset = () =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/reset-password',
        payload: { token: link.token, password: newPassword },
      });
    expect((await reset()).statusCode).toBe(204);
    expect(
      (await app.inject({ url: '/api/v1/me', headers: { cookie: user.cookie } })).statusCode,
    ).toBe(401);
    expect((await login(user)).statusCode).toBe(401);
    expect((await login(user, newPassword)).statusCode).toBe(200);
    const reused = await reset();
    expect(reused.statusCode).toBe(400);
    expect(reused.json()).toMatchObject({ detail: expect.stringMatching(/already used/) });
  });

  it('refuses a reset link after its hour, and a common new password', async () => {
    const user = await signUp(app);
    const issued = await app.inject(
      as(admin, { method: 'POST', url: `/api/v1/admin/users/${user.id}/password-reset` }),
    );
    const { token } = issued.json() as { token: string };
    const common = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/reset-password',
      payload: { token, password: 'qwertyuiop' },
    });
    expect(common.statusCode).toBe(400);
    now = new Date(now.getTime() + hours + 1);
    const late = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/reset-password',
      payload: { token, password: 'a perfectly fine phrase' },
    });
    expect(late.statusCode).toBe(400);
    expect((await login(user)).statusCode).toBe(200);
  });
});
