// Every lab as shipped: the baseline fails its challenge, the solution passes, and every chart,
// sweep and prediction reads a value from the run. New lab files are covered without edits here.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../src/curriculum/index.js';
import { readMetric, runLab, runLabVariant, drawCause, labSeed } from '../src/learning/index.js';
import { readContentFiles } from '../src/server/content/read-content.js';
import { defaultContentDir } from '../src/server/paths.js';

const report = loadContent(readContentFiles(defaultContentDir));
const labs = [...(report.content?.labs.values() ?? [])];

describe('the shipped labs', () => {
  it('load without errors', () => {
    expect(report.errors.filter((e) => e.file.startsWith('labs/'))).toEqual([]);
    expect(labs.length).toBeGreaterThan(0);
  });

  describe.each(labs.map((lab) => [lab.id, lab] as const))('%s', (_id, lab) => {
    it('fails with the baseline and passes with the solution, on several seeds', () => {
      for (const seed of [labSeed(lab), 2, 3]) {
        const baseline = runLabVariant(lab, 'baseline', seed);
        const solution = runLabVariant(lab, 'solution', seed);
        expect({ seed, baseline: baseline.passed }).toEqual({ seed, baseline: false });
        expect({ seed, solution: solution.passed, conditions: solution.conditions }).toMatchObject({
          seed,
          solution: true,
        });
      }
    });

    it('reads every charted series, sweep metric and prediction from a run', () => {
      const run = runLab(lab);
      for (const chart of lab.charts) {
        if (chart.kind === 'series') {
          for (const line of chart.lines) {
            const [scope, name] = line.source.split('.') as [string, string];
            const series = run.result.series.clients[scope] ?? run.result.series.services[scope];
            expect(series, `${line.source}: no such scope`).toBeDefined();
            expect(
              (series as Record<string, unknown>)[name],
              `${line.source}: no such series`,
            ).toBeInstanceOf(Array);
          }
        } else {
          for (const line of chart.lines)
            expect(readMetric(run.result, line.value)).toHaveProperty('value');
        }
      }
      for (const prediction of lab.predictions)
        expect(readMetric(run.result, prediction.value)).toHaveProperty('value');
    });

    if (lab.challenge.kind === 'diagnosis') {
      it('draws every candidate for some seed, and each makes a scenario that runs', () => {
        const { candidates } = lab.challenge as { candidates: { id: string }[] };
        const drawn = new Map<string, number>();
        for (let seed = 1; seed <= 200 && drawn.size < candidates.length; seed++) {
          const id = drawCause(
            lab.challenge.kind === 'diagnosis' ? lab.challenge.candidates : [],
            seed,
          ).id;
          if (!drawn.has(id)) drawn.set(id, seed);
        }
        expect([...drawn.keys()].sort()).toEqual(candidates.map((c) => c.id).sort());
        for (const [id, seed] of drawn) {
          const run = runLab(lab, { seed, answer: id });
          expect(run.passed).toBe(true);
        }
      });
    }
  });
});
