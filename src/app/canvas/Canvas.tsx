/**
 * The canvas: React Flow as a view of the plan store. Changes from React Flow become plan edits;
 * a drag is one gesture (one undo step); selection goes to the session store.
 */
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DragEvent, KeyboardEvent as ReactKeyboardEvent, MouseEvent as ReactMouseEvent } from 'react';
import {
  Background,
  BackgroundVariant,
  ConnectionLineType,
  ConnectionMode,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore as useFlowStore,
} from '@xyflow/react';
import type { Connection, EdgeChange, NodeChange, ReactFlowState } from '@xyflow/react';
import { containsPoint, GRID, NODE_SIZE } from '../../domain/geometry';
import type { Box } from '../../domain/geometry';
import { allPoolBoxes, canJoinPool, dropNodes, moveItems, poolAtPoint, updatePool } from '../../domain/operations';
import type { Plan, Position, Zone } from '../../domain/plan';
import { ZONES } from '../../domain/plan';
import { dropIntoZones, setZoneBox, withZoneLayout, zoneAtPoint, zoneBoxes, zoneChanges, zoneProblem } from '../../domain/zones';
import type { ZoneBoxes } from '../../domain/zones';
import { isPaletteItem, isPoolItem } from '../actions';
import { handleKeyDown, runCommand } from '../commands';
import { openContextMenu } from '../menu/openMenu';
import { endPaletteDrag, paletteDragItem, showPalettePreview } from '../palette/paletteDrag';
import { findingsStore, planStore, sessionStore, usePlan, useSession, useStoreState } from '../stores';
import type { PlanStore } from '../../store/planStore';
import type { SessionState } from '../../store/sessionStore';
import { ConnectingFrom } from './connecting';
import { PlanVersionContext } from './planVersion';
import type { Detail } from './detail';
import { DetailContext, detailOf, LOD_SERVERS, MIN_ZOOM, LOD_ZOOM, planBounds, viewportFor, VISIBLE_ONLY_SERVERS } from './detail';
import { PlanPicture } from './PlanPicture';
import type { PictureContent } from './PlanPicture';
import { registerFlow } from '../viewport';
import { flowEdges, flowNodes } from './flowElements';
import type { FlowNode } from './flowElements';
import { routeLinks } from './linkRoutes';
import { LinkEdge } from './LinkEdge';
import { newServerProblems, placementProblems } from './placementPreview';
import { poolTemplateKind } from '../../domain/plan';
import { PoolNode } from './PoolNode';
import { ServerNode } from './ServerNode';
import { ZoneNode, zoneNodeId } from './ZoneNode';
import { useUi } from '../uiStore';

const nodeTypes = { server: ServerNode, pool: PoolNode, zone: ZoneNode };
const edgeTypes = { link: LinkEdge };
export const PALETTE_MIME = 'application/x-ocs-topology-item';
// Object props are made once: React Flow copies a new array or object into its store on every
// render, and the canvas renders on every drag move.
const SNAP_GRID: [number, number] = [GRID, GRID];
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];
const selectPlan = (s: PlanStore) => s.plan;
const selectFitRequest = (s: SessionState) => s.fitRequest;
const selectSelected = (s: SessionState) => s.selected;
const selectConnectingFrom = (s: ReactFlowState) => (s.connection.inProgress ? s.connection.fromNode.id : null);
const selectZoomLow = (s: ReactFlowState) => s.transform[2] < LOD_ZOOM;
/** The pane's size once React Flow can move the view (0 before). */
const selectPaneWidth = (s: ReactFlowState) => (s.panZoom ? s.width : 0);
const selectPaneHeight = (s: ReactFlowState) => (s.panZoom ? s.height : 0);
const NO_EDGES: never[] = [];
const onNodeContextMenu = (e: ReactMouseEvent, node: FlowNode) => openContextMenu(e, node.type === 'pool' ? 'pool' : 'node', node.id);
const onSelectionContextMenu = (e: ReactMouseEvent) => openContextMenu(e, 'node');
const onEdgeContextMenu = (e: ReactMouseEvent, edge: { id: string }) => openContextMenu(e, 'link', edge.id);
const onPaneContextMenu = (e: ReactMouseEvent | MouseEvent) => openContextMenu(e, 'canvas');
const onNodeDoubleClick = (_: ReactMouseEvent, node: FlowNode) => void runCommand('rename', { target: node.id });
/**
 * Arrow keys nudge the selection through the command table; taken before React Flow's own
 * handling of a focused node, which would move it a second time and past the pool rules.
 */
