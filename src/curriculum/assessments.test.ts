import { describe, expect, it } from 'vitest';
import { loadContent } from './load.js';
import { formatIssue } from './source.js';

const program = `title: P
modules:
  - id: m
    title: M
    summary: S.
    weeks:
      - number: 1
        slug: one
        title: One
        hours: 1
        topics:
          - { id: t, title: T, outline: "T bullet", practice: [level-assessment] }
practice:
  - { id: level-assessment, kind: tool, title: Level, status: planned }
`;

const level = `title: Where are you today?
intro: Rate yourself on each dimension with evidence.
dimensions:
  - id: scope
    title: Scope
    descriptors:
      senior: Delivers a team's roadmap items end to end.
      staff: Sets direction for a multi-team area for two to four quarters.
      principal: Shapes org-wide technical direction over years.
    evidence: Name the largest decision you drove in the last six months.
slowestEvidenceFirst: [scope]
`;

const archetypes = (interpretations: string) => `title: Which archetype fits you?
intro: Pick the answer closest to what you would do.
archetypes:
  - { id: tech-lead, title: Tech Lead, summary: Guides one team's approach and execution. }
  - { id: architect, title: Architect, summary: Owns direction and quality across a critical area. }
  - { id: solver, title: Solver, summary: Digs into one hard problem after another. }
  - { id: right-hand, title: Right Hand, summary: Extends an executive's attention. }
scoring:
  method: sum
  description: Each answer adds points to archetypes; the highest total is your primary.
items:
  - id: q-incident
    prompt: A sev-1 is open in a system you do not own. What do you do first?
    options:
      - { id: a, text: Join the call and drive the diagnosis., scores: { solver: 2 } }
      - { id: b, text: Make sure the owning team's lead has what they need., scores: { tech-lead: 1, right-hand: 1 } }
interpretations:
${interpretations}`;

const load = (files: Record<string, string>) =>
  loadContent([
    { path: 'program.yaml', text: program },
    ...Object.entries(files).map(([path, text]) => ({ path, text })),
  ]);

describe('assessments', () => {
  it('loads a level self-assessment with a descriptor per level', () => {
    const report = load({ 'assessments/level.yaml': level });
    expect(report.errors).toEqual([]);
    expect(report.content?.levelAssessment?.dimensions[0]?.descriptors.staff).toMatch(/multi-team/);
  });

  it('requires all three level descriptors', () => {
    const report = load({
      'assessments/level.yaml': level.replace(/\n {6}principal: .*\n/, '\n'),
    });
    expect(report.errors.map(formatIssue)).toEqual([
      expect.stringMatching(
        /^assessments\/level\.yaml:7: dimensions\[0\]\.descriptors\.principal: /,
      ),
    ]);
  });

  it('loads the archetype questionnaire and its interpretations', () => {
    const report = load({
      'assessments/archetypes.yaml': archetypes(
        '  - { primary: solver, secondary: tech-lead, text: You fix hard problems and lead the fix. }\n',
      ),
    });
    expect(report.errors).toEqual([]);
    expect(report.content?.archetypeAssessment?.items[0]?.options[1]?.scores).toEqual({
      'tech-lead': 1,
      'right-hand': 1,
    });
  });

  it('rejects unknown archetypes, a primary equal to its secondary, and duplicate pairs', () => {
    const broken = archetypes(
      [
        '  - { primary: solver, secondary: solver, text: Same twice. }',
        '  - { primary: solver, secondary: architect, text: One. }',
        '  - { primary: solver, secondary: architect, text: Again. }',
        '',
      ].join('\n'),
    );
    expect(load({ 'assessments/archetypes.yaml': broken }).errors.map(formatIssue)).toEqual([
      'assessments/archetypes.yaml:18: interpretations[0].secondary: the secondary archetype must differ from the primary',
      'assessments/archetypes.yaml:20: interpretations[2]: solver/architect is interpreted twice',
    ]);
    const unknown = archetypes('  []').replace('scores: { solver: 2 }', 'scores: { wizard: 2 }');
    expect(load({ 'assessments/archetypes.yaml': unknown }).errors.map(formatIssue)).toEqual([
      'assessments/archetypes.yaml:15: items[0].options[0].scores.wizard: unknown archetype "wizard": use tech-lead, architect, solver, right-hand',
    ]);
  });
});
