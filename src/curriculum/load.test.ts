import { describe, expect, it } from 'vitest';
import { loadContent, type ContentFile } from './load.js';
import { checkMinimums, topicStats } from './minimums.js';
import { formatIssue } from './source.js';

const program = `title: Test program
modules:
  - id: one
    title: Module one
    summary: The first module.
    weeks:
      - number: 1
        slug: start
        title: Start
        hours: 4
        topics:
          - id: alpha
            title: Alpha
            outline: "Alpha: the first bullet"
            practice: [alpha-lab]
          - id: beta
            title: Beta
            outline: "Beta bullet"
            practice: [beta-doc]
practice:
  - { id: alpha-lab, kind: lab, title: Alpha lab, status: planned }
  - { id: beta-doc, kind: artifact, title: Beta doc, status: available }
`;

const lesson = (over: Record<string, string> = {}, body = 'Some words here.\n') => `---
id: ${over.id ?? 'alpha'}
title: Alpha lesson
week: ${over.week ?? '1'}
outline: "${over.outline ?? 'Alpha: the first bullet'}"
minutes: 45
objectives:
  - Compute one thing
  - Explain another
  - Choose a third
practice:
  - { kind: ${over.kind ?? 'lab'}, id: ${over.practice ?? 'alpha-lab'}, title: The lab }
references:
  - "A. Author, A Book, Publisher, 2020."
---
${body}`;

const quiz = `questions:
  - id: alpha.q-one
    prompt: "Which?"
    choices:
      - { id: a, text: "One", correct: true, why: "Because." }
      - { id: b, text: "Two", why: "Not that." }
  - id: alpha.q-num
    kind: numeric
    prompt: "How many?"
    answer: 1.24
    tolerance: 0.01
    why: "1 + 0.2 + 0.04."
cards:
  - { id: alpha.c-one, front: "Front", back: "Back" }
`;

const load = (extra: ContentFile[]) =>
  loadContent([{ path: 'program.yaml', text: program }, ...extra]);
const messages = (files: ContentFile[]) => load(files).errors.map(formatIssue);

