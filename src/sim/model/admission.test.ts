// Admission control at a service: token-bucket rate limits and in-flight load shedding.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchRatios } from '../testing/statistics.js';
import { run } from '../testing/run.js';
import { TokenBucket } from './token-bucket.js';

describe('token bucket', () => {
  it('admits at most rate · T + burst requests in any window of length T', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 1000, noNaN: true }),
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.integer({ min: 0, max: 200_000 }), { minLength: 1, maxLength: 300 }),
        (rate, burst, gaps) => {
          const bucket = new TokenBucket(rate, burst);
          const admitted: number[] = [];
          let now = 0;
          for (const gap of gaps) {
            now += gap;
            if (bucket.tryTake(now)) admitted.push(now);
          }
          for (let i = 0; i < admitted.length; i++) {
            for (let j = i; j < admitted.length; j++) {
              const window = ((admitted[j] as number) - (admitted[i] as number)) / 1e6;
              expect(j - i + 1).toBeLessThanOrEqual(rate * window + burst + 1e-9);
            }
          }
        },
      ),
    );
  });

  it('in a run, passes min(λ, rate) per second and rejects the rest as rateLimited', () => {
    const result = run({
      name: 'limited',
      duration: 200,
      clients: [{ name: 'c', target: 's', arrival: { kind: 'poisson', rate: 200 } }],
      services: [
        {
          name: 's',
          serviceTime: { kind: 'constant', value: '1ms' },
          rateLimit: { rate: 50, burst: 10 },
        },
      ],
    });
    const s = result.summary.services.s!;
    expect(s.successes / 200).toBeGreaterThan(49.5);
    expect(s.successes).toBeLessThanOrEqual(50 * 200 + 10);
    expect(s.errorsByCause.rateLimited).toBe(s.errors);
    expect(s.errors + s.successes).toBe(s.completions);
  });
});

describe('shedding at an in-flight limit', () => {
  it('turns M/M/1 into M/M/1/K: blocking probability (1−ρ)ρ^K / (1−ρ^(K+1))', () => {
    const rho = 0.9;
    const K = 5;
    const blocking = ((1 - rho) * rho ** K) / (1 - rho ** (K + 1));
    const result = run(
      {
        name: 'shed',
        duration: 255_000,
        warmup: 5000,
        interval: 1000,
        clients: [{ name: 'c', target: 's', arrival: { kind: 'poisson', rate: rho } }],
        services: [
          {
            name: 's',
            concurrency: 1,
            shedding: { maxInFlight: K },
            serviceTime: { kind: 'exponential', mean: 1 },
          },
        ],
      },
      8,
    );
    const s = result.series.services.s!;
    const share = batchRatios(s.errors, s.arrivals, 5, 255, 20);
    expect(Math.abs(share.mean - blocking)).toBeLessThanOrEqual(share.halfWidth);
    expect(share.halfWidth / blocking).toBeLessThan(0.1);
    expect(result.summary.services.s!.errorsByCause.shed).toBe(result.summary.services.s!.errors);
  });
});
