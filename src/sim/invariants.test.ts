// Properties every run must have, whatever the scenario: determinism, conservation of
// requests, Little's law per component, the output's shape.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from './index.js';
import { run } from './testing/run.js';

const jitters = ['none', 'full', 'equal', 'decorrelated'] as const;

/** A random two-tier system with every step-1/2 feature switched on or off. */
const scenarios = fc
  .record({
    rate: fc.integer({ min: 1, max: 400 }),
    closed: fc.boolean(),
    instances: fc.integer({ min: 1, max: 4 }),
    balancer: fc.constantFrom('round-robin', 'random', 'p2c', 'least-outstanding'),
    concurrency: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.constant('unlimited' as const)),
    capacity: fc.option(fc.integer({ min: 0, max: 20 })),
    discipline: fc.constantFrom(
      'fifo' as const,
      'lifo' as const,
      'codel' as const,
      'adaptive-lifo' as const,
    ),
    timeoutMs: fc.option(fc.integer({ min: 5, max: 200 })),
    deadlineMs: fc.option(fc.integer({ min: 10, max: 500 })),
    attempts: fc.integer({ min: 1, max: 4 }),
    jitter: fc.constantFrom(...jitters),
    budget: fc.boolean(),
    propagate: fc.boolean(),
    parallel: fc.boolean(),
    fallback: fc.boolean(),
    errorRate: fc.double({ min: 0, max: 1, noNaN: true }),
    network: fc.boolean(),
    contention: fc.boolean(),
    guards: fc.boolean(),
    limits: fc.boolean(),
    adaptive: fc.option(fc.constantFrom('aimd' as const, 'vegas' as const, 'gradient' as const)),
  })
  .map((p): ScenarioInput => ({
    name: 'random',
    duration: 5,
    interval: '500ms',
    ...(p.network ? { network: { latency: { kind: 'exponential', mean: '1ms' } } } : {}),
    clients: [
      {
        name: 'c',
        target: 'api',
        ...(p.closed
          ? { closed: { users: 20, think: '10ms' } }
          : { arrival: { kind: 'poisson', rate: p.rate } }),
        ...(p.timeoutMs === null ? {} : { timeout: p.timeoutMs / 1000 }),
        ...(p.deadlineMs === null ? {} : { deadline: p.deadlineMs / 1000 }),
        retry: {
          maxAttempts: p.attempts,
          backoff: { base: '5ms', cap: '50ms', jitter: p.jitter },
          ...(p.budget ? { budget: { ratio: 0.2 } } : {}),
        },
      },
    ],
    services: [
      {
        name: 'api',
        instances: p.instances,
        balancer: p.balancer,
        concurrency: p.concurrency,
        ...(p.capacity === null
          ? {}
          : {
              queue: {
                capacity: p.capacity,
                discipline: p.discipline,
                target: '2ms',
                interval: '20ms',
              },
            }),
        serviceTime: { kind: 'exponential', mean: '4ms' },
        ...(p.contention ? { contention: { perInFlight: '0.2ms' } } : {}),
        propagateDeadline: p.propagate,
        ...(p.limits ? { rateLimit: { rate: 100, burst: 5 }, shedding: { maxInFlight: 6 } } : {}),
        ...(p.adaptive === null ? {} : { shedding: { adaptive: p.adaptive } }),
        parallelCalls: p.parallel,
        calls: [
          {
            service: 'db',
            timeout: '30ms',
            retry: { maxAttempts: 2 },
            ...(p.fallback ? { fallback: 'degraded' } : {}),
            ...(p.guards
              ? {
                  breaker: {
                    failureRate: 0.5,
                    window: '1s',
                    minRequests: 5,
                    open: '200ms',
                    halfOpenProbes: 2,
                  },
                  bulkhead: { maxConcurrent: 3 },
                }
              : {}),
          },
          { service: 'db', probability: 0.5 },
        ],
      },
      {
        name: 'db',
        concurrency: 4,
        serviceTime: { kind: 'lognormal', median: '2ms', p99: '20ms' },
      },
    ],
    faults: [{ at: 1, until: 3, target: 'db', kind: 'errors', rate: p.errorRate }],
  }));

describe('conservation', () => {
  it('every request and every attempt ends exactly once or is still in flight', () => {
    fc.assert(
      fc.property(scenarios, fc.integer({ min: 0, max: 1000 }), (input, seed) => {
        const r = run(input, seed);
        const c = r.summary.clients.c!;
        expect(c.succeeded + c.failed + c.inFlightAtEnd).toBe(c.requests);
        expect(c.attempts).toBe(c.requests + c.retries);
        expect(c.attempts).toBeLessThanOrEqual(c.requests * 4);
        for (const s of Object.values(r.summary.services)) {
          expect(s.completions + s.inFlightAtEnd).toBe(s.arrivals);
          expect(s.successes + s.errors).toBe(s.completions);
          const byCause = Object.values(s.errorsByCause).reduce((a, b) => a + b, 0);
          expect(byCause).toBe(s.errors);
          for (const call of Object.values(s.calls)) {
            expect(call.succeeded + call.failed + call.inFlightAtEnd).toBe(call.requests);
          }
        }
        // Every attempt the client made reached the api (no network loss is modelled).
        const api = r.summary.services.api!;
        const series = r.series.services.api!;
        expect(series.arrivals.reduce((a, b) => a! + b!, 0)).toBe(api.arrivals);
        expect(api.arrivals).toBeLessThanOrEqual(c.attempts);
      }),
      { numRuns: 60 },
    );
  });
});

