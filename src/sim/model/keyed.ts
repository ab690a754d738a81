// Step 5 of the engine, compiled: request keys, key routing, caches, replicated stores and
// the execution tables that count duplicate executions. Random streams are handed out after
// every older stream, so scenarios without these features draw exactly what they drew before.
import { Sampler } from '../core/distributions.js';
import type { Rng } from '../core/rng.js';
import { ZipfSampler } from '../core/zipf.js';
import { toMicros } from '../scenario/duration.js';
import type { Scenario } from '../scenario/schema.js';
import { KeyedCache } from './cache.js';
import type { Caller, Client, Service } from './compiled.js';
import { ExecutionTable } from './executions.js';
import { consistentRouting, hashRouting, rangeRouting } from './keys.js';
import { ReplicatedStore } from './replication.js';

/** The size of the key space: the largest `keys.count` of any client (1 when none). */
export function keySpace(scenario: Scenario): number {
  let keys = 1;
  for (const client of scenario.clients) if (client.keys) keys = Math.max(keys, client.keys.count);
  return keys;
}

export function attachKeyed(
  scenario: Scenario,
  services: Service[],
  clients: Client[],
  callers: Caller[],
  next: () => Rng,
): void {
  const keys = keySpace(scenario);
  scenario.clients.forEach((spec, i) => {
    const caller = (clients[i] as Client).caller;
    if (spec.keys) caller.keys = new ZipfSampler(spec.keys.count, spec.keys.zipf);
    caller.writeShare = spec.writes ?? 0;
  });
  const retries = callers.some((c) => c.retry !== null);
  let slots = 0;
  scenario.services.forEach((spec, i) => {
    const s = services[i] as Service;
    const n = spec.instances;
    if (spec.shards) {
      const routing = spec.shards.routing;
      s.route =
        routing === 'range'
          ? rangeRouting(keys, n)
          : routing === 'consistent'
            ? consistentRouting(keys, n, spec.shards.virtualNodes)
            : hashRouting(keys, n);
    } else if (spec.balancer === 'key-hash') {
      s.route = hashRouting(keys, n);
    }
    if (spec.cache) {
      const c = spec.cache;
      const keyed = c.hitRatio === undefined;
      s.cache = {
        hitRatio: keyed ? NaN : (c.hitRatio as number),
        keyed: keyed
          ? new KeyedCache(
              keys,
              c.size ?? Infinity,
              c.ttl === undefined ? Infinity : toMicros(c.ttl),
              c.ttlJitter,
            )
          : null,
        coalesce: c.coalesce,
        rng: next(),
      };
    }
    if (spec.replication) {
      const r = spec.replication;
      s.replication = new ReplicatedStore(
        keys,
        r.replicas,
        r.readQuorum,
        r.writeQuorum,
        r.lag ? Sampler.fromSpec(r.lag) : null,
        next(),
      );
      s.replication.base = slots;
      slots += keys * r.replicas;
    }
    if (spec.dedup) s.executions = new ExecutionTable(toMicros(spec.dedup.ttl));
  });
  // Without retries a user request executes at most once per call: nothing to count.
  if (retries) for (const caller of callers) caller.executed = new Uint32Array(64);
  // Every caller counts executions or none does, so one flag per service says whether
  // startService looks requests up at all.
  for (const s of services) s.idempotency = s.executions !== null || retries;
}
