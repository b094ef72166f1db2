/**
 * What the user does, once each: the toolbar, the keyboard, the palette, the context of a finding
 * all call these. Each edit goes through the plan store as one undo step.
 */
import { NODE_SIZE, DEFAULT_POOL_SIZE, nodeBox, snap } from '../domain/geometry';
import type { Box } from '../domain/geometry';
import { findFreeOffset, freeOffsetInPool, poolInterior } from '../domain/placement';
import { addNode, addPool, allPoolBoxes, canJoinPool, growPool, deleteItems, poolAtPoint } from '../domain/operations';
import type { DirectorItem } from '../domain/kinds';
import type { NodeKind, Plan, PoolTemplateKind, Position } from '../domain/plan';
import { NODE_KINDS } from '../domain/plan';
import { defaultZoneLayout, withZoneLayout, zoneBoxes, zoneForDrop, zonesShown } from '../domain/zones';
import { planStore, sessionStore } from './stores';
import { frameNodes, viewCenter } from './viewport';

export type PoolItem = `pool-${PoolTemplateKind}` | `pool-${DirectorItem}`;
export type PaletteItem = NodeKind | PoolItem;

const POOL_ITEMS: readonly string[] = [
  'pool-standard',
  'pool-consolidated',
  'pool-expanded',
  'pool-director-enterprise',
  'pool-director-standard',
];

export function isPoolItem(item: string): item is PoolItem {
  return POOL_ITEMS.includes(item);
}

export function isPaletteItem(item: string): item is PaletteItem {
  return isPoolItem(item) || (NODE_KINDS as readonly string[]).includes(item);
}

function edit(next: Plan) {
  planStore.getState().apply(next);
}

/**
 * Add a palette item with its centre at `center`; a server whose centre lies in a pool joins it.
 * Dropped by the pointer (`dropped`), a server takes the zone of the region it lands in.
 */
export function addItemAt(item: PaletteItem, center: Position, intoPool?: string, dropped = true): string {
  const { plan } = planStore.getState();
  let result: { plan: Plan; id: string };
  if (isPoolItem(item)) {
    const kind = item.slice(5) as PoolTemplateKind | DirectorItem;
    result = addPool(plan, kind, { x: center.x - DEFAULT_POOL_SIZE.width / 2, y: center.y - DEFAULT_POOL_SIZE.height / 2 });
  } else {
    const pool = intoPool ?? (canJoinPool(item) ? poolAtPoint(plan, center) : undefined);
    result = addNode(plan, item, freePosition(plan, center, pool), pool);
    result = { ...result, plan: intoZone(plan, result.plan, result.id, item, center, dropped) };
  }
  edit(result.plan);
  sessionStore.getState().select([result.id]);
  return result.id;
}

/**
 * Keyboard alternative to a drop: at the centre of the view, or into the selected pool.
 * Repeated adds step aside so they do not pile up on one spot.
 */
export function addItemFromKeyboard(item: PaletteItem): string {
  const { plan } = planStore.getState();
  const selected = [...sessionStore.getState().selected];
  const selectedPool = selected.length === 1 ? plan.pools.find((p) => p.id === selected[0]) : undefined;
  if (selectedPool && !isPoolItem(item) && canJoinPool(item)) {
    const box = allPoolBoxes(plan).get(selectedPool.id)!;
    const slot = freeSlotInBox(plan, selectedPool.id, box);
    return addItemAt(item, slot, selectedPool.id, false);
  }
  const center = viewCenter();
  return addItemAt(item, freeSpotNear(plan, { x: snap(center.x), y: snap(center.y) }), undefined, false);
}

/**
 * A new node's zone: the region it was dropped into, else its kind's own. The first node outside
 * the internal network brings the regions, laid out once (so they do not shift as the plan grows).
 */
function intoZone(before: Plan, after: Plan, id: string, kind: NodeKind, center: Position, dropped: boolean): Plan {
  const regions = zoneBoxes(before);
  let next = after;
  if (dropped && regions) {
    const zone = zoneForDrop(kind, center, regions);
    next = { ...next, nodes: next.nodes.map((n) => (n.id === id && n.zone !== zone ? { ...n, zone } : n)) };
  }
  if (!next.zones && zonesShown(next)) next = withZoneLayout(next, regions ?? defaultZoneLayout(next));
  return next;
}

/**
 * Where a new server centred on `center` goes: there when it covers no server, else the nearest free
 * spot (inside its pool when it joins one: the pool grows when it is full).
 */
