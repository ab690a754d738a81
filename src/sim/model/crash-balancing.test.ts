// A crashed instance leaves the balancer's set (health checks): the survivors share its load.
// Three instances of one worker each (10 ms per request, so 100/s each) take 150 req/s with
// one instance down for the whole run. Shared evenly, each survivor runs at 75% and answers
// in tens of milliseconds; sent mostly to one survivor (150/s against 100/s) its queue grows
// without bound and the p99 reaches seconds.
import { describe, expect, it } from 'vitest';
import { run } from '../testing/run.js';

const balancers = ['round-robin', 'random', 'p2c', 'least-outstanding'] as const;

describe('balancing around a crashed instance', () => {
  it.each(balancers)('%s spreads the dead instance’s share over the survivors', (balancer) => {
    const result = run({
      name: 'crash-balancing',
      duration: '60s',
      warmup: '5s',
      clients: [{ name: 'users', target: 'api', arrival: { kind: 'poisson', rate: 150 } }],
      services: [
        {
          name: 'api',
          instances: 3,
          balancer,
          concurrency: 1,
          serviceTime: { kind: 'constant', value: '10ms' },
        },
      ],
      faults: [{ at: 0, until: '60s', target: 'api', kind: 'crash', instances: 1 }],
    });
    const api = result.summary.services.api!;
    expect(api.errors).toBe(0);
    // M/D/1 at ρ = 0.75: mean wait ρ/(2μ(1−ρ)) = 15 ms; a p99 of a few hundred ms would mean
    // the load is not shared.
    expect(api.latency.p99!).toBeLessThan(0.15);
    expect(api.queueWait.mean!).toBeLessThan(0.03);
  });
});
