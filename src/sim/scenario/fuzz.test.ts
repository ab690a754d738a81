// Whatever a user feeds it, validation answers with issues, never an exception; and what it
// accepts, the engine runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScenario, validateScenario } from '../index.js';

const valid = {
  name: 'fuzz',
  duration: 2,
  clients: [
    {
      name: 'c',
      target: 's',
      arrival: { kind: 'poisson', rate: 20 },
      timeout: '50ms',
      retry: { maxAttempts: 2 },
    },
  ],
  services: [
    {
      name: 's',
      concurrency: 2,
      queue: { capacity: 3 },
      serviceTime: { kind: 'exponential', mean: '10ms' },
    },
  ],
};

/** The same, with step 5 and 6 features: keys, a cache, shards, a replicated store, faults. */
const keyed = {
  name: 'fuzz-keyed',
  duration: 2,
  clients: [
    {
      name: 'c',
      target: 'api',
      arrival: { kind: 'poisson', rate: 50 },
      keys: { count: 100, zipf: 1 },
      writes: 0.2,
      timeout: '50ms',
      retry: { maxAttempts: 2 },
    },
  ],
  services: [
    {
      name: 'api',
      instances: 2,
      balancer: 'key-hash',
      concurrency: 2,
      serviceTime: { kind: 'exponential', mean: '1ms' },
      cache: { size: 10, ttl: '100ms', ttlJitter: 0.5, coalesce: true },
      calls: [{ service: 'db', timeout: '20ms' }],
    },
    {
      name: 'db',
      instances: 3,
      concurrency: 4,
      shards: { routing: 'consistent', virtualNodes: 4 },
      serviceTime: { kind: 'exponential', mean: '2ms' },
      replication: {
        replicas: 3,
        readQuorum: 1,
        writeQuorum: 2,
        lag: { kind: 'exponential', mean: '5ms' },
      },
      dedup: { ttl: '1s' },
    },
  ],
  faults: [
    { kind: 'crash', target: 'db', at: 0.5, until: 0.7, instances: 1 },
    { kind: 'capacity', target: 'db', at: 0.6, until: 1, factor: 0.5 },
    { kind: 'partition', target: 'db', at: 1.2, until: 1.4, from: 'api' },
  ],
};

/** Replaces the value at one path of `value` with `replacement`. */
function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[(path[0] as number) % keys.length] as string;
  const copy: Record<string, unknown> = Array.isArray(value)
    ? ([...value] as unknown as Record<string, unknown>)
    : { ...value };
  copy[key] = mutate((value as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}

describe('validateScenario on arbitrary input', () => {
  it('returns issues with paths, never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = validateScenario(value);
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }),
    );
  });

  it('on a mutated valid scenario: either issues, or a run that completes', () => {
    const replacement = fc.oneof(
      fc.anything(),
      fc.integer({ min: -5, max: 1000 }),
      fc.constantFrom('0s', '1ms', '2s', 'lifo', 'unlimited', 'nope', -1, 0, 1e12),
    );
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.nat(20), { maxLength: 6 }),
        replacement,
        (useKeyed, path, value) => {
          const result = validateScenario(mutate(useKeyed ? keyed : valid, path, value));
          if (!result.ok) {
            for (const issue of result.issues) expect(typeof issue.message).toBe('string');
            return;
          }
          const out = runScenario(result.scenario);
          expect(JSON.stringify(out)).not.toContain('NaN');
        },
      ),
      { numRuns: 400 },
    );
  });
});
