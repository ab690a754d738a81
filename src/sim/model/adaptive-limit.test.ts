// Adaptive concurrency limits under overload: each keeps the queue (and so latency) bounded
// while the instance stays busy, where an unlimited queue grows without bound; under light
// load they shed nothing.
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../index.js';
import { run } from '../testing/run.js';
import { createLimit } from './adaptive-limit.js';

function service(rate: number, adaptive?: 'aimd' | 'vegas' | 'gradient'): ScenarioInput {
  // Four workers of 10 ms on average: capacity 400 req/s.
  return {
    name: 'limits',
    duration: 60,
    warmup: 10,
    clients: [{ name: 'c', target: 's', arrival: { kind: 'poisson', rate } }],
    services: [
      {
        name: 's',
        concurrency: 4,
        serviceTime: { kind: 'exponential', mean: '10ms' },
        ...(adaptive ? { shedding: { adaptive } } : {}),
      },
    ],
  };
}

describe('adaptive concurrency limits', () => {
  const overloaded = run(service(600)).summary.services.s!;

  for (const kind of ['aimd', 'gradient'] as const) {
    it(`${kind}: bounded waiting and a busy instance at 1.5× capacity; no shedding at 0.5×`, () => {
      expect(overloaded.queueWait.mean!).toBeGreaterThan(5);
      const s = run(service(600, kind)).summary.services.s!;
      // With Netflix's defaults neither sees a reason to stop growing before its maximum of
      // 200 in flight (AIMD: no latency above 5 s; Gradient2: its long-term latency follows
      // the short one), so a served request waits behind up to ~200 others at 400/s.
      expect(s.queueWait.mean!).toBeLessThan(0.6);
      expect(s.inFlight!).toBeLessThanOrEqual(200);
      expect(s.utilization!).toBeGreaterThan(0.95);
      expect(s.errorsByCause.shed).toBeGreaterThan(0.25 * s.completions);
      expect(run(service(200, kind)).summary.services.s!.errors).toBe(0);
    });
  }

  it('vegas: keeps the queue near empty at 1.5× capacity, at some cost in utilisation', () => {
    const s = run(service(600, 'vegas')).summary.services.s!;
    expect(s.queueWait.mean!).toBeLessThan(0.01);
    expect(s.utilization!).toBeGreaterThan(0.8);
    expect(s.errorsByCause.shed).toBeGreaterThan(0.25 * s.completions);
    // Its no-load latency is the lowest ever seen: with exponential service times that is
    // near zero, so it always sees a queue and sheds a little even at half load.
    const light = run(service(200, 'vegas')).summary.services.s!;
    expect(light.errors / light.completions).toBeLessThan(0.05);
  });

  it('vegas backs off when latency grows over its no-load latency', () => {
    const vegas = createLimit('vegas');
    for (let i = 0; i < 50; i++) vegas.sample(10_000, vegas.limit, false);
    const grown = vegas.limit;
    expect(grown).toBeGreaterThan(20);
    for (let i = 0; i < 50; i++) vegas.sample(40_000, vegas.limit, false);
    expect(vegas.limit).toBeLessThan(grown);
  });
});
