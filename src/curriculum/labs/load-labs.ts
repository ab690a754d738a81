// Reads content/labs/ID.yaml: the schema first, then what a schema cannot see — the file name
// matches the id, the topic names the lab as its practice, every knob value the lab ships
// (baseline, solution, options, sweep values) writes a valid scenario, and charts name clients
// and services that exist. Every problem is located by file, line and field path.
import { validateScenario } from '../../sim/index.js';
import type { ProgramIndex } from '../program-index.js';
import { labSchema, type Lab, type MetricSpec } from '../schema/lab.js';
import { formatPath, parseYaml, zodIssuesToSource, type SourceIssue } from '../source.js';
import { applyKnobs, knobValueProblem, resolveKnobs, type KnobValues } from './knobs.js';
import { setAtPath } from './scenario-path.js';

export const LAB_FOLDER = 'labs/';

type Report = (path: PropertyKey[], message: string) => void;

/** Names of the scenario's clients and services, which metric scopes refer to. */
function scenarioNames(scenario: Record<string, unknown>): Set<string> {
  const names = new Set<string>();
  for (const key of ['clients', 'services']) {
    const list = scenario[key];
    if (Array.isArray(list))
      for (const item of list)
        if (item && typeof item === 'object' && 'name' in item) names.add(String(item.name));
  }
  return names;
}

function checkScenario(
  raw: Record<string, unknown>,
  what: string,
  at: PropertyKey[],
  report: Report,
) {
  const checked = validateScenario(raw);
  if (!checked.ok) {
    const issue = checked.issues[0]!;
    report(at, `${what} makes an invalid scenario: ${formatPath(issue.path)}: ${issue.message}`);
  }
}

function tryKnobs(lab: Lab, values: KnobValues, what: string, at: PropertyKey[], report: Report) {
  const resolved = resolveKnobs(lab, values);
  for (const problem of resolved.problems) report(at, `${what}: ${problem}`);
  if (resolved.problems.length > 0) return;
  try {
    checkScenario(applyKnobs(lab, resolved.values), what, at, report);
  } catch (error) {
    report(at, `${what}: ${(error as Error).message}`);
  }
}

function checkLab(lab: Lab, index: ProgramIndex, report: Report): void {
  const topic = index.topicById.get(lab.topic);
  if (!topic) report(['topic'], `unknown topic "${lab.topic}"`);
  else if (!topic.practice.includes(lab.id))
    report(
      ['topic'],
      `topic "${lab.topic}" does not list "${lab.id}" as its practice in program.yaml`,
    );
  const entry = index.practiceById.get(lab.id);
  if (!entry) report(['id'], `"${lab.id}" is not in program.yaml's practice registry`);
  else if (entry.kind !== 'lab')
    report(['id'], `"${lab.id}" is a ${entry.kind} in the registry, not a lab`);

  const knobIds = new Set<string>();
  lab.knobs.forEach((knob, i) => {
    if (knobIds.has(knob.id)) report(['knobs', i, 'id'], `duplicate knob id "${knob.id}"`);
    knobIds.add(knob.id);
    if (!(knob.id in lab.baseline))
      report(
        ['baseline'],
        `the baseline sets no value for knob "${knob.id}": every knob needs one`,
      );
  });
  tryKnobs(lab, lab.baseline, 'the baseline', ['baseline'], report);
  tryKnobs(lab, { ...lab.baseline, ...lab.solution }, 'the solution', ['solution'], report);
  if (lab.challenge.kind === 'conditions' && Object.keys(lab.solution).length === 0)
    report(
      ['solution'],
      'a solution sets at least one knob (the baseline must fail, the solution pass)',
    );
  lab.knobs.forEach((knob, i) => {
    knob.options?.forEach((option, o) =>
      tryKnobs(
        lab,
        { ...lab.baseline, [knob.id]: option.value },
        `option ${JSON.stringify(option.value)}`,
        ['knobs', i, 'options', o],
        report,
      ),
    );
    if (knob.range) {
      for (const end of [knob.range.min, knob.range.max])
        tryKnobs(
          lab,
          { ...lab.baseline, [knob.id]: end },
          `the value ${end}`,
          ['knobs', i, 'range'],
          report,
        );
    }
  });

  const names = scenarioNames(lab.scenario);
  const checkScope = (scope: string, at: PropertyKey[]) => {
    for (const name of scope.split('->'))
      if (!names.has(name)) report(at, `the scenario has no client or service "${name}"`);
  };
  const checkMetric = (spec: MetricSpec, at: PropertyKey[]) =>
    checkScope(spec.scope, [...at, 'scope']);
  lab.charts.forEach((chart, c) => {
    if (chart.kind === 'series') {
      chart.lines.forEach((line, l) =>
        checkScope(line.source.split('.')[0]!, ['charts', c, 'lines', l, 'source']),
      );
      return;
    }
    const knob = lab.knobs.find((k) => k.id === chart.knob);
    if (!knob) report(['charts', c, 'knob'], `no knob "${chart.knob}" to sweep`);
    else
      chart.values.forEach((value, v) => {
        const problem = knobValueProblem(knob, value);
        if (problem) report(['charts', c, 'values', v], problem);
      });
    chart.lines.forEach((line, l) => checkMetric(line.value, ['charts', c, 'lines', l, 'value']));
  });
  lab.predictions.forEach((p, i) => checkMetric(p.value, ['predictions', i, 'value']));
  const challenge = lab.challenge;
  if (challenge.kind === 'conditions') {
    challenge.conditions.forEach((condition, i) => {
      const at = ['challenge', 'conditions', i];
      if (condition.ratio) {
        checkMetric(condition.ratio.of, [...at, 'ratio', 'of']);
        checkMetric(condition.ratio.to, [...at, 'ratio', 'to']);
      } else checkScope(condition.scope!, [...at, 'scope']);
    });
  } else {
    const ids = new Set<string>();
    challenge.candidates.forEach((candidate, i) => {
      const at = ['challenge', 'candidates', i];
      if (ids.has(candidate.id)) report([...at, 'id'], `duplicate candidate id "${candidate.id}"`);
      ids.add(candidate.id);
      try {
        let raw = applyKnobs(lab, resolveKnobs(lab, lab.baseline).values);
        for (const edit of candidate.edits) raw = setAtPath(raw, edit.path, edit.value);
        checkScenario(raw, `candidate "${candidate.id}"`, [...at, 'edits'], report);
      } catch (error) {
        report([...at, 'edits'], (error as Error).message);
      }
    });
  }
}

