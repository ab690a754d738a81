// Breakers, bulkheads and fallbacks on dependency calls, in whole runs.
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../index.js';
import { run, sum } from '../testing/run.js';

type CallInput = NonNullable<ScenarioInput['services'][number]['calls']>[number];

function outage(guards: Partial<CallInput>): ScenarioInput {
  return {
    name: 'guards',
    duration: 120,
    clients: [{ name: 'c', target: 'api', arrival: { kind: 'constant', rate: 100 } }],
    services: [
      {
        name: 'api',
        serviceTime: { kind: 'constant', value: '1ms' },
        calls: [{ service: 'db', timeout: '200ms', ...guards }],
      },
      { name: 'db', serviceTime: { kind: 'constant', value: '5ms' } },
    ],
    faults: [{ at: 30, until: 60, target: 'db', kind: 'errors', rate: 1 }],
  };
}

describe('circuit breaker on a call', () => {
  it('opens during an outage, sheds calls to the dependency, probes, and closes after it', () => {
    const breaker = {
      failureRate: 0.5,
      window: '10s',
      minRequests: 20,
      open: '5s',
      halfOpenProbes: 3,
    };
    const result = run(outage({ breaker }));
    const db = result.series.services.db!;
    const call = result.summary.services.api!.calls.db!;
    // A time-based window: with 10 s of successes in it, failures reach 50% after ~5 s.
    expect(sum(db.arrivals, 30, 36)).toBeLessThanOrEqual(510);
    expect(sum(db.arrivals, 30, 36)).toBeGreaterThan(450);
    // From then on the db sees only the probes: 3 every 5 s.
    expect(sum(db.arrivals, 36, 60)).toBeLessThanOrEqual(3 * 5 + 3);
    expect(call.failuresByCause.breakerOpen).toBeGreaterThan(2400);
    expect(call.breakerOpenings).toBeGreaterThanOrEqual(5);
    // Open from ~35 s until the first probes after the outage (≤ 65 s).
    expect(call.breakerOpenSeconds).toBeGreaterThan(24);
    expect(call.breakerOpenSeconds).toBeLessThanOrEqual(30);
    // After it, the first probes succeed and the traffic comes back within one open period.
    expect(sum(db.arrivals, 66, 120)).toBe(54 * 100);
  });
});

describe('bulkhead on a call', () => {
  it('caps concurrent calls; excess attempts fail at once with bulkheadFull', () => {
    const input: ScenarioInput = {
      name: 'bulkhead',
      duration: 60,
      clients: [{ name: 'c', target: 'api', arrival: { kind: 'poisson', rate: 100 } }],
      services: [
        {
          name: 'api',
          serviceTime: { kind: 'constant', value: '1ms' },
          calls: [{ service: 'slow', bulkhead: { maxConcurrent: 5 } }],
        },
        { name: 'slow', serviceTime: { kind: 'constant', value: '100ms' } },
      ],
    };
    const result = run(input);
    const slow = result.series.services.slow!;
    // 100/s × 100 ms = 10 wanted in flight; the bulkhead allows 5 (50/s at most).
    expect(Math.max(...slow.inFlight.map((x) => x ?? 0))).toBeLessThanOrEqual(5);
    const call = result.summary.services.api!.calls.slow!;
    expect(call.failuresByCause.bulkheadFull).toBeGreaterThan(0);
    expect(result.summary.services.slow!.arrivals / 60).toBeLessThanOrEqual(50);
  });
});

describe('degraded fallback', () => {
  it('answers instead of failing: a success for the caller, counted as degraded', () => {
    const result = run(outage({ fallback: 'degraded' }));
    const api = result.summary.services.api!;
    const client = result.summary.clients.c!;
    expect(client.failed).toBe(0);
    expect(api.degraded).toBe(30 * 100);
    expect(client.degraded).toBe(30 * 100);
    expect(api.calls.db!.failuresByCause.fault).toBe(30 * 100);
  });
});
