// Adaptive LIFO's published claim ("Fail at Scale", 2015): when a standing queue forms,
// serving the newest requests first answers callers that are still waiting, where FIFO
// spends the server on requests whose callers have given up.
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../index.js';
import { run } from '../testing/run.js';

function overloaded(discipline: 'fifo' | 'adaptive-lifo', rate = 120): ScenarioInput {
  // ρ = 1.2 for 60 s: the backlog grows, callers give up after 200 ms.
  return {
    name: 'overload',
    duration: 60,
    warmup: 10,
    clients: [{ name: 'c', target: 's', arrival: { kind: 'poisson', rate }, timeout: '200ms' }],
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

describe('adaptive LIFO', () => {
  it('keeps answering in time under overload where FIFO answers almost nobody in time', () => {
    const fifo = run(overloaded('fifo'));
    const lifo = run(overloaded('adaptive-lifo'));
    const goodput = (r: typeof fifo): number => r.summary.clients.c!.succeeded / 50;
    expect(goodput(fifo)).toBeLessThan(10);
    // Most of what it serves (capacity 100/s) is still wanted.
    expect(goodput(lifo)).toBeGreaterThan(75);
    // The 5 ms limit sheds eagerly: the worker idles now and then (the price of short waits).
    expect(lifo.summary.services.s!.utilization!).toBeGreaterThan(0.8);
    expect(lifo.summary.services.s!.queueWait.mean!).toBeLessThan(0.02);
  });

  it('is FIFO and sheds nothing while the queue keeps draining', () => {
    const light = overloaded('adaptive-lifo');
    light.clients[0]!.arrival = { kind: 'constant', rate: 50 };
    light.services[0]!.serviceTime = { kind: 'constant', value: '10ms' };
    expect(run(light).summary.services.s!.errors).toBe(0);
  });
});
