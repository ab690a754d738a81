import { describe, expect, it } from 'vitest';
import {
  faultLabel,
  faultVisibility,
  faultWindows,
  placeNodes,
  showAll,
  topology,
} from './lab-model.js';
import { diagnosisLab, testLab } from './test-lab.js';

describe('fault windows', () => {
  it('converts durations to seconds and labels kind, size and target', () => {
    expect(
      faultWindows(
        [
          { at: '30s', until: '35s', target: 'users', kind: 'traffic', factor: 2 },
          { at: 60, until: '2m', target: 'db', kind: 'latency', add: '400ms' },
          { at: '10s', until: '12s', target: 'db', kind: 'errors', rate: 0.25 },
        ],
        300,
      ),
    ).toEqual([
      { from: 30, to: 35, label: 'traffic ×2 on users' },
      { from: 60, to: 120, label: 'latency +400 ms on db' },
      { from: 10, to: 12, label: 'errors 25% on db' },
    ]);
  });

  it('clips windows to the run and drops empty ones', () => {
    expect(
      faultWindows(
        [
          { at: '100s', until: '200s', target: 'db', kind: 'crash' },
          { at: '130s', until: '140s', target: 'db', kind: 'crash' },
        ],
        120,
      ),
    ).toEqual([{ from: 100, to: 120, label: 'crash on db' }]);
  });

  it('never names the target in a diagnosis lab, nor a field its candidates change', () => {
    expect(faultVisibility(testLab)).toEqual(showAll);
    // The candidates edit faults[0].target and faults[0].kind: both are the answer.
    const visible = faultVisibility(diagnosisLab);
    expect(visible).toEqual({ target: false, kind: false, size: false });
    const fault = { at: 5, until: 8, target: 'db', kind: 'latency', add: '200ms' };
    expect(faultLabel(fault, visible)).toBe('incident');
    expect(faultLabel(fault, { target: false, kind: true, size: true })).toBe('latency +200 ms');
    const windows = faultWindows([fault], 20, visible);
    expect(windows.map((w) => w.label).join(' ')).not.toContain('db');
  });

  it('hides only the target when the candidates change only the target', () => {
    const lab = {
      ...diagnosisLab,
      challenge: {
        ...diagnosisLab.challenge,
        candidates: (diagnosisLab.challenge.kind === 'diagnosis'
          ? diagnosisLab.challenge.candidates
          : []
        ).map((c) => ({ ...c, edits: [{ path: 'faults[0].target', value: c.id }] })),
      },
    } as typeof diagnosisLab;
    expect(faultVisibility(lab)).toEqual({ target: false, kind: true, size: true });
  });
});

describe('topology', () => {
  it('puts clients on top and each service below its deepest caller', () => {
    const graph = topology({
      clients: [
        { name: 'users', target: 'api' },
        { name: 'jobs', target: 'db' },
      ],
      services: [
        { name: 'api', calls: [{ service: 'cache' }, { service: 'db' }, { service: 'db' }] },
        { name: 'cache', calls: [{ service: 'db' }] },
        { name: 'db' },
      ],
    });
    const layer = Object.fromEntries(graph.nodes.map((n) => [n.id, n.layer]));
    expect(layer).toEqual({
      'client:users': 0,
      'client:jobs': 0,
      'service:api': 1,
      'service:cache': 2,
      'service:db': 3,
    });
    expect(graph.edges.map((e) => e.id)).toEqual([
      'client:users->service:api',
      'client:jobs->service:db',
      'service:api->service:cache',
      'service:api->service:db',
      'service:cache->service:db',
    ]);
    expect(graph.nodes.filter((n) => n.layer === 0).map((n) => n.order)).toEqual([0, 1]);
  });

  it('does not hang on a call cycle', () => {
    const graph = topology({
      clients: [{ name: 'u', target: 'a' }],
      services: [
        { name: 'a', calls: [{ service: 'b' }] },
        { name: 'b', calls: [{ service: 'a' }] },
      ],
    });
    expect(graph.nodes).toHaveLength(3);
  });
});

describe('node placement', () => {
  it('wraps a wide layer into rows and keeps layers apart', () => {
    const graph = topology({
      clients: [{ name: 'users', target: 'checkout' }],
      services: [
        { name: 'checkout', calls: ['a', 'b', 'c', 'd', 'e'].map((service) => ({ service })) },
        ...['a', 'b', 'c', 'd', 'e'].map((name) => ({ name, calls: [{ service: 'db' }] })),
        { name: 'db' },
      ],
    });
    const { positions, rows } = placeNodes(graph.nodes, 3);
    expect(rows).toBe(5);
    expect(positions.get('client:users')).toEqual({ col: 0, row: 0, width: 1 });
    expect(positions.get('service:checkout')).toEqual({ col: 0, row: 1, width: 1 });
    expect(positions.get('service:a')).toEqual({ col: 0, row: 2, width: 3 });
    expect(positions.get('service:c')).toEqual({ col: 2, row: 2, width: 3 });
    expect(positions.get('service:d')).toEqual({ col: 0, row: 3, width: 2 });
    expect(positions.get('service:db')).toEqual({ col: 0, row: 4, width: 1 });
  });
});
