import { describe, expect, it } from 'vitest';
import { run } from '../testing/run.js';

describe('optimistic-concurrency store', () => {
  it('commits the first of two writes that read the same version; the other conflicts', () => {
    // Constant 10 ms hops: both users read at 10 ms and write at 30 ms; the second write
    // finds a newer version and fails; its user asks again (reads at 50 ms, commits at 70 ms).
    const result = run({
      name: 'two-writers',
      duration: 1,
      network: { latency: { kind: 'constant', value: '10ms' } },
      clients: [{ name: 'w', target: 'row', closed: { users: 2, requests: 1 } }],
      services: [{ name: 'row', serviceTime: { kind: 'constant', value: 0 }, occ: { rows: 1 } }],
    });
    const w = result.summary.clients.w!;
    expect([w.requests, w.succeeded, w.failed]).toEqual([3, 2, 1]);
    expect(w.failuresByCause.conflict).toBe(1);
    expect(w.latency.max).toBe(0.04);
    expect(result.summary.services.row!.errorsByCause.conflict).toBe(1);
  });

  it('conflicts when another write commits within the read–write window, per row', () => {
    const share = (rows: number): number => {
      const result = run({
        name: 'rows',
        duration: 200,
        clients: [{ name: 'w', target: 'rows', arrival: { kind: 'poisson', rate: 50 } }],
        services: [
          { name: 'rows', serviceTime: { kind: 'constant', value: '1ms' }, occ: { rows } },
        ],
        network: { latency: { kind: 'constant', value: '1ms' } },
      });
      const s = result.summary.services.rows!;
      return s.errorsByCause.conflict / s.completions;
    };
    // The window between a read and its write is 2 ms (two hops). Commits arrive at about
    // λ(1−p) per second, so p ≈ 1 − exp(−λ(1−p)·0.002) ≈ 0.091 with one row, ≈ 1e-4 with 1000.
    const one = share(1);
    expect(Math.abs(one - 0.091)).toBeLessThan(0.01);
    expect(share(1000)).toBeLessThan(0.001);
  });

  it('counts a duplicate execution when a retry commits again, not when a write conflicted', () => {
    // Constant 10 ms hops, a 15 ms timeout, three attempts without backoff. Attempt 1 reads at
    // 10 ms and commits at 30 ms, but its caller gave up at 15 ms. Attempt 2 reads at 25 ms,
    // before that commit, so its write at 45 ms conflicts: it executed nothing. Attempt 3
    // reads at 40 ms and commits at 60 ms: the same request written twice, one duplicate.
    const result = run({
      name: 'late-commit',
      duration: 0.07,
      network: { latency: { kind: 'constant', value: '10ms' } },
      clients: [
        {
          name: 'w',
          target: 'row',
          closed: { users: 1, requests: 1 },
          timeout: '15ms',
          retry: { maxAttempts: 3 },
        },
      ],
      services: [{ name: 'row', serviceTime: { kind: 'constant', value: 0 }, occ: { rows: 1 } }],
    });
    const row = result.summary.services.row!;
    expect(row.errorsByCause.conflict).toBe(1);
    expect(row.duplicateExecutions).toBe(1);
  });

  it('counts no duplicate executions when retries only follow conflicts', () => {
    // Brooker's experiment: every retry follows a conflict, so nothing executes twice.
    const result = run({
      name: 'contention',
      duration: 60,
      network: { latency: { kind: 'normal', mean: '10ms', stddev: '2ms' } },
      clients: [
        {
          name: 'w',
          target: 'row',
          closed: { users: 20, requests: 1 },
          retry: { maxAttempts: 50, backoff: { base: '5ms', cap: '2s', jitter: 'full' } },
        },
      ],
      services: [{ name: 'row', serviceTime: { kind: 'constant', value: 0 }, occ: { rows: 1 } }],
    });
    const row = result.summary.services.row!;
    expect(row.errorsByCause.conflict).toBeGreaterThan(20);
    expect(row.duplicateExecutions).toBe(0);
  });
});