const onArrowKey = (e: ReactKeyboardEvent) => {
  if (!e.key.startsWith('Arrow')) return;
  handleKeyDown(e.nativeEvent);
  if (e.nativeEvent.defaultPrevented) e.stopPropagation();
};
const miniMapNodeColor = (n: FlowNode) =>
  n.type === 'zone' ? 'rgba(148,163,184,0.12)' : n.type === 'pool' ? 'rgba(100,116,139,0.25)' : '#64748b';
/** The zone whose region a flow node is, if it is one. */
const ZONE_OF_NODE = new Map<string, Zone>(ZONES.map((z) => [zoneNodeId(z), z]));

/** What moving these nodes (or pools) into another region breaks: ZONE-PLACEMENT, from the kind registry's allowed zones. */
function zoneMoveProblems(plan: Plan, changes: ReturnType<typeof zoneChanges>): string[] {
  return changes.flatMap(({ node, zone }) => zoneProblem(node.kind, zone, plan.ocsVersion, node.name) ?? []);
}

interface DragState {
  ids: string[];
  boxes: Map<string, Box>;
  hoverKey: string;
  /** Dragged pool members (not carried by their pool) with their pool and where they started. */
  members: { id: string; pool: string; start: Position }[];
  /** Where each dragged node started. */
  starts: Map<string, Position>;
  /** The zone regions as drawn when the drag began (none when the plan draws none). */
  zones: ZoneBoxes | undefined;
  /** The plan when the drag began. */
  before: Plan;
}

function nodeKindOf(plan: Plan, id: string) {
  return plan.nodes.find((n) => n.id === id)?.kind;
}

/**
 * Sets or clears the canvas's dragging mark in a task of its own, its style update included: every
 * link handle is restyled (20–35 ms at 1,000 servers, in a trace of the drag benchmark), which done
 * inside the drag's first pointer move made that move a long task.
 */
function markDragging(element: HTMLElement | null, on: boolean) {
  setTimeout(() => {
    if (!element) return;
    element.toggleAttribute('data-dragging', on);
    void element.offsetWidth; // the style update, now rather than in the next event
  }, 0);
}

/** The pools whose dragged members are now outside the box the pool had when the drag began. */
function leavingPools(d: DragState, dragged: FlowNode): string[] {
  const start = d.starts.get(dragged.id);
  if (!start || d.members.length === 0) return [];
  // Every dragged server moves by the same offset as the one under the pointer.
  const dx = dragged.position.x - start.x;
  const dy = dragged.position.y - start.y;
  const out = new Set<string>();
  for (const m of d.members) {
    const box = d.boxes.get(m.pool);
    const center = { x: m.start.x + dx + NODE_SIZE.width / 2, y: m.start.y + dy + NODE_SIZE.height / 2 };
    if (box && !containsPoint(box, center)) out.add(m.pool);
  }
  return [...out];
}

/** The zone changes the drag would make if dropped now, judged by the node under the pointer. */
function zoneChangesOf(d: DragState, plan: Plan, node: FlowNode) {
  const start = d.starts.get(node.id);
  if (!d.zones || !start) return [];
  const size = { width: node.width ?? NODE_SIZE.width, height: node.height ?? NODE_SIZE.height };
  const from = { x: start.x + size.width / 2, y: start.y + size.height / 2 };
  const to = { x: node.position.x + size.width / 2, y: node.position.y + size.height / 2 };
  return zoneChanges(plan, d.ids, from, to, d.zones);
}

