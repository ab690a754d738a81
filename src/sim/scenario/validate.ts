// Validation a user can act on: the zod schema checks shapes, then the checks here look
// across fields (names that must exist, call cycles, time windows) and flag the parts of the
// format this engine version does not run yet, instead of silently ignoring them.
import type { z } from 'zod';
import { Sampler } from '../core/distributions.js';
import type { DistributionSpec } from './distribution.js';
import { toMicros } from './duration.js';
import { scenarioSchema, type Scenario } from './schema.js';

const MAX_DURATION_US = 1e13;
const MAX_REQUESTS = 1e8;

export interface ScenarioIssue {
  path: (string | number)[];
  message: string;
}

export type ValidationResult =
  { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

export function validateScenario(value: unknown): ValidationResult {
  const parsed = scenarioSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.flatMap(fromZod) };
  const issues = [
    ...checkReferences(parsed.data),
    ...checkValues(parsed.data),
    ...checkSupported(parsed.data),
  ];
  return issues.length === 0 ? { ok: true, scenario: parsed.data } : { ok: false, issues };
}

function fromZod(issue: z.core.$ZodIssue): ScenarioIssue[] {
  const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: [...path, key],
      message: `unknown field "${key}": check its spelling against docs/scenario-reference.md`,
    }));
  }
  return [{ path, message: issue.message }];
}

function checkReferences(s: Scenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const services = new Map<string, number>();
  s.services.forEach((service, i) => {
    if (services.has(service.name)) {
      issues.push({
        path: ['services', i, 'name'],
        message: `two services are named "${service.name}": rename one`,
      });
    }
    services.set(service.name, i);
  });
  const clients = new Set<string>();
  s.clients.forEach((client, i) => {
    if (clients.has(client.name) || services.has(client.name)) {
      issues.push({
        path: ['clients', i, 'name'],
        message: `the name "${client.name}" is already used: rename this client`,
      });
    }
    clients.add(client.name);
    if (!services.has(client.target)) {
      issues.push({
        path: ['clients', i, 'target'],
        message: unknownService(client.target, services),
      });
    }
    if ((client.arrival === undefined) === (client.closed === undefined)) {
      issues.push({
        path: ['clients', i],
        message:
          'give a client exactly one of `arrival` (open loop) or `closed` (users who wait for answers)',
      });
    }
  });
  s.services.forEach((service, i) => {
    service.calls.forEach((call, k) => {
      if (!services.has(call.service)) {
        issues.push({
          path: ['services', i, 'calls', k, 'service'],
          message: unknownService(call.service, services),
        });
      }
    });
  });
  issues.push(...findCycle(s, services));
  s.faults.forEach((fault, i) => {
    const isClient = clients.has(fault.target);
    if (!isClient && !services.has(fault.target)) {
      issues.push({
        path: ['faults', i, 'target'],
        message: `no client or service is named "${fault.target}"`,
      });
    } else if (fault.kind === 'traffic' && !isClient) {
      issues.push({
        path: ['faults', i, 'kind'],
        message: 'a traffic fault scales a client’s arrivals: target a client',
      });
    } else if (fault.kind !== 'traffic' && isClient) {
      issues.push({
        path: ['faults', i, 'kind'],
        message: `a ${fault.kind} fault targets a service, not a client`,
      });
    }
    if (toMicros(fault.until) <= toMicros(fault.at)) {
      issues.push({ path: ['faults', i, 'until'], message: '`until` must be later than `at`' });
    }
  });
  return issues;
}

function unknownService(name: string, services: Map<string, number>): string {
  const known = [...services.keys()].join(', ');
  return `no service is named "${name}"; the services are: ${known}`;
}

/** Reports the first call cycle found, at the call that closes it. */
function findCycle(s: Scenario, services: Map<string, number>): ScenarioIssue[] {
  const state = s.services.map(() => 0); // 0 unvisited, 1 on the stack, 2 done
  const stack: string[] = [];
  const visit = (i: number): ScenarioIssue | null => {
    state[i] = 1;
    const service = s.services[i]!;
    stack.push(service.name);
    for (const [k, call] of service.calls.entries()) {
      const j = services.get(call.service);
      if (j === undefined) continue;
      if (state[j] === 1) {
        const cycle = [...stack.slice(stack.indexOf(call.service)), call.service].join(' → ');
        return {
          path: ['services', i, 'calls', k, 'service'],
          message: `calls form a cycle (${cycle}): remove one call`,
        };
      }
      if (state[j] === 0) {
        const found = visit(j);
        if (found) return found;
      }
    }
    stack.pop();
    state[i] = 2;
    return null;
  };
  for (let i = 0; i < s.services.length; i++) {
    if (state[i] === 0) {
      const found = visit(i);
      if (found) return [found];
    }
  }
  return [];
}

