import { describe, expect, it } from 'vitest';
import { runScenario, validateScenario, type Scenario } from '../../sim/index.js';
import { readMetric } from './metrics.js';
import { checkConditions } from './challenge.js';

// Constant arrivals and constant service times make every count exact: a request every 0.1 s
// from t = 0.1 s to 9.9 s (99 in all), each taking 10 ms at the api, which calls db (5 ms); the
// api fails every request from t = 5 s on. So 49 succeed, 50 fail, and windows count by hand.
const scenario = validateScenario({
  name: 'counted',
  duration: '10s',
  clients: [{ name: 'users', target: 'api', arrival: { kind: 'constant', rate: 10 } }],
  services: [
    {
      name: 'api',
      serviceTime: { kind: 'constant', value: '10ms' },
      calls: [{ service: 'db' }],
    },
    { name: 'db', serviceTime: { kind: 'constant', value: '5ms' } },
  ],
  faults: [{ at: '5s', until: '10s', target: 'api', kind: 'errors', rate: 1 }],
});
if (!scenario.ok) throw new Error('test scenario is invalid');
const result = runScenario(scenario.scenario as Scenario);

const value = (spec: Parameters<typeof readMetric>[1]) => {
  const read = readMetric(result, spec);
  if ('problem' in read) throw new Error(read.problem);
  return read.value;
};

describe('readMetric', () => {
  it('reads whole-run counts and ratios of clients and services', () => {
    expect(value({ metric: 'requests', scope: 'users' })).toBe(99);
    expect(value({ metric: 'successRatio', scope: 'users' })).toBeCloseTo(49 / 99, 6);
    expect(value({ metric: 'amplification', scope: 'users' })).toBe(1);
    expect(value({ metric: 'arrivals', scope: 'api' })).toBe(99);
  });

  it('reads latency percentiles in seconds, within the sketch’s error', () => {
    // A successful request spends 10 ms at the api plus 5 ms at db.
    const p50 = value({ metric: 'p50', scope: 'db' })!;
    expect(Math.abs(p50 - 0.005) / 0.005).toBeLessThan(0.02);
  });

  it('counts a window over the intervals wholly inside it', () => {
    expect(value({ metric: 'requests', scope: 'users', window: { from: '2s', to: '5s' } })).toBe(
      30,
    );
    expect(value({ metric: 'successRatio', scope: 'users', window: { from: 0, to: '5s' } })).toBe(
      1,
    );
    expect(
      value({ metric: 'successRatio', scope: 'users', window: { from: '6s', to: '10s' } }),
    ).toBe(0);
    // Intervals only partly inside the window do not count: [2.5 s, 5 s) holds 3 whole ones.
    expect(value({ metric: 'requests', scope: 'users', window: { from: 2.5, to: 5 } })).toBe(20);
    expect(
      value({
        metric: 'requests',
        scope: 'users',
        window: { from: 0, to: '10s' },
        aggregate: 'max',
      }),
    ).toBe(10);
  });

  it('says what is wrong with a metric it cannot read', () => {
    expect(readMetric(result, { metric: 'p99', scope: 'nobody' })).toEqual({
      problem: 'the scenario has no client or service "nobody"',
    });
    expect(readMetric(result, { metric: 'hitRatio', scope: 'api' })).toEqual({
      problem: '"hitRatio" is not a metric of "api" (docs/labs.md lists them)',
    });
    expect(readMetric(result, { metric: 'attempts', scope: 'db->api' })).toEqual({
      problem: '"db" makes no call to "api"',
    });
    const windowed = readMetric(result, {
      metric: 'p50',
      scope: 'users',
      window: { from: 0, to: 5 },
    });
    expect('problem' in windowed && windowed.problem).toMatch(/has no per-interval series/);
  });
});

describe('checkConditions', () => {
  it('passes and fails conditions by their operators, and ratios of two metrics', () => {
    const check = checkConditions(result, [
      { metric: 'successRatio', scope: 'users', op: '>=', target: 0.99 },
      { metric: 'requests', scope: 'users', op: '=', target: 99 },
      {
        label: 'db calls per user request',
        ratio: {
          of: { metric: 'arrivals', scope: 'db' },
          to: { metric: 'requests', scope: 'users' },
        },
        op: '<=',
        target: 0.6,
      },
    ]);
    expect(check.conditions.map((c) => c.passed)).toEqual([false, true, true]);
    expect(check.passed).toBe(false);
    expect(check.conditions[0]!.name).toBe('users successRatio');
    // db is called only by requests that reached the api before the fault: 49 of 99.
    expect(check.conditions[2]!.value).toBeCloseTo(49 / 99, 6);
  });

  it('fails a condition that has no data rather than passing it', () => {
    const check = checkConditions(result, [
      // Nothing reaches db once the api fails every request.
      { metric: 'p99', scope: 'db', window: { from: 6, to: 10 }, op: '<=', target: 1 },
    ]);
    expect(check.conditions[0]!.passed).toBe(false);
  });
});
