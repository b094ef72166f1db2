/**
 * The templates with external access (topology.md section 5): "R2 remote access", "R2 scaled Edge" and
 * "2007 single-site Edge". Each is clean under the whole rule catalog, and laid out in zone columns:
 * the Internet on the left, the perimeter network, the internal network on the right.
 */
import { LAYOUT_COLUMN, LAYOUT_ROW } from './geometry';
import { buildNode } from './kinds';
import type { NodeKind, OcsVersion, Plan, PlanNode, Pool, Position, ZoneLayout } from './plan';
import { linksFrom, plan, poolFields, withPoolBox } from './templateParts';

export const EDGE_TEMPLATES = ['r2-remote-access', 'r2-scaled-edge', '2007-single-site-edge'] as const;
export type EdgeTemplateName = (typeof EDGE_TEMPLATES)[number];

export const EDGE_TEMPLATE_LABELS: Record<EdgeTemplateName, string> = {
  'r2-remote-access': 'R2 remote access',
  'r2-scaled-edge': 'R2 scaled Edge',
  '2007-single-site-edge': '2007 single-site Edge',
};

export const EDGE_TEMPLATE_VERSIONS: Record<EdgeTemplateName, OcsVersion> = {
  'r2-remote-access': '2007-r2',
  'r2-scaled-edge': '2007-r2',
  '2007-single-site-edge': '2007',
};

export function isEdgeTemplate(name: string): name is EdgeTemplateName {
  return (EDGE_TEMPLATES as readonly string[]).includes(name);
}

const COL = LAYOUT_COLUMN;
const ROW = LAYOUT_ROW;
/** The load balancers' row; the reverse proxy sits above it, so that its link to the user pool crosses nothing. */
const TOP = 80 + LAYOUT_ROW;
const PROXY_Y = 60;
/** Left edges of the zone columns. */
const EXTERNAL_X = 0;
const PERIMETER_X = 260;

/** The zone regions as columns: the Internet, the perimeter network (`perimeterColumns` wide), the internal network. */
function zoneColumns(perimeterColumns: number, internalWidth: number, height: number): ZoneLayout[] {
  const perimeterWidth = perimeterColumns * COL + 40;
  return [
    { id: 'external', position: { x: EXTERNAL_X, y: 0 }, size: { width: PERIMETER_X - 20, height } },
    { id: 'perimeter', position: { x: PERIMETER_X, y: 0 }, size: { width: perimeterWidth, height } },
    { id: 'internal', position: { x: PERIMETER_X + perimeterWidth + 20, y: 0 }, size: { width: internalWidth, height } },
  ];
}

class Layout {
  readonly nodes: PlanNode[] = [];
  readonly pools: Pool[] = [];
  readonly pairs: [string, string][] = [];
  constructor(readonly ocsVersion: OcsVersion) {}

  node(id: string, kind: NodeKind, name: string, position: Position, fields: Partial<PlanNode> = {}): string {
    this.nodes.push(buildNode(kind, this.ocsVersion, { id, name, position, pool: fields.pool }, fields));
    return id;
  }

  link(a: string, b: string): this {
    this.pairs.push([a, b]);
    return this;
  }

  /**
   * A consolidated Enterprise pool at `x`: its load balancer on top, two Front Ends, the back end below;
   * returns the load balancer's id.
   */
  consolidated(id: string, x: number, names: { pool: string; fe: string; lb: string; sql: string }, fields: Partial<Pool>): string {
    const lb = this.node(`${id}-hlb`, 'hardware-load-balancer', `${names.lb}.contoso.com`, { x: x + COL / 2, y: TOP });
    const fes = [0, 1].map((i) =>
      this.node(
        `${id}-fe${i + 1}`,
        'front-end-server',
        `${names.fe}0${i + 1}.contoso.com`,
        { x: x + i * COL, y: TOP + ROW + 40 },
        { pool: id },
      ),
    );
    const sql = this.node(`${id}-sql`, 'back-end-sql', `${names.sql}.contoso.com`, { x: x + COL / 2, y: TOP + 2 * ROW + 40 }, { pool: id });
    for (const fe of fes) this.link(fe, lb).link(fe, sql);
    const members = this.nodes.filter((n) => n.pool === id);
    this.pools.push(withPoolBox({ id, name: `${names.pool}.contoso.com`, ...poolFields('consolidated'), ...fields }, members));
    return lb;
  }

