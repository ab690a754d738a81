// A user's own data: export it all as JSON, and erase the account with every row about it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { as, signUp, type Signed } from '../../../test/support/accounts.js';
import { createTestApp } from '../../../test/support/app.js';
import { testDatabaseKinds } from '../../../test/support/databases.js';
import type { Database } from '../db/database.js';

describe.each(testDatabaseKinds)('the user’s own data on %s', (kind) => {
  let app: FastifyInstance;
  let database: Database;
  let dispose: () => Promise<void>;
  let admin: Signed;
  beforeAll(async () => {
    ({ app, database, dispose } = await createTestApp(kind));
    admin = await signUp(app, { name: 'Admin' });
  });
  afterAll(async () => dispose());

  const rowsAbout = async (userId: string) => ({
    users: (await database.db.selectFrom('users').select('id').where('id', '=', userId).execute())
      .length,
    sessions: (
      await database.db.selectFrom('sessions').select('id').where('user_id', '=', userId).execute()
    ).length,
    resets: (
      await database.db
        .selectFrom('password_resets')
        .select('id')
        .where('user_id', '=', userId)
        .execute()
    ).length,
    invites: (
      await database.db
        .selectFrom('invites')
        .select('id')
        .where('created_by', '=', userId)
        .execute()
    ).length,
  });

  it('answers the current session, or null when signed out, always with 200', async () => {
    const anonymous = await app.inject('/api/v1/auth/session');
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ session: null });
    const mine = await app.inject({
      url: '/api/v1/auth/session',
      headers: { cookie: admin.cookie },
    });
    expect(mine.json()).toMatchObject({
      session: { user: { id: admin.id, role: 'admin' }, csrfToken: admin.csrfToken },
    });
    const stale = await app.inject({
      url: '/api/v1/auth/session',
      headers: { cookie: 'stafflab_session=forged' },
    });
    expect(stale.json()).toEqual({ session: null });
  });

  it('exports the user’s rows as a JSON attachment, without secrets or other users', async () => {
    const user = await signUp(app, { name: 'Exporter' });
    const other = await signUp(app, { name: 'Someone Else' });
    await app.inject(
      as(admin, { method: 'POST', url: `/api/v1/admin/users/${user.id}/password-reset` }),
    );
    const response = await app.inject(as(user, { url: '/api/v1/me/export' }));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="stafflab-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const data = response.json() as {
      user: { id: string; name: string; email: string };
      sessions: unknown[];
      passwordResets: unknown[];
      invitesIssued: unknown[];
    };
    expect(data.user).toMatchObject({ id: user.id, name: 'Exporter', email: user.email });
    expect(data.sessions).toHaveLength(1);
    expect(data.passwordResets).toHaveLength(1);
    expect(data.invitesIssued).toHaveLength(0);
    expect(response.body).not.toContain(other.id);
    expect(response.body).not.toMatch(/scrypt|csrf/i);
    expect(response.body).not.toContain(user.cookie.split('=')[1]!);
  });

  it('lists the invites an admin issued in their export', async () => {
    await app.inject(as(admin, { method: 'POST', url: '/api/v1/admin/invites', payload: {} }));
    const data = (await app.inject(as(admin, { url: '/api/v1/me/export' }))).json() as {
      invitesIssued: { role: string; usedAt: string | null }[];
    };
    expect(data.invitesIssued).toEqual([
      expect.objectContaining({ role: 'learner', usedAt: null }),
    ]);
  });

  it('erases the account and its rows after checking the password, and no one else’s', async () => {
    const user = await signUp(app);
    const other = await signUp(app);
    await app.inject(
      as(admin, { method: 'POST', url: `/api/v1/admin/users/${user.id}/password-reset` }),
    );
    const wrong = await app.inject(
      as(user, { method: 'DELETE', url: '/api/v1/me', payload: { password: 'not my password' } }),
    );
    expect(wrong.statusCode).toBe(403);
    expect(await rowsAbout(user.id)).toEqual({ users: 1, sessions: 1, resets: 1, invites: 0 });
    const missing = await app.inject(as(user, { method: 'DELETE', url: '/api/v1/me' }));
    expect(missing.statusCode).toBe(400);

    const erased = await app.inject(
      as(user, { method: 'DELETE', url: '/api/v1/me', payload: { password: user.password } }),
    );
    expect(erased.statusCode).toBe(204);
    expect(erased.cookies.find((c) => c.name === 'stafflab_session')!.value).toBe('');
    expect(await rowsAbout(user.id)).toEqual({ users: 0, sessions: 0, resets: 0, invites: 0 });
    expect(await rowsAbout(other.id)).toMatchObject({ users: 1, sessions: 1 });
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: user.password },
    });
    expect(again.statusCode).toBe(401);
  });

  it('erases an admin’s issued invites, but refuses to erase the last active admin', async () => {
    const lastAdmin = await app.inject(
      as(admin, { method: 'DELETE', url: '/api/v1/me', payload: { password: admin.password } }),
    );
    expect(lastAdmin.statusCode).toBe(409);
    expect(lastAdmin.json()).toMatchObject({
      status: 409,
      detail: expect.stringMatching(/without an active admin/),
    });
    expect(await rowsAbout(admin.id)).toMatchObject({ users: 1 });

    const deputy = await signUp(app);
    await app.inject(
      as(admin, {
        method: 'PATCH',
        url: `/api/v1/admin/users/${deputy.id}`,
        payload: { role: 'admin' },
      }),
    );
    const erased = await app.inject(
      as(admin, { method: 'DELETE', url: '/api/v1/me', payload: { password: admin.password } }),
    );
    expect(erased.statusCode).toBe(204);
    expect(await rowsAbout(admin.id)).toEqual({ users: 0, sessions: 0, resets: 0, invites: 0 });
  });
});
