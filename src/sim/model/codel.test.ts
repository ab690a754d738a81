// CoDel's published behaviour: under sustained overload it keeps the queueing delay near its
// target and the server busy, where a plain FIFO queue's delay grows without bound.
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../index.js';
import { run } from '../testing/run.js';

function overloaded(discipline: 'fifo' | 'codel'): ScenarioInput {
  // ρ = 1.2: 120 req/s on one worker that serves 100/s on average.
  return {
    name: 'overload',
    duration: 120,
    warmup: 20,
    clients: [{ name: 'c', target: 's', arrival: { kind: 'poisson', rate: 120 } }],
    services: [
      {
        name: 's',
        concurrency: 1,
        queue: { discipline, target: '5ms', interval: '100ms' },
        serviceTime: { kind: 'exponential', mean: '10ms' },
      },
    ],
  };
}

describe('CoDel', () => {
  it('keeps the queueing delay near its target under overload, and the worker busy', () => {
    const fifo = run(overloaded('fifo')).summary.services.s!;
    const codel = run(overloaded('codel')).summary.services.s!;
    // FIFO: the backlog grows by ~20 requests a second, so waits reach tens of seconds.
    expect(fifo.queueWait.mean!).toBeGreaterThan(5);
    // CoDel: delay of the order of its 5 ms target (not of seconds), at near full utilisation.
    expect(codel.queueWait.mean!).toBeLessThan(0.05);
    expect(codel.utilization!).toBeGreaterThan(0.9);
    // What it does not serve it sheds: about the 20% excess.
    expect(codel.errorsByCause.shed / codel.completions).toBeGreaterThan(0.12);
    expect(codel.errorsByCause.shed / codel.completions).toBeLessThan(0.3);
  });

  it('drops nothing while no request waits longer than the target', () => {
    // Evenly spaced arrivals, each served before the next comes: sojourn is always 0.
    const light = overloaded('codel');
    light.clients[0]!.arrival = { kind: 'constant', rate: 50 };
    light.services[0]!.serviceTime = { kind: 'constant', value: '10ms' };
    expect(run(light).summary.services.s!.errors).toBe(0);
  });
});
