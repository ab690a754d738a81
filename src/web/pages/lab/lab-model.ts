// Pure helpers that turn a lab run into what the page draws: fault windows for the charts'
// shading, and the topology graph. Kept free of React and the DOM so they are unit-tested.
import type { Lab } from '../../../curriculum/schema/lab.js';
import { toMicros, type Duration } from '../../../sim/scenario/duration.js';

/** A fault as the run's scenario holds it (durations as written: seconds or `250ms`). */
export interface FaultLike {
  at: Duration;
  until: Duration;
  kind: string;
  target: string;
  add?: Duration;
  rate?: number;
  factor?: number;
  instances?: number;
}

export interface FaultWindow {
  /** Seconds since the run began. */
  from: number;
  to: number;
  label: string;
}

/** What a fault label may say. A diagnosis lab asks the learner to find the cause, so its
 * labels must not name it: the target always stays hidden, and so does any fault field the
 * candidates' edits change (a candidate that changes the kind would make the kind the answer). */
export interface FaultVisibility {
  target: boolean;
  kind: boolean;
  size: boolean;
}

export const showAll: FaultVisibility = { target: true, kind: true, size: true };

export function faultVisibility(lab: Lab): FaultVisibility {
  if (lab.challenge.kind !== 'diagnosis') return showAll;
  const visible: FaultVisibility = { target: false, kind: true, size: true };
  for (const candidate of lab.challenge.candidates)
    for (const edit of candidate.edits) {
      const field = /^faults(?:\[\d+\](?:\.(\w+))?)?$/.exec(edit.path);
      if (!field) continue;
      if (field[1] === undefined) return { target: false, kind: false, size: false };
      if (field[1] === 'kind') visible.kind = false;
      else if (field[1] !== 'target' && field[1] !== 'at' && field[1] !== 'until')
        visible.size = false;
    }
  // A magnitude only means something next to its kind.
  if (!visible.kind) visible.size = false;
  return visible;
}

const seconds = (d: Duration): number => toMicros(d) / 1e6;

function formatDuration(d: Duration): string {
  const s = seconds(d);
  return s < 1 ? `${Math.round(s * 1000)} ms` : `${s} s`;
}

function sizeOf(fault: FaultLike): string | null {
  switch (fault.kind) {
    case 'latency':
      return fault.add === undefined ? null : `+${formatDuration(fault.add)}`;
    case 'errors':
      return `${Math.round((fault.rate ?? 1) * 100)}%`;
    case 'capacity':
    case 'traffic':
      return fault.factor === undefined ? null : `×${fault.factor}`;
    case 'crash':
      return fault.instances === undefined
        ? null
        : `${fault.instances} instance${fault.instances === 1 ? '' : 's'}`;
    default:
      return null;
  }
}

export function faultLabel(fault: FaultLike, visible: FaultVisibility = showAll): string {
  if (!visible.kind) return 'incident';
  const size = visible.size ? sizeOf(fault) : null;
  return [fault.kind, size, visible.target ? `on ${fault.target}` : null]
    .filter((part) => part !== null)
    .join(' ');
}

/** The shaded windows of a run's faults, in seconds, clipped to the run. */
export function faultWindows(
  faults: readonly FaultLike[],
  duration: number,
  visible: FaultVisibility = showAll,
): FaultWindow[] {
  return faults
    .map((fault) => ({
      from: Math.max(0, seconds(fault.at)),
      to: Math.min(duration, seconds(fault.until)),
      label: faultLabel(fault, visible),
    }))
    .filter((w) => w.to > w.from);
}

export interface ScenarioShape {
  clients: readonly { name: string; target: string }[];
  services: readonly { name: string; calls?: readonly { service: string }[] }[];
}

export interface TopologyNode {
  id: string;
  kind: 'client' | 'service';
  name: string;
  /** Rank from the clients (0) down the call chain. */
  layer: number;
  /** Position within its layer, from 0. */
  order: number;
}

export interface TopologyEdge {
  id: string;
  source: string;
  target: string;
  kind: 'target' | 'call';
}

const clientId = (name: string) => `client:${name}`;
const serviceId = (name: string) => `service:${name}`;

/**
 * Clients and services as a layered graph: clients on top, each service one layer below the
 * deepest caller that reaches it. Call cycles (not valid scenarios, but the page must not hang)
 * stop deepening after as many passes as there are services.
 */
export function topology(scenario: ScenarioShape): {
  nodes: TopologyNode[];
  edges: TopologyEdge[];
} {
  const layer = new Map<string, number>();
  for (const client of scenario.clients) {
    const current = layer.get(client.target) ?? 0;
    layer.set(client.target, Math.max(current, 1));
  }
  for (let pass = 0; pass < scenario.services.length; pass++) {
    let changed = false;
    for (const service of scenario.services) {
      const from = layer.get(service.name) ?? 1;
      for (const call of service.calls ?? []) {
        if ((layer.get(call.service) ?? 0) < from + 1) {
          layer.set(call.service, from + 1);
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  const nodes: TopologyNode[] = [];
  const counts = new Map<number, number>();
  const place = (id: string, kind: TopologyNode['kind'], name: string, at: number) => {
    const order = counts.get(at) ?? 0;
    counts.set(at, order + 1);
    nodes.push({ id, kind, name, layer: at, order });
  };
  for (const client of scenario.clients) place(clientId(client.name), 'client', client.name, 0);
  for (const service of scenario.services)
    place(serviceId(service.name), 'service', service.name, layer.get(service.name) ?? 1);
  const edges: TopologyEdge[] = [
    ...scenario.clients.map((c) => ({
      id: `${clientId(c.name)}->${serviceId(c.target)}`,
      source: clientId(c.name),
      target: serviceId(c.target),
      kind: 'target' as const,
    })),
    ...scenario.services.flatMap((s) =>
      (s.calls ?? []).map((call) => ({
        id: `${serviceId(s.name)}->${serviceId(call.service)}`,
        source: serviceId(s.name),
        target: serviceId(call.service),
        kind: 'call' as const,
      })),
    ),
  ];
  // Two calls from one service to the same dependency draw one edge.
  const unique = [...new Map(edges.map((e) => [e.id, e])).values()];
  return { nodes, edges: unique };
}

/**
 * Grid positions for the layered graph: each layer is a band of rows, at most `perRow` nodes
 * wide, centred. Wrapping a wide layer (six dependencies) keeps the diagram readable on a phone
 * instead of shrinking it to fit one long row.
 */
export function placeNodes(
  nodes: readonly TopologyNode[],
  perRow: number,
): { positions: Map<string, { col: number; row: number; width: number }>; rows: number } {
  const byLayer = new Map<number, TopologyNode[]>();
  for (const n of nodes) byLayer.set(n.layer, [...(byLayer.get(n.layer) ?? []), n]);
  const positions = new Map<string, { col: number; row: number; width: number }>();
  let row = 0;
  for (const layer of [...byLayer.keys()].sort((a, b) => a - b)) {
    const members = byLayer.get(layer)!.sort((a, b) => a.order - b.order);
    for (let start = 0; start < members.length; start += perRow) {
      const band = members.slice(start, start + perRow);
      band.forEach((n, i) => positions.set(n.id, { col: i, row, width: band.length }));
      row++;
    }
  }
  return { positions, rows: row };
}
