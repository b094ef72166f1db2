/**
 * React Flow's nodes and edges, derived from the plan and the selection. Each plan object maps to
 * one flow object, cached by identity: when one node moves, one flow node is new and React Flow
 * re-renders that one node only.
 */
import type { Edge } from '@xyflow/react';
import { NODE_SIZE, DEFAULT_POOL_SIZE } from '../../domain/geometry';
import type { Link, PlanNode, Pool } from '../../domain/plan';
import type { PoolFlowNode } from './PoolNode';
import type { ServerFlowNode } from './ServerNode';
import type { Box } from '../../domain/geometry';
import type { Zone } from '../../domain/plan';
import { ZONE_DRAG_HANDLE, zoneNodeId } from './ZoneNode';
import type { ZoneFlowNode } from './ZoneNode';
import { CENTER_HANDLE, serverHandles } from './handles';
import type { NodeHandle } from '@xyflow/react';

const SERVER_HANDLES = serverHandles(NODE_SIZE.width, NODE_SIZE.height);
const NO_HANDLES: NodeHandle[] = [];

/** The id of the hidden handle at the centre of every server, where links are anchored. */
export { CENTER_HANDLE };

export type FlowNode = PoolFlowNode | ServerFlowNode | ZoneFlowNode;

interface Cached<T> {
  plain?: T;
  selected?: T;
  plainKnown?: T;
  selectedKnown?: T;
}

const serverCache = new WeakMap<PlanNode, Cached<ServerFlowNode>>();
const poolCache = new WeakMap<Pool, Cached<PoolFlowNode>>();
const edgeCache = new WeakMap<Link, Cached<Edge>>();

function cached<K extends object, T>(cache: WeakMap<K, Cached<T>>, key: K, selected: boolean, make: () => T, known = false): T {
  let entry = cache.get(key);
  if (!entry) {
    entry = {};
    cache.set(key, entry);
  }
  const slot = known ? (selected ? 'selectedKnown' : 'plainKnown') : selected ? 'selected' : 'plain';
  return (entry[slot] ??= make());
}

/**
 * `known`: the node says where its handles are (see serverHandles), so React Flow need not draw it
 * to measure them; for large plans, where only the nodes in view are drawn.
 */
export function poolFlowNode(pool: Pool, selected: boolean, known = false): PoolFlowNode {
  return cached(
    poolCache,
    pool,
    selected,
    () => {
      const size = pool.size ?? DEFAULT_POOL_SIZE;
      return {
        id: pool.id,
        type: 'pool',
        position: pool.position ?? { x: 0, y: 0 },
        width: size.width,
        height: size.height,
        // The size is known: React Flow keeps a node's measured handles only when the node says its
        // size, else it measures the node again every time the object is new (every drag move).
        measured: { width: size.width, height: size.height },
        data: { pool },
        selected,
        zIndex: 0,
        ariaLabel: `Pool ${pool.name}`,
        ...(known ? { handles: NO_HANDLES } : {}),
      };
    },
    known,
  );
}

export function serverFlowNode(node: PlanNode, selected: boolean, known = false): ServerFlowNode {
  return cached(
    serverCache,
    node,
    selected,
    () => ({
      id: node.id,
      type: 'server',
      position: node.position,
      width: NODE_SIZE.width,
      height: NODE_SIZE.height,
      measured: { width: NODE_SIZE.width, height: NODE_SIZE.height }, // see poolFlowNode
      data: { node },
      selected,
      zIndex: 1,
      ariaLabel: node.name,
      ...(known ? { handles: SERVER_HANDLES } : {}),
    }),
    known,
  );
}

/**
 * A link runs between the servers' centre handles (see ServerNode), so React Flow hands the edge
 * both centres: the edge needs no subscription of its own to React Flow's store, which would add
 * listeners to every drag move, and the edges array stays the same while nodes move.
 */
export function linkEdge(link: Link, selected: boolean): Edge {
  return cached(edgeCache, link, selected, () => ({
    id: link.id,
    source: link.from,
    target: link.to,
    sourceHandle: CENTER_HANDLE,
    targetHandle: CENTER_HANDLE,
    type: 'link',
    selected,
    zIndex: 1,
    ...(link.label ? { data: { label: link.label } } : {}),
  }));
}

const zoneCache = new Map<string, ZoneFlowNode>();

/** A zone's region: behind the pools and servers; moved by its title bar only. */
export function zoneFlowNode(zone: Zone, box: Box, selected: boolean): ZoneFlowNode {
  const key = `${zone}|${box.x}|${box.y}|${box.width}|${box.height}|${selected}`;
  let node = zoneCache.get(key);
  if (!node) {
    node = {
      id: zoneNodeId(zone),
      type: 'zone',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      measured: { width: box.width, height: box.height }, // see poolFlowNode
      data: { zone },
      selected,
      zIndex: -1,
      dragHandle: `.${ZONE_DRAG_HANDLE}`,
      // The region's body lets the pointer through to the canvas (pan, box selection); its title bar takes it.
      style: { pointerEvents: 'none' },
      ariaLabel: `Zone ${zone}`,
    };
    if (zoneCache.size > 64) zoneCache.clear();
    zoneCache.set(key, node);
  }
  return node;
}

export function flowNodes(
  pools: Pool[],
  nodes: PlanNode[],
  selected: ReadonlySet<string>,
  zones?: ReadonlyMap<Zone, Box>,
  known = false,
): FlowNode[] {
  const out: FlowNode[] = new Array((zones?.size ?? 0) + pools.length + nodes.length);
  let i = 0;
  // Zones first, then pools: React Flow draws later nodes above earlier ones.
  if (zones) for (const [zone, box] of zones) out[i++] = zoneFlowNode(zone, box, selected.has(zoneNodeId(zone)));
  // Pools first: React Flow draws later nodes above earlier ones.
  for (const p of pools) out[i++] = poolFlowNode(p, selected.has(p.id), known);
  for (const n of nodes) out[i++] = serverFlowNode(n, selected.has(n.id), known);
  return out;
}

let lastEdges: Edge[] = [];

/**
 * The links as edges. When every edge is the one returned last time (the selection changed, but not
 * on a link), the last array itself: React Flow then skips re-indexing a thousand edges.
 */
export function flowEdges(links: Link[], selected: ReadonlySet<string>): Edge[] {
  const next = links.map((l) => linkEdge(l, selected.has(l.id)));
  if (next.length === lastEdges.length && next.every((e, i) => e === lastEdges[i])) return lastEdges;
  lastEdges = next;
  return next;
}
