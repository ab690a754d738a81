// Step 6: crash, capacity and partition faults on a schedule. Evenly spaced arrivals and
// constant service times make the expected counts a direct computation.
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../index.js';
import { validateScenario } from '../index.js';
import { run, sum } from '../testing/run.js';

type Fault = ScenarioInput['faults'] extends (infer F)[] | undefined ? F : never;

// 100 requests a second at 10 ms, 20 ms, …; each takes 10 ms; the client waits 100 ms.
const scenario = (faults: Fault[], instances = 2, extra: object = {}): ScenarioInput => ({
  name: 'faults',
  duration: 30,
  clients: [
    { name: 'users', target: 'api', arrival: { kind: 'constant', rate: 100 }, timeout: '100ms' },
  ],
  services: [
    {
      name: 'api',
      instances,
      concurrency: 4,
      serviceTime: { kind: 'constant', value: '10ms' },
      ...extra,
    },
  ],
  faults,
});

describe('crash', () => {
  it('refuses every request while all instances are down, loses those in flight', () => {
    const result = run(scenario([{ kind: 'crash', target: 'api', at: 10, until: 20 }]));
    const users = result.summary.clients.users!;
    // The 1,000 arrivals in [10 s, 20 s) are refused at once; the one in service at 10 s is
    // lost and times out.
    expect(users.failuresByCause.fault).toBe(1000);
    expect(users.failuresByCause.timeout).toBe(1);
    expect(users.failed).toBe(1001);
    const failed = result.series.clients.users!.failed;
    expect(sum(failed, 0, 10) + sum(failed, 21)).toBe(0);
  });

  it('sends requests to the instances that are up', () => {
    const result = run(
      scenario([{ kind: 'crash', target: 'api', at: 10, until: 20, instances: 1 }], 3),
    );
    const users = result.summary.clients.users!;
    // At most the request in service on the crashed instance is lost.
    expect(users.failed).toBeLessThanOrEqual(1);
    expect(users.failuresByCause.fault).toBe(0);
    expect(users.succeeded).toBe(users.requests - users.failed - users.inFlightAtEnd);
  });

  it('loses the queue of a crashed instance', () => {
    // One instance, one worker, 20 ms per request at 100/s: the queue grows by 50 a second;
    // at 10 s about 500 wait. A crash loses them all (their callers time out).
    const result = run({
      ...scenario([{ kind: 'crash', target: 'api', at: 10, until: 10.001 }], 1),
      clients: [{ name: 'users', target: 'api', arrival: { kind: 'constant', rate: 100 } }],
      services: [{ name: 'api', concurrency: 1, serviceTime: { kind: 'constant', value: '20ms' } }],
    });
    const api = result.summary.services.api!;
    expect(Math.abs(api.errorsByCause.fault - 500)).toBeLessThanOrEqual(2);
    // The arrival at exactly 10 s finds no instance up and is refused.
    expect(result.summary.clients.users!.failed).toBe(1);
    expect(result.summary.clients.users!.inFlightAtEnd).toBeGreaterThanOrEqual(500);
  });
});

describe('capacity', () => {
  it('halving the workers builds a queue that grows at the lost throughput', () => {
    // One instance with 4 workers of 10 ms serves 400/s; 300/s arrive. With 2 workers it
    // serves 200/s, so the queue grows by 100 a second: it averages about 950 over the last
    // second of the fault, then drains at 100/s once the workers are back (empty at 30 s).
    const result = run({
      ...scenario([{ kind: 'capacity', target: 'api', at: 10, until: 20, factor: 0.5 }], 1),
      clients: [{ name: 'users', target: 'api', arrival: { kind: 'constant', rate: 300 } }],
    });
    const queue = result.series.services.api!.queueLength;
    expect(queue[9]).toBe(0);
    expect(Math.abs(queue[19]! - 950)).toBeLessThan(10);
    expect(Math.abs(queue[24]! - 550)).toBeLessThan(10);
    expect(Math.abs(queue[29]! - 50)).toBeLessThan(10);
    expect(result.summary.clients.users!.failed).toBe(0);
  });

  it('needs a finite concurrency', () => {
    const checked = validateScenario({
      ...scenario([{ kind: 'capacity', target: 'api', at: 1, until: 2, factor: 0.5 }]),
      services: [{ name: 'api', serviceTime: { kind: 'constant', value: '10ms' } }],
    });
    expect(checked.ok).toBe(false);
  });
});

describe('partition', () => {
  it('drops requests and replies across it: callers time out', () => {
    const result = run(scenario([{ kind: 'partition', target: 'api', at: 10, until: 20 }]));
    const users = result.summary.clients.users!;
    // The 1,000 requests sent during the partition, and the reply of the one in service
    // at 10 s, are lost.
    expect(users.failuresByCause.timeout).toBe(1001);
    expect(users.failed).toBe(1001);
    expect(result.summary.services.api!.arrivals).toBe(3000 - 1000 - 1);
  });

  it('cuts only the link from `from`', () => {
    const calls = (from: string) =>
      run({
        name: 'link',
        duration: 30,
        clients: [
          { name: 'users', target: 'api', arrival: { kind: 'constant', rate: 100 } },
          { name: 'admin', target: 'db', arrival: { kind: 'constant', rate: 10 }, timeout: '1s' },
        ],
        services: [
          {
            name: 'api',
            serviceTime: { kind: 'constant', value: '1ms' },
            calls: [{ service: 'db', timeout: '100ms' }],
          },
          { name: 'db', serviceTime: { kind: 'constant', value: '1ms' } },
        ],
        faults: [{ kind: 'partition', target: 'db', at: 10, until: 20, from }],
      });
    const cut = calls('api');
    expect(cut.summary.services.api!.errorsByCause.dependencyFailed).toBe(1000);
    expect(cut.summary.clients.admin!.failed).toBe(0);
    const other = calls('admin');
    expect(other.summary.services.api!.errors).toBe(0);
    expect(other.summary.clients.admin!.failuresByCause.timeout).toBe(100);
  });
});
