// Sessions live in the database so several server instances can share them. The browser holds
// a random 256-bit token in a cookie; the database holds only its SHA-256. Expiry slides: a
// session unused for `sessionIdleLifetime` ends, and each use (at most once per
// `sessionRefreshInterval`, to spare writes) pushes the end further out.
import type { Role } from '../db/schema.js';
import { days, hours, isoAfter, newToken, tokenId, type AccountsContext } from './context.js';

export const sessionIdleLifetime = 14 * days;
export const sessionRefreshInterval = 1 * hours;

export interface Actor {
  userId: string;
  email: string;
  name: string;
  role: Role;
  sessionId: string;
  csrfToken: string;
  createdAt: string;
}

export interface NewSession {
  /** The secret for the cookie; never stored. */
  token: string;
  csrfToken: string;
  expiresAt: string;
}

export async function createSession(ctx: AccountsContext, userId: string): Promise<NewSession> {
  const now = ctx.now();
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = isoAfter(now, sessionIdleLifetime);
  await ctx.db
    .insertInto('sessions')
    .values({
      id: tokenId(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

/**
 * The actor behind a session token, or null when the token is unknown, expired or belongs to
 * a deactivated account. `refreshed` carries the new expiry when this use extended it, so the
 * caller can re-send the cookie with a fresh lifetime.
 */
export async function resumeSession(
  ctx: AccountsContext,
  token: string,
): Promise<{ actor: Actor; refreshed: string | null } | null> {
  const now = ctx.now();
  const id = tokenId(token);
  const row = await ctx.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.csrf_token as csrfToken',
      'sessions.last_seen_at as lastSeenAt',
      'sessions.expires_at as expiresAt',
      'users.id as userId',
      'users.email as email',
      'users.name as name',
      'users.role as role',
      'users.created_at as createdAt',
      'users.deactivated_at as deactivatedAt',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  if (row.expiresAt <= now.toISOString() || row.deactivatedAt !== null) {
    await ctx.db.deleteFrom('sessions').where('id', '=', id).execute();
    return null;
  }
  let refreshed: string | null = null;
  if (now.getTime() - Date.parse(row.lastSeenAt) >= sessionRefreshInterval) {
    refreshed = isoAfter(now, sessionIdleLifetime);
    await ctx.db
      .updateTable('sessions')
      .set({ last_seen_at: now.toISOString(), expires_at: refreshed })
      .where('id', '=', id)
      .execute();
  }
  return {
    actor: {
      userId: row.userId,
      email: row.email,
      name: row.name,
      role: row.role,
      sessionId: row.sessionId,
      csrfToken: row.csrfToken,
      createdAt: row.createdAt,
    },
    refreshed,
  };
}

export async function endSession(ctx: AccountsContext, sessionId: string): Promise<void> {
  await ctx.db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Signs a user out everywhere: after a password reset, a deactivation. */
export async function endAllSessions(ctx: AccountsContext, userId: string): Promise<void> {
  await ctx.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
