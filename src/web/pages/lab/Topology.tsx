// The scenario's clients and services drawn with React Flow, each node coloured by how it
// fared in the run and labelled with the same verdict in words. The diagram is read-only: no
// dragging, panning or zooming, so on a phone a swipe over it scrolls the page.
import { useEffect, useMemo } from 'react';
import {
  Handle,
  Position,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
  type Edge,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useTheme } from '../../app/theme.js';
import type { RunView } from './lab-protocol.js';
import { placeNodes, topology } from './lab-model.js';
import { clientHealth, serviceHealth, type Health } from './health.js';

type HealthNodeData = { name: string; kind: 'client' | 'service'; health: Health };
type HealthNodeType = Node<HealthNodeData, 'health'>;

function HealthNode({ data }: NodeProps<HealthNodeType>) {
  return (
    <div className={`topo-node topo-${data.kind} health-${data.health.level}`}>
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <span className="topo-kind">{data.kind}</span>
      <span className="topo-name">{data.name}</span>
      <span className="topo-health">{data.health.text}</span>
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </div>
  );
}

const nodeTypes = { health: HealthNode };

/** Fits the whole graph again whenever the container's size changes (a phone turned, a panel). */
function FitOnResize() {
  const { fitView } = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  useEffect(() => {
    if (width > 0 && height > 0) void fitView({ padding: 0.15 });
  }, [fitView, width, height]);
  return null;
}

const X_GAP = 185;
const Y_GAP = 110;
const PER_ROW = 3;

function healthOf(run: RunView, kind: 'client' | 'service', name: string): Health {
  if (kind === 'client') {
    const c = run.result.summary.clients[name];
    return c ? clientHealth(c) : { level: 'idle', text: 'idle · no data' };
  }
  const s = run.result.summary.services[name];
  return s ? serviceHealth(s) : { level: 'idle', text: 'idle · no data' };
}

export function Topology({ run }: { run: RunView }) {
  const { dark } = useTheme();
  const graph = useMemo(() => topology(run.shape), [run.shape]);
  const { nodes, edges, lines, rows } = useMemo(() => {
    const { positions, rows } = placeNodes(graph.nodes, PER_ROW);
    const health = new Map(graph.nodes.map((n) => [n.id, healthOf(run, n.kind, n.name)]));
    const nodes: HealthNodeType[] = graph.nodes.map((n) => {
      const at = positions.get(n.id)!;
      return {
        id: n.id,
        type: 'health',
        position: { x: (at.col - (at.width - 1) / 2) * X_GAP, y: at.row * Y_GAP },
        data: { name: n.name, kind: n.kind, health: health.get(n.id)! },
      };
    });
    const edges: Edge[] = graph.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      className: `topo-edge topo-edge-${e.kind}`,
    }));
    const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
    const lines = [
      ...graph.nodes.map((n) => `${n.kind} ${n.name}: ${health.get(n.id)!.text}`),
      ...graph.edges.map(
        (e) =>
          `${names.get(e.source)} ${e.kind === 'call' ? 'calls' : 'sends to'} ${names.get(e.target)}`,
      ),
    ];
    return { nodes, edges, lines, rows };
  }, [graph, run]);

  return (
    <section className="lab-panel topology" aria-labelledby="topology-title">
      <h2 id="topology-title">Topology</h2>
      <div
        className="topology-canvas"
        data-nodes={nodes.length}
        style={{ height: `${Math.min(560, 60 + rows * 95)}px` }}
      >
        <ReactFlowProvider>
          <ReactFlow
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            colorMode={dark ? 'dark' : 'light'}
            nodeOrigin={[0.5, 0]}
            fitView
            fitViewOptions={{ padding: 0.15 }}
            nodesDraggable={false}
            nodesConnectable={false}
            nodesFocusable={false}
            edgesFocusable={false}
            elementsSelectable={false}
            panOnDrag={false}
            panOnScroll={false}
            zoomOnScroll={false}
            zoomOnPinch={false}
            zoomOnDoubleClick={false}
            preventScrolling={false}
            minZoom={0.2}
          >
            <FitOnResize />
          </ReactFlow>
        </ReactFlowProvider>
      </div>
      <ul className="visually-hidden">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="chart-note">
        Health over the whole run: <strong>bad</strong> when 5% or more of the requests failed or
        were wasted (finished after the caller gave up) or workers were 95% busy;{' '}
        <strong>warn</strong> from 1% or 80%.
      </p>
    </section>
  );
}
