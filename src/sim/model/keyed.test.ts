// Step 5 oracles: Zipf draws, key routing (per-shard load = sums of key probabilities,
// consistent-hashing movement ≈ 1/(n+1)), caches (LRU vs Che's approximation, TTL vs the
// renewal formula, the stampede), replicated stores (quorum overlap, order statistics, PBS
// estimate) and duplicate executions with and without a dedup store.
import { describe, expect, it } from 'vitest';
import { Rng } from '../core/rng.js';
import { ZipfSampler } from '../core/zipf.js';
import type { ScenarioInput } from '../index.js';
import { run, sum } from '../testing/run.js';
import { consistentRouting, hashRouting, rangeRouting } from './keys.js';

const zero = { kind: 'constant', value: 0 } as const;

describe('Zipf keys', () => {
  it('draws each key with probability ∝ 1/(k+1)^s', () => {
    const zipf = new ZipfSampler(50, 1.1);
    const rng = Rng.fromSeed(7);
    const counts = new Float64Array(50);
    const n = 200_000;
    for (let i = 0; i < n; i++) counts[zipf.sample(rng)]!++;
    let h = 0;
    for (let k = 1; k <= 50; k++) h += Math.pow(k, -1.1);
    for (const k of [0, 1, 4, 49]) {
      const p = Math.pow(k + 1, -1.1) / h;
      expect(zipf.probability(k)).toBeCloseTo(p, 12);
      // Within 4 standard deviations of the binomial count.
      expect(Math.abs((counts[k] as number) - n * p)).toBeLessThan(4 * Math.sqrt(n * p * (1 - p)));
    }
  });

  it('is uniform with zipf 0', () => {
    const zipf = new ZipfSampler(10, 0);
    for (let k = 0; k < 10; k++) expect(zipf.probability(k)).toBeCloseTo(0.1, 12);
  });
});

describe('key routing', () => {
  it('consistent hashing moves about 1/(n+1) of the keys, all to the new shard', () => {
    const keys = 100_000;
    for (const n of [4, 10]) {
      const before = consistentRouting(keys, n, 200);
      const after = consistentRouting(keys, n + 1, 200);
      let moved = 0;
      let elsewhere = 0;
      for (let k = 0; k < keys; k++) {
        if (before[k] === after[k]) continue;
        moved++;
        if (after[k] !== n) elsewhere++;
      }
      expect(elsewhere).toBe(0);
      expect(Math.abs(moved / keys - 1 / (n + 1))).toBeLessThan(0.15 / (n + 1));
    }
    // Hash-mod routing moves about n/(n+1) of the keys instead.
    const a = hashRouting(keys, 10);
    const b = hashRouting(keys, 11);
    let moved = 0;
    for (let k = 0; k < keys; k++) if (a[k] !== b[k]) moved++;
    expect(moved / keys).toBeGreaterThan(0.85);
  });

  it('virtual nodes even out the shards', () => {
    const spread = (virtualNodes: number): number => {
      const table = consistentRouting(100_000, 10, virtualNodes);
      const counts = new Float64Array(10);
      for (const shard of table) counts[shard]!++;
      return Math.max(...counts) / 10_000;
    };
    expect(spread(1)).toBeGreaterThan(1.5);
    expect(spread(200)).toBeLessThan(1.2);
  });

  it('sends each shard the probability mass of its keys: a hot key makes a hot shard', () => {
    const keys = 1000;
    const zipf = new ZipfSampler(keys, 1);
    for (const routing of ['range', 'hash', 'consistent'] as const) {
      const result = run({
        name: 'shards',
        duration: 20,
        clients: [
          { name: 'u', target: 'db', arrival: { rate: 2000 }, keys: { count: keys, zipf: 1 } },
        ],
        services: [
          {
            name: 'db',
            instances: 4,
            serviceTime: zero,
            shards: { routing, virtualNodes: 50 },
          },
        ],
      });
      const table =
        routing === 'range'
          ? rangeRouting(keys, 4)
          : routing === 'hash'
            ? hashRouting(keys, 4)
            : consistentRouting(keys, 4, 50);
      const mass = [0, 0, 0, 0];
      for (let k = 0; k < keys; k++) mass[table[k] as number]! += zipf.probability(k);
      const arrivals = result.summary.services.db!.instanceArrivals!;
      const total = arrivals.reduce((a, b) => a + b, 0);
      expect(total).toBe(result.summary.services.db!.arrivals);
      arrivals.forEach((count, shard) => {
        expect(Math.abs(count / total - (mass[shard] as number))).toBeLessThan(0.01);
      });
      if (routing === 'range') expect(arrivals[0]! / total).toBeGreaterThan(0.75);
    }
  });

  it('key-hash balancing pins a key to one instance', () => {
    const result = run({
      name: 'sticky',
      duration: 5,
      clients: [{ name: 'u', target: 'api', arrival: { rate: 500 }, keys: { count: 1 } }],
      services: [{ name: 'api', instances: 8, balancer: 'key-hash', serviceTime: zero }],
    });
    const arrivals = result.summary.services.api!.instanceArrivals!;
    expect(arrivals.filter((a) => a > 0)).toHaveLength(1);
  });
});

