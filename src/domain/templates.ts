/**
 * The seed configurations of the domain doc, as ready plans (the pool templates here, those with external
 * access in edgeTemplates.ts), and the empty pools of the palette.
 * Each template is a valid plan under the rule catalog (no errors).
 */
import type { EdgeTemplateName } from './edgeTemplates';
import { EDGE_TEMPLATE_LABELS, EDGE_TEMPLATE_VERSIONS, edgeTemplatePlan, isEdgeTemplate } from './edgeTemplates';
import { LAYOUT_COLUMN, LAYOUT_ROW } from './geometry';
import { buildNode } from './kinds';
import type { NodeKind, OcsVersion, Plan, PlanNode, PoolTemplateKind, Position } from './plan';
import { linksFrom, plan, poolFields, withPoolBox } from './templateParts';
import { enterpriseVoicePlan, fullDataCentrePlan } from './voiceTemplates';

export { poolFields };

export type TemplateName = 'empty' | PoolTemplateKind | EdgeTemplateName | 'enterprise-voice' | 'r2-data-centre';

export const TEMPLATE_LABELS: Record<TemplateName, string> = {
  empty: 'Empty plan',
  standard: 'Standard Edition (one server)',
  consolidated: 'Enterprise pool, consolidated',
  expanded: 'Enterprise pool, expanded',
  ...EDGE_TEMPLATE_LABELS,
  'enterprise-voice': 'Enterprise Voice',
  'r2-data-centre': 'R2 full data centre',
};

/** The templates for the whole deployment, each for one OCS version (a pool template takes the plan's version). */
export const TEMPLATE_VERSIONS: Partial<Record<TemplateName, OcsVersion>> = {
  ...EDGE_TEMPLATE_VERSIONS,
  'r2-data-centre': '2007-r2',
};

const COL = LAYOUT_COLUMN;
const ROW = LAYOUT_ROW;

/** Templates build their nodes with the one builder, for their plan's version. */
const nodeFor =
  (ocsVersion: OcsVersion) =>
  (id: string, kind: NodeKind, name: string, position: Position, pool?: string): PlanNode =>
    buildNode(kind, ocsVersion, { id, name, position, pool });

export function templatePlan(template: TemplateName, ocsVersion: OcsVersion = '2007'): Plan {
  const node = nodeFor(ocsVersion);
  if (isEdgeTemplate(template)) return edgeTemplatePlan(template);
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
      const pool = withPoolBox({ id: 'p1', name: 'pool01.contoso.com', ...poolFields('consolidated'), users: 20000 }, [...fes, sql]);
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
    case 'enterprise-voice':
      return enterpriseVoicePlan(ocsVersion);
    case 'r2-data-centre':
      // OCS 2007 R2 only (Group Chat): the version asked for does not apply.
      return fullDataCentrePlan();
  }
}
