// Signs users up and in through the HTTP API, for tests of routes that need a session.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

export interface Signed {
  id: string;
  email: string;
  password: string;
  role: string;
  /** `stafflab_session=…`, ready for a Cookie header. */
  cookie: string;
  csrfToken: string;
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'stafflab_session');
  if (!cookie) throw new Error(`no session cookie in ${response.statusCode} ${response.body}`);
  return `stafflab_session=${cookie.value}`;
}

let counter = 0;

export async function signUp(
  app: FastifyInstance,
  fields: { email?: string; password?: string; name?: string; inviteToken?: string } = {},
): Promise<Signed> {
  counter += 1;
  const email = fields.email ?? `user${counter}-${Date.now()}@example.com`;
  const password = fields.password ?? 'a long and unusual passphrase';
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/signup',
    payload: { email, password, name: fields.name ?? `User ${counter}`, ...fields },
  });
  if (response.statusCode !== 201)
    throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  const body = response.json() as { user: { id: string; role: string }; csrfToken: string };
  return {
    id: body.user.id,
    email,
    password,
    role: body.user.role,
    cookie: sessionCookieOf(response),
    csrfToken: body.csrfToken,
  };
}

/** Options for app.inject as this user: the cookie and, for unsafe methods, the CSRF token. */
export function as(user: Signed, options: InjectOptions): InjectOptions {
  return {
    ...options,
    headers: {
      cookie: user.cookie,
      'x-csrf-token': user.csrfToken,
      ...options.headers,
    },
  };
}

/** An admin (the installation's first account) plus a learner and a mentor. */
export async function signUpEveryRole(app: FastifyInstance) {
  const admin = await signUp(app, { name: 'Ada Admin' });
  if (admin.role !== 'admin') throw new Error('the first account should be the admin');
  const learner = await signUp(app, { name: 'Lee Learner' });
  const mentor = await signUp(app, { name: 'Mo Mentor' });
  const promoted = await app.inject(
    as(admin, {
      method: 'PATCH',
      url: `/api/v1/admin/users/${mentor.id}`,
      payload: { role: 'mentor' },
    }),
  );
  if (promoted.statusCode !== 200) throw new Error(`promotion failed: ${promoted.body}`);
  return { admin, learner, mentor: { ...mentor, role: 'mentor' } };
}
