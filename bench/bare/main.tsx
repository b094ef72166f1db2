/**
 * The benchmark baseline: React Flow with its own default nodes and straight edges, state kept the
 * way React Flow's docs show (useNodesState / useEdgesState, which apply changes with
 * applyNodeChanges). The harness hands it the same nodes and edges as the app's plan:
 * `window.bareFlow.load(nodes, edges)`.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, ReactFlowProvider, useEdgesState, useNodesState, useReactFlow } from '@xyflow/react';
import type { Edge, Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

// Props that are objects are created once, as React Flow's docs advise (a new array on every
// render would make React Flow update its store again on every render).
const SNAP_GRID: [number, number] = [16, 16];

interface BareFlowApi {
  load(nodes: Node[], edges: Edge[]): void;
}

declare global {
  interface Window {
    bareFlow?: BareFlowApi;
  }
}

function Flow() {
  const [nodes, setNodes, onNodesChange] = useNodesState<Node>([]);
  const [edges, setEdges, onEdgesChange] = useEdgesState<Edge>([]);
  const [fitRequest, setFitRequest] = useState(0);
  const flow = useReactFlow();

  useEffect(() => {
    window.bareFlow = {
      load(n, e) {
        setNodes(n);
        setEdges(e);
        setFitRequest((r) => r + 1);
      },
    };
    return () => {
      delete window.bareFlow;
    };
  }, [setNodes, setEdges]);

  // Frame the nodes once they are in, as the app does when a plan is opened (and as far out: minZoom).
  useEffect(() => {
    if (fitRequest === 0) return;
    const id = requestAnimationFrame(() => void flow.fitView({ padding: 0.15, maxZoom: 1 }));
    return () => cancelAnimationFrame(id);
  }, [fitRequest, flow]);

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      snapToGrid
      snapGrid={SNAP_GRID}
      minZoom={0.01}
      maxZoom={2.5}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ReactFlowProvider>
      <Flow />
    </ReactFlowProvider>
  </StrictMode>,
);