/** Che's approximation of an LRU's hit ratio under independent Zipf requests. */
function cheHitRatio(p: number[], size: number): number {
  const filled = (t: number): number => p.reduce((acc, q) => acc + 1 - Math.exp(-q * t), 0);
  let lo = 0;
  let hi = 1;
  while (filled(hi) < size) hi *= 2;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (filled(mid) < size) lo = mid;
    else hi = mid;
  }
  return p.reduce((acc, q) => acc + q * (1 - Math.exp(-q * lo)), 0);
}

type ServiceInput = ScenarioInput['services'][number];

const cacheScenario = (
  cache: ServiceInput['cache'],
  keys: { count: number; zipf?: number },
  rate: number,
  duration = 40,
): ScenarioInput => ({
  name: 'cache',
  duration,
  warmup: 10,
  clients: [{ name: 'u', target: 'cache', arrival: { rate }, keys }],
  services: [
    { name: 'cache', serviceTime: zero, cache, calls: [{ service: 'db' }] },
    { name: 'db', serviceTime: zero },
  ],
});

describe('caches', () => {
  it('an LRU of size k hits as Che’s approximation predicts', () => {
    const keys = 1000;
    const zipf = new ZipfSampler(keys, 0.8);
    const p = Array.from({ length: keys }, (_, k) => zipf.probability(k));
    const topMass = p.slice(0, 100).reduce((a, b) => a + b, 0);
    const result = run(cacheScenario({ size: 100 }, { count: keys, zipf: 0.8 }, 5000));
    const cache = result.summary.services.cache!.cache!;
    const expected = cheHitRatio(p, 100); // ≈ 0.378 (top-100 mass ≈ 0.526)
    expect(Math.abs(cache.hitRatio! - expected)).toBeLessThan(0.01);
    // An LRU does worse than keeping the k most popular keys.
    expect(cache.hitRatio!).toBeLessThan(topMass);
    expect(result.summary.services.db!.arrivals).toBe(cache.misses);
  });

  it('a TTL cache hits λT/(1+λT) of each key’s requests (one miss per TTL cycle)', () => {
    const keys = 100;
    const rate = 1000;
    const ttl = 0.05;
    const zipf = new ZipfSampler(keys, 1);
    let expected = 0;
    for (let k = 0; k < keys; k++) {
      const q = zipf.probability(k);
      expected += (q * (q * rate * ttl)) / (1 + q * rate * ttl);
    }
    const result = run(cacheScenario({ ttl }, { count: keys, zipf: 1 }, rate));
    expect(Math.abs(result.summary.services.cache!.cache!.hitRatio! - expected)).toBeLessThan(0.01);
  });

  it('a fixed hit ratio sends the rest to the origin', () => {
    const result = run(cacheScenario({ hitRatio: 0.8 }, { count: 1 }, 1000, 20));
    const cache = result.summary.services.cache!.cache!;
    expect(Math.abs(cache.hitRatio! - 0.8)).toBeLessThan(0.01);
    expect(result.summary.services.db!.arrivals).toBe(cache.misses);
  });

  it('a hot key’s expiry stampedes the origin unless misses are coalesced', () => {
    // One key, 2000 evenly spaced requests per second, a 200 ms origin, a 10 s TTL: the key
    // is fetched at 0, 10.2 and 20.4 s. Without single flight every request in the 200 ms
    // fetch window goes to the origin (400 per fetch); with it, one request per fetch does.
    const stampede = (coalesce: boolean) =>
      run({
        name: 'stampede',
        duration: 30,
        clients: [
          {
            name: 'u',
            target: 'cache',
            arrival: { kind: 'constant', rate: 2000 },
            keys: { count: 1 },
          },
        ],
        services: [
          {
            name: 'cache',
            serviceTime: zero,
            cache: { ttl: '10s', coalesce },
            calls: [{ service: 'db' }],
          },
          { name: 'db', serviceTime: { kind: 'constant', value: '200ms' } },
        ],
      });
    const plain = stampede(false);
    const coalesced = stampede(true);
    const db = plain.series.services.db!.arrivals;
    expect(Math.abs(plain.summary.services.db!.arrivals - 1200)).toBeLessThanOrEqual(3);
    expect(db[10]).toBeGreaterThanOrEqual(399);
    expect(sum(db, 1, 10)).toBe(0);
    expect(coalesced.summary.services.db!.arrivals).toBe(3);
    expect(coalesced.summary.services.cache!.cache!.coalesced).toBeGreaterThanOrEqual(1190);
    for (const r of [plain, coalesced]) expect(r.summary.clients.u!.failed).toBe(0);
  });

  it('jitter spreads expiries: keys stored together do not expire together', () => {
    const spread = (ttlJitter: number) => {
      const result = run({
        name: 'jitter',
        duration: 12,
        clients: [
          {
            name: 'u',
            target: 'cache',
            arrival: { kind: 'constant', rate: 20000 },
            keys: { count: 200 },
          },
        ],
        services: [
          {
            name: 'cache',
            serviceTime: zero,
            cache: { ttl: '5s', ttlJitter },
            calls: [{ service: 'db' }],
          },
          { name: 'db', serviceTime: zero },
        ],
        interval: '100ms',
      });
      return Math.max(...result.series.services.db!.arrivals.slice(10).map((v) => v ?? 0));
    };
    expect(spread(0)).toBeGreaterThanOrEqual(190);
    expect(spread(0.5)).toBeLessThan(40);
  });
});

