// Checks on values the schema cannot express alone: the duration and warm-up, the size of a
// run, and each distribution's parameters.
import { Sampler } from '../core/distributions.js';
import type { DistributionSpec } from './distribution.js';
import { toMicros } from './duration.js';
import type { Scenario } from './schema.js';
import type { ScenarioIssue } from './validate.js';

const MAX_DURATION_US = 1e13;
const MAX_REQUESTS = 1e8;

export function checkValues(s: Scenario): ScenarioIssue[] {
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

export function checkDistribution(d: DistributionSpec, path: (string | number)[]): ScenarioIssue[] {
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
