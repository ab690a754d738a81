// Retries and timeouts in whole runs, against closed-form expectations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../index.js';
import { run } from '../testing/run.js';

function failing(p: number, maxAttempts: number, rate = 200, duration = 100): ScenarioInput {
  return {
    name: 'independent-failures',
    duration,
    clients: [
      { name: 'c', target: 's', arrival: { kind: 'poisson', rate }, retry: { maxAttempts } },
    ],
    services: [{ name: 's', serviceTime: { kind: 'constant', value: '1ms' } }],
    faults: [{ at: 0, until: duration + 1, target: 's', kind: 'errors', rate: p }],
  };
}

describe('retries of independent failures', () => {
  it('make (1 − pⁿ)/(1 − p) attempts per request on average', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 0.9, noNaN: true }),
        fc.integer({ min: 1, max: 6 }),
        (p, n) => {
          const client = run(failing(p, n)).summary.clients.c!;
          // Attempts per request follow a geometric law truncated at n: exact mean and variance.
          let mean = 0;
          let second = 0;
          for (let k = 1; k <= n; k++) {
            const prob = k < n ? p ** (k - 1) * (1 - p) : p ** (n - 1);
            mean += k * prob;
            second += k * k * prob;
          }
          expect(mean).toBeCloseTo((1 - p ** n) / (1 - p), 9);
          const sd = Math.sqrt((second - mean * mean) / client.requests);
          const finished = client.succeeded + client.failed;
          expect(Math.abs(client.attempts / finished - mean)).toBeLessThan(4 * sd + 1e-9);
          // And a request fails only when all n attempts failed: pⁿ of them.
          const failSd = Math.sqrt((p ** n * (1 - p ** n)) / finished);
          expect(Math.abs(client.failed / finished - p ** n)).toBeLessThan(4 * failSd + 1e-9);
        },
      ),
      // A fixed seed: a statistical check over random cases must not flake from run to run.
      { numRuns: 12, seed: 20261127 },
    );
  });

  it('amplify as rⁿ across n layers that each make r attempts (3 × 5 layers = 243)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 }), (r, layers) => {
        const names = Array.from({ length: layers }, (_, i) => `s${i}`);
        const input: ScenarioInput = {
          name: 'amplification',
          duration: 10.5,
          clients: [
            {
              name: 'c',
              target: 's0',
              arrival: { kind: 'constant', rate: 1 },
              retry: { maxAttempts: r },
            },
          ],
          services: names.map((name, i) => ({
            name,
            serviceTime: { kind: 'constant', value: '1ms' },
            calls: i + 1 < layers ? [{ service: names[i + 1]!, retry: { maxAttempts: r } }] : [],
          })),
          faults: [{ at: 0, until: 11, target: names[layers - 1]!, kind: 'errors' }],
        };
        const result = run(input);
        const requests = result.summary.clients.c!.requests;
        expect(requests).toBe(10);
        expect(result.summary.services[names[layers - 1]!]!.arrivals).toBe(requests * r ** layers);
      }),
      { numRuns: 25 },
    );
    const deep = { r: 3, layers: 5 };
    expect(deep.r ** deep.layers).toBe(243);
  });
});

describe('timeouts', () => {
  const slow = (extra: Partial<ScenarioInput['services'][number]> = {}): ScenarioInput => ({
    name: 'slow',
    duration: 60,
    clients: [{ name: 'c', target: 's', arrival: { kind: 'constant', rate: 10 }, timeout: '1s' }],
    services: [{ name: 's', serviceTime: { kind: 'constant', value: '2s' }, ...extra }],
  });

  it('a reply after its attempt timed out is discarded: never a success, counted as wasted work', () => {
    const result = run(slow());
    const client = result.summary.clients.c!;
    const service = result.summary.services.s!;
    expect(client.succeeded).toBe(0);
    expect(client.failuresByCause.timeout).toBe(client.failed);
    expect(client.failed + client.inFlightAtEnd).toBe(client.requests);
    expect(service.successes).toBeGreaterThan(500);
    expect(service.wasted).toBe(service.completions);
  });

  it('per attempt: with a deadline, attempts stop when the deadline passes', () => {
    const input = slow();
    input.clients[0]!.deadline = '3.5s';
    input.clients[0]!.retry = { maxAttempts: 10 };
    const client = run(input).summary.clients.c!;
    // Attempts at 0, 1, 2, 3 s; the fourth is cut by the deadline at 3.5 s.
    const inFlight = client.inFlightAtEnd;
    expect(client.failed + inFlight).toBe(client.requests);
    expect(client.attempts - 4 * client.failed).toBeGreaterThanOrEqual(inFlight);
    expect(client.attempts - 4 * client.failed).toBeLessThanOrEqual(4 * inFlight);
    expect(client.failuresByCause.deadlineExceeded).toBe(client.failed);
  });

  it('without propagation a server works through abandoned requests; with it, skips them and recovers', () => {
    // One worker, 100 ms of work, 5 req/s (utilisation 0.5), a 5 s burst at 30 req/s: 150
    // requests, about 15 s of work, arrive in 5 s, and their callers give up after 1 s.
    const input = (propagateDeadline: boolean): ScenarioInput => ({
      name: 'burst',
      duration: 40,
      clients: [
        {
          name: 'c',
          target: 's',
          arrival: {
            kind: 'constant',
            rate: 5,
            schedule: [
              { at: 10, rate: 30 },
              { at: 15, rate: 5 },
            ],
          },
          timeout: '1s',
        },
      ],
      services: [
        {
          name: 's',
          concurrency: 1,
          serviceTime: { kind: 'constant', value: '100ms' },
          propagateDeadline,
        },
      ],
    });
    const without = run(input(false));
    const withDeadline = run(input(true));
    const goodput = (r: typeof without): number =>
      r.series.clients.c!.succeeded.slice(17, 25).reduce((a, b) => a! + b!, 0)!;
    // Without propagation the server spends ~15 s on answers nobody waits for.
    expect(goodput(without)).toBe(0);
    expect(without.summary.services.s!.wasted).toBeGreaterThan(100);
    expect(without.summary.services.s!.errorsByCause.deadlineExceeded).toBe(0);
    // With it, expired requests are dropped unserved and fresh ones are answered 2 s after the burst.
    expect(goodput(withDeadline)).toBe(8 * 5);
    expect(withDeadline.summary.services.s!.errorsByCause.deadlineExceeded).toBeGreaterThan(50);
  });

  it('downstream calls inherit the remaining deadline', () => {
    const input: ScenarioInput = {
      name: 'inherit',
      duration: 30,
      clients: [
        { name: 'c', target: 'api', arrival: { kind: 'constant', rate: 10 }, timeout: '300ms' },
      ],
      services: [
        {
          name: 'api',
          serviceTime: { kind: 'constant', value: '200ms' },
          propagateDeadline: true,
          calls: [{ service: 'db' }],
        },
        { name: 'db', serviceTime: { kind: 'constant', value: '500ms' }, propagateDeadline: true },
      ],
    };
    const result = run(input);
    // The db call starts with 100 ms left and no timeout of its own: the inherited deadline ends it.
    const db = result.summary.services.api!.calls.db!;
    expect(db.failuresByCause.deadlineExceeded).toBe(db.requests - db.inFlightAtEnd);
    expect(result.summary.services.db!.errorsByCause.deadlineExceeded).toBe(0);
    expect(result.summary.clients.c!.succeeded).toBe(0);
  });
});
