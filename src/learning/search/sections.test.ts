import { describe, expect, it } from 'vitest';
import { createSlugger, headingSlug, lessonSections } from './sections.js';

describe('headingSlug', () => {
  // GitHub's anchors: lower case, punctuation removed, every space a hyphen (so a removed
  // symbol between two spaces leaves a double hyphen), letters of any script kept.
  it.each([
    ['The hook', 'the-hook'],
    [
      'Numbers: when the wall arrives, and what looking ahead costs',
      'numbers-when-the-wall-arrives-and-what-looking-ahead-costs',
    ],
    ['Strong plan (written in January)', 'strong-plan-written-in-january'],
    ['Café & crème — 2×', 'café--crème--2'],
    ['snake_case and kebab-case', 'snake_case-and-kebab-case'],
  ])('%s → %s', (text, slug) => {
    expect(headingSlug(text)).toBe(slug);
  });
});

describe('createSlugger', () => {
  it('numbers repeated headings so every anchor on a page is unique', () => {
    const slug = createSlugger();
    expect(['Pitfalls', 'Pitfalls', 'Pitfalls'].map(slug)).toEqual([
      'pitfalls',
      'pitfalls-1',
      'pitfalls-2',
    ]);
  });

  it('skips a number a heading already took', () => {
    const slug = createSlugger();
    expect(['a', 'a-1', 'a'].map(slug)).toEqual(['a', 'a-1', 'a-2']);
  });

  it('gives a heading with no letters or digits an anchor still', () => {
    expect(createSlugger()('—')).toBe('section');
  });
});

describe('lessonSections', () => {
  it('cuts at every heading, keeps the opening, and ignores headings inside code', () => {
    const body = [
      'The opening paragraph.',
      '',
      '## The idea: a *retry* is a bet',
      'One.',
      '',
      '### Lab: retry storm',
      '<Lab id="retry-storm" />',
      '```md',
      '## not a heading',
      '```',
      '## The idea: a retry is a bet',
      'Again.',
    ].join('\n');
    expect(lessonSections(body)).toEqual([
      { heading: null, anchor: null, level: 0, text: 'The opening paragraph.' },
      {
        heading: 'The idea: a retry is a bet',
        anchor: 'the-idea-a-retry-is-a-bet',
        level: 2,
        text: 'One.',
      },
      {
        heading: 'Lab: retry storm',
        anchor: 'lab-retry-storm',
        level: 3,
        text: '## not a heading',
      },
      {
        heading: 'The idea: a retry is a bet',
        anchor: 'the-idea-a-retry-is-a-bet-1',
        level: 2,
        text: 'Again.',
      },
    ]);
  });

  it('has no opening section when the body starts with a heading', () => {
    expect(lessonSections('\n## First\ntext').map((s) => s.heading)).toEqual(['First']);
  });
});
