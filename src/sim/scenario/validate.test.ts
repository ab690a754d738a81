import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema, validateScenario } from '../index.js';
import { toMicros } from './duration.js';

const base = () => ({
  name: 'ok',
  duration: '60s',
  clients: [{ name: 'users', target: 'api', arrival: { kind: 'poisson', rate: 10 } }],
  services: [
    { name: 'api', serviceTime: { kind: 'exponential', mean: '20ms' }, calls: [{ service: 'db' }] },
    { name: 'db', serviceTime: { kind: 'constant', value: '5ms' } },
  ],
});

function issuesOf(value: unknown) {
  const result = validateScenario(value);
  return result.ok ? [] : result.issues;
}

describe('durations', () => {
  it('reads seconds and unit strings as whole microseconds', () => {
    expect(toMicros(1.5)).toBe(1_500_000);
    expect(toMicros('250ms')).toBe(250_000);
    expect(toMicros('2s')).toBe(2_000_000);
    expect(toMicros('5m')).toBe(300_000_000);
    expect(toMicros('1h')).toBe(3_600_000_000);
    expect(toMicros('750us')).toBe(750);
  });
});

describe('validateScenario', () => {
  it('accepts a valid scenario and fills the plain defaults', () => {
    const result = validateScenario(base());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const api = result.scenario.services[0]!;
    expect(api.concurrency).toBe('unlimited');
    expect(api.instances).toBe(1);
    expect(api.queue).toBeUndefined();
    expect(result.scenario.clients[0]!.retry).toBeUndefined();
    expect(result.scenario.warmup).toBe(0);
  });

  it('accepts the whole example of DESIGN.md', () => {
    const design = {
      name: 'checkout-brownout',
      seed: 42,
      duration: '300s',
      warmup: '10s',
      network: { latency: { kind: 'exponential', mean: '1ms' } },
      clients: [
        {
          name: 'users',
          target: 'api',
          arrival: { kind: 'poisson', rate: 200 },
          keys: { count: 10000, zipf: 1.1 },
          timeout: '1s',
          deadline: '3s',
          retry: {
            maxAttempts: 3,
            backoff: { base: '50ms', cap: '2s', multiplier: 2, jitter: 'full' },
            budget: { ratio: 0.1 },
          },
        },
      ],
      services: [
        {
          name: 'api',
          instances: 4,
          balancer: 'least-outstanding',
          concurrency: 8,
          queue: { capacity: 100, discipline: 'fifo' },
          serviceTime: { kind: 'lognormal', median: '20ms', p99: '120ms' },
          propagateDeadline: true,
          calls: [
            {
              service: 'db',
              timeout: '300ms',
              retry: {
                maxAttempts: 2,
                backoff: { base: '20ms', jitter: 'full' },
                budget: { ratio: 0.1 },
              },
              breaker: {
                failureRate: 0.5,
                window: '10s',
                minRequests: 20,
                open: '5s',
                halfOpenProbes: 3,
              },
              fallback: 'degraded',
            },
          ],
        },
        {
          name: 'db',
          instances: 1,
          concurrency: 16,
          serviceTime: { kind: 'exponential', mean: '5ms' },
          contention: { perInFlight: '0.1ms' },
        },
      ],
      faults: [
        { at: '60s', until: '120s', target: 'db', kind: 'latency', add: '400ms' },
        { at: '20s', until: '25s', target: 'users', kind: 'traffic', factor: 2 },
      ],
    };
    expect(issuesOf(design)).toEqual([]);
  });

  it('reports unknown fields with their path', () => {
    const value = base();
    (value.services[0] as Record<string, unknown>).serviceTiem = 1;
    const issues = issuesOf(value);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(['services', 0, 'serviceTiem']);
    expect(issues[0]!.message).toMatch(/unknown field "serviceTiem"/);
  });

  it('reports an unknown target or called service, naming the services that exist', () => {
    const value = base();
    value.clients[0]!.target = 'apy';
    value.services[0]!.calls![0]!.service = 'dbb';
    const issues = issuesOf(value);
    expect(issues.map((i) => i.path)).toEqual([
      ['clients', 0, 'target'],
      ['services', 0, 'calls', 0, 'service'],
    ]);
    expect(issues[0]!.message).toBe('no service is named "apy"; the services are: api, db');
  });

  it('reports a cycle in calls', () => {
    const value = base();
    (value.services[1] as Record<string, unknown>).calls = [{ service: 'api' }];
    const issues = issuesOf(value);
    expect(issues).toEqual([
      {
        path: ['services', 1, 'calls', 0, 'service'],
        message: 'calls form a cycle (api → db → api): remove one call',
      },
    ]);
  });

  it('reports a negative rate and a bad duration string at their paths', () => {
    const value = base() as Record<string, unknown>;
    (value.clients as { arrival: { rate: number } }[])[0]!.arrival.rate = -5;
    value.duration = '10 minutes';
    const issues = issuesOf(value);
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([['duration'], ['clients', 0, 'arrival', 'rate']]),
    );
    expect(issues.find((i) => i.path[0] === 'duration')!.message).toMatch(/250ms, 2s, 5m/);
    expect(issues.find((i) => i.path[0] === 'clients')!.message).toBe('a rate cannot be negative');
  });

  it('checks windows and distributions across fields', () => {
    const value = base() as Record<string, unknown>;
    value.warmup = '2m';
    value.faults = [{ at: '30s', until: '10s', target: 'users', kind: 'latency', add: '1s' }];
    (value.services as Record<string, unknown>[])[1]!.serviceTime = {
      kind: 'uniform',
      min: '5ms',
      max: '1ms',
    };
    const messages = issuesOf(value).map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual([
      'faults.0.kind: a latency fault targets a service, not a client',
      'faults.0.until: `until` must be later than `at`',
      'warmup: the warm-up must end before the duration: shorten it',
      'services.1.serviceTime.max: `max` must be at least `min`',
    ]);
  });

  it('needs exactly one of arrival or closed', () => {
    const value = base();
    (value.clients[0] as Record<string, unknown>).closed = { users: 3 };
    expect(issuesOf(value)[0]!.message).toMatch(/exactly one of `arrival`/);
  });
});

