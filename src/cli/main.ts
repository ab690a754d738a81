#!/usr/bin/env node
// The `stafflab` command. It loads only what the chosen command needs, so `--help` and small
// commands start fast.
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { isCliError } from './errors.js';

// src/cli/main.ts and its bundle, dist/cli/main.cjs, both sit two folders below the package root.
function packageVersion(): string {
  return (
    JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;
}

const program = new Command('stafflab')
  .description('Stafflab: a hands-on program from senior engineer to Staff and Principal.')
  .version(packageVersion(), '-V, --version')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

program
  .command('start')
  .description(
    'Migrate the database and serve the app (PORT, HOST, STAFFLAB_DATA_DIR, DATABASE_URL; see README).',
  )
  .action(async () => (await import('./commands/start.js')).runStart());

const content = program
  .command('content')
  .description('Validate and inspect the curriculum under content/.');
content
  .command('check')
  .description(
    'Check content structure; missing lessons are reported, and fail only with --strict.',
  )
  .option('--strict', 'also fail on missing lessons and lessons below the content guide minimums')
  .addOption(
    new Option(
      '--dir <folder>',
      'the content folder (default: the package’s content/, or STAFFLAB_CONTENT_DIR)',
    ),
  )
  .action(async (options: { strict?: boolean; dir?: string }) =>
    (await import('./commands/content.js')).runContentCheck(options),
  );
content
  .command('stats')
  .description('Words, questions, cards, references and practice of every topic.')
  .option('--json', 'print { "topics": [...] } as JSON')
  .addOption(new Option('--dir <folder>', 'the content folder'))
  .action(async (options: { json?: boolean; dir?: string }) =>
    (await import('./commands/content.js')).runContentStats(options),
  );
content
  .command('quiz-stats')
  .description(
    'How learners did on each quiz question on their first attempt, hardest first, from the configured database.',
  )
  .option('--json', 'print { "questions": [...], "unattempted": [...] } as JSON')
  .option('--topic <ID>', 'only the questions of this topic')
  .addOption(new Option('--dir <folder>', 'the content folder'))
  .action(async (options: { json?: boolean; topic?: string; dir?: string }) =>
    (await import('./commands/quiz-stats.js')).runQuizStats(options),
  );

const db = program.command('db').description('Database administration.');
db.command('migrate')
  .description(
    'Apply pending migrations to the configured database (SQLite by default, DATABASE_URL for PostgreSQL).',
  )
  .action(async () => (await import('./commands/db.js')).runDbMigrate());

const user = program.command('user').description('Account administration.');
user
  .command('reset-password')
  .description(
    'Print a single-use password-reset link for the account with this email, valid for one hour.',
  )
  .argument('<email>', 'the email address of the account')
  .action(async (email: string) =>
    (await import('./commands/user.js')).runUserResetPassword(email),
  );

/**
 * The `sim` commands, from their bundle and its code cache (commands/sim-entry.ts). The bundle
 * sits in commands/ beside this file once built; from the sources there is none, and
 * sim-entry imports the command's module instead.
 */
const simCommands = async () => {
  const entry = await import('./commands/sim-entry.js');
  const commands = await entry.loadSimCommands(new URL('./commands/sim.cjs', import.meta.url));
  if (process.env.STAFFLAB_DEBUG)
    process.stderr.write(`stafflab sim: code cache ${entry.codeCacheState}\n`);
  return commands;
};
const sim = program
  .command('sim')
  .description('Run and validate simulation scenarios (YAML or JSON).');
sim
  .command('run')
  .description('Run a scenario and print a summary table, or the JSON result with --json.')
  .argument('<FILE>', 'scenario file (.yaml, .yml or .json)')
  .option('--seed <N>', 'seed (a whole number); overrides the scenario’s seed')
  .option('--json', 'print the whole result as one JSON document')
  .action(async (file: string, options: { seed?: string; json?: boolean }) =>
    (await simCommands()).runSimCommand(file, options),
  );
sim
  .command('validate')
  .description('Check a scenario and report every problem as file:line: path: message.')
  .argument('<FILE>', 'scenario file (.yaml, .yml or .json)')
  .action(async (file: string) => (await simCommands()).validateSimCommand(file));

const lab = program
  .command('lab')
  .description(
    'The simulation labs of content/labs/: list them, check their challenges, tune them.',
  );
lab
  .command('list')
  .description('List the labs in program order.')
  .option('--json', 'print [{ id, title, topic, week }]')
  .option('--dir <DIR>', 'content folder (default: STAFFLAB_CONTENT_DIR or ./content)')
  .action(async (options: { json?: boolean; dir?: string }) =>
    (await import('./commands/lab.js')).runLabList(options),
  );
lab
  .command('check')
  .description('Run a lab as shipped and check its challenge; exit 1 when it does not pass.')
  .argument('<ID>', 'lab id, e.g. retry-storm')
  .option('--variant <VARIANT>', 'baseline (the knobs the lab opens with) or solution', 'solution')
  .option('--seed <N>', 'seed (a whole number); overrides the lab’s seed')
  .option('--json', 'print { lab, variant, passed, conditions }')
  .option('--dir <DIR>', 'content folder (default: STAFFLAB_CONTENT_DIR or ./content)')
  .action(
    async (
      id: string,
      options: { variant?: string; seed?: string; json?: boolean; dir?: string },
    ) => (await import('./commands/lab.js')).runLabCheck(id, options),
  );
lab
  .command('run')
  .description('Run a lab with knob values and print the summary and the challenge.')
  .argument('<ID>', 'lab id, e.g. retry-storm')
  .option(
    '--set <KNOB=VALUE...>',
    'a knob value, e.g. --set budget=0.1 (repeatable); other knobs keep the baseline',
  )
  .option('--seed <N>', 'seed (a whole number); overrides the lab’s seed')
  .option('--answer <CANDIDATE>', 'a diagnosis lab’s answer (a candidate id)')
  .option('--json', 'print the run: knobs, seed, passed, conditions and the simulation result')
  .option('--dir <DIR>', 'content folder (default: STAFFLAB_CONTENT_DIR or ./content)')
  .action(
    async (
      id: string,
      options: { set?: string[]; seed?: string; answer?: string; json?: boolean; dir?: string },
    ) => (await import('./commands/lab.js')).runLabRun(id, options),
  );

for (const group of [content, db, user, sim, lab]) {
  group.exitOverride();
  for (const command of group.commands) command.exitOverride();
}
for (const command of program.commands) command.exitOverride();

async function main(argv: string[]): Promise<number> {
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    return exitCodeFor(error);
  }
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // Help and version requests end normally; every other parse error is bad usage.
    return error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.exitCode === 0
      ? 0
      : 2;
  }
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (isCliError(error)) {
    process.stderr.write(`${message}\n`);
    return error.exitCode;
  }
  if (name === 'ConfigError') {
    process.stderr.write(`${message}\n`);
    return 2;
  }
  if (name === 'ContentInvalidError' || name === 'MigrationError') {
    process.stderr.write(`${message}\n`);
    return 1;
  }
  const code = (error as { code?: string }).code;
  if (code === 'EADDRINUSE') {
    process.stderr.write(
      `The port is already in use: ${message}. Set PORT to a free port, e.g. PORT=3001 npm start.\n`,
    );
    return 1;
  }
  process.stderr.write(`stafflab: ${message}\n`);
  if (process.env.STAFFLAB_DEBUG) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
  return 1;
}

// No top-level await: the build bundles this file as CommonJS (dist/cli/main.cjs).
void main(process.argv).then((code) => {
  // A command may have set its own exit code (a failed check); an error's code wins over it.
  if (code !== 0) process.exitCode = code;
});
