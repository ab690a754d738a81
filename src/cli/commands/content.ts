import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkMinimums, formatIssue, loadContent, topicStats } from '../../curriculum/index.js';
import { readContentFiles } from '../../server/content/read-content.js';
import { defaultContentDir } from '../../server/paths.js';
import { CliError, usageError } from '../errors.js';

function load(dir: string | undefined) {
  const contentDir = resolve(dir || process.env.STAFFLAB_CONTENT_DIR || defaultContentDir);
  if (!existsSync(contentDir))
    throw usageError(
      `No content folder at ${contentDir}. Pass --dir with the folder that holds program.yaml.`,
    );
  const files = readContentFiles(contentDir);
  return { dir: contentDir, files, report: loadContent(files) };
}

export async function runContentCheck(options: { strict?: boolean; dir?: string }): Promise<void> {
  const { dir, files, report } = load(options.dir);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  // MDX is loaded only for the check: it is the slowest part of the CLI to start.
  const { checkMdxSyntax } = await import('../../server/content/mdx-syntax.js');
  const errors = [
    ...report.errors,
    ...(await checkMdxSyntax(files)),
    ...(await checkScenarios(files)),
  ];
  const warnings = [...report.warnings];
  const minimums = report.content ? checkMinimums(report.content) : { failures: [], warnings: [] };
  warnings.push(...minimums.warnings);
  for (const issue of errors) out(`error: ${formatIssue(issue)}`);
  if (options.strict)
    for (const issue of minimums.failures) out(`error: ${formatIssue(issue)} (--strict)`);
  else for (const issue of minimums.failures) warnings.push(issue);
  for (const issue of warnings) out(`warning: ${formatIssue(issue)}`);

  const total = report.content?.topics.length ?? 0;
  const written = total - report.missingLessons.length;
  if (report.content) {
    out(
      `${dir}: ${total} topics, ${written} lessons written, ${report.missingLessons.length} missing.`,
    );
    if (report.missingLessons.length > 0) {
      out(
        `missing lessons${options.strict ? ' (an error with --strict)' : ''}: ${report.missingLessons.join(', ')}`,
      );
    }
  }
  const failed =
    errors.length > 0 ||
    (options.strict === true && (report.missingLessons.length > 0 || minimums.failures.length > 0));
  if (failed) {
    const count =
      errors.length +
      (options.strict ? minimums.failures.length + report.missingLessons.length : 0);
    throw new CliError(`content check failed: ${count} problem(s).`, 1);
  }
  out('content check passed.');
}

export function runContentStats(options: { json?: boolean; dir?: string }): void {
  const { report } = load(options.dir);
  if (!report.content) {
    for (const issue of report.errors) process.stderr.write(`error: ${formatIssue(issue)}\n`);
    throw new CliError(
      'cannot compute stats: program.yaml is invalid (run `stafflab content check`).',
      1,
    );
  }
  const topics = topicStats(report.content);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ topics }, null, 2)}\n`);
    return;
  }
  const rows = topics.map((t) => [
    String(t.week),
    t.id,
    t.lesson ? String(t.words) : '—',
    String(t.questions),
    String(t.cards),
    String(t.references),
    t.practice.map((p) => `${p.id} (${p.status})`).join(', '),
  ]);
  const header = ['wk', 'topic', 'words', 'qs', 'cards', 'refs', 'practice'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  process.stdout.write(`${[line(header), ...rows.map(line)].join('\n')}\n`);
  const written = topics.filter((t) => t.lesson).length;
  process.stdout.write(`\n${written} of ${topics.length} lessons written.\n`);
}

/** The example scenarios under content/scenarios/ must stay valid: users copy them. */
async function checkScenarios(files: readonly { path: string; text: string }[]) {
  const scenarios = files.filter((file) => /^scenarios\/[^/]+\.(ya?ml|json)$/.test(file.path));
  if (scenarios.length === 0) return [];
  const [{ validateScenario }, { formatPath, parseYaml }] = await Promise.all([
    import('../../sim/index.js'),
    import('../../curriculum/source.js'),
  ]);
  return scenarios.flatMap((file) => {
    const parsed = parseYaml(file.text, file.path);
    if (parsed.issues.length > 0) return parsed.issues;
    const result = validateScenario(parsed.value);
    if (result.ok) return [];
    return result.issues.map((issue) => ({
      file: file.path,
      line: parsed.lineOf(issue.path),
      path: formatPath(issue.path) || undefined,
      message: issue.message,
    }));
  });
}
