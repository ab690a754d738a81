// Single-use, expiring invite links issued by an admin. The link carries a random token; the
// database keeps its hash, the role it grants, and who used it when.
import type { Kysely } from 'kysely';
import type { DatabaseSchema, Role } from '../db/schema.js';
import {
  AccountError,
  days,
  isoAfter,
  newToken,
  tokenId,
  type AccountsContext,
} from './context.js';

export const inviteLifetime = 7 * days;

export async function createInvite(
  ctx: AccountsContext,
  createdBy: string,
  role: Role,
): Promise<{ token: string; role: Role; expiresAt: string }> {
  const now = ctx.now();
  const token = newToken();
  const expiresAt = isoAfter(now, inviteLifetime);
  await ctx.db
    .insertInto('invites')
    .values({
      id: tokenId(token),
      role,
      created_by: createdBy,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      used_at: null,
      used_by: null,
    })
    .execute();
  return { token, role, expiresAt };
}

const unusable = () =>
  new AccountError(
    400,
    'This invite link is not valid: it was already used, has expired or was mistyped. Ask an administrator for a new one.',
  );

/** The role an unused, unexpired invite grants; refuses any other token. */
export async function inviteRole(
  db: Kysely<DatabaseSchema>,
  token: string,
  now: Date,
): Promise<Role> {
  const invite = await db
    .selectFrom('invites')
    .select(['role', 'expires_at', 'used_at'])
    .where('id', '=', tokenId(token))
    .executeTakeFirst();
  if (!invite || invite.used_at !== null || invite.expires_at <= now.toISOString())
    throw unusable();
  return invite.role;
}

/**
 * Marks the invite used by `userId`. The `used_at is null` condition makes two sign-ups racing
 * for one link end with exactly one winner: the loser's transaction rolls back.
 */
export async function consumeInvite(
  db: Kysely<DatabaseSchema>,
  token: string,
  userId: string,
  now: Date,
): Promise<void> {
  const result = await db
    .updateTable('invites')
    .set({ used_at: now.toISOString(), used_by: userId })
    .where('id', '=', tokenId(token))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw unusable();
}