function checkValues(s: Scenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const duration = toMicros(s.duration);
  if (duration <= 0)
    issues.push({ path: ['duration'], message: 'the duration must be longer than zero' });
  if (duration > MAX_DURATION_US) {
    issues.push({
      path: ['duration'],
      message: 'the duration can be at most 10,000,000 s (about 115 days)',
    });
  }
  s.clients.forEach((client, i) => {
    // A run must end: bound the open-loop requests (peak rate × duration × traffic faults).
    const arrival = client.arrival;
    if (!arrival) return;
    const peak = Math.max(arrival.rate, ...(arrival.schedule ?? []).map((c) => c.rate));
    let surge = 1;
    for (const fault of s.faults) {
      if (fault.kind === 'traffic' && fault.target === client.name)
        surge *= Math.max(1, fault.factor);
    }
    const requests = (peak * surge * duration) / 1e6;
    if (requests > MAX_REQUESTS) {
      issues.push({
        path: ['clients', i, 'arrival', 'rate'],
        message: `this client would send up to ${requests.toExponential(1)} requests; a run handles at most 1e8: lower the rate or shorten the duration`,
      });
    }
  });
  if (toMicros(s.warmup) >= toMicros(s.duration)) {
    issues.push({
      path: ['warmup'],
      message: 'the warm-up must end before the duration: shorten it',
    });
  }
  if (toMicros(s.interval) <= 0)
    issues.push({ path: ['interval'], message: 'the interval must be longer than zero' });
  if (s.network?.latency)
    issues.push(...checkDistribution(s.network.latency, ['network', 'latency']));
  s.services.forEach((service, i) => {
    const path = ['services', i, 'serviceTime'];
    const distributionIssues = checkDistribution(service.serviceTime, path);
    issues.push(...distributionIssues);
    if (service.contention && distributionIssues.length === 0) {
      const mean = Sampler.fromSpec(service.serviceTime).mean();
      if (!(mean > 0 && Number.isFinite(mean))) {
        issues.push({
          path: ['services', i, 'contention'],
          message:
            'contention scales the service time by its mean: use a service time with a finite mean above zero',
        });
      }
    }
  });
  s.clients.forEach((client, i) => {
    const think = client.closed?.think;
    if (typeof think === 'object')
      issues.push(...checkDistribution(think, ['clients', i, 'closed', 'think']));
  });
  return issues;
}

function checkDistribution(d: DistributionSpec, path: (string | number)[]): ScenarioIssue[] {
  switch (d.kind) {
    case 'uniform':
      return toMicros(d.min) > toMicros(d.max)
        ? [{ path: [...path, 'max'], message: '`max` must be at least `min`' }]
        : [];
    case 'lognormal':
      if ((d.p99 === undefined) === (d.sigma === undefined)) {
        return [
          {
            path,
            message: 'give a lognormal exactly one of `p99` or `sigma` besides its `median`',
          },
        ];
      }
      if (d.p99 !== undefined && toMicros(d.p99) <= toMicros(d.median)) {
        return [{ path: [...path, 'p99'], message: '`p99` must be larger than `median`' }];
      }
      if (toMicros(d.median) <= 0)
        return [{ path: [...path, 'median'], message: '`median` must be above zero' }];
      return [];
    case 'empirical': {
      const weights = d.weights;
      if (weights && weights.length !== d.values.length) {
        return [
          { path: [...path, 'weights'], message: `give one weight per value (${d.values.length})` },
        ];
      }
      if (weights && !weights.some((w) => w > 0)) {
        return [{ path: [...path, 'weights'], message: 'at least one weight must be above zero' }];
      }
      return [];
    }
    default:
      return [];
  }
}

const notYet = (path: (string | number)[], field: string): ScenarioIssue => ({
  path,
  message: `not supported yet by this engine version: ${field}`,
});

const MAX_KEYS = 10_000_000;
const MAX_REPLICA_SLOTS = 20_000_000;
const MAX_REPLICAS = 100;
const MAX_RING_POINTS = 1_000_000;

