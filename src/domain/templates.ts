/**
 * The three seed configurations of the domain doc, as ready plans, and the empty pools of the palette.
 * Each template is a valid plan under the rule catalog (no errors).
 */
import { boxAroundMembers, DEFAULT_POOL_SIZE, LAYOUT_COLUMN, LAYOUT_ROW } from './geometry';
import { buildNode } from './kinds';
import type { Link, NodeKind, OcsVersion, Plan, PlanNode, Pool, PoolTemplateKind, Position } from './plan';
import { PLAN_FORMAT, PLAN_VERSION } from './plan';

export type TemplateName = 'empty' | PoolTemplateKind;

export const TEMPLATE_LABELS: Record<TemplateName, string> = {
  empty: 'Empty plan',
  standard: 'Standard Edition (one server)',
  consolidated: 'Enterprise pool, consolidated',
  expanded: 'Enterprise pool, expanded',
};

export function poolFields(kind: PoolTemplateKind): Pick<Pool, 'edition' | 'configuration'> {
  return kind === 'standard' ? { edition: 'standard' } : { edition: 'enterprise', configuration: kind };
}

const COL = LAYOUT_COLUMN;
const ROW = LAYOUT_ROW;

/** Templates build their nodes with the one builder, for their plan's version. */
const nodeFor =
  (ocsVersion: OcsVersion) =>
  (id: string, kind: NodeKind, name: string, position: Position, pool?: string): PlanNode =>
    buildNode(kind, ocsVersion, { id, name, position, pool });

function withPoolBox(pool: Pool, members: PlanNode[]): Pool {
  const box = boxAroundMembers(members);
  if (!box) return { ...pool, size: DEFAULT_POOL_SIZE };
  return { ...pool, position: { x: box.x, y: box.y }, size: { width: box.width, height: box.height } };
}

function linksFrom(pairs: [string, string][]): Link[] {
  return pairs.map(([from, to], i) => ({ id: `l${i + 1}`, from, to }));
}

function plan(name: string, ocsVersion: OcsVersion, pools: Pool[], nodes: PlanNode[], links: Link[]): Plan {
  return { format: PLAN_FORMAT, version: PLAN_VERSION, name, ocsVersion, pools, nodes, links };
}

export function templatePlan(template: TemplateName, ocsVersion: OcsVersion = '2007'): Plan {
  const node = nodeFor(ocsVersion);
  switch (template) {
    case 'empty':
      return plan('Untitled plan', ocsVersion, [], [], []);
    case 'standard': {
      const se = node('se1', 'standard-edition-server', 'se01.contoso.com', { x: 80, y: 120 }, 'p1');
      // Server and pool names must differ (NAME-DUPLICATE), so the pool gets a name of its own.
      const pool = withPoolBox({ id: 'p1', name: 'sepool01.contoso.com', ...poolFields('standard'), users: 2000 }, [se]);
      return plan('Standard Edition', ocsVersion, [pool], [se], []);
    }
    case 'consolidated': {
      const fes = [0, 1, 2, 3].map((i) =>
        node(`fe${i + 1}`, 'front-end-server', `fe0${i + 1}.contoso.com`, { x: 80 + i * COL, y: 240 }, 'p1'),
      );
      const hlb = node('hlb1', 'hardware-load-balancer', 'hlb01.contoso.com', { x: 80 + 1.5 * COL, y: 40 });
      const sql = node('sql1', 'back-end-sql', 'sql01.contoso.com', { x: 80 + 1.5 * COL, y: 240 + ROW });
      sql.pool = 'p1';
      const pool = withPoolBox(
        { id: 'p1', name: 'pool01.contoso.com', ...poolFields('consolidated'), users: 20000 },
        [...fes, sql],
      );
      const links = linksFrom([...fes.map((f): [string, string] => [f.id, 'hlb1']), ...fes.map((f): [string, string] => [f.id, 'sql1'])]);
      return plan('Enterprise consolidated', ocsVersion, [pool], [hlb, ...fes, sql], links);
    }
    case 'expanded': {
      const fes = [0, 1, 2, 3].map((i) =>
        node(`fe${i + 1}`, 'front-end-server', `fe0${i + 1}.contoso.com`, { x: 80 + i * COL, y: 240 }, 'p1'),
      );
      const hlbFe = node('hlb1', 'hardware-load-balancer', 'hlb01.contoso.com', { x: 80 + 1.5 * COL, y: 40 });
      const sql = node('sql1', 'back-end-sql', 'sql01.contoso.com', { x: 80 + 1.5 * COL, y: 240 + ROW }, 'p1');
      const webs = [0, 1].map((i) =>
        node(`web${i + 1}`, 'web-components-server', `web0${i + 1}.contoso.com`, { x: 80 + i * COL, y: 240 + 2 * ROW }, 'p1'),
      );
      const wcs = node('wcs1', 'web-conferencing-server', 'wcs01.contoso.com', { x: 80 + 2 * COL, y: 240 + 2 * ROW }, 'p1');
      const av = node('av1', 'av-conferencing-server', 'av01.contoso.com', { x: 80 + 3 * COL, y: 240 + 2 * ROW }, 'p1');
      // The Web Components Servers' own load balancer, below them, outside the pool.
      const hlbWeb = node('hlb2', 'hardware-load-balancer', 'hlb02.contoso.com', { x: 80 + 0.5 * COL, y: 240 + 3 * ROW + 40 });
      // R2's expanded set also has an Application Sharing Server [R1].
      const appSharing =
        ocsVersion === '2007-r2'
          ? [node('appshare1', 'application-sharing-server', 'appshare01.contoso.com', { x: 80 + 4 * COL, y: 240 + 2 * ROW }, 'p1')]
          : [];
      const members = [...fes, sql, ...webs, wcs, av, ...appSharing];
      const pool = withPoolBox({ id: 'p1', name: 'pool01.contoso.com', ...poolFields('expanded'), users: 40000 }, members);
      const links = linksFrom([
        ...fes.map((f): [string, string] => [f.id, 'hlb1']),
        ...fes.map((f): [string, string] => [f.id, 'sql1']),
        ...webs.map((w): [string, string] => [w.id, 'hlb2']),
        ['wcs1', 'sql1'],
        ['av1', 'sql1'],
      ]);
      return plan('Enterprise expanded', ocsVersion, [pool], [hlbFe, ...members, hlbWeb], links);
    }
  }
}