  plan(name: string, zones: ZoneLayout[]): Plan {
    return { ...plan(name, this.ocsVersion, this.pools, this.nodes, linksFrom(this.pairs)), zones };
  }
}

/** The internal network of the R2 templates: a Director pool next to the perimeter, the user pool right of it. */
function directorAndPool(t: Layout, x: number): { directorLb: string; poolLb: string } {
  const directorLb = t.consolidated(
    'dir',
    x,
    { pool: 'director', fe: 'dir', lb: 'hlb01', sql: 'sql01' },
    { purpose: 'director', users: 0 },
  );
  const poolLb = t.consolidated('p1', x + 3 * COL, { pool: 'pool01', fe: 'fe', lb: 'hlb02', sql: 'sql02' }, { users: 20000 });
  // The Director forwards authenticated external users to the pool that hosts them.
  t.link(directorLb, poolLb);
  return { directorLb, poolLb };
}

export function edgeTemplatePlan(template: EdgeTemplateName): Plan {
  const t = new Layout(EDGE_TEMPLATE_VERSIONS[template]);
  const height = TOP + 3 * ROW + 120;
  switch (template) {
    case 'r2-remote-access': {
      const internalX = PERIMETER_X + COL + 80;
      const { directorLb, poolLb } = directorAndPool(t, internalX + 40);
      const edge = t.node('edge1', 'edge-server', 'edge01.contoso.com', { x: PERIMETER_X + 20, y: TOP });
      const rp = t.node('rp1', 'reverse-proxy', 'rp01.contoso.com', { x: PERIMETER_X + 20, y: PROXY_Y });
      t.link(edge, directorLb).link(rp, poolLb);
      return t.plan('R2 remote access', zoneColumns(1, 6 * COL + 40, height));
    }
    case 'r2-scaled-edge': {
      const internalX = PERIMETER_X + 3 * COL + 80;
      const { directorLb, poolLb } = directorAndPool(t, internalX + 40);
      const x0 = PERIMETER_X + 20;
      const outer = t.node(
        'hlb-ext',
        'hardware-load-balancer',
        'hlb03.contoso.com',
        { x: x0, y: TOP + ROW / 2 },
        { zone: 'perimeter', side: 'external' },
      );
      const edges = [0, 1].map((i) =>
        t.node(`edge${i + 1}`, 'edge-server', `edge0${i + 1}.contoso.com`, { x: x0 + COL, y: TOP + i * ROW }),
      );
      const inner = t.node(
        'hlb-int',
        'hardware-load-balancer',
        'hlb04.contoso.com',
        { x: x0 + 2 * COL, y: TOP + ROW / 2 },
        { zone: 'perimeter', side: 'internal' },
      );
      const rp = t.node('rp1', 'reverse-proxy', 'rp01.contoso.com', { x: x0 + COL, y: PROXY_Y });
      for (const e of edges) t.link(outer, e).link(e, inner);
      t.link(inner, directorLb).link(rp, poolLb);
      return t.plan('R2 scaled Edge', zoneColumns(3, 6 * COL + 40, height));
    }
    case '2007-single-site-edge': {
      const internalX = PERIMETER_X + COL + 80;
      const poolLb = t.consolidated('p1', internalX + 40, { pool: 'pool01', fe: 'fe', lb: 'hlb01', sql: 'sql01' }, { users: 10000 });
      const x0 = PERIMETER_X + 20;
      const accessEdge = t.node(
        'edge1',
        'edge-server',
        'edge01.contoso.com',
        { x: x0, y: TOP },
        { edgeServices: ['access', 'web-conferencing'] },
      );
      const avEdge = t.node('edge2', 'edge-server', 'edge02.contoso.com', { x: x0, y: TOP + ROW + 40 }, { edgeServices: ['av'] });
      const rp = t.node('rp1', 'reverse-proxy', 'rp01.contoso.com', { x: x0, y: PROXY_Y });
      t.link(accessEdge, poolLb).link(avEdge, poolLb).link(rp, poolLb);
      return t.plan('2007 single-site Edge', zoneColumns(1, 3 * COL + 40, height + 40));
    }
  }
}