const storeScenario = (
  replication: ServiceInput['replication'],
  serviceTime: ServiceInput['serviceTime'],
  duration = 200,
): ScenarioInput => ({
  name: 'store',
  duration,
  warmup: 5,
  clients: [
    { name: 'readers', target: 'store', arrival: { rate: 1000 }, keys: { count: 250 }, writes: 0 },
    { name: 'writers', target: 'store', arrival: { rate: 50 }, keys: { count: 250 }, writes: 1 },
  ],
  services: [{ name: 'store', serviceTime, replication }],
});

describe('replicated store', () => {
  it('never reads stale when R + W > N, lag or not; does with R = W = 1', () => {
    const lag = { kind: 'exponential', mean: '50ms' } as const;
    const exp = { kind: 'exponential', mean: '5ms' } as const;
    const quorums: [number, number][] = [
      [2, 2],
      [1, 3],
      [3, 1],
    ];
    for (const [r, w] of quorums) {
      const result = run(
        storeScenario({ replicas: 3, readQuorum: r, writeQuorum: w, lag }, exp, 40),
      );
      const s = result.summary.services.store!.replication!;
      expect(s.reads).toBeGreaterThan(30_000);
      expect(s.staleReads).toBe(0);
    }
    const weak = run(storeScenario({ replicas: 3, readQuorum: 1, writeQuorum: 1 }, exp, 40));
    expect(weak.summary.services.store!.replication!.staleReads).toBeGreaterThan(0);
  });

  it('R = W = 1: stale share ≈ write rate × E[lag − fastest lag] = w·L·(1 − 1/N)', () => {
    // Per key, writes come at w = 0.2/s; a write commits when the fastest of N = 3 replicas
    // applied it (after Exp(L = 100 ms)); a read picks a random replica, which is behind for
    // E[X_J − min X] = L(1 − 1/N) after the commit. Reads see that window w times a second.
    const result = run(
      storeScenario(
        { replicas: 3, readQuorum: 1, writeQuorum: 1, lag: { kind: 'exponential', mean: '100ms' } },
        zero,
      ),
    );
    const share = result.summary.services.store!.replication!.staleShare!;
    const expected = 0.2 * 0.1 * (2 / 3);
    expect(Math.abs(share - expected) / expected).toBeLessThan(0.1);
  });

  it('a write takes the W-th fastest acknowledgement, a read the slowest of R', () => {
    // Exp(10 ms) per replica: E[2nd of 3] = 10·(1/3 + 1/2) ms; E[max of 2] = 10·(1 + 1/2) ms.
    const mean = (writes: number, quorum: { readQuorum?: number; writeQuorum?: number }) => {
      const result = run({
        name: 'latency',
        duration: 100,
        clients: [{ name: 'u', target: 'store', arrival: { rate: 500 }, writes }],
        services: [
          {
            name: 'store',
            serviceTime: { kind: 'exponential', mean: '10ms' },
            replication: { replicas: 3, readQuorum: 1, writeQuorum: 1, ...quorum },
          },
        ],
      });
      return result.summary.services.store!.latency.mean!;
    };
    expect(Math.abs(mean(1, { writeQuorum: 2 }) / 0.008333 - 1)).toBeLessThan(0.03);
    expect(Math.abs(mean(0, { readQuorum: 2 }) / 0.015 - 1)).toBeLessThan(0.03);
  });
});

