/** What every template is built from: pool fields, a pool box around its members, numbered links, the plan. */
import { boxAroundMembers, DEFAULT_POOL_SIZE } from './geometry';
import type { Link, OcsVersion, Plan, PlanNode, Pool, PoolTemplateKind } from './plan';
import { PLAN_FORMAT, PLAN_VERSION } from './plan';

export function poolFields(kind: PoolTemplateKind): Pick<Pool, 'edition' | 'configuration'> {
  return kind === 'standard' ? { edition: 'standard' } : { edition: 'enterprise', configuration: kind };
}

export function withPoolBox(pool: Pool, members: PlanNode[]): Pool {
  const box = boxAroundMembers(members);
  if (!box) return { ...pool, size: DEFAULT_POOL_SIZE };
  return { ...pool, position: { x: box.x, y: box.y }, size: { width: box.width, height: box.height } };
}

export function linksFrom(pairs: [string, string][]): Link[] {
  return pairs.map(([from, to], i) => ({ id: `l${i + 1}`, from, to }));
}

export function plan(name: string, ocsVersion: OcsVersion, pools: Pool[], nodes: PlanNode[], links: Link[]): Plan {
  return { format: PLAN_FORMAT, version: PLAN_VERSION, name, ocsVersion, pools, nodes, links };
}