/** A pool's drop preview waiting for the next frame (see onNodeDrag). */
let previewFrame = 0;
function cancelPreviewFrame() {
  cancelAnimationFrame(previewFrame);
  previewFrame = 0;
}

/** The region preview: shown while the drag would move nodes into another region. */
function showZonePreview(d: DragState, plan: Plan, node: FlowNode) {
  const changes = zoneChangesOf(d, plan, node);
  const zone = changes[0]?.zone;
  const key = zone ? `${zone}|${changes.map((c) => c.node.id).join(',')}` : '';
  if (key === d.hoverKey) return;
  d.hoverKey = key;
  cancelPreviewFrame();
  sessionStore.getState().setPreview(zone ? { poolId: zoneNodeId(zone), problems: zoneMoveProblems(plan, changes) } : null);
}

/** What every server node and link reads from the canvas: its level of detail, the server a link is being drawn from. */
function CanvasContexts({
  detail,
  connectingFrom,
  children,
}: {
  detail: Detail;
  connectingFrom: string | null;
  children: React.ReactNode;
}) {
  const ocsVersion = usePlan((s) => s.plan.ocsVersion);
  return (
    <DetailContext value={detail}>
      <PlanVersionContext value={ocsVersion}>
        <ConnectingFrom value={connectingFrom}>{children}</ConnectingFrom>
      </PlanVersionContext>
    </DetailContext>
  );
}