describe('idempotency', () => {
  // A payment takes 1.5 s; the client times out after 1 s and tries 3 times. Requests come
  // at 1, 2, …, 10 s and the run ends at 10.5 s: requests 1–8 make 3 attempts, 9 makes 2,
  // 10 makes 1, so 27 executions of 10 requests: 17 duplicates.
  const payments = (dedup: boolean) =>
    run({
      name: 'charges',
      duration: 10.5,
      clients: [
        {
          name: 'shop',
          target: 'api',
          arrival: { kind: 'constant', rate: 1 },
          timeout: '1s',
          retry: { maxAttempts: 3 },
        },
      ],
      services: [
        { name: 'api', serviceTime: zero, calls: [{ service: 'payments' }] },
        {
          name: 'payments',
          serviceTime: { kind: 'constant', value: '1.5s' },
          ...(dedup ? { dedup: {} } : {}),
        },
      ],
    });

  it('counts a payment executed again after a timeout and a retry', () => {
    const result = payments(false);
    expect(result.summary.clients.shop!.attempts).toBe(27);
    expect(result.summary.services.payments!.duplicateExecutions).toBe(17);
    expect(result.summary.services.api!.duplicateExecutions).toBe(17);
    expect(sum(result.series.services.payments!.duplicateExecutions!)).toBe(17);
  });

  /** The shop calls payments directly: a request a second, a 1.5 s payment, a 1 s timeout. */
  const direct = (
    name: string,
    retry: NonNullable<ScenarioInput['clients'][number]['retry']>,
    dedup: ScenarioInput['services'][number]['dedup'],
  ) =>
    run({
      name,
      duration: 10.5,
      clients: [
        {
          name: 'shop',
          target: 'payments',
          arrival: { kind: 'constant', rate: 1 },
          timeout: '1s',
          retry,
        },
      ],
      services: [{ name: 'payments', serviceTime: { kind: 'constant', value: '1.5s' }, dedup }],
    });

  it('a dedup store whose keys expire before the retry lets the duplicate through', () => {
    const result = direct('short-ttl', { maxAttempts: 2 }, { ttl: '500ms' });
    // Requests at 1 … 9 s retry at 2 … 10 s, after their keys expired: 9 duplicates.
    expect(result.summary.services.payments!.deduplicated).toBe(0);
    expect(result.summary.services.payments!.duplicateExecutions).toBe(9);
  });

  it('a dedup store refuses a repeat with 409 while the first runs, and makes no duplicate', () => {
    // No backoff: both retries of requests 1–9 come at once, while the 1.5 s payment still
    // runs, and are refused: 18 409s. They fail those requests fast through the API (a real
    // client would wait and ask again), and nothing executes twice.
    const result = payments(true);
    const s = result.summary.services.payments!;
    expect(s.duplicateExecutions).toBe(0);
    expect(s.deduplicated).toBe(0);
    expect(s.errorsByCause.conflict).toBe(18);
    expect(result.summary.clients.shop!.failuresByCause.dependencyFailed).toBe(9);
  });

  it('replays the outcome of a finished execution to a repeat that comes after it', () => {
    // Backoff 250 ms, then 500 ms: a request made at k s executes from k to k + 1.5 and times
    // out at k + 1; its retry at k + 1.25 gets a 409 and the next, at k + 1.75, the stored
    // success. Before 10.5 s requests 1–9 get their 409 and requests 1–8 their replay.
    const result = direct(
      'replays',
      { maxAttempts: 3, backoff: { base: '250ms', multiplier: 2, jitter: 'none' } },
      {},
    );
    const s = result.summary.services.payments!;
    expect(s.duplicateExecutions).toBe(0);
    expect(s.errorsByCause.conflict).toBe(9);
    expect(s.deduplicated).toBe(8);
    expect(result.summary.clients.shop!.succeeded).toBe(8);
  });

  it('replays a failure too: a repeat of a charge that failed fails without executing', () => {
    // The bank refuses everything; each request's first attempt executes and fails, and its
    // two retries are answered from the store: the bank sees one call per request.
    const result = run({
      name: 'failures',
      duration: 10.5,
      clients: [
        {
          name: 'shop',
          target: 'payments',
          arrival: { kind: 'constant', rate: 1 },
          timeout: '10s',
          retry: { maxAttempts: 3 },
        },
      ],
      services: [
        {
          name: 'payments',
          serviceTime: { kind: 'constant', value: '100ms' },
          dedup: {},
          calls: [{ service: 'bank' }],
        },
        { name: 'bank', serviceTime: zero },
      ],
      faults: [{ at: '0s', until: '11s', target: 'bank', kind: 'errors', rate: 1 }],
    });
    const requests = result.summary.clients.shop!.requests;
    expect(requests).toBe(10);
    expect(result.summary.services.bank!.arrivals).toBe(requests);
    expect(result.summary.services.payments!.deduplicated).toBe(2 * requests);
    expect(result.summary.clients.shop!.failuresByCause.dependencyFailed).toBe(requests);
  });
});