/** Validates every lab file; returns the labs by id and the located problems. */
export function loadLabs(
  files: readonly { path: string; text: string }[],
  index: ProgramIndex,
): { labs: Map<string, Lab>; errors: SourceIssue[] } {
  const labs = new Map<string, Lab>();
  const errors: SourceIssue[] = [];
  for (const file of files) {
    if (!file.path.startsWith(LAB_FOLDER)) continue;
    const name = /^labs\/([^/]+)\.yaml$/.exec(file.path)?.[1];
    if (name === undefined) {
      errors.push({ file: file.path, message: 'the labs folder holds ID.yaml files only' });
      continue;
    }
    const parsed = parseYaml(file.text, file.path);
    if (parsed.issues.length > 0) {
      errors.push(...parsed.issues);
      continue;
    }
    const result = labSchema.safeParse(parsed.value);
    if (!result.success) {
      errors.push(...zodIssuesToSource(result.error, file.path, parsed.lineOf));
      continue;
    }
    const lab = result.data;
    const before = errors.length;
    const report: Report = (path, message) => {
      const where = formatPath(path);
      errors.push({
        file: file.path,
        line: parsed.lineOf(path),
        ...(where ? { path: where } : {}),
        message,
      });
    };
    if (lab.id !== name)
      report(['id'], `the id "${lab.id}" must match the file name "${name}.yaml"`);
    checkLab(lab, index, report);
    if (errors.length === before) labs.set(lab.id, lab);
  }
  // The registry says what the app offers: an available lab must have its file.
  for (const entry of index.practiceById.values()) {
    if (entry.kind !== 'lab' || entry.status !== 'available' || labs.has(entry.id)) continue;
    if (errors.some((e) => e.file === `${LAB_FOLDER}${entry.id}.yaml`)) continue;
    errors.push({
      file: 'program.yaml',
      path: `practice.${entry.id}`,
      message: `the lab "${entry.id}" is marked available but content/labs/${entry.id}.yaml does not exist: write it or mark the lab planned`,
    });
  }
  return { labs, errors };
}

/** The labs in program order (week, then id): what `GET /api/v1/labs` and `lab list` show. */
export function labSummaries(content: {
  labs: ReadonlyMap<string, Lab>;
  topicById: ReadonlyMap<string, { week: number }>;
}): { id: string; title: string; topic: string; week: number }[] {
  return [...content.labs.values()]
    .map((lab) => ({
      id: lab.id,
      title: lab.title,
      topic: lab.topic,
      week: content.topicById.get(lab.topic)?.week ?? 0,
    }))
    .sort((a, b) => a.week - b.week || a.id.localeCompare(b.id));
}
