/**
 * The plan as a Mermaid flowchart, for Markdown documentation that renders Mermaid: a subgraph
 * per pool, a node per server (name and kind), an undirected edge per link, a class per kind.
 * Mermaid ids are generated (p1, s1 …): plan ids may hold anything. Labels are quoted, with the
 * characters Mermaid reads as syntax or markup written as its entity codes.
 */
import { kindShort, POOL_KIND_INFO } from '../domain/kinds';
import { NODE_KINDS, poolTemplateKind } from '../domain/plan';
import type { NodeKind, Plan } from '../domain/plan';
import { KIND_STYLE } from '../io/svgIcons';

/** A label inside `["…"]`: entity codes for quotes, markup and Mermaid's own `#`; no line breaks. */
export function mermaidLabel(text: string): string {
  return (
    String(text)
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ')
      .replace(/[#"<>&`]/g, (ch) => `#${ch.charCodeAt(0)};`)
  );
}

const kindClass = (kind: NodeKind) => `k${NODE_KINDS.indexOf(kind)}`;

export function exportMermaid(plan: Plan): string {
  const lines: string[] = [`%% ${mermaidLabel(plan.name)}: exported by OCS Topology Designer`, 'flowchart LR'];
  const nodeIds = new Map(plan.nodes.map((node, i) => [node.id, `s${i + 1}`]));
  const serverLine = (node: Plan['nodes'][number], indent: string) =>
    `${indent}${nodeIds.get(node.id)}["${mermaidLabel(node.name)}<br/>${mermaidLabel(kindShort(node.kind, plan.ocsVersion))}"]:::${kindClass(node.kind)}`;
  const poolIds = new Set(plan.pools.map((p) => p.id));
  plan.pools.forEach((pool, i) => {
    lines.push(`  subgraph p${i + 1}["${mermaidLabel(pool.name)} (${mermaidLabel(POOL_KIND_INFO[poolTemplateKind(pool)].label)})"]`);
    for (const node of plan.nodes) if (node.pool === pool.id) lines.push(serverLine(node, '    '));
    lines.push('  end');
  });
  for (const node of plan.nodes) if (node.pool === undefined || !poolIds.has(node.pool)) lines.push(serverLine(node, '  '));
  for (const link of plan.links) {
    const from = nodeIds.get(link.from);
    const to = nodeIds.get(link.to);
    if (from && to) lines.push(`  ${from} --- ${to}`);
  }
  const used = new Set(plan.nodes.map((n) => n.kind));
  for (const kind of NODE_KINDS) {
    if (!used.has(kind)) continue;
    const { color, tint } = KIND_STYLE[kind];
    lines.push(`  classDef ${kindClass(kind)} fill:${tint},stroke:${color},stroke-width:2px,color:#0f172a`);
  }
  return `${lines.join('\n')}\n`;
}
