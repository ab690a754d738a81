// Scheduled faults. When one starts or ends, the target's fault state is recomputed from
// every fault active on it, so overlapping faults combine (latencies add, error
// probabilities combine as independent failures, traffic factors multiply).
import { toMicros } from '../scenario/duration.js';
import { rateChanged } from './arrivals.js';
import type { Engine } from './engine.js';

export function applyFault(e: Engine, index: number): void {
  const target = e.faults[index]?.target;
  const service = e.services.find((s) => s.name === target);
  if (service) {
    let latency = 0;
    let pass = 1;
    e.faults.forEach((fault, i) => {
      if (!e.faultActive[i] || fault.target !== target) return;
      if (fault.kind === 'latency') latency += toMicros(fault.add);
      if (fault.kind === 'errors') pass *= 1 - fault.rate;
    });
    service.addedLatency = latency;
    service.errorRate = 1 - pass;
    return;
  }
  const client = e.clients.find((c) => c.name === target);
  if (client) {
    let factor = 1;
    e.faults.forEach((fault, i) => {
      if (e.faultActive[i] && fault.target === target && fault.kind === 'traffic')
        factor *= fault.factor;
    });
    client.trafficFactor = factor;
    rateChanged(e, client);
  }
}