describe('determinism', () => {
  it('same scenario and seed give byte-identical JSON; another seed differs', () => {
    fc.assert(
      fc.property(scenarios, fc.integer({ min: 0, max: 1000 }), (input, seed) => {
        const a = JSON.stringify(run(input, seed));
        expect(JSON.stringify(run(input, seed))).toBe(a);
        expect(a.includes('NaN')).toBe(false);
      }),
      { numRuns: 15 },
    );
    const input: ScenarioInput = {
      name: 'x',
      duration: 10,
      clients: [{ name: 'c', target: 's', arrival: { kind: 'poisson', rate: 50 } }],
      services: [{ name: 's', serviceTime: { kind: 'exponential', mean: '10ms' } }],
    };
    expect(JSON.stringify(run(input, 1))).not.toBe(JSON.stringify(run(input, 2)));
  });
});

describe("Little's law L = λW", () => {
  it('holds for each service of a network with calls, queues and network latency', () => {
    const input: ScenarioInput = {
      name: 'little',
      duration: 800,
      warmup: 100,
      interval: 10,
      network: { latency: { kind: 'uniform', min: '1ms', max: '3ms' } },
      clients: [
        { name: 'c', target: 'api', arrival: { kind: 'poisson', rate: 150 }, timeout: '200ms' },
      ],
      services: [
        {
          name: 'api',
          instances: 2,
          balancer: 'p2c',
          concurrency: 4,
          serviceTime: { kind: 'exponential', mean: '10ms' },
          calls: [{ service: 'db' }],
        },
        {
          name: 'db',
          concurrency: 2,
          queue: { capacity: 10 },
          serviceTime: { kind: 'lognormal', median: '5ms', p99: '40ms' },
        },
      ],
    };
    const r = run(input, 4);
    for (const name of ['api', 'db']) {
      const s = r.summary.services[name]!;
      const lambda = s.completions / (800 - 100);
      // L = λW: time-average in flight vs. throughput × mean time in the service.
      expect(s.inFlight!).toBeGreaterThan(0.3);
      expect(Math.abs(s.inFlight! - lambda * s.latency.mean!) / s.inFlight!).toBeLessThan(0.01);
      // And for the waiting room alone: Lq = λ Wq.
      if (s.queueLength! > 0.05) {
        expect(Math.abs(s.queueLength! - lambda * s.queueWait.mean!) / s.queueLength!).toBeLessThan(
          0.02,
        );
      }
    }
  });
});

describe('output', () => {
  it('keeps at most 2,000 intervals, widening the interval and saying so', () => {
    const r = run({
      name: 'long',
      duration: '1h',
      interval: '1s',
      clients: [{ name: 'c', target: 's', arrival: { kind: 'constant', rate: 1 } }],
      services: [{ name: 's', serviceTime: { kind: 'constant', value: '1ms' } }],
    });
    expect(r.series.interval).toBe(2);
    expect(r.series.intervalWidened).toBe(true);
    expect(r.series.services.s!.arrivals).toHaveLength(1800);
  });

  it('gives null percentiles for intervals without completions and seconds everywhere', () => {
    const r = run({
      name: 'gap',
      duration: 10,
      clients: [
        {
          name: 'c',
          target: 's',
          arrival: { kind: 'constant', rate: 1, schedule: [{ at: 5, rate: 0 }] },
        },
      ],
      services: [{ name: 's', concurrency: 1, serviceTime: { kind: 'constant', value: '250ms' } }],
    });
    const p99 = r.series.services.s!.p99;
    expect(p99.slice(6)).toEqual([null, null, null, null]);
    expect(p99[2]).toBeCloseTo(0.25, 2);
    expect(r.summary.services.s!.latency.max).toBe(0.25);
    expect(r.summary.services.s!.utilization).toBeCloseTo((4 * 0.25) / 10, 6);
  });
});

describe('the JSON contract of DESIGN.md', () => {
  it('has the documented keys, in seconds', () => {
    const r = run({
      name: 'contract',
      duration: 20,
      clients: [{ name: 'users', target: 'api', arrival: { kind: 'poisson', rate: 20 } }],
      services: [{ name: 'api', concurrency: 2, serviceTime: { kind: 'constant', value: '50ms' } }],
    });
    expect(Object.keys(r).slice(0, 4)).toEqual(['scenario', 'seed', 'duration', 'warmup']);
    expect(r).toMatchObject({
      scenario: 'contract',
      seed: 1,
      summary: {},
      series: { interval: 1 },
    });
    const api = r.summary.services.api!;
    for (const key of [
      'arrivals',
      'completions',
      'errors',
      'utilization',
      'latency',
      'queueWait',
    ]) {
      expect(api).toHaveProperty(key);
    }
    expect(Object.keys(api.latency)).toEqual(['mean', 'p50', 'p90', 'p99', 'max']);
    expect(api.latency.p50).toBeCloseTo(0.05, 3);
    expect(api.queueWait).toHaveProperty('mean');
    const users = r.summary.clients.users!;
    for (const key of ['requests', 'succeeded', 'failed', 'attempts', 'latency'])
      expect(users).toHaveProperty(key);
    expect(Object.keys(r.series.clients.users!)).toEqual(
      expect.arrayContaining(['requests', 'succeeded', 'failed', 'attempts']),
    );
    expect(Object.keys(r.series.services.api!)).toEqual(
      expect.arrayContaining([
        'arrivals',
        'completions',
        'errors',
        'inFlight',
        'queueLength',
        'p99',
      ]),
    );
    expect(r.series.services.api!.arrivals).toHaveLength(20);
  });
});
