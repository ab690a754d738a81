// `npm test`: the whole suite, in order — lint, types, build, content check, then every unit,
// integration and browser test. Stops at the first failing step and ends with one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/build.mjs';

const node = process.execPath;
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);
const report = join(root, 'tmp', 'vitest-report.json');

const steps = [
  ['lint', node, [bin('eslint', 'bin/eslint.js'), '--max-warnings', '0', '.']],
  ['format', node, [bin('prettier', 'bin/prettier.cjs'), '--check', '--log-level', 'warn', '.']],
  ['types', node, [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.json', '--noEmit']],
  ['build', node, [join(root, 'scripts', 'build.mjs')]],
  ['content check', node, [join(root, 'dist', 'cli', 'main.cjs'), 'content', 'check']],
  [
    'tests',
    node,
    [
      bin('vitest', 'vitest.mjs'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
  ],
];

mkdirSync(join(root, 'tmp'), { recursive: true });
rmSync(report, { force: true });
for (const [name, command, args] of steps) {
  process.stdout.write(`\n▶ ${name}\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stdout.write(`\n✖ ${name} failed (exit ${result.status ?? result.signal}).\n`);
    summarize();
    process.exit(1);
  }
  process.stdout.write(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}
summarize();

function summarize() {
  if (!existsSync(report)) return;
  const r = JSON.parse(readFileSync(report, 'utf8'));
  process.stdout.write(
    `\nTests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped\n`,
  );
}
