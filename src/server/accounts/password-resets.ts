// Password reset without email: an admin (from the admin page) or an operator (with
// `stafflab user reset-password EMAIL`) gets a single-use link valid for an hour and hands it
// over. Using it sets the new password and signs the user out everywhere.
import {
  AccountError,
  hours,
  isoAfter,
  newToken,
  tokenId,
  type AccountsContext,
} from './context.js';
import { hashPassword } from './passwords.js';
import { endAllSessions } from './sessions.js';
import { checkNewPassword } from './users.js';

export const resetLifetime = 1 * hours;

export async function issuePasswordReset(
  ctx: AccountsContext,
  userId: string,
): Promise<{ token: string; expiresAt: string }> {
  const user = await ctx.db
    .selectFrom('users')
    .select('id')
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) throw new AccountError(404, `There is no user with id "${userId}".`);
  const now = ctx.now();
  const token = newToken();
  const expiresAt = isoAfter(now, resetLifetime);
  await ctx.db
    .insertInto('password_resets')
    .values({
      id: tokenId(token),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      used_at: null,
    })
    .execute();
  return { token, expiresAt };
}

export async function issuePasswordResetByEmail(
  ctx: AccountsContext,
  email: string,
): Promise<{ token: string; expiresAt: string; userId: string }> {
  const user = await ctx.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  if (!user) throw new AccountError(404, `There is no account with the email ${email}.`);
  return { ...(await issuePasswordReset(ctx, user.id)), userId: user.id };
}

const unusable = () =>
  new AccountError(
    400,
    'This password-reset link is not valid: it was already used, has expired (links last one hour) or was mistyped. Ask for a new one.',
  );

export async function resetPassword(
  ctx: AccountsContext,
  token: string,
  password: string,
): Promise<void> {
  await checkNewPassword(password);
  const passwordHash = await hashPassword(password, ctx.cost);
  await ctx.db.transaction().execute(async (db) => {
    const now = ctx.now().toISOString();
    const reset = await db
      .selectFrom('password_resets')
      .innerJoin('users', 'users.id', 'password_resets.user_id')
      .select([
        'password_resets.user_id as userId',
        'password_resets.expires_at as expiresAt',
        'password_resets.used_at as usedAt',
        'users.deactivated_at as deactivatedAt',
      ])
      .where('password_resets.id', '=', tokenId(token))
      .executeTakeFirst();
    if (!reset || reset.usedAt !== null || reset.expiresAt <= now || reset.deactivatedAt !== null)
      throw unusable();
    // `used_at is null` again: of two uses racing for one link, exactly one wins.
    const used = await db
      .updateTable('password_resets')
      .set({ used_at: now })
      .where('id', '=', tokenId(token))
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1) throw unusable();
    await db
      .updateTable('users')
      .set({ password_hash: passwordHash, updated_at: now })
      .where('id', '=', reset.userId)
      .execute();
    await endAllSessions({ ...ctx, db }, reset.userId);
  });
}
