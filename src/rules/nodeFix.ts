/** The commonest fix: set some fields of the finding's first server (its bitness, NAT, edge services …). */
import type { PlanNode } from '../domain/plan';
import { edit } from './draft';
import type { RuleDefinition } from './types';

/** A rule's `fixes`: one fix that sets `change` on the finding's first node (a fresh copy each time), labelled from that node. */
export function setOnFirstNode(
  id: string,
  label: (node: PlanNode) => string,
  change: Partial<PlanNode>,
): NonNullable<RuleDefinition['fixes']> {
  return (ctx, f) => {
    const node = ctx.node(f.nodes[0]);
    if (!node) return [];
    return [
      { id, label: label(node), apply: (plan) => edit(plan, (d) => d.updateNode(node.id, (n) => ({ ...n, ...structuredClone(change) }))) },
    ];
  };
}
