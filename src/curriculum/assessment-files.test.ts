// Content checks of the assessment files that reach outside one file: the level file's tie-break
// order and topic links, the diagnostic's pairs, topics, modules and ids, and the registry.
import { describe, expect, it } from 'vitest';
import { loadContent } from './load.js';
import { formatIssue } from './source.js';

const program = (levelStatus = 'planned') => `title: P
modules:
  - id: first
    title: First
    summary: S.
    weeks:
      - number: 1
        slug: one
        title: One
        hours: 1
        topics:
          - { id: alpha, title: A, outline: "A bullet", practice: [level-assessment] }
          - { id: diagnostic, title: D, outline: "D bullet", practice: [level-assessment] }
  - id: second
    title: Second
    summary: S.
    weeks:
      - number: 2
        slug: two
        title: Two
        hours: 1
        topics:
          - { id: beta, title: B, outline: "B bullet", practice: [level-assessment] }
practice:
  - { id: level-assessment, kind: tool, title: Level, status: ${levelStatus} }
`;

const level = (order: string, topics = '[alpha]') => `title: Level
intro: Place yourself.
dimensions:
  - id: scope
    title: Scope
    descriptors: { senior: S., staff: St., principal: P. }
    evidence: Name it.
    topics: ${topics}
  - id: radius
    title: Radius
    descriptors: { senior: S., staff: St., principal: P. }
    evidence: Name them.
slowestEvidenceFirst: ${order}
`;

const question = (id: string, topic: string, choices = 4, correct = 1) =>
  [
    `    ${id.startsWith('start') ? 'start' : 'end'}:`,
    `      id: diagnostic.${id}`,
    `      topic: ${topic}`,
    `      prompt: "What about ${id}?"`,
    `      choices:`,
    ...Array.from(
      { length: choices },
      (_, i) =>
        `        - { id: ${'abcdef'[i]}, text: "Option ${i}", ${i < correct ? 'correct: true, ' : ''}why: "Because ${i}." }`,
    ),
  ].join('\n');

/** `count` pairs alternating between alpha (module first) and beta (module second). */
const diagnostic = (count = 20, change: (pairs: string[]) => string[] = (p) => p) =>
  `title: Diagnostic\nintro: Twenty concepts.\npairs:\n${change(
    Array.from({ length: count }, (_, i) => {
      const topic = i % 2 === 0 ? 'alpha' : 'beta';
      return [
        `  - id: concept-${i}`,
        question(`start-${i}`, topic),
        question(`end-${i}`, topic),
      ].join('\n');
    }),
  ).join('\n')}\n`;

const load = (files: Record<string, string>, levelStatus?: string) =>
  loadContent([
    { path: 'program.yaml', text: program(levelStatus) },
    ...Object.entries(files).map(([path, text]) => ({ path, text })),
  ]);
const errors = (files: Record<string, string>, levelStatus?: string) =>
  load(files, levelStatus).errors.map(formatIssue);