describe('loadContent', () => {
  it('indexes the program and reports topics without lessons as missing, not as errors', () => {
    const report = load([]);
    expect(report.errors).toEqual([]);
    expect(report.missingLessons).toEqual(['alpha', 'beta']);
    expect(report.content?.topicById.get('beta')?.folder).toBe('01-start');
  });

  it('loads a valid lesson and quiz', () => {
    const report = load([
      { path: 'weeks/01-start/alpha.mdx', text: lesson() },
      { path: 'weeks/01-start/alpha.quiz.yaml', text: quiz },
    ]);
    expect(report.errors.map(formatIssue)).toEqual([]);
    expect(report.missingLessons).toEqual(['beta']);
    const stats = topicStats(report.content!).find((t) => t.id === 'alpha')!;
    expect(stats).toMatchObject({
      words: 3,
      questions: 2,
      cards: 1,
      references: 1,
      lesson: 'weeks/01-start/alpha.mdx',
    });
  });

  it('locates a malformed frontmatter field by file and line', () => {
    const text = lesson().replace('minutes: 45', 'minutes: lots');
    expect(messages([{ path: 'weeks/01-start/alpha.mdx', text }])).toEqual([
      expect.stringMatching(/^weeks\/01-start\/alpha\.mdx:6: minutes: /),
    ]);
  });

  it('rejects a lesson whose id, week or outline disagree with the program', () => {
    const errs = messages([
      { path: 'weeks/01-start/alpha.mdx', text: lesson({ id: 'alpah', outline: 'Alpha' }) },
    ]);
    expect(errs).toEqual([
      expect.stringContaining('alpha.mdx:2: id: the id must match the file name'),
      expect.stringContaining('alpha.mdx:5: outline: must be the outline bullet'),
    ]);
  });

  it('rejects unknown practice ids and kinds that disagree with the registry', () => {
    expect(
      messages([{ path: 'weeks/01-start/alpha.mdx', text: lesson({ practice: 'nope' }) }]),
    ).toEqual([expect.stringContaining('unknown practice "nope"')]);
    expect(
      messages([{ path: 'weeks/01-start/alpha.mdx', text: lesson({ kind: 'tool' }) }]),
    ).toEqual([expect.stringContaining('is a lab in the registry, not a tool')]);
  });

  it('finds broken internal links, unknown components and missing figures, at their line', () => {
    const body = [
      'Intro.',
      'See [beta](/topics/beta), [gone](/topics/gamma), [level](/assessments/level), [x](/assessments/x).',
      '<Lab id="beta-doc"/>',
      '<Figure src="./x.svg" caption="X"/>',
      '<Widget/>',
      '```',
      '[ignored](/nowhere)',
      '```',
    ].join('\n');
    const errs = messages([{ path: 'weeks/01-start/alpha.mdx', text: lesson({}, body) }]);
    // The body starts on line 16 of the file.
    expect(errs).toEqual([
      'weeks/01-start/alpha.mdx:17: broken internal link "/topics/gamma": no topic "gamma"',
      expect.stringMatching(
        /^weeks\/01-start\/alpha\.mdx:17: broken internal link "\/assessments\/x": internal links go to .*\/assessments\/level/,
      ),
      'weeks/01-start/alpha.mdx:18: <Lab id="beta-doc">: no lab with that id in the practice registry',
      'weeks/01-start/alpha.mdx:19: <Figure src="./x.svg">: file weeks/01-start/x.svg does not exist',
      expect.stringMatching(/^weeks\/01-start\/alpha\.mdx:20: unknown component <Widget>/),
    ]);
  });

  it('requires exactly one correct choice and an explanation for every option', () => {
    const twoCorrect = quiz.replace(
      '{ id: b, text: "Two", why: "Not that." }',
      '{ id: b, text: "Two", correct: true, why: "Also." }',
    );
    expect(messages([{ path: 'weeks/01-start/alpha.quiz.yaml', text: twoCorrect }])).toEqual([
      'weeks/01-start/alpha.quiz.yaml:5: questions[0].choices: exactly one choice must have `correct: true` (found 2)',
    ]);
    const noWhy = quiz.replace(', why: "Not that." }', ' }');
    expect(messages([{ path: 'weeks/01-start/alpha.quiz.yaml', text: noWhy }])).toEqual([
      expect.stringMatching(
        /^weeks\/01-start\/alpha\.quiz\.yaml:6: questions\[0\]\.choices\[1\]\.why: /,
      ),
    ]);
  });

  it('rejects quiz ids without their topic prefix and duplicates across the program', () => {
    const wrongPrefix = quiz.replace('alpha.c-one', 'beta.c-one');
    expect(messages([{ path: 'weeks/01-start/alpha.quiz.yaml', text: wrongPrefix }])).toEqual([
      'weeks/01-start/alpha.quiz.yaml:14: cards[0].id: ids in this file start with "alpha." (found "beta.c-one")',
    ]);
    const dup = quiz.replace('alpha.q-num', 'alpha.q-one');
    expect(messages([{ path: 'weeks/01-start/alpha.quiz.yaml', text: dup }])).toEqual([
      expect.stringContaining('questions[1].id: duplicate id "alpha.q-one"'),
    ]);
  });

  it('rejects files in the wrong place', () => {
    expect(messages([{ path: 'weeks/02-nope/alpha.mdx', text: lesson() }])).toEqual([
      expect.stringContaining('unknown week folder "02-nope"'),
    ]);
    expect(messages([{ path: 'weeks/01-start/gamma.mdx', text: lesson() }])).toEqual([
      expect.stringContaining('unknown topic id "gamma"'),
    ]);
    expect(messages([{ path: 'weeks/01-start/notes.txt', text: '' }])).toEqual([
      expect.stringContaining('unexpected file'),
    ]);
  });

  it('reports duplicate topic ids and unknown practice in program.yaml at their line', () => {
    const broken = program
      .replace('id: beta', 'id: alpha')
      .replace('practice: [beta-doc]', 'practice: [missing]');
    const errs = loadContent([{ path: 'program.yaml', text: broken }]).errors.map(formatIssue);
    expect(errs).toEqual([
      'program.yaml:16: modules[0].weeks[0].topics[1].id: duplicate topic id "alpha"',
      'program.yaml:19: modules[0].weeks[0].topics[1].practice[0]: unknown practice "missing": add it to the practice registry at the end of program.yaml',
    ]);
  });

  it('validates rubrics and templates against the registry', () => {
    const criterion = (id: string) =>
      `  - id: ${id}\n    name: ${id}\n    levels: { missing: a, emerging: b, solid: c, exemplary: d }\n`;
    const rubric = `artifact: beta-doc\ntitle: Beta rubric\ncriteria:\n${['c1', 'c2', 'c3', 'c4'].map(criterion).join('')}checks:\n  - { kind: section, heading: Goals, message: Add a Goals section. }\n  - { kind: has-number, heading: Metrics, message: Put a number in your metrics. }\n`;
    expect(messages([{ path: 'rubrics/beta-doc.yaml', text: rubric }])).toEqual([]);
    const badCheck = rubric.replace('kind: has-number', 'kind: has-numbers');
    expect(messages([{ path: 'rubrics/beta-doc.yaml', text: badCheck }])).toEqual([
      expect.stringMatching(/^rubrics\/beta-doc\.yaml:\d+: checks\[1\]\.kind: /),
    ]);
    expect(
      messages([
        { path: 'templates/beta-doc.md', text: '---\nartifact: other\ntitle: T\n---\n# Doc\n' },
      ]),
    ).toEqual([expect.stringContaining('must match the file name')]);
  });
});

describe('checkMinimums', () => {
  it('fails a written lesson below the guide minimums and names each shortfall', () => {
    const report = load([
      { path: 'weeks/01-start/alpha.mdx', text: lesson() },
      { path: 'weeks/01-start/alpha.quiz.yaml', text: quiz },
    ]);
    const { failures } = checkMinimums(report.content!);
    expect(failures.map((f) => f.message)).toEqual([
      '3 words of body; a lesson has at least 1200',
      '2 questions; a quiz has 4–8',
      '1 cards; a topic has 3–8',
      '1 references; cite 2–5 primary sources',
    ]);
  });
});

describe('lesson body references', () => {
  it('checks components written over several lines and ignores code', () => {
    const body = [
      'Intro.',
      '',
      '<Figure',
      '  src="./missing.svg"',
      '  caption="Spread over lines"',
      '/>',
      '',
      '`<Widget/>` in code is fine.',
    ].join('\n');
    expect(messages([{ path: 'weeks/01-start/alpha.mdx', text: lesson({}, body) }])).toEqual([
      'weeks/01-start/alpha.mdx:18: <Figure src="./missing.svg">: file weeks/01-start/missing.svg does not exist',
    ]);
  });
});
