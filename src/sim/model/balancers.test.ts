// Load balancers against theory: random splitting of a Poisson stream gives each instance an
// M/M/1 queue (Poisson thinning), and the power of two choices (Mitzenmacher 2001) does far
// better than random at the same load.
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../index.js';
import { batchRatios } from '../testing/statistics.js';
import { run } from '../testing/run.js';

const INSTANCES = 10;
const RATE = 8; // ρ = 0.8 on instances that serve 1/s each

function farm(balancer: 'random' | 'p2c' | 'least-outstanding'): ScenarioInput {
  return {
    name: 'farm',
    duration: 26_000,
    warmup: 1000,
    interval: 100,
    clients: [{ name: 'c', target: 's', arrival: { kind: 'poisson', rate: RATE } }],
    services: [
      {
        name: 's',
        instances: INSTANCES,
        balancer,
        concurrency: 1,
        serviceTime: { kind: 'exponential', mean: 1 },
      },
    ],
  };
}

function meanWait(balancer: Parameters<typeof farm>[0]) {
  const s = run(farm(balancer), 21).series.services.s!;
  const totals = s.queueWait.map((w, i) => (w ?? 0) * (s.completions[i] ?? 0));
  return batchRatios(totals, s.completions, 10, 260, 25);
}

describe('balancers', () => {
  it('random: every instance is an M/M/1 queue, mean wait ρ/(μ−λ) = 4 s', () => {
    const wait = meanWait('random');
    expect(Math.abs(wait.mean - 4)).toBeLessThanOrEqual(wait.halfWidth);
    expect(wait.halfWidth / 4).toBeLessThan(0.1);
  });

  it('p2c approaches the supermarket model; least-outstanding (join the shortest queue) does better', () => {
    // Mitzenmacher's limit for n → ∞ with d = 2 choices: time in system Σ_{i≥1} ρ^(2^i − 2).
    let time = 0;
    for (let i = 1; i < 10; i++) time += (RATE / INSTANCES) ** (2 ** i - 2);
    const limit = time - 1; // minus the 1 s of service: ≈ 0.95 s of waiting
    const p2c = meanWait('p2c');
    const shortest = meanWait('least-outstanding');
    // Ten instances are not infinitely many: allow 25% above the limit, never below it.
    expect(p2c.mean + p2c.halfWidth).toBeGreaterThan(limit);
    expect(p2c.mean).toBeLessThan(1.25 * limit);
    expect(p2c.mean).toBeLessThan(0.3 * 4);
    expect(shortest.mean + shortest.halfWidth).toBeLessThan(p2c.mean - p2c.halfWidth);
  });
});