export function Canvas({ children }: { children?: React.ReactNode }) {
  // The plan as React state, not usePlan: see useStoreState. The fit request too, so a plan that is
  // opened and its fit arrive in the same render.
  const { pools, nodes, links, zones } = useStoreState(planStore, selectPlan);
  const fitRequest = useStoreState(sessionStore, selectFitRequest);
  const connectingFrom = useFlowStore(selectConnectingFrom);
  const readOnly = usePlan((s) => s.readOnly);
  // Deferred: a click or the start of a drag selects, and restyling a thousand nodes for it waits
  // for a render of its own instead of lengthening the pointer event (the inspector shows it at once).
  const selected = useDeferredValue(useSession(selectSelected));
  const flow = useReactFlow<FlowNode>();
  const wrapper = useRef<HTMLDivElement>(null);
  const drag = useRef<DragState | null>(null);
  const zoomLow = useFlowStore(selectZoomLow);
  const paneWidth = useFlowStore(selectPaneWidth);
  const paneHeight = useFlowStore(selectPaneHeight);
  const [fittedFor, setFittedFor] = useState<number | null>(null);
  const [miniMap, setMiniMap] = useState<boolean | null>(null);

  // Frame the plan when one is opened or replaced (not when the user adds to it), from the plan's own
  // boxes: at low zoom React Flow does not hold every server (see detail.ts). Before the first frame,
  // so a large plan is never drawn at full detail at the old zoom.
  const fitPending = fittedFor !== fitRequest;
  useLayoutEffect(() => {
    if (!fitPending || paneWidth === 0) return;
    const { plan } = planStore.getState();
    // On an empty plan a fit would jump at the user's first drop.
    const viewport = plan.nodes.length === 0 && plan.pools.length === 0 ? undefined : viewportFor(planBounds(plan), paneWidth, paneHeight);
    if (viewport) void flow.setViewport(viewport);
    setFittedFor(fitRequest);
  }, [fitPending, fitRequest, flow, paneWidth, paneHeight]);
  // Until then, the detail is the one the fitted view will have.
  const fitZoom = useMemo(
    () => (fitPending && paneWidth > 0 ? viewportFor(planBounds(planStore.getState().plan), paneWidth, paneHeight)?.zoom : undefined),
    [fitPending, paneWidth, paneHeight],
  );
  const detail = detailOf(fitZoom ?? (zoomLow ? 0 : 1), nodes.length);
  const picture = detail === 'picture';

  // Links are routed around the servers and the pools' titles after every change (see linkRoutes).
  useEffect(() => routeLinks({ nodes, links, pools }), [nodes, links, pools]);

  // The regions move only with their own layout: a plan without one draws the default, which a drag first saves (see onNodeDragStart).
  const regions = useMemo(() => zoneBoxes({ ...planStore.getState().plan, pools, nodes, zones }), [pools, nodes, zones]);
  // In the picture, React Flow holds the regions only; PlanPicture draws the rest.
  // Only what is in view is drawn; the nodes say where their handles are, so none is drawn just to measure them.
  const visibleOnly = nodes.length > VISIBLE_ONLY_SERVERS;
  const rfNodes = useMemo(
    () => flowNodes(picture ? [] : pools, picture ? [] : nodes, selected, regions, visibleOnly),
    [picture, pools, nodes, selected, regions, visibleOnly],
  );
  const rfEdges = useMemo(() => (picture ? NO_EDGES : flowEdges(links, selected)), [picture, links, selected]);
  const pictureContent = useMemo((): PictureContent | undefined => {
    if (!picture) return undefined;
    const boxes = allPoolBoxes({ ...planStore.getState().plan, pools, nodes });
    return {
      nodes,
      links,
      pools: pools.flatMap((p) => {
        const box = boxes.get(p.id);
        return box ? [{ box, standard: poolTemplateKind(p) === 'standard', name: p.name }] : [];
      }),
      selected,
    };
  }, [picture, pools, nodes, links, selected]);
  // The minimap redraws every server on every move: large plans start without it (the button shows it).
  // With the report docked below, the canvas is short: the minimap would cover the diagram, so it waits for the button.
  const reportShown = useUi((s) => s.report !== 'closed');
  const showMiniMap = miniMap ?? (nodes.length <= LOD_SERVERS && !reportShown);

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    const moves = new Map<string, Position>();
    const selection: [string, boolean][] = [];
    let plan = planStore.getState().plan;
    const resizing = new Set<string>();
    let zonesChanged = false;
    for (const c of changes) {
      const zone = c.type === 'dimensions' ? ZONE_OF_NODE.get(c.id) : undefined;
      if (zone && c.type === 'dimensions' && c.resizing && c.dimensions) {
        plan = setZoneBox(plan, zone, { width: c.dimensions.width, height: c.dimensions.height });
        resizing.add(c.id);
        zonesChanged = true;
      }
    }
    for (const c of changes) {
      const zone = c.type === 'position' ? ZONE_OF_NODE.get(c.id) : undefined;
      if (zone && c.type === 'position' && c.position) {
        plan = setZoneBox(plan, zone, { x: c.position.x, y: c.position.y });
        zonesChanged = true;
      }
    }
    for (const c of changes) {
      if (c.type === 'select') selection.push([c.id, c.selected]);
      else if (c.type === 'dimensions' && c.resizing && c.dimensions && plan.pools.some((p) => p.id === c.id)) {
        plan = updatePool(plan, c.id, { size: { width: c.dimensions.width, height: c.dimensions.height } });
        resizing.add(c.id);
      }
    }
    for (const c of changes) {
      if (c.type !== 'position' || !c.position || ZONE_OF_NODE.has(c.id)) continue;
      // A pool resized by its left or top edge moves its box, not its members.
      if (resizing.has(c.id)) plan = updatePool(plan, c.id, { position: c.position });
      else moves.set(c.id, c.position);
    }
    if (selection.length > 0) sessionStore.getState().applySelection(selection);
    if (moves.size > 0) plan = moveItems(plan, moves);
    if (moves.size > 0 || resizing.size > 0 || zonesChanged) planStore.getState().apply(plan, { geometryOnly: true });
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const selection: [string, boolean][] = [];
    for (const c of changes) if (c.type === 'select') selection.push([c.id, c.selected]);
    if (selection.length > 0) sessionStore.getState().applySelection(selection);
  }, []);

  const onConnect = useCallback((c: Connection) => {
    runCommand('link', { ids: [c.source, c.target] });
  }, []);

  const isValidConnection = useCallback((c: Connection | { source: string; target: string }) => {
    const plan = planStore.getState().plan;
    return c.source !== c.target && nodeKindOf(plan, c.source) !== undefined && nodeKindOf(plan, c.target) !== undefined;
  }, []);

  const onNodeDragStart = useCallback((_: unknown, _node: FlowNode, dragged: FlowNode[]) => {
    // Link handles stay hidden while dragging (see index.css): the pointer passes over other servers.
    markDragging(wrapper.current, true);
    planStore.getState().beginGesture();
    let plan = planStore.getState().plan;
    const regions = zoneBoxes(plan);
    // The regions drawn from the default stay where they are from now on (part of this gesture's undo step).
    if (regions && !plan.zones) {
      plan = withZoneLayout(plan, regions);
      planStore.getState().apply(plan, { geometryOnly: true });
    }
    const ids = new Set(dragged.filter((n) => n.type !== 'zone').map((n) => n.id));
    const members = plan.nodes
      .filter((n) => ids.has(n.id) && n.pool !== undefined && !ids.has(n.pool) && canJoinPool(n.kind))
      .map((n) => ({ id: n.id, pool: n.pool!, start: n.position }));
    const starts = new Map(dragged.map((n) => [n.id, n.position]));
    drag.current = { ids: [...ids], boxes: allPoolBoxes(plan), hoverKey: '', members, starts, zones: regions, before: plan };
  }, []);

  const onNodeDrag = useCallback((_: unknown, node: FlowNode) => {
    const d = drag.current;
    if (!d || node.type === 'zone') return;
    const plan = planStore.getState().plan;
    if (node.type === 'pool') {
      showZonePreview(d, plan, node);
      return;
    }
    sessionStore.getState().setLeavingPools(leavingPools(d, node));
    const moving = d.ids.filter((id) => {
      const n = plan.nodes.find((x) => x.id === id);
      return n && canJoinPool(n.kind);
    });
    const center = { x: node.position.x + NODE_SIZE.width / 2, y: node.position.y + NODE_SIZE.height / 2 };
    const target = moving.length > 0 ? poolAtPoint(plan, center, d.boxes) : undefined;
    const leaving = moving.filter((id) => plan.nodes.find((x) => x.id === id)?.pool !== target);
    const hoverKey = target && leaving.length > 0 ? `${target}|${leaving.join(',')}` : '';
    if (!hoverKey) {
      showZonePreview(d, plan, node);
      return;
    }
    const zones = zoneChangesOf(d, plan, node);
    const key = `${hoverKey}|${zones.map((z) => z.zone).join(',')}`;
    if (key === d.hoverKey) return;
    d.hoverKey = key;
    cancelPreviewFrame();
    // Judging the drop checks the rules over the plan (275 ms of a fast 40-move drag at 3,000 servers, in a
    // CPU profile): once a frame, for the pool under the pointer then, not for every pool it crosses.
    previewFrame = requestAnimationFrame(() => {
      previewFrame = 0;
      if (drag.current !== d) return;
      const problems = [...placementProblems(plan, leaving, target!, findingsStore.getState().findings), ...zoneMoveProblems(plan, zones)];
      sessionStore.getState().setPreview({ poolId: target!, problems });
    });
  }, []);

  const onNodeDragStop = useCallback(() => {
    cancelPreviewFrame();
    markDragging(wrapper.current, false);
    const d = drag.current;
    drag.current = null;
    sessionStore.getState().setPreview(null);
    sessionStore.getState().setLeavingPools([]);
    if (d) {
      const before = planStore.getState().plan;
      const after = dropIntoZones(d.before, dropNodes(before, d.ids, d.boxes), d.zones);
      const membershipChanged = after.nodes !== before.nodes;
      planStore.getState().apply(after, { geometryOnly: !membershipChanged });
    }
    planStore.getState().endGesture();
  }, []);

  const onDragOver = useCallback(
    (e: DragEvent) => {
      e.preventDefault();
      e.dataTransfer.dropEffect = e.dataTransfer.types.includes('Files') ? 'copy' : 'move';
      const item = paletteDragItem();
      if (!item || isPoolItem(item) || planStore.getState().readOnly) return;
      const center = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }, { snapToGrid: false });
      const { plan } = planStore.getState();
      const target = canJoinPool(item) ? poolAtPoint(plan, center) : undefined;
      const zone = zoneAtPoint(zoneBoxes(plan), center);
      const zoneIssue = zone ? zoneProblem(item, zone, plan.ocsVersion) : undefined;
      if (!target && zone) {
        showPalettePreview(`${item}|${zoneNodeId(zone)}`, () => ({ poolId: zoneNodeId(zone), problems: zoneIssue ? [zoneIssue] : [] }));
        return;
      }
      showPalettePreview(target ? `${item}|${target}|${zone ?? ''}` : '', () => ({
        poolId: target!,
        problems: [...newServerProblems(plan, item, target!), ...(zoneIssue ? [zoneIssue] : [])],
      }));
    },
    [flow],
  );

  const onDragLeave = useCallback((e: DragEvent) => {
    if (!(e.relatedTarget instanceof Node) || !e.currentTarget.contains(e.relatedTarget)) showPalettePreview('', () => null);
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      e.preventDefault();
      endPaletteDrag();
      if (e.dataTransfer.files.length > 0) {
        runCommand('import-files', { files: [...e.dataTransfer.files] });
        return;
      }
      const item = e.dataTransfer.getData(PALETTE_MIME);
      if (!item || !isPaletteItem(item) || planStore.getState().readOnly) return;
      runCommand('add-item', { item, at: flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }, { snapToGrid: false }) });
    },
    [flow],
  );

  return (
    // Drops are taken on the wrapper, so an overlay on the canvas (the welcome card) takes them too.
    <div
      ref={wrapper}
      className="relative h-full w-full"
      data-testid="canvas"
      data-detail={detail}
      data-fits={fittedFor ?? 0}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      onKeyDownCapture={onArrowKey}
    >
      <CanvasContexts detail={detail} connectingFrom={connectingFrom}>
        <ReactFlow<FlowNode>
          nodes={rfNodes}
          edges={rfEdges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          isValidConnection={isValidConnection}
          onNodeDragStart={onNodeDragStart}
          onNodeDrag={onNodeDrag}
          onNodeDragStop={onNodeDragStop}
          onNodeContextMenu={onNodeContextMenu}
          onSelectionContextMenu={onSelectionContextMenu}
          onEdgeContextMenu={onEdgeContextMenu}
          onPaneContextMenu={onPaneContextMenu}
          onNodeDoubleClick={onNodeDoubleClick}
          onInit={(instance) => registerFlow(instance as never, wrapper.current)}
          connectionMode={ConnectionMode.Loose}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={MULTI_SELECTION_KEYS}
          snapToGrid
          snapGrid={SNAP_GRID}
          elevateNodesOnSelect={false}
          elevateEdgesOnSelect={false}
          connectionLineType={ConnectionLineType.Straight}
          minZoom={MIN_ZOOM}
          maxZoom={2.5}
          colorMode="system"
          onlyRenderVisibleElements={visibleOnly}
        >
          <Background variant={BackgroundVariant.Dots} gap={GRID} size={1} />
          <Controls position="bottom-left" showInteractive={false}>
            <ControlButton
              onClick={() => setMiniMap(!showMiniMap)}
              title={showMiniMap ? 'Hide the minimap' : 'Show the minimap'}
              aria-label={showMiniMap ? 'Hide the minimap' : 'Show the minimap'}
              aria-pressed={showMiniMap}
              data-testid="minimap-toggle"
            >
              <svg viewBox="0 0 16 16" aria-hidden="true">
                <rect x="1.5" y="3" width="13" height="10" rx="1" fill="none" stroke="currentColor" strokeWidth="1.4" />
                <rect x="8" y="7.5" width="5" height="4" fill="currentColor" />
              </svg>
            </ControlButton>
          </Controls>
          {showMiniMap && <MiniMap position="bottom-right" pannable zoomable nodeStrokeWidth={2} nodeColor={miniMapNodeColor} />}
          {pictureContent && <PlanPicture content={pictureContent} />}
        </ReactFlow>
      </CanvasContexts>
      {children}
    </div>
  );
}
