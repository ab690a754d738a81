// The rules around sessions: Secure cookies behind a TLS proxy, sliding expiry, rate limits on
// sign-in and sign-up, and the sign-up modes.
import { describe, expect, it } from 'vitest';
import { as, signUp } from '../../../test/support/accounts.js';
import { createTestApp } from '../../../test/support/app.js';
import { testDatabaseKinds } from '../../../test/support/databases.js';
import { days, hours } from '../accounts/context.js';

const password = 'a long and unusual passphrase';
const signupPayload = (email: string, extra = {}) => ({
  method: 'POST' as const,
  url: '/api/v1/auth/signup',
  payload: { email, password, name: 'N', ...extra },
});

describe.each(testDatabaseKinds)('session rules on %s', (kind) => {
  it('marks the cookie Secure for HTTPS, believing X-Forwarded-Proto only with trust-proxy', async () => {
    for (const trustProxy of [true, false]) {
      const { app, dispose } = await createTestApp(kind, { trustProxy });
      try {
        const response = await app.inject({
          ...signupPayload('tls@example.com'),
          headers: { 'x-forwarded-proto': 'https' },
        });
        expect(response.statusCode).toBe(201);
        const cookie = response.cookies.find((c) => c.name === 'stafflab_session')!;
        expect(cookie.secure ?? false).toBe(trustProxy);
      } finally {
        await dispose();
      }
    }
  });

  it('slides the expiry while the session is used and ends it after 14 idle days', async () => {
    let now = new Date('2026-01-01T00:00:00.000Z');
    const { app, dispose } = await createTestApp(kind, { accounts: { now: () => now } });
    try {
      const user = await signUp(app);
      const me = () => app.inject({ url: '/api/v1/me', headers: { cookie: user.cookie } });
      now = new Date(now.getTime() + 13 * days);
      const used = await me();
      expect(used.statusCode).toBe(200);
      const renewed = used.cookies.find((c) => c.name === 'stafflab_session')!;
      expect(renewed.expires!.toISOString()).toBe(
        new Date(now.getTime() + 14 * days).toISOString(),
      );
      // Used less than an hour later: no write, no new cookie.
      now = new Date(now.getTime() + hours / 2);
      expect((await me()).cookies).toHaveLength(0);
      now = new Date(now.getTime() + 13 * days);
      expect((await me()).statusCode).toBe(200);
      now = new Date(now.getTime() + 14 * days + 1);
      const expired = await me();
      expect(expired.statusCode).toBe(401);
      expect(expired.cookies.find((c) => c.name === 'stafflab_session')!.value).toBe('');
    } finally {
      await dispose();
    }
  });

  it('limits sign-in attempts with a 429 problem and Retry-After', async () => {
    const limit = { max: 3, timeWindow: 60_000 };
    const { app, dispose } = await createTestApp(kind, {
      accounts: { rateLimits: { signIn: limit, signUp: limit } },
    });
    try {
      const attempt = () =>
        app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: 'who@example.com', password: 'wrong password here' },
        });
      for (let i = 0; i < 3; i += 1) expect((await attempt()).statusCode).toBe(401);
      const limited = await attempt();
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(limited.json()).toMatchObject({
        status: 429,
        detail: expect.stringMatching(/Try again in \d+ seconds/),
      });

      for (let i = 0; i < 3; i += 1)
        expect((await app.inject(signupPayload(`s${i}@example.com`))).statusCode).toBe(201);
      expect((await app.inject(signupPayload('s4@example.com'))).statusCode).toBe(429);
    } finally {
      await dispose();
    }
  });

  it('in invite mode lets the first account in, then only invite holders, each link once', async () => {
    const { app, dispose } = await createTestApp(kind, { accounts: { signupMode: 'invite' } });
    try {
      const admin = await signUp(app, { email: 'root@example.com' });
      expect(admin.role).toBe('admin');
      const uninvited = await app.inject(signupPayload('stranger@example.com'));
      expect(uninvited.statusCode).toBe(403);
      expect(uninvited.json()).toMatchObject({ detail: expect.stringMatching(/invite link/) });

      const issued = await app.inject(
        as(admin, { method: 'POST', url: '/api/v1/admin/invites', payload: { role: 'mentor' } }),
      );
      expect(issued.statusCode).toBe(201);
      const invite = issued.json() as { url: string; token: string; role: string };
      expect(invite.url).toBe(`http://localhost:80/signup?invite=${invite.token}`);
      const joined = await app.inject(
        signupPayload('invited@example.com', { inviteToken: invite.token }),
      );
      expect(joined.statusCode).toBe(201);
      expect(joined.json()).toMatchObject({ user: { role: 'mentor' } });
      const reused = await app.inject(
        signupPayload('second@example.com', { inviteToken: invite.token }),
      );
      expect(reused.statusCode).toBe(400);
      expect(reused.json()).toMatchObject({ detail: expect.stringMatching(/already used/) });
    } finally {
      await dispose();
    }
  });

  it('refuses an expired invite', async () => {
    let now = new Date('2026-01-01T00:00:00.000Z');
    const { app, dispose } = await createTestApp(kind, {
      accounts: { signupMode: 'invite', now: () => now },
    });
    try {
      const admin = await signUp(app);
      const issued = await app.inject(
        as(admin, { method: 'POST', url: '/api/v1/admin/invites', payload: {} }),
      );
      const { token, role } = issued.json() as { token: string; role: string };
      expect(role).toBe('learner');
      now = new Date(now.getTime() + 7 * days + 1);
      const late = await app.inject(signupPayload('late@example.com', { inviteToken: token }));
      expect(late.statusCode).toBe(400);
    } finally {
      await dispose();
    }
  });

  it('in closed mode refuses every sign-up', async () => {
    const { app, dispose } = await createTestApp(kind, { accounts: { signupMode: 'closed' } });
    try {
      const response = await app.inject(signupPayload('nope@example.com'));
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ detail: expect.stringMatching(/closed/) });
    } finally {
      await dispose();
    }
  });
});
