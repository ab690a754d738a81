// `stafflab content quiz-stats`: for authors, how learners fared on each question on their
// first attempt at a quiz, hardest first, from the configured database.
import { join, resolve } from 'node:path';
import type { Quiz } from '../../curriculum/index.js';
import type { QuestionStats } from '../../learning/quiz/index.js';
import { readConfig } from '../../server/config.js';
import { readContent } from '../../server/content/read-content.js';
import { openDatabase } from '../../server/db/database.js';
import { migrateToLatest } from '../../server/db/migrate.js';
import { quizStatsFromDatabase } from '../../server/learning/quiz-stats.js';
import { defaultContentDir } from '../../server/paths.js';
import { CliError, usageError } from '../errors.js';

const percent = (share: number) => `${Math.round(share * 100)}%`;

function optionsCell(question: QuestionStats): string {
  if (!question.options) return '—';
  // The right option carries a ✓, so a popular wrong option stands out.
  return question.options
    .map((o) => `${o.id}${o.correct ? '✓' : ''} ${percent(o.share)}`)
    .join('  ');
}

export async function runQuizStats(options: {
  json?: boolean;
  topic?: string;
  dir?: string;
}): Promise<void> {
  const config = readConfig(process.env, join);
  const contentDir = resolve(options.dir ?? config.contentDir ?? defaultContentDir);
  const report = readContent(contentDir);
  if (!report.content)
    throw new CliError(
      'cannot read the quizzes: program.yaml is invalid (run `stafflab content check`).',
      1,
    );
  const { content } = report;
  let quizzes: Map<string, Quiz> = content.quizzes;
  if (options.topic !== undefined) {
    if (!content.topicById.has(options.topic))
      throw usageError(
        `There is no topic "${options.topic}". \`stafflab content stats\` lists them.`,
      );
    const quiz = content.quizzes.get(options.topic);
    quizzes = new Map(quiz ? [[options.topic, quiz]] : []);
  }

  const database = openDatabase(config.database);
  try {
    await migrateToLatest(database);
    const stats = await quizStatsFromDatabase(database.db, quizzes);
    if (options.json) {
      process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
      return;
    }
    const out = (line: string) => process.stdout.write(`${line}\n`);
    if (stats.questions.length === 0) {
      out(`No first attempts recorded yet in ${database.describe}.`);
      return;
    }
    const header = [
      'question',
      'kind',
      'first tries',
      'right',
      'blank',
      'options picked (✓ right)',
    ];
    const rows = stats.questions.map((q) => [
      q.questionId,
      q.kind,
      String(q.attempts),
      percent(q.shareCorrect),
      String(q.unanswered),
      optionsCell(q),
    ]);
    const numeric = new Set([2, 3, 4]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) =>
      cells
        .map((c, i) =>
          i === cells.length - 1
            ? c
            : numeric.has(i)
              ? c.padStart(widths[i]!)
              : c.padEnd(widths[i]!),
        )
        .join('  ');
    out(line(header));
    for (const row of rows) out(line(row));
    out('');
    out(
      `${stats.questions.length} question(s) with first attempts, hardest first; ` +
        `${stats.unattempted.length} not tried yet.`,
    );
  } finally {
    await database.close();
  }
}
