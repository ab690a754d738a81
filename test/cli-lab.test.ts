// `stafflab lab` as a user runs it: the compiled CLI in a child process. The list must equal
// GET /api/v1/labs (test/api-labs.test.ts checks the API side of the same contract).
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from '../scripts/lib/build.mjs';
import { packageRoot } from '../src/server/paths.js';
import { createTestApp } from './support/app.js';

const cli = join(packageRoot, 'dist', 'cli', 'main.cjs');
const run = (args: string[]) => {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, STAFFLAB_CONTENT_DIR: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

beforeAll(() => {
  build('server', { quiet: true });
}, 120_000);

describe('stafflab lab', () => {
  it('lists the labs in program order as JSON, the same list as GET /api/v1/labs', async () => {
    const result = run(['lab', 'list', '--json']);
    expect(result.code).toBe(0);
    const { app, dispose } = await createTestApp('sqlite');
    try {
      expect(JSON.parse(result.stdout)).toEqual((await app.inject({ url: '/api/v1/labs' })).json());
    } finally {
      await dispose();
    }
    const labs = JSON.parse(result.stdout) as { id: string; week: number; topic: string }[];
    expect(labs.map((l) => l.id)).toContain('retry-storm');
    expect(labs.find((l) => l.id === 'retry-storm')).toEqual({
      id: 'retry-storm',
      title: 'Retry storm',
      topic: 'retry-strategy',
      week: 4,
    });
    const weeks = labs.map((l) => l.week);
    expect(weeks).toEqual([...weeks].sort((a, b) => a - b));
  });

  it('checks a variant: the baseline fails with exit 1, the solution passes with exit 0', () => {
    const baseline = run(['lab', 'check', 'retry-storm', '--variant', 'baseline', '--json']);
    expect(baseline.code).toBe(1);
    const failed = JSON.parse(baseline.stdout) as {
      lab: string;
      variant: string;
      passed: boolean;
      conditions: { name: string; value: number; target: number; passed: boolean }[];
    };
    expect(failed).toMatchObject({ lab: 'retry-storm', variant: 'baseline', passed: false });
    expect(failed.conditions.length).toBeGreaterThan(0);
    for (const c of failed.conditions)
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['name', 'value', 'target', 'passed']));
    const solution = run(['lab', 'check', 'retry-storm', '--variant', 'solution', '--seed', '3']);
    expect(solution.code).toBe(0);
    expect(solution.stdout).toContain('retry-storm: PASSED (seed 3)');
  });

  it('runs with knob values, and the knob changes the outcome', () => {
    const off = JSON.parse(run(['lab', 'run', 'retry-storm', '--json']).stdout) as {
      passed: boolean;
      knobs: Record<string, unknown>;
    };
    const on = JSON.parse(
      run(['lab', 'run', 'retry-storm', '--set', 'budget=0.1', '--json']).stdout,
    ) as { passed: boolean; knobs: Record<string, unknown>; result: { scenario: string } };
    expect(off.passed).toBe(false);
    expect(on.passed).toBe(true);
    expect(on.knobs.budget).toBe(0.1);
    expect(on.result.scenario).toBe('retry-storm');
  });

  it('exits 2 with a hint for an unknown lab, knob or value', () => {
    const noLab = run(['lab', 'run', 'retry-strom']);
    expect(noLab.code).toBe(2);
    expect(noLab.stderr).toContain('No lab "retry-strom". Labs: ');
    const noKnob = run(['lab', 'run', 'retry-storm', '--set', 'jitter=full']);
    expect(noKnob.code).toBe(2);
    expect(noKnob.stderr).toContain('has no knob "jitter". Its knobs: attempts');
    const badValue = run(['lab', 'run', 'retry-storm', '--set', 'attempts=9']);
    expect(badValue.code).toBe(2);
    expect(badValue.stderr).toContain('"attempts" must be from 1 to 5, not 9');
    expect(run(['lab', 'check', 'retry-storm', '--variant', 'best']).code).toBe(2);
    expect(run(['lab', 'run', 'retry-storm', '--seed', '-1']).code).toBe(2);
  });
});
