// Checks across the scenario's names: every name a client, call or fault uses exists, names
// are unique, calls form no cycle, a fault's kind fits its target and its window is not empty.
import { toMicros } from './duration.js';
import type { Scenario } from './schema.js';
import type { ScenarioIssue } from './validate.js';

export function checkReferences(s: Scenario): ScenarioIssue[] {
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