/** Keys, caches, shards, replicated stores, dedup stores (engine step 5). */
function checkKeyed(s: Scenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  let keySpace = 1;
  let keyed = false;
  s.clients.forEach((client, i) => {
    if (!client.keys) return;
    keyed = true;
    keySpace = Math.max(keySpace, client.keys.count);
    if (client.keys.count > MAX_KEYS) {
      issues.push({
        path: ['clients', i, 'keys', 'count'],
        message: `at most ${MAX_KEYS.toLocaleString('en-US')} keys`,
      });
    }
  });
  let replicaSlots = 0;
  s.services.forEach((service, i) => {
    const path = ['services', i];
    const byKey = service.shards !== undefined || service.balancer === 'key-hash';
    if (byKey && !keyed) {
      issues.push({
        path: [...path, service.shards ? 'shards' : 'balancer'],
        message: 'routing by key needs requests with keys: give a client `keys`',
      });
    }
    if (service.shards && service.shards.virtualNodes * service.instances > MAX_RING_POINTS) {
      issues.push({
        path: [...path, 'shards', 'virtualNodes'],
        message: `instances × virtualNodes can be at most ${MAX_RING_POINTS.toLocaleString('en-US')}`,
      });
    }
    const cache = service.cache;
    if (cache) {
      const keyedCache = cache.size !== undefined || cache.ttl !== undefined;
      if (cache.hitRatio !== undefined && (keyedCache || cache.coalesce)) {
        issues.push({
          path: [...path, 'cache'],
          message:
            'give a cache either `hitRatio` (a fixed share of hits) or `size`/`ttl`/`coalesce` (a keyed cache), not both',
        });
      } else if (cache.hitRatio === undefined && !keyedCache) {
        issues.push({
          path: [...path, 'cache'],
          message: 'give a cache `hitRatio`, or `size` and/or `ttl` for a keyed cache',
        });
      } else if (keyedCache && !keyed) {
        issues.push({
          path: [...path, 'cache'],
          message: 'a keyed cache needs requests with keys: give a client `keys`',
        });
      }
      if (cache.ttl !== undefined && toMicros(cache.ttl) <= 0) {
        issues.push({ path: [...path, 'cache', 'ttl'], message: 'a ttl must be above zero' });
      }
      if (service.calls.length === 0) {
        issues.push({
          path: [...path, 'cache'],
          message: 'a cache sits in front of its service’s calls (the origin): add a call',
        });
      }
    }
    const r = service.replication;
    if (r) {
      if (r.replicas > MAX_REPLICAS) {
        issues.push({
          path: [...path, 'replication', 'replicas'],
          message: `at most ${MAX_REPLICAS} replicas`,
        });
      }
      if (r.readQuorum > r.replicas) {
        issues.push({
          path: [...path, 'replication', 'readQuorum'],
          message: `readQuorum can be at most replicas (${r.replicas})`,
        });
      }
      if (r.writeQuorum > r.replicas) {
        issues.push({
          path: [...path, 'replication', 'writeQuorum'],
          message: `writeQuorum can be at most replicas (${r.replicas})`,
        });
      }
      if (r.lag) issues.push(...checkDistribution(r.lag, [...path, 'replication', 'lag']));
      if (service.calls.length > 0 || service.cache || service.occ) {
        issues.push({
          path: [...path, 'replication'],
          message: 'a replicated store makes no calls and has no cache or occ: remove them',
        });
      }
      replicaSlots += r.replicas;
    }
    if (service.dedup && toMicros(service.dedup.ttl) <= 0) {
      issues.push({ path: [...path, 'dedup', 'ttl'], message: 'a ttl must be above zero' });
    }
  });
  if (replicaSlots * keySpace > MAX_REPLICA_SLOTS) {
    issues.push({
      path: ['services'],
      message: `replicated stores hold keys × replicas copies; at most ${MAX_REPLICA_SLOTS.toLocaleString('en-US')} in all: use fewer keys or replicas`,
    });
  }
  return issues;
}

function checkSupported(s: Scenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  if (s.traces) issues.push(notYet(['traces'], 'traces'));
  issues.push(...checkKeyed(s));
  s.services.forEach((service, i) => {
    if (
      service.shedding &&
      service.shedding.maxInFlight === undefined &&
      !service.shedding.adaptive
    ) {
      issues.push({
        path: ['services', i, 'shedding'],
        message: 'give `maxInFlight` (or `adaptive`) to shed load',
      });
    }
    if (service.occ && service.calls.length > 0) {
      issues.push({
        path: ['services', i, 'calls'],
        message: 'an occ store makes no calls: remove `calls` or `occ`',
      });
    }
  });
  s.faults.forEach((fault, i) => {
    const target = s.services.find((service) => service.name === fault.target);
    if (!target) return;
    if (
      fault.kind === 'crash' &&
      fault.instances !== undefined &&
      fault.instances > target.instances
    ) {
      issues.push({
        path: ['faults', i, 'instances'],
        message: `"${target.name}" has ${target.instances} instance(s): crash at most that many`,
      });
    }
    if (fault.kind === 'capacity' && target.concurrency === 'unlimited') {
      issues.push({
        path: ['faults', i, 'kind'],
        message: `a capacity fault scales workers: give "${target.name}" a finite concurrency`,
      });
    }
    if (fault.kind === 'partition' && fault.from !== undefined) {
      const from = fault.from;
      if (!s.clients.some((c) => c.name === from) && !s.services.some((x) => x.name === from)) {
        issues.push({
          path: ['faults', i, 'from'],
          message: `no client or service is named "${from}"`,
        });
      }
    }
  });
  return issues;
}