describe('scenarioJsonSchema', () => {
  it('exports the input format with defaults, descriptions and no unknown keys', () => {
    const schema = scenarioJsonSchema() as {
      properties: Record<string, { default?: unknown }>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(schema.required).toEqual(
      expect.arrayContaining(['name', 'duration', 'clients', 'services']),
    );
    expect(schema.required).not.toContain('warmup');
    expect(schema.properties.interval!.default).toBe('1s');
    expect(schema.additionalProperties).toBe(false);
    expect(JSON.stringify(schema)).toContain('decorrelated');
  });
});

describe('step 5 and 6 checks', () => {
  const keyed = () => ({
    name: 'k',
    duration: 10,
    clients: [{ name: 'u', target: 'api', arrival: { rate: 10 }, keys: { count: 100 } }],
    services: [
      { name: 'api', serviceTime: { kind: 'constant', value: 0 }, calls: [{ service: 'db' }] },
      { name: 'db', concurrency: 2, serviceTime: { kind: 'constant', value: 0 } },
    ],
  });
  const pathsOf = (value: unknown) => issuesOf(value).map((i) => i.path.join('.'));

  it('accepts keys, caches, shards, replication, dedup and every fault kind', () => {
    const value = keyed() as Record<string, unknown> & ReturnType<typeof keyed>;
    Object.assign(value.services[0]!, {
      cache: { size: 10, ttl: '1s', coalesce: true },
      instances: 2,
      balancer: 'key-hash',
    });
    Object.assign(value.services[1]!, {
      shards: { routing: 'consistent', virtualNodes: 10 },
      instances: 2,
      replication: { replicas: 3, readQuorum: 2, writeQuorum: 2 },
      dedup: {},
    });
    value.faults = [
      { kind: 'crash', target: 'db', at: 1, until: 2, instances: 1 },
      { kind: 'capacity', target: 'db', at: 1, until: 2, factor: 0.5 },
      { kind: 'partition', target: 'db', at: 1, until: 2, from: 'api' },
    ];
    expect(issuesOf(value)).toEqual([]);
  });

  it('flags contradictory or impossible settings', () => {
    const value = keyed() as Record<string, unknown> & ReturnType<typeof keyed>;
    Object.assign(value.services[0]!, { cache: { hitRatio: 0.5, size: 10 } });
    Object.assign(value.services[1]!, {
      replication: { replicas: 2, readQuorum: 3, writeQuorum: 1 },
    });
    value.faults = [
      { kind: 'crash', target: 'db', at: 1, until: 2, instances: 2 },
      { kind: 'capacity', target: 'api', at: 1, until: 2, factor: 0.5 },
      { kind: 'partition', target: 'db', at: 1, until: 2, from: 'nobody' },
    ];
    expect(pathsOf(value)).toEqual([
      'services.0.cache',
      'services.1.replication.readQuorum',
      'faults.0.instances',
      'faults.1.kind',
      'faults.2.from',
    ]);
  });

  it('asks for keys where routing or a keyed cache needs them, and an origin for a cache', () => {
    const value = keyed();
    delete (value.clients[0] as { keys?: unknown }).keys;
    Object.assign(value.services[0]!, { cache: { ttl: '1s' } });
    Object.assign(value.services[1]!, { shards: { routing: 'hash' }, instances: 2 });
    expect(pathsOf(value)).toEqual(['services.0.cache', 'services.1.shards']);
    const noOrigin = keyed();
    Object.assign(noOrigin.services[1]!, { cache: { hitRatio: 0.9 } });
    expect(pathsOf(noOrigin)).toEqual(['services.1.cache']);
  });
});
