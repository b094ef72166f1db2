/** The one builder of nodes: every new node (palette, fixes, templates, paste of a kind) gets its kind's defaults for the plan's version. */
import type { NodeKind, OcsVersion, PlanNode, Position } from '../plan';
import { defaultZone, KINDS } from './registry';

export interface NewNode {
  id: string;
  name: string;
  position: Position;
  pool?: string;
}

export function buildNode(kind: NodeKind, ocsVersion: OcsVersion, base: NewNode, fields: Partial<PlanNode> = {}): PlanNode {
  const node: PlanNode = { id: base.id, kind, name: base.name, position: base.position };
  if (base.pool !== undefined) node.pool = base.pool;
  Object.assign(node, KINDS[kind].defaults?.(ocsVersion), { zone: defaultZone(kind) }, fields);
  return node;
}
