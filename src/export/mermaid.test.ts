import { describe, expect, it } from 'vitest';
import { templatePlan } from '../domain/templates';
import type { Plan } from '../domain/plan';
import { exportMermaid } from './mermaid';
import { archivingMonitoringPlan } from '../../test/support/archivingPlan';

/** The parts of a flowchart this export writes: subgraphs with their nodes, free nodes, edges. */
function parseFlowchart(text: string) {
  const lines = text.trimEnd().split('\n');
  expect(lines[1]).toBe('flowchart LR');
  const subgraphs: { id: string; label: string; nodes: string[] }[] = [];
  const nodes = new Map<string, string>();
  const edges: [string, string][] = [];
  let open: (typeof subgraphs)[number] | undefined;
  for (const line of lines.slice(2)) {
    let m: RegExpExecArray | null;
    if ((m = /^ {2}subgraph (\w+)\["([^"]*)"\]$/.exec(line))) subgraphs.push((open = { id: m[1], label: m[2], nodes: [] }));
    else if (line === '  end') open = undefined;
    else if ((m = /^ +(\w+)\["([^"]*)"\]:::k\d+$/.exec(line))) {
      nodes.set(m[1], m[2]);
      open?.nodes.push(m[1]);
    } else if ((m = /^ {2}(\w+) --- (\w+)$/.exec(line))) edges.push([m[1], m[2]]);
    else if (!/^ {2}classDef k\d+ fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6},stroke-width:2px,color:#0f172a$/.test(line))
      throw new Error(`unexpected line ${line}`);
  }
  expect(open).toBeUndefined();
  return { subgraphs, nodes, edges };
}

const unescape = (s: string) => s.replace(/#(\d+);/g, (_, d) => String.fromCharCode(Number(d)));

describe('exportMermaid', () => {
  it.each(['standard', 'consolidated', 'expanded'] as const)('a subgraph per pool holding its servers, an edge per link (%s)', (kind) => {
    const plan = templatePlan(kind);
    const { subgraphs, nodes, edges } = parseFlowchart(exportMermaid(plan));
    expect(subgraphs).toHaveLength(plan.pools.length);
    expect(nodes.size).toBe(plan.nodes.length);
    expect(edges).toHaveLength(plan.links.length);
    const idOf = new Map([...nodes].map(([id, label]) => [unescape(label.split('<br/>')[0]), id]));
    plan.pools.forEach((pool, i) => {
      expect(unescape(subgraphs[i].label)).toMatch(new RegExp(`^${pool.name.replace(/\./g, '\\.')} \\(`));
      const inside = plan.nodes.filter((n) => n.pool === pool.id).map((n) => idOf.get(n.name));
      expect(subgraphs[i].nodes).toEqual(inside);
    });
    const nameOf = new Map(plan.nodes.map((n) => [n.id, n.name]));
    expect(edges).toEqual(plan.links.map((l) => [idOf.get(nameOf.get(l.from)!), idOf.get(nameOf.get(l.to)!)]));
  });

  it('quotes names that hold Mermaid syntax, markup and line breaks', () => {
    const base = templatePlan('standard');
    const plan: Plan = { ...base, pools: base.pools.map((p) => ({ ...p, name: 'pool "A"]; end\nsubgraph x' })) };
    plan.nodes = plan.nodes.map((n) => ({ ...n, name: '<img src=x onerror=alert(1)> #1 & `code`' }));
    const { subgraphs, nodes } = parseFlowchart(exportMermaid(plan));
    expect(subgraphs).toHaveLength(1);
    expect(unescape(subgraphs[0].label)).toBe('pool "A"]; end subgraph x (Standard Edition pool)');
    expect(unescape([...nodes.values()][0].split('<br/>')[0])).toBe('<img src=x onerror=alert(1)> #1 & `code`');
  });
});

describe('exportMermaid: labels of the plan’s OCS version', () => {
  it('names Archiving and Monitoring Servers as the plan’s version does', () => {
    const label = (plan: Plan, name: string) =>
      unescape([...parseFlowchart(exportMermaid(plan)).nodes.values()].find((l) => l.startsWith(name))!);
    expect(label(archivingMonitoringPlan('2007'), 'arc01')).toBe('arc01.contoso.com<br/>Archiving and CDR');
    expect(label(archivingMonitoringPlan('2007'), 'mon01')).toBe('mon01.contoso.com<br/>QoE Monitoring');
    expect(label(archivingMonitoringPlan('2007-r2'), 'arc01')).toBe('arc01.contoso.com<br/>Archiving');
    expect(label(archivingMonitoringPlan('2007-r2'), 'mon01')).toBe('mon01.contoso.com<br/>Monitoring');
  });
});
