// The engine against queueing theory. Each run serves ≥ 2×10^5 customers after a warm-up;
// the estimate is a 99% confidence interval from 20 batch means over the run, and the
// theoretical value (computed here from the textbook formula) must fall inside it.
import { describe, expect, it } from 'vitest';
import type { ScenarioInput, SimResult } from './index.js';
import { batchRatios, type Interval } from './testing/statistics.js';
import { run } from './testing/run.js';

const WARMUP_INTERVALS = 5;
const BATCHES = 20;
const INTERVALS = 300;
const INTERVAL_S = 1000;

function scenario(service: ScenarioInput['services'][number], rate: number): ScenarioInput {
  return {
    name: 'queue',
    duration: (WARMUP_INTERVALS + INTERVALS) * INTERVAL_S,
    warmup: WARMUP_INTERVALS * INTERVAL_S,
    interval: INTERVAL_S,
    clients: [{ name: 'arrivals', target: 'server', arrival: { kind: 'poisson', rate } }],
    services: [service],
  };
}

function meanWait(result: SimResult): Interval {
  const s = result.series.services.server!;
  const waitTotals = s.queueWait.map((w, i) => (w ?? 0) * (s.completions[i] ?? 0));
  return batchRatios(
    waitTotals,
    s.completions,
    WARMUP_INTERVALS,
    WARMUP_INTERVALS + INTERVALS,
    BATCHES,
  );
}

function meanInSystem(result: SimResult): Interval {
  const s = result.series.services.server!;
  return batchRatios(
    s.inFlight,
    s.inFlight.map(() => 1),
    WARMUP_INTERVALS,
    WARMUP_INTERVALS + INTERVALS,
    BATCHES,
  );
}

function expectInside(estimate: Interval, theory: number, maxRelativeWidth: number): void {
  expect(Math.abs(estimate.mean - theory)).toBeLessThanOrEqual(estimate.halfWidth);
  // A wide interval would make the check meaningless: demand a precise estimate too.
  expect(estimate.halfWidth / theory).toBeLessThan(maxRelativeWidth);
}

/** Erlang C: the probability that an arrival waits in an M/M/c queue with offered load a = λ/μ. */
function erlangC(c: number, a: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const last = (term * a) / c / (1 - a / c);
  return last / (sum + last);
}

describe('M/M/1 (λ = 0.8/s, μ = 1/s)', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: mean wait ρ/(μ−λ) = 4 s and mean number in system ρ/(1−ρ) = 4`, () => {
      const result = run(
        scenario(
          { name: 'server', concurrency: 1, serviceTime: { kind: 'exponential', mean: 1 } },
          0.8,
        ),
        seed,
      );
      expect(result.summary.services.server!.completions).toBeGreaterThan(200_000);
      expectInside(meanWait(result), 0.8 / (1 - 0.8), 0.1);
      expectInside(meanInSystem(result), 0.8 / (1 - 0.8), 0.1);
    });
  }
});

describe('M/M/c (c = 4, λ = 3.2/s, μ = 1/s): Erlang C', () => {
  it('mean wait C(c, a) / (cμ − λ)', () => {
    const c = 4;
    const lambda = 3.2;
    const theory = erlangC(c, lambda) / (c - lambda);
    const input = scenario(
      { name: 'server', concurrency: c, serviceTime: { kind: 'exponential', mean: 1 } },
      lambda,
    );
    input.duration = (WARMUP_INTERVALS + INTERVALS) * 250;
    input.warmup = WARMUP_INTERVALS * 250;
    input.interval = 250;
    const result = run(input, 7);
    expect(result.summary.services.server!.completions).toBeGreaterThan(200_000);
    expectInside(meanWait(result), theory, 0.1);
    expect(result.summary.services.server!.utilization).toBeCloseTo(0.8, 2);
  });
});

describe('M/D/1 (λ = 0.8/s, D = 1 s): Pollaczek–Khinchine', () => {
  it('mean wait ρD / (2(1−ρ)) = 2 s', () => {
    const result = run(
      scenario(
        { name: 'server', concurrency: 1, serviceTime: { kind: 'constant', value: 1 } },
        0.8,
      ),
      11,
    );
    expect(result.summary.services.server!.completions).toBeGreaterThan(200_000);
    expectInside(meanWait(result), (0.8 * 1) / (2 * (1 - 0.8)), 0.1);
  });
});

describe('M/M/1/K (λ = 0.9/s, μ = 1/s, K = 5: one in service, four waiting)', () => {
  it('blocking probability (1−ρ)ρ^K / (1−ρ^(K+1)) and mean number in system', () => {
    const rho = 0.9;
    const K = 5;
    const blocking = ((1 - rho) * rho ** K) / (1 - rho ** (K + 1));
    let l = 0;
    for (let n = 0; n <= K; n++) l += (n * (1 - rho) * rho ** n) / (1 - rho ** (K + 1));
    const result = run(
      scenario(
        {
          name: 'server',
          concurrency: 1,
          queue: { capacity: K - 1 },
          serviceTime: { kind: 'exponential', mean: 1 },
        },
        rho,
      ),
      5,
    );
    const s = result.series.services.server!;
    const shedShare = batchRatios(
      s.errors,
      s.arrivals,
      WARMUP_INTERVALS,
      WARMUP_INTERVALS + INTERVALS,
      BATCHES,
    );
    expect(result.summary.services.server!.arrivals).toBeGreaterThan(200_000);
    expectInside(shedShare, blocking, 0.1);
    expectInside(meanInSystem(result), l, 0.1);
    expect(result.summary.services.server!.errorsByCause.shed).toBe(
      result.summary.services.server!.errors,
    );
  });
});
