import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DocumentCheck } from '../../curriculum/schema/rubric.js';
import { rubricSchema } from '../../curriculum/schema/rubric.js';
import { splitFrontmatter } from '../../curriculum/frontmatter.js';
import { adviceFor, runDocumentChecks } from './run-checks.js';

const check = (c: DocumentCheck) => c;

describe('runDocumentChecks', () => {
  const draft = [
    '# Memo',
    '',
    '## Problem statement',
    '',
    '> Prompt: who is hurt? This blockquote is the template prompt and never counts: 42 words.',
    '',
    'Reviews of the shared billing module wait 3.1 days on average across 6 teams.',
    '',
    '## Evidence',
    '',
    '- PR data, 12 weeks',
    '- 14 complaints',
    '- …',
    '',
    '### Detail',
    '',
    'We should rewrite it, which is obviously best practice.',
    '',
    '## Decision asked',
    '',
    'Approve a rotation.',
  ].join('\n');

  it('finds sections by heading regardless of case and trailing punctuation', () => {
    const { results } = runDocumentChecks(draft, [
      check({ kind: 'section', heading: 'problem STATEMENT:', message: 'm' }),
      check({ kind: 'section', heading: 'Non-goals', message: 'Add a Non-goals section.' }),
    ]);
    expect(results.map((r) => [r.passed, r.message])).toEqual([
      [true, 'm'],
      [false, 'Add a Non-goals section.'],
    ]);
  });

  it('counts list items with real text, including those in sub-sections, but not placeholders', () => {
    const { results } = runDocumentChecks(draft, [
      check({ kind: 'min-items', heading: 'Evidence', min: 3, message: 'm' }),
    ]);
    expect(results[0]).toMatchObject({ passed: false, value: 2 });
  });

  it('ignores prompts when looking for numbers and counting words', () => {
    const decision = runDocumentChecks(draft, [
      check({ kind: 'has-number', heading: 'Decision asked', message: 'Give a date.' }),
    ]);
    expect(decision.results[0]!.passed).toBe(false);
    const problem = runDocumentChecks(draft, [
      check({ kind: 'has-number', heading: 'Problem statement', message: 'm' }),
      check({ kind: 'max-words', heading: 'Problem statement', max: 14, message: 'm' }),
      check({ kind: 'min-words', heading: 'Problem statement', min: 15, message: 'm' }),
    ]);
    // "Reviews of the shared billing module wait 3.1 days on average across 6 teams." = 14 words.
    expect(problem.results.map((r) => [r.passed, r.value])).toEqual([
      [true, undefined],
      [true, 14],
      [false, 14],
    ]);
  });

  it('matches mentions and avoided phrases as whole words, ignoring case', () => {
    const { results } = runDocumentChecks(draft, [
      check({
        kind: 'mentions',
        heading: 'Decision asked',
        words: ['approve', 'fund'],
        message: 'm',
      }),
      check({
        kind: 'mentions',
        heading: 'Decision asked',
        words: ['rot'],
        message: 'Say what you ask for.',
      }),
      check({
        kind: 'avoid',
        phrases: ['best practice', 'we should', 'significant'],
        message: 'Be specific.',
      }),
    ]);
    expect(results.map((r) => [r.passed, r.message])).toEqual([
      [true, 'm'],
      [false, 'Say what you ask for.'],
      [false, 'Be specific. (found: "best practice", "we should")'],
    ]);
  });

  it('fails a heading-scoped check whose section is missing, saying which section to add', () => {
    const { results, failed } = runDocumentChecks('# Empty\n', [
      check({ kind: 'has-number', heading: 'Cost of doing nothing', message: 'Size it.' }),
    ]);
    expect(failed).toBe(1);
    expect(results[0]!.message).toBe('Add a section headed "Cost of doing nothing". Size it.');
  });
});

describe('adviceFor', () => {
  it('says once that a section is missing, then lists the other failures', () => {
    const summary = runDocumentChecks('## Evidence\n\n- one\n', [
      check({ kind: 'has-number', heading: 'Cost', message: 'Size it.' }),
      check({ kind: 'section', heading: 'Cost', message: 'Add a Cost section.' }),
      check({ kind: 'mentions', heading: 'Cost', words: ['hours'], message: 'Say hours.' }),
      check({ kind: 'min-items', heading: 'Evidence', min: 2, message: 'List two.' }),
    ]);
    expect(adviceFor(summary)).toEqual(['Add a Cost section.', 'List two.']);
  });
});

describe('the shipped rubrics against their own templates', () => {
  const contentDir = join(import.meta.dirname, '..', '..', '..', 'content');
  const artifacts = readdirSync(join(contentDir, 'rubrics')).map((file) =>
    file.replace(/\.yaml$/, ''),
  );

  it.each(artifacts)('%s: an untouched template passes only its structure checks', (artifact) => {
    const rubric = rubricSchema.parse(
      parse(readFileSync(join(contentDir, 'rubrics', `${artifact}.yaml`), 'utf8')),
    );
    const template = splitFrontmatter(
      readFileSync(join(contentDir, 'templates', `${artifact}.md`), 'utf8'),
    ).body;
    const { results } = runDocumentChecks(template, rubric.checks, template);
    for (const result of results) {
      const structural = ['section', 'avoid', 'max-words'].includes(result.check.kind);
      expect(
        result.passed,
        `${result.check.kind} ${'heading' in result.check ? result.check.heading : ''}`,
      ).toBe(structural);
    }
  });
});