function freePosition(plan: Plan, center: Position, pool: string | undefined): Position {
  const box = { x: center.x - NODE_SIZE.width / 2, y: center.y - NODE_SIZE.height / 2, ...NODE_SIZE };
  const boxes = pool === undefined ? undefined : allPoolBoxes(plan);
  const poolBox = boxes?.get(pool!);
  const offset = poolBox
    ? freeOffsetInPool([box], [...plan.nodes.map(nodeBox), ...[...boxes!].filter(([id]) => id !== pool).map(([, b]) => b)], poolBox)
    : (findFreeOffset([box], plan.nodes.map(nodeBox)) ?? { x: 0, y: 0 });
  return { x: box.x + offset.x, y: box.y + offset.y };
}

/** The centre of the nearest spot to `center` where a new server covers no other. */
function freeSpotNear(plan: Plan, center: Position): Position {
  const box = { x: center.x - NODE_SIZE.width / 2, y: center.y - NODE_SIZE.height / 2, ...NODE_SIZE };
  const offset = findFreeOffset([box], plan.nodes.map(nodeBox)) ?? { x: 0, y: 0 };
  return { x: center.x + offset.x, y: center.y + offset.y };
}

/** The centre of the first free spot inside a pool's box, nearest its top-left corner (the pool grows when it is full). */
function freeSlotInBox(plan: Plan, poolId: string, box: Box): Position {
  const interior = poolInterior(box);
  const first = { x: interior.x, y: interior.y, ...NODE_SIZE };
  const others = [...allPoolBoxes(plan)].filter(([id]) => id !== poolId).map(([, b]) => b);
  const offset = freeOffsetInPool([first], [...plan.nodes.map(nodeBox), ...others], box);
  return { x: first.x + offset.x + NODE_SIZE.width / 2, y: first.y + offset.y + NODE_SIZE.height / 2 };
}

/** Draw the zone regions in a plan that has none yet (its default layout, saved in the plan). */
export function showZones() {
  const { plan } = planStore.getState();
  if (!zoneBoxes(plan)) edit(withZoneLayout(plan, defaultZoneLayout(plan)));
}

/** No regions again: only while every node is in the internal network (else they stay, to show where the others are). */
export function hideZones() {
  const { plan } = planStore.getState();
  if (!plan.zones || plan.nodes.some((n) => n.zone !== undefined && n.zone !== 'internal')) return;
  const next = { ...plan };
  delete next.zones;
  edit(next);
}

/** Delete the selection; a selected pool with members first asks what to do with them. */
export function deleteSelection() {
  const { plan, readOnly } = planStore.getState();
  if (readOnly) return;
  const ids = [...sessionStore.getState().selected];
  if (ids.length === 0) return;
  const selected = new Set(ids);
  const pools = new Set(plan.pools.filter((p) => selected.has(p.id)).map((p) => p.id));
  const members = plan.nodes.filter((n) => n.pool !== undefined && pools.has(n.pool) && !selected.has(n.id)).length;
  if (members > 0) {
    sessionStore.getState().setPendingPoolDelete({ ids, memberCount: members });
    return;
  }
  finishDelete(ids, false);
}

export function finishDelete(ids: string[], deletePoolMembers: boolean) {
  edit(deleteItems(planStore.getState().plan, ids, { deletePoolMembers }));
  sessionStore.getState().clearSelection();
  sessionStore.getState().setPendingPoolDelete(null);
}

export { copySelection, duplicateSelection, hasClipboard, paste } from './clipboard';

export function selectAll() {
  const { plan } = planStore.getState();
  sessionStore.getState().select([...plan.pools.map((p) => p.id), ...plan.nodes.map((n) => n.id)]);
}

export function undo() {
  planStore.getState().undo();
  pruneSelection();
}

export function redo() {
  planStore.getState().redo();
  pruneSelection();
}

/** Drop ids from the selection that no longer exist (after undo, redo, delete). */
function pruneSelection() {
  const { plan } = planStore.getState();
  const exists = new Set<string>([...plan.pools.map((p) => p.id), ...plan.nodes.map((n) => n.id), ...plan.links.map((l) => l.id)]);
  const selected = sessionStore.getState().selected;
  if ([...selected].some((id) => !exists.has(id))) sessionStore.getState().select([...selected].filter((id) => exists.has(id)));
}

/** End of a pool resize: the pool never ends smaller than its members; the resize is one undo step. */
export function finishPoolResize(poolId: string) {
  planStore.getState().apply(growPool(planStore.getState().plan, poolId), { geometryOnly: true });
  planStore.getState().endGesture();
}

export function selectAndFrame(ids: string[]) {
  sessionStore.getState().select(ids);
  frameNodes(ids);
}

/** Auto-layout of the whole plan: one undo step; the layout code is loaded on first use. */
export async function tidyLayout() {
  if (planStore.getState().readOnly) return;
  const { autoLayout } = await import('../domain/autoLayout');
  planStore.getState().apply(autoLayout(planStore.getState().plan), { geometryOnly: true });
  sessionStore.getState().requestFit();
}
