// Checks on how a service's features fit together (keys for key routing and keyed caches,
// quorums within the replica count, stores that make no calls, shedding with a limit) and on
// faults against their target's configuration, and the trace settings.
import { MAX_TRACES } from '../model/trace-selection.js';
import { toMicros } from './duration.js';
import type { Scenario } from './schema.js';
import type { ScenarioIssue } from './validate.js';
import { checkDistribution } from './value-checks.js';

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

export function checkFeatures(s: Scenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  if (s.traces && s.traces.slowest > MAX_TRACES) {
    issues.push({
      path: ['traces', 'slowest'],
      message: `a run keeps at most ${MAX_TRACES.toLocaleString('en-US')} traces: ask for at most that many slowest per interval`,
    });
  }
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