// An issue's line is where the field's value starts: for a list, its first item.
/** The 1-based line of the first (or last) line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((line) => line.includes(needle)) + 1;
const lastLineOf = (text: string, needle: string) =>
  text.split('\n').findLastIndex((line) => line.includes(needle)) + 1;

describe('the level file', () => {
  it('loads with every dimension ranked once and topics that exist', () => {
    const report = load({ 'assessments/level.yaml': level('[radius, scope]') });
    expect(report.errors).toEqual([]);
    expect(report.content?.levelAssessment?.dimensions.map((d) => d.topics)).toEqual([
      ['alpha'],
      [],
    ]);
  });

  it('reports an unknown, a repeated and a missing dimension in the tie-break order', () => {
    const text = level('[scope, scope, reach]', '[alpha, gamma]');
    expect(errors({ 'assessments/level.yaml': text })).toEqual([
      `assessments/level.yaml:8: dimensions[0].topics[1]: unknown topic "gamma": use a topic id from program.yaml`,
      `assessments/level.yaml:13: slowestEvidenceFirst[1]: "scope" is listed twice`,
      `assessments/level.yaml:13: slowestEvidenceFirst[2]: unknown dimension "reach": list the ids under dimensions (scope, radius)`,
      `assessments/level.yaml:13: slowestEvidenceFirst: rank every dimension once: radius is missing`,
    ]);
  });

  it('may be marked available in the registry only when the file loads', () => {
    expect(errors({}, 'available')).toEqual([
      'program.yaml: practice.level-assessment: the tool "level-assessment" is marked available but content/assessments/level.yaml is missing or invalid: fix it or mark the tool planned',
    ]);
    expect(errors({ 'assessments/level.yaml': level('[scope, radius]') }, 'available')).toEqual([]);
  });
});

describe('the diagnostic file', () => {
  it('loads twenty pairs that cover every module in both forms', () => {
    const report = load({ 'assessments/diagnostic.yaml': diagnostic() });
    expect(report.errors.map(formatIssue)).toEqual([]);
    expect(report.content?.diagnostic?.pairs).toHaveLength(20);
    expect(report.content?.diagnostic?.pairs[1]?.end).toMatchObject({
      id: 'diagnostic.end-1',
      topic: 'beta',
    });
  });

  it('wants exactly twenty pairs', () => {
    expect(errors({ 'assessments/diagnostic.yaml': diagnostic(19) })).toEqual([
      'assessments/diagnostic.yaml:4: pairs: the diagnostic has exactly 20 pairs, one concept each (found 19)',
    ]);
  });

  it('wants four choices with exactly one correct', () => {
    const text = diagnostic(20, (pairs) => [
      pairs[0]!.replace(question('end-0', 'alpha'), question('end-0', 'alpha', 3)),
      pairs[1]!.replace(question('start-1', 'beta'), question('start-1', 'beta', 4, 2)),
      ...pairs.slice(2),
    ]);
    expect(errors({ 'assessments/diagnostic.yaml': text })).toEqual([
      `assessments/diagnostic.yaml:${lineOf(text, 'diagnostic.end-0') + 4}: pairs[0].end.choices: a diagnostic question has exactly four choices`,
      `assessments/diagnostic.yaml:${lineOf(text, 'diagnostic.start-1') + 4}: pairs[1].start.choices: exactly one choice must have \`correct: true\` (found 2)`,
    ]);
  });

  it('reports unknown topics, pairs that change topic, and a form that misses a module', () => {
    // Every beta question of the end form moves to alpha: the end form no longer covers
    // module "second", and each odd pair changes topic between its forms.
    const text = diagnostic(20, (pairs) =>
      pairs.map((p, i) =>
        i === 0
          ? p.replace(
              'topic: alpha\n      prompt: "What about end',
              'topic: gamma\n      prompt: "What about end',
            )
          : p.replace(/(end:\n[^\n]*\n {6}topic: )beta/, '$1alpha'),
      ),
    );
    const messages = errors({ 'assessments/diagnostic.yaml': text });
    const end0 = lineOf(text, 'diagnostic.end-0') + 1;
    expect(messages[0]).toBe(
      `assessments/diagnostic.yaml:${end0}: pairs[0].end.topic: unknown topic "gamma": use a topic id from program.yaml`,
    );
    expect(messages[1]).toBe(
      `assessments/diagnostic.yaml:${end0}: pairs[0].end.topic: both questions of a pair test the same topic: the start form asks about "alpha", the end form about "gamma"`,
    );
    expect(messages.filter((m) => m.includes('the end form about "alpha"'))).toHaveLength(10);
    expect(messages.at(-1)).toBe(
      'assessments/diagnostic.yaml:4: pairs: the end form has no question on "second": each form covers every module',
    );
  });

  it('wants question and pair ids unique, and distinct from quiz ids', () => {
    const text = diagnostic(20, (pairs) => [
      pairs[0]!,
      pairs[1]!
        .replace('id: concept-1', 'id: concept-0')
        .replace('diagnostic.end-1', 'diagnostic.end-0'),
      pairs[2]!.replace('diagnostic.start-2', 'diagnostic.q-known'),
      ...pairs.slice(3),
    ]);
    const quiz = `questions:
  - id: diagnostic.q-known
    prompt: "Which?"
    choices:
      - { id: a, text: "One", correct: true, why: "Because." }
      - { id: b, text: "Two", why: "Not that." }
`;
    expect(
      errors({
        'assessments/diagnostic.yaml': text,
        'weeks/01-one/diagnostic.quiz.yaml': quiz,
      }).filter((m) => m.startsWith('assessments/')),
    ).toEqual([
      `assessments/diagnostic.yaml:${lastLineOf(text, 'id: concept-0')}: pairs[1].id: duplicate pair id "concept-0"`,
      `assessments/diagnostic.yaml:${lastLineOf(text, 'id: diagnostic.end-0')}: pairs[1].end.id: duplicate question id "diagnostic.end-0"`,
      `assessments/diagnostic.yaml:${lineOf(text, 'diagnostic.q-known')}: pairs[2].start.id: "diagnostic.q-known" is already an id in the diagnostic quiz: diagnostic ids are distinct from quiz ids`,
    ]);
  });
});
