// Recording lab passes. The server re-runs the submitted knobs and seed itself — the engine is
// pure and deterministic, so it sees exactly what the learner's browser saw — and stores a pass
// only when its own run passes. A client's claim of success is never read, let alone trusted.
import { randomUUID } from 'node:crypto';
import type { Lab } from '../../curriculum/index.js';
import { LabInputError, runLab } from '../../learning/index.js';
import type { LabAttemptBody, LabAttemptResult, LabPass } from '../../api/index.js';
import { AccountError, type AccountsContext } from '../accounts/context.js';

export async function submitLabAttempt(
  ctx: AccountsContext,
  userId: string,
  lab: Lab,
  body: LabAttemptBody,
): Promise<LabAttemptResult> {
  let run;
  try {
    run = runLab(lab, {
      knobs: body.knobs,
      seed: body.seed,
      ...(body.answer === undefined ? {} : { answer: body.answer }),
    });
  } catch (error) {
    if (error instanceof LabInputError) throw new AccountError(400, error.problems.join('; '));
    throw error;
  }
  const answer =
    lab.challenge.kind === 'diagnosis' && body.answer !== undefined ? body.answer : null;
  if (run.passed) {
    await ctx.db
      .insertInto('lab_passes')
      .values({
        id: randomUUID(),
        user_id: userId,
        lab_id: lab.id,
        knobs: JSON.stringify(run.knobs),
        seed: run.seed,
        answer,
        conditions: JSON.stringify(run.conditions),
        passed_at: ctx.now().toISOString(),
      })
      .execute();
  }
  return {
    lab: lab.id,
    seed: run.seed,
    passed: run.passed,
    conditions: run.conditions,
    recorded: run.passed,
  };
}

/** The user's passes, oldest first. */
export async function listLabPasses(ctx: AccountsContext, userId: string): Promise<LabPass[]> {
  const rows = await ctx.db
    .selectFrom('lab_passes')
    .select(['lab_id', 'passed_at', 'seed', 'knobs', 'answer'])
    .where('user_id', '=', userId)
    .orderBy('passed_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    lab: row.lab_id,
    passedAt: row.passed_at,
    seed: Number(row.seed),
    knobs: JSON.parse(row.knobs) as LabPass['knobs'],
    answer: row.answer,
  }));
}
