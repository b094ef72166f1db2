/**
 * Two deployment templates (topology.md section 5): "Enterprise Voice" and "R2 full data centre".
 * Zones run in columns from the left: the Internet and the PSTN, the perimeter network, the internal network.
 */
import { boxAroundMembers, LAYOUT_COLUMN, LAYOUT_ROW } from './geometry';
import { buildNode } from './kinds';
import type { Link, NodeKind, OcsVersion, Plan, PlanNode, Pool } from './plan';
import { PLAN_FORMAT, PLAN_VERSION } from './plan';

const COL = LAYOUT_COLUMN;
const ROW = LAYOUT_ROW;

type Place = [id: string, kind: NodeKind, name: string, column: number, row: number, fields?: Partial<PlanNode>];

/** Nodes placed on the layout grid (columns and rows of the layout), from an origin. */
function placed(ocsVersion: OcsVersion, places: Place[]): PlanNode[] {
  return places.map(([id, kind, name, column, row, fields]) =>
    buildNode(kind, ocsVersion, { id, name: `${name}.contoso.com`, position: { x: 40 + column * COL, y: 40 + row * ROW } }, fields),
  );
}

function poolAround(pool: Pool, nodes: PlanNode[]): Pool {
  const box = boxAroundMembers(nodes.filter((n) => n.pool === pool.id))!;
  return { ...pool, position: { x: box.x, y: box.y }, size: { width: box.width, height: box.height } };
}

function links(pairs: [string, string][]): Link[] {
  return pairs.map(([from, to], i) => ({ id: `l${i + 1}`, from, to }));
}

function plan(name: string, ocsVersion: OcsVersion, pools: Pool[], nodes: PlanNode[], pairs: [string, string][]): Plan {
  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    name,
    ocsVersion,
    pools: pools.map((p) => poolAround(p, nodes)),
    nodes,
    links: links(pairs),
  };
}

/** A consolidated pool's members: a load balancer above two Front Ends, the back end below them. */
function consolidatedPool(pool: string, prefix: string, column: number, row: number, sqlColumn = column + 0.5): Place[] {
  return [
    [`${prefix}hlb`, 'hardware-load-balancer', `${prefix}hlb01`, column + 0.5, row],
    [`${prefix}fe1`, 'front-end-server', `${prefix}fe01`, column, row + 1, { pool }],
    [`${prefix}fe2`, 'front-end-server', `${prefix}fe02`, column + 1, row + 1, { pool }],
    [`${prefix}sql`, 'back-end-sql', `${prefix}sql01`, sqlColumn, row + 2, { pool }],
  ];
}

function poolLinks(prefix: string): [string, string][] {
  return [
    [`${prefix}fe1`, `${prefix}hlb`],
    [`${prefix}fe2`, `${prefix}hlb`],
    [`${prefix}fe1`, `${prefix}sql`],
    [`${prefix}fe2`, `${prefix}sql`],
  ];
}

/**
 * Enterprise Voice: the PSTN on the left; a basic media gateway with its Mediation Server, linked to a consolidated
 * pool's load balancer; below, an advanced gateway (Mediation logic built in) as the alternative.
 */
export function enterpriseVoicePlan(ocsVersion: OcsVersion): Plan {
  // One band, left to right: the PSTN, the gateways, the Mediation Server, the pool's load balancer, then the pool
  // (Front Ends one above the other, the back end to their right), so that no link crosses a server or the pool.
  const nodes = placed(ocsVersion, [
    ['pstn1', 'pstn', 'pstn01', 0, 1],
    ['gw1', 'media-gateway', 'gw01', 1.25, 0.5, { gatewayType: 'basic' }],
    ['med1', 'mediation-server', 'med01', 2.5, 0.5],
    ['gw2', 'media-gateway', 'gw02', 1.25, 1.5, { gatewayType: 'advanced' }],
    ['hlb', 'hardware-load-balancer', 'hlb01', 3.75, 1],
    ['fe1', 'front-end-server', 'fe01', 5, 0.5, { pool: 'p1' }],
    ['fe2', 'front-end-server', 'fe02', 5, 1.5, { pool: 'p1' }],
    ['sql', 'back-end-sql', 'sql01', 6.25, 1, { pool: 'p1' }],
  ]);
  const pool: Pool = { id: 'p1', name: 'pool01.contoso.com', edition: 'enterprise', configuration: 'consolidated', users: 10000 };
  return plan('Enterprise Voice', ocsVersion, [pool], nodes, [
    ...poolLinks(''),
    ['pstn1', 'gw1'],
    ['gw1', 'med1'],
    ['med1', 'hlb'],
    ['pstn1', 'gw2'],
    ['gw2', 'hlb'],
  ]);
}

/**
 * R2 full data centre: Internet column (PSTN), perimeter column (Edge Server, reverse proxy), then the internal network:
 * an Enterprise Director pool behind its load balancer, a consolidated user pool, and beside it Mediation and gateway,
 * Archiving and Monitoring with their SQL Server, Communicator Web Access, Group Chat with compliance.
 */
export function fullDataCentrePlan(): Plan {
  const v: OcsVersion = '2007-r2';
  // Bands in the internal column: the Director pool on top (its back end to one side, so that the link between the
  // two load balancers runs clear), the user pool below it, role servers to its right, voice below it.
  const nodes = placed(v, [
    ['pstn1', 'pstn', 'pstn01', 0, 7],
    ['edge1', 'edge-server', 'edge01', 1.25, 0],
    ['rp1', 'reverse-proxy', 'rp01', 1.25, 2.5],
    ...consolidatedPool('d1', 'dir', 3, 0, 3),
    ...consolidatedPool('p1', '', 3, 3.5, 3),
    ['cwa1', 'cwa-server', 'cwa01', 2.5, 3.5, { cwaUsers: 'both' }],
    ['gw1', 'media-gateway', 'gw01', 2.5, 7, { gatewayType: 'basic' }],
    ['med1', 'mediation-server', 'med01', 4, 7],
    ['arc1', 'archiving-server', 'arc01', 5.5, 3.5],
    ['mon1', 'monitoring-server', 'mon01', 5.5, 4.5],
    ['gc1', 'group-chat-server', 'gc01', 5.5, 5.5],
    ['gcc1', 'group-chat-compliance-server', 'gcc01', 5.5, 6.5],
    ['db1', 'sql-server', 'db01', 7, 5, { databases: ['archiving', 'monitoring', 'group-chat', 'compliance'] }],
  ]);
  const director: Pool = {
    id: 'd1',
    name: 'dirpool01.contoso.com',
    edition: 'enterprise',
    configuration: 'consolidated',
    purpose: 'director',
    users: 0,
  };
  const pool: Pool = { id: 'p1', name: 'pool01.contoso.com', edition: 'enterprise', configuration: 'consolidated', users: 20000 };
  return plan('R2 full data centre', v, [director, pool], nodes, [
    ...poolLinks('dir'),
    ...poolLinks(''),
    ['edge1', 'dirhlb'],
    ['dirhlb', 'hlb'],
    ['rp1', 'hlb'],
    ['rp1', 'cwa1'],
    ['cwa1', 'hlb'],
    ['pstn1', 'gw1'],
    ['gw1', 'med1'],
    ['med1', 'hlb'],
    ['arc1', 'hlb'],
    ['arc1', 'db1'],
    ['mon1', 'hlb'],
    ['mon1', 'med1'],
    ['mon1', 'db1'],
    ['gc1', 'hlb'],
    ['gc1', 'db1'],
    ['gcc1', 'gc1'],
    ['gcc1', 'db1'],
  ]);
}