describe('determinism', () => {
  it('gives byte-identical results with keys, caches, shards, quorums, dedup and faults', () => {
    const scenario: ScenarioInput = {
      name: 'all',
      duration: 20,
      network: { latency: { kind: 'exponential', mean: '1ms' } },
      clients: [
        {
          name: 'u',
          target: 'cache',
          arrival: { rate: 300 },
          keys: { count: 500, zipf: 1.1 },
          writes: 0.1,
          timeout: '50ms',
          retry: { maxAttempts: 2 },
        },
      ],
      services: [
        {
          name: 'cache',
          instances: 2,
          balancer: 'key-hash',
          serviceTime: { kind: 'exponential', mean: '1ms' },
          cache: { size: 50, ttl: '2s', ttlJitter: 0.2, coalesce: true },
          calls: [{ service: 'db' }],
        },
        {
          name: 'db',
          instances: 3,
          concurrency: 8,
          shards: { routing: 'consistent', virtualNodes: 20 },
          serviceTime: { kind: 'exponential', mean: '5ms' },
          replication: {
            replicas: 3,
            readQuorum: 1,
            writeQuorum: 2,
            lag: { kind: 'exponential', mean: '20ms' },
          },
          dedup: { ttl: '10s' },
        },
      ],
      faults: [
        { kind: 'crash', target: 'db', at: 5, until: 7, instances: 1 },
        { kind: 'capacity', target: 'db', at: 8, until: 12, factor: 0.5 },
        { kind: 'partition', target: 'db', at: 14, until: 15, from: 'cache' },
      ],
    };
    const a = JSON.stringify(run(scenario));
    expect(JSON.stringify(run(scenario))).toBe(a);
    expect(JSON.stringify(run(scenario, 2))).not.toBe(a);
  });
});
