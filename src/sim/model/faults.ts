// Scheduled faults. When one starts or ends, the target's fault state is recomputed from
// every fault active on it, so overlapping faults combine (latencies add, error
// probabilities combine as independent failures, traffic and capacity factors multiply,
// crashes take down the larger number of instances, partitions cut any link one names).
//  - crash: `instances` (all by default; the first ones) go down. Requests waiting in their
//    queues are lost, requests in service run out but never answer (callers time out);
//    the balancer sends new requests to instances that are up, and when none is, a request
//    is refused at once (error `fault`). Instances come back empty when the fault ends.
//  - capacity: each instance keeps round(concurrency × factor) workers; requests in service
//    keep theirs, the others wait.
//  - partition: requests from `from` (a client or service; everyone when omitted) to the
//    target, and replies back, are dropped: callers hear nothing and time out.
import { toMicros } from '../scenario/duration.js';
import { rateChanged } from './arrivals.js';
import { FAULT } from './causes.js';
import { refreshAdmission, type Service } from './compiled.js';
import type { Engine } from './engine.js';
import { finishJob } from './completion.js';
import { serveNext } from './serving.js';

export function applyFault(e: Engine, index: number): void {
  const fault = e.faults[index];
  if (fault === undefined) return;
  const target = fault.target;
  if (fault.kind === 'partition') {
    applyPartitions(e);
    return;
  }
  const service = e.services.find((s) => s.name === target);
  if (service) {
    let latency = 0;
    let pass = 1;
    let capacity = 1;
    let crashed = 0;
    e.faults.forEach((f, i) => {
      if (!e.faultActive[i] || f.target !== target) return;
      if (f.kind === 'latency') latency += toMicros(f.add);
      if (f.kind === 'errors') pass *= 1 - f.rate;
      if (f.kind === 'capacity') capacity *= f.factor;
      if (f.kind === 'crash') crashed = Math.max(crashed, f.instances ?? service.instances);
    });
    service.addedLatency = latency;
    service.errorRate = 1 - pass;
    refreshAdmission(service);
    setCapacity(e, service, capacity);
    setCrashed(e, service, Math.min(crashed, service.instances));
    return;
  }
  const client = e.clients.find((c) => c.name === target);
  if (client) {
    let factor = 1;
    e.faults.forEach((f, i) => {
      if (e.faultActive[i] && f.target === target && f.kind === 'traffic') factor *= f.factor;
    });
    client.trafficFactor = factor;
    rateChanged(e, client);
  }
}

function setCapacity(e: Engine, s: Service, factor: number): void {
  const before = s.concurrency;
  s.concurrency = factor === 1 ? s.baseConcurrency : Math.round(s.baseConcurrency * factor);
  if (s.concurrency > before) for (let i = 0; i < s.instances; i++) serveNext(e, s, i);
}

function setCrashed(e: Engine, s: Service, crashed: number): void {
  for (let i = 0; i < s.instances; i++) {
    const down = i < crashed ? 1 : 0;
    if (s.down[i] === down) continue;
    s.down[i] = down;
    refreshAdmission(s);
    if (down === 1) crash(e, s, i);
  }
}

/** Instance `instance` of `s` crashes: its requests are lost. */
function crash(e: Engine, s: Service, instance: number): void {
  const jobs = e.jobs;
  const index = s.index;
  for (let job = 0; job < jobs.alive.length; job++) {
    if (jobs.alive[job] === 1 && jobs.service[job] === index && jobs.instance[job] === instance)
      jobs.lost[job] = 1;
  }
  const queue = s.queues[instance]!;
  while (queue.length > 0) {
    const job = queue.popFront();
    s.stats.dequeued(e.now, 1);
    finishJob(e, job, FAULT);
  }
}

function applyPartitions(e: Engine): void {
  for (const caller of e.callers) {
    const target = e.services[caller.target]?.name;
    caller.partitioned = e.faults.some(
      (f, i) =>
        e.faultActive[i] &&
        f.kind === 'partition' &&
        f.target === target &&
        (f.from === undefined || f.from === caller.owner),
    );
  }
}
