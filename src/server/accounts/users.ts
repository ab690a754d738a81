// Sign-up and sign-in. The first account of an installation becomes its admin; later ones get
// the role of their invite, or learner. Every failed sign-in gets the same answer and costs
// about the same time, so neither reveals which accounts exist.
import { randomUUID } from 'node:crypto';
import type { Role } from '../db/schema.js';
import { AccountError, type AccountsContext } from './context.js';
import { consumeInvite, inviteRole } from './invites.js';
import { passwordProblem } from './password-rules.js';
import { hashPassword, needsRehash, verifyPassword } from './passwords.js';
import { createSession, type NewSession } from './sessions.js';

export type SignupMode = 'open' | 'invite' | 'closed';

export interface AccountView {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
}

/**
 * The app_meta key whose insertion decides, once and race-free, who the first admin is. Its
 * value is the moment, not the user, so erasing that account leaves nothing of it behind.
 */
const firstAdminKey = 'first_admin_claimed_at';

export async function checkNewPassword(password: string): Promise<void> {
  const problem = await passwordProblem(password);
  if (problem) throw new AccountError(400, `The password ${problem}.`, 'body.password');
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export async function signUp(
  ctx: AccountsContext,
  mode: SignupMode,
  input: { email: string; password: string; name: string; inviteToken?: string | undefined },
): Promise<{ account: AccountView; session: NewSession }> {
  await checkNewPassword(input.password);
  // Hash outside the transaction: it is the slow part and SQLite serialises transactions.
  const passwordHash = await hashPassword(input.password, ctx.cost);
  const email = input.email.trim().toLowerCase();
  const id = randomUUID();
  try {
    return await ctx.db.transaction().execute(async (db) => {
      const now = ctx.now();
      const stamp = now.toISOString();
      // Only one transaction can insert this key: concurrent first sign-ups wait on it in
      // PostgreSQL and are serialised in SQLite, and exactly one becomes admin.
      const claim = await db
        .insertInto('app_meta')
        .values({ key: firstAdminKey, value: stamp, updated_at: stamp })
        .onConflict((oc) => oc.column('key').doNothing())
        .executeTakeFirst();
      const first = Number(claim.numInsertedOrUpdatedRows ?? 0) === 1;
      if (mode === 'closed')
        throw new AccountError(
          403,
          'Sign-up is closed on this server. Ask an administrator to create your account.',
        );
      if (!first && mode === 'invite' && !input.inviteToken)
        throw new AccountError(
          403,
          'Sign-up on this server needs an invite link. Ask an administrator for one.',
        );
      const invited = input.inviteToken ? await inviteRole(db, input.inviteToken, now) : null;
      const role: Role = first ? 'admin' : (invited ?? 'learner');
      const existing = await db
        .selectFrom('users')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirst();
      if (existing) throw duplicateEmail();
      await db
        .insertInto('users')
        .values({
          id,
          email,
          name: input.name.trim(),
          password_hash: passwordHash,
          role,
          created_at: stamp,
          updated_at: stamp,
          deactivated_at: null,
        })
        .execute();
      if (input.inviteToken) await consumeInvite(db, input.inviteToken, id, now);
      const session = await createSession({ ...ctx, db }, id);
      return { account: { id, email, name: input.name.trim(), role, createdAt: stamp }, session };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateEmail();
    throw error;
  }
}

const duplicateEmail = () =>
  new AccountError(409, 'An account with this email already exists. Sign in instead.');

const incorrect = () => new AccountError(401, 'The email or password is incorrect.');

/** A hash to verify against when there is no account, so a miss costs as long as a hit. */
const decoys = new Map<string, Promise<string>>();
function decoyHash(ctx: AccountsContext): Promise<string> {
  const key = JSON.stringify(ctx.cost);
  let decoy = decoys.get(key);
  if (!decoy) {
    decoy = hashPassword('decoy password that matches nothing', ctx.cost);
    decoys.set(key, decoy);
  }
  return decoy;
}

export async function signIn(
  ctx: AccountsContext,
  input: { email: string; password: string },
): Promise<{ account: AccountView; session: NewSession }> {
  const user = await ctx.db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', input.email.trim().toLowerCase())
    .executeTakeFirst();
  const matches = await verifyPassword(
    input.password,
    user?.password_hash ?? (await decoyHash(ctx)),
  );
  if (!user || !matches || user.deactivated_at !== null) throw incorrect();
  if (needsRehash(user.password_hash, ctx.cost)) {
    await ctx.db
      .updateTable('users')
      .set({
        password_hash: await hashPassword(input.password, ctx.cost),
        updated_at: ctx.now().toISOString(),
      })
      .where('id', '=', user.id)
      .execute();
  }
  const session = await createSession(ctx, user.id);
  return {
    account: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      createdAt: user.created_at,
    },
    session,
  };
}
