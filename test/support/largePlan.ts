/**
 * A large, valid plan for benchmarks and UI tests: consolidated Enterprise pools (2 to 4 Front Ends,
 * a hardware load balancer above them, a back end below) and every fifth pool a Standard Edition pool,
 * laid out on a grid. Deterministic: the same arguments give the same plan.
 */
import { boxAroundMembers, LAYOUT_COLUMN, snap } from '../../src/domain/geometry';
import type { Link, OcsVersion, Plan, PlanNode, Pool } from '../../src/domain/plan';
import { PLAN_FORMAT, PLAN_VERSION } from '../../src/domain/plan';

const COL = LAYOUT_COLUMN;
const FE_Y = 192;
const SQL_Y = FE_Y + 144;
const CELL_W = 4 * COL + 96;
const CELL_H = 528;
const DOMAIN = 'contoso.com';

interface Block {
  frontEnds: number; // 0 for a Standard Edition pool
}

/** The pools to build: exactly `servers` nodes in all. */
function blocks(servers: number): Block[] {
  const out: Block[] = [];
  let left = Math.max(0, Math.floor(servers));
  for (let i = 0; left > 0; i++) {
    if (i % 5 === 4 || left < 4) {
      out.push({ frontEnds: 0 });
      left -= 1;
    } else {
      const frontEnds = Math.min(2 + (i % 3), left - 2);
      out.push({ frontEnds });
      left -= frontEnds + 2;
    }
  }
  return out;
}

export function makeLargePlan(servers: number, ocsVersion: OcsVersion = '2007'): Plan {
  const specs = blocks(servers);
  const columns = Math.max(1, Math.ceil(Math.sqrt(specs.length)));
  const width = String(specs.length).length < 3 ? 3 : String(specs.length).length;
  const pools: Pool[] = [];
  const nodes: PlanNode[] = [];
  const links: Link[] = [];
  const link = (from: string, to: string) => links.push({ id: `l${links.length + 1}`, from, to });

  specs.forEach((spec, i) => {
    const n = String(i + 1).padStart(width, '0');
    const pid = `p${i + 1}`;
    const x0 = (i % columns) * CELL_W;
    const y0 = Math.floor(i / columns) * CELL_H;
    const members: PlanNode[] = [];
    let pool: Pool;
    if (spec.frontEnds === 0) {
      const se: PlanNode = {
        id: `${pid}-se`,
        kind: 'standard-edition-server',
        name: `se${n}.${DOMAIN}`,
        pool: pid,
        position: { x: x0 + snap(1.5 * COL), y: y0 + FE_Y },
      };
      members.push(se);
      pool = { id: pid, name: `sepool${n}.${DOMAIN}`, edition: 'standard', users: 1000 + (i % 4) * 500 };
    } else {
      const offset = ((4 - spec.frontEnds) * COL) / 2;
      for (let k = 1; k <= spec.frontEnds; k++) {
        members.push({
          id: `${pid}-fe${k}`,
          kind: 'front-end-server',
          name: `pool${n}-fe${String(k).padStart(2, '0')}.${DOMAIN}`,
          pool: pid,
          position: { x: x0 + snap(offset + (k - 1) * COL), y: y0 + FE_Y },
        });
      }
      const fes = [...members];
      const sql: PlanNode = {
        id: `${pid}-sql`,
        kind: 'back-end-sql',
        name: `pool${n}-sql.${DOMAIN}`,
        pool: pid,
        sqlVersion: '2005-sp2',
        position: { x: x0 + snap(1.5 * COL), y: y0 + SQL_Y },
      };
      members.push(sql);
      const hlb: PlanNode = {
        id: `${pid}-hlb`,
        kind: 'hardware-load-balancer',
        name: `pool${n}-hlb.${DOMAIN}`,
        position: { x: x0 + snap(1.5 * COL), y: y0 },
      };
      nodes.push(hlb);
      for (const fe of fes) link(fe.id, hlb.id);
      for (const fe of fes) link(fe.id, sql.id);
      pool = {
        id: pid,
        name: `pool${n}.${DOMAIN}`,
        edition: 'enterprise',
        configuration: 'consolidated',
        users: spec.frontEnds * 5000,
      };
    }
    const box = boxAroundMembers(members)!;
    pools.push({ ...pool, position: { x: box.x, y: box.y }, size: { width: box.width, height: box.height } });
    nodes.push(...members);
  });

  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    name: `Large plan (${servers} servers)`,
    ocsVersion,
    pools,
    nodes,
    links,
  };
}
