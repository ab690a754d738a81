// `stafflab content quiz-stats` as an author runs it: the compiled CLI in a child process,
// reading first attempts recorded through the same use case the API calls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../scripts/lib/build.mjs';
import { signUp } from '../src/server/accounts/users.js';
import { openDatabase, type Database } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { submitQuizAttempt } from '../src/server/learning/quizzes.js';
import { packageRoot } from '../src/server/paths.js';
import { testPasswordCost } from './support/app.js';
import { questionsOf, realContent, rightAnswer, wrongAnswer } from './support/learning.js';

const cli = join(packageRoot, 'dist', 'cli', 'main.cjs');
const topic = 'retry-strategy';
const questions = questionsOf(topic);
const choice = questions.find((q) => q.kind === 'choice')!;
const numeric = questions.find((q) => q.kind === 'numeric')!;

describe('stafflab content quiz-stats', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'stafflab-quiz-stats-'));
  const emptyDir = mkdtempSync(join(tmpdir(), 'stafflab-quiz-stats-empty-'));
  let database: Database;
  const run = (args: string[], dir = dataDir) => {
    const result = spawnSync(process.execPath, [cli, 'content', 'quiz-stats', ...args], {
      encoding: 'utf8',
      env: { ...process.env, STAFFLAB_DATA_DIR: dir, DATABASE_URL: '', STAFFLAB_CONTENT_DIR: '' },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  beforeAll(async () => {
    build('server', { quiet: true });
    database = openDatabase({ kind: 'sqlite', file: join(dataDir, 'stafflab.db') });
    await migrateToLatest(database);
    const ctx = { db: database.db, cost: testPasswordCost, now: () => new Date() };
    // Everyone gets everything right but: learner 1 the choice question, learner 2 the choice
    // and the numeric question. Learner 1 then fails everything on a second attempt, which
    // must not count: statistics are about first attempts.
    const misses = [[choice.id], [choice.id, numeric.id], []];
    const wrongChoice = wrongAnswer(choice);
    for (const [i, missed] of misses.entries()) {
      const { account } = await signUp(ctx, 'open', {
        email: `author-test-${i}@example.com`,
        password: 'a long and unusual passphrase',
        name: `Learner ${i}`,
      });
      const answers = Object.fromEntries(
        questions.map((q) => [q.id, missed.includes(q.id) ? wrongAnswer(q) : rightAnswer(q)]),
      );
      await submitQuizAttempt(ctx, realContent, account.id, topic, { answers });
      if (i === 0) {
        const allWrong = Object.fromEntries(questions.map((q) => [q.id, wrongAnswer(q)]));
        await submitQuizAttempt(ctx, realContent, account.id, topic, { answers: allWrong });
      }
    }
    expect(wrongChoice).not.toBe(rightAnswer(choice));
  }, 120_000);
  afterAll(async () => {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(emptyDir, { recursive: true, force: true });
  });

  it('prints first-attempt statistics as JSON, hardest question first', () => {
    const result = run(['--json', '--topic', topic]);
    expect(result.code, result.stderr).toBe(0);
    const stats = JSON.parse(result.stdout) as {
      questions: { questionId: string; attempts: number; shareCorrect: number; options: unknown }[];
      unattempted: string[];
    };
    expect(stats.questions.map((q) => q.questionId).slice(0, 2)).toEqual([choice.id, numeric.id]);
    expect(stats.questions[0]).toMatchObject({ attempts: 3, correct: 1, shareCorrect: 1 / 3 });
    expect(stats.questions[1]).toMatchObject({ attempts: 3, correct: 2, options: null });
    expect(stats.questions.slice(2).every((q) => q.shareCorrect === 1)).toBe(true);
    expect(stats.questions).toHaveLength(questions.length);
    expect(stats.unattempted).toEqual([]);
    if (choice.kind !== 'choice') throw new Error('fixture');
    const picks = Object.fromEntries(
      (stats.questions[0]!.options as { id: string; picked: number }[]).map((o) => [
        o.id,
        o.picked,
      ]),
    );
    expect(picks[rightAnswer(choice) as string]).toBe(1);
    expect(picks[wrongAnswer(choice) as string]).toBe(2);
  });

  it('lists other topics’ questions as not tried yet when no topic is given', () => {
    const stats = JSON.parse(run(['--json']).stdout) as { unattempted: string[] };
    const others = [...realContent.quizzes]
      .filter(([id]) => id !== topic)
      .reduce((n, [, quiz]) => n + quiz.questions.length, 0);
    expect(stats.unattempted).toHaveLength(others);
  });

  it('prints a readable table by default', () => {
    const result = run(['--topic', topic]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^question\s+kind\s+first tries\s+right\s+blank\s+options picked/);
    expect(lines[1]).toMatch(new RegExp(`^${choice.id.replace('.', '\\.')}\\s+choice\\s+3\\s+33%`));
    expect(lines[1]).toContain(`${rightAnswer(choice) as string}✓ 33%`);
    expect(lines[2]).toMatch(/numeric\s+3\s+67%\s+0\s+—/);
    expect(result.stdout).toContain(`${questions.length} question(s) with first attempts`);
  });

  it('says so when nothing is recorded, and refuses an unknown topic', () => {
    const empty = run([], emptyDir);
    expect(empty.code, empty.stderr).toBe(0);
    expect(empty.stdout).toContain('No first attempts recorded yet');
    const unknown = run(['--topic', 'no-such-topic']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('There is no topic "no-such-topic"');
  });
});
