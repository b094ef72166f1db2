/** Server and pool names: fully qualified, and each used once. */
import { KIND_INFO, POOL_KIND_INFO } from '../../domain/kinds';
import { planDomain } from '../../domain/names';
import type { PlanNode, Pool } from '../../domain/plan';
import { poolTemplateKind } from '../../domain/plan';
import { edit } from '../draft';
import { article, finding, kindLabel, list, nameOf } from '../format';
import { SOURCES } from '../sources';
import type { Finding, RuleDefinition } from '../types';

const LABEL = /^[A-Za-z0-9-]+$/;
/** Two or more labels of letters, digits and hyphens, the last not starting with a digit. */
const FQDN = /^(?:[A-Za-z0-9-]+\.)+(?![0-9])[A-Za-z0-9-]+$/;

/** Why a name is not a fully qualified domain name, or undefined when it is one. */
export function fqdnProblem(name: string): string | undefined {
  if (FQDN.test(name)) return undefined;
  const labels = name.split('.');
  if (labels.length < 2) return 'it is a single label';
  if (labels.some((l) => l === '')) return 'it has an empty label';
  const bad = [...new Set(name.replace(/[A-Za-z0-9.-]/g, ''))];
  if (bad.length > 0) return `it contains ${list(bad.map((c) => `"${c}"`))}; only letters, digits and hyphens are allowed`;
  if (!labels.every((l) => LABEL.test(l))) return 'it contains characters other than letters, digits and hyphens';
  if (/^[0-9]/.test(labels[labels.length - 1])) return 'its last label starts with a digit';
  return undefined;
}

/** A repaired name (bad characters to hyphens, the plan's domain added to a single label), if that makes an FQDN. */
function repairedName(name: string, domain: string): string | undefined {
  const labels = name
    .trim()
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .split('.')
    .filter((l) => l !== '');
  if (labels.length === 0) return undefined;
  const fixed = labels.length === 1 ? `${labels[0]}.${domain}` : labels.join('.');
  return fqdnProblem(fixed) === undefined ? fixed : undefined;
}

export const nameFqdn: RuleDefinition = {
  id: 'NAME-FQDN',
  severity: 'warning',
  title: 'Server and pool names are fully qualified domain names',
  source: SOURCES[27],
  check(ctx) {
    const out: Finding[] = [];
    for (const info of ctx.pools) {
      const problem = fqdnProblem(info.pool.name);
      if (problem === undefined) continue;
      out.push(
        finding(
          nameFqdn,
          `Pool name ${nameOf(info.pool)} is not a fully qualified domain name: ${problem}. Name the pool like pool01.contoso.com.`,
          [],
          info.pool.id,
        ),
      );
    }
    for (const node of ctx.nodes) {
      const problem = fqdnProblem(node.name);
      if (problem === undefined) continue;
      out.push(
        finding(
          nameFqdn,
          `The name of ${kindLabel(node.kind)} ${nameOf(node)} is not a fully qualified domain name: ${problem}. Use host.domain, like ${KIND_INFO[node.kind]?.namePrefix ?? 'server'}01.contoso.com.`,
          [node],
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const item: PlanNode | Pool | undefined =
      f.nodes.length > 0 ? ctx.node(f.nodes[0]) : f.pool !== undefined ? ctx.poolById.get(f.pool)?.pool : undefined;
    if (!item) return [];
    const fixed = repairedName(item.name, planDomain(ctx.plan));
    if (!fixed || ctx.plan.nodes.some((n) => n.name.toLowerCase() === fixed.toLowerCase()) || ctx.plan.pools.some((p) => p.name.toLowerCase() === fixed.toLowerCase()))
      return [];
    const isNode = f.nodes.length > 0;
    return [
      {
        id: 'rename',
        label: `Rename ${nameOf(item)} to ${fixed}`,
        apply: (plan) =>
          edit(plan, (d) => {
            if (isNode) d.updateNode(item.id, (n) => ({ ...n, name: fixed }));
            else d.updatePool(item.id, (p) => ({ ...p, name: fixed }));
          }),
      },
    ];
  },
};

interface Named {
  pool?: Pool;
  node?: PlanNode;
}

/** Items sharing a name (case does not distinguish DNS names), pools first; empty names are left to NAME-FQDN. */
function duplicateGroups(pools: readonly Pool[], nodes: readonly PlanNode[]): Named[][] {
  // The first item of each name, by position: pool i is -1 - i, node i is i. Items are wrapped
  // only when their name is shared (a large plan has thousands of names and few repeats).
  const first = new Map<string, number>();
  const groups = new Map<string, Named[]>();
  const named = (at: number): Named => (at < 0 ? { pool: pools[-1 - at] } : { node: nodes[at] });
  const add = (name: string, at: number) => {
    const key = name.toLowerCase();
    if (key === '') return;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, at);
    else {
      const group = groups.get(key);
      if (group) group.push(named(at));
      else groups.set(key, [named(seen), named(at)]);
    }
  };
  pools.forEach((pool, i) => add(pool.name, -1 - i));
  nodes.forEach((node, i) => add(node.name, i));
  return [...groups.values()];
}

function what(item: Named): string {
  return item.pool ? 'a pool' : article(kindLabel(item.node!.kind));
}

export const nameDuplicate: RuleDefinition = {
  id: 'NAME-DUPLICATE',
  severity: 'error',
  title: 'Every server and pool has a name of its own',
  check(ctx) {
    const out: Finding[] = [];
    const groups = duplicateGroups(
      ctx.pools.map((p) => p.pool),
      ctx.nodes,
    );
    for (const group of groups) {
      const first = group[0];
      const name = nameOf(first.pool ?? first.node!);
      const nodes = group.flatMap((g) => (g.node ? [g.node] : []));
      const pool = group.find((g) => g.pool)?.pool;
      out.push(
        finding(
          nameDuplicate,
          `The name ${name} is shared by ${list(group.map(what))}. Every server and pool needs a name of its own: rename all but one.`,
          nodes,
          pool?.id,
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const groups = duplicateGroups(
      ctx.pools.map((p) => p.pool),
      ctx.nodes,
    );
    const group = groups.find(
      (g) => g.some((i) => i.node && f.nodes.includes(i.node.id)) || g.some((i) => i.pool && i.pool.id === f.pool),
    );
    if (!group) return [];
    const [keep, ...rename] = group;
    return [
      {
        id: 'rename-others',
        label: `Keep the name ${nameOf(keep.pool ?? keep.node!)} for ${keep.pool ? 'the pool' : `the ${kindLabel(keep.node!.kind)}`} and rename the others`,
        apply: (plan) =>
          edit(plan, (d) => {
            for (const item of rename) {
              if (item.pool) {
                const next = d.freeName(POOL_KIND_INFO[poolTemplateKind(item.pool)].namePrefix);
                d.updatePool(item.pool.id, (p) => ({ ...p, name: next }));
              } else {
                const node = item.node!;
                const next = d.freeName(KIND_INFO[node.kind]?.namePrefix ?? 'server');
                d.updateNode(node.id, (n) => ({ ...n, name: next }));
              }
            }
          }),
      },
    ];
  },
};
