/** Capacity: per pool and per role, the planned load against Microsoft's documented figures (sources-r2.md section 4). */
import { kindLabel } from '../domain/kinds';
import type { EdgeService, PlanNode } from '../domain/plan';
import { capacityFor, referenceRows } from '../rules/capacity';
import { ARCHIVING_USERS_2007 } from '../rules/catalog/archiving';
import { SE_USER_LIMIT_USERS } from '../rules/catalog/standardPool';
import type { ReportContext } from './context';
import { linkedPools } from '../rules/catalog/linked';
import { distinctIds, edgeServicesOf } from './context';
import type { ReportSourceId } from './sources';
import { citeList } from './sources';
import type { CapacityRow, CapacityStatus } from './types';

/** The share of users the 2007 Edge figures assume connect from outside [R78]. */
export const EXTERNAL_USER_SHARE = 0.1;

interface CapSpec {
  scope: string;
  role: string;
  unit: string;
  planned?: number | undefined;
  capacity?: number | undefined;
  sources: ReportSourceId[];
  nodes: readonly PlanNode[];
  note?: string;
  unconfirmed?: boolean;
  /** The capacity is a bound the plan must stay below ("fewer than"), not one it may reach. */
  strict?: boolean;
}

function capRow(s: CapSpec): CapacityRow {
  let status: CapacityStatus = 'unknown';
  if (s.planned !== undefined && s.capacity !== undefined)
    status = (s.strict ? s.planned >= s.capacity : s.planned > s.capacity) ? 'over' : 'ok';
  const sources = citeList(s.sources);
  const nodeIds = distinctIds(s.nodes);
  // In the documented order, each row's fields in one literal (fields added later take a store of their own).
  const { scope, role, unit, planned, capacity } = s;
  let row: CapacityRow;
  if (planned === undefined)
    row =
      capacity === undefined ? { scope, role, unit, status, sources, nodeIds } : { scope, role, unit, capacity, status, sources, nodeIds };
  else
    row =
      capacity === undefined
        ? { scope, role, unit, planned, status, sources, nodeIds }
        : { scope, role, unit, planned, capacity, status, sources, nodeIds };
  if (s.unconfirmed) row.unconfirmed = true;
  if (s.note) row.note = s.note;
  return row;
}

const SE_NOTE = `Fewer than ${SE_USER_LIMIT_USERS.toLocaleString('en-US')} users.`;

/** The note of an Enterprise pool's row: the same for every pool of a configuration (formatting numbers is slow: once each). */
function enterpriseNote(rc: ReportContext, configuration: 'consolidated' | 'expanded', derived: boolean): string {
  return rc.r2
    ? `100,000 active concurrent users per pool with 8 Front Ends on recommended hardware${derived ? '; with fewer Front Ends the figure is scaled down from it, a derivation (no per-Front End figure is documented)' : ''}.`
    : `From the OCS 2007 Planning Guide’s reference configurations (${referenceRows(rc.plan.ocsVersion, configuration)
        .map((r) => `${r.frontEnds} Front Ends: ${r.users.toLocaleString('en-US')}`)
        .join(
          '; ',
        )})${derived ? '; with fewer Front Ends the figure is scaled down, a derivation (no per-Front End figure is documented)' : ''}.`;
}

function poolRows(rc: ReportContext, out: CapacityRow[]): void {
  const notes = new Map<string, string>();
  for (const pool of rc.pools) {
    const { info } = pool;
    const name = info.pool.name;
    if (pool.isDirector) {
      out.push(
        capRow({
          scope: name,
          role: 'Director',
          unit: 'users',
          sources: rc.r2 ? ['R32'] : ['R31'],
          nodes: pool.heads,
          unconfirmed: true,
          note: 'No documented Director capacity was found; a Director hosts no users.',
        }),
      );
      continue;
    }
    if (info.kind === 'standard') {
      out.push(
        capRow({
          scope: name,
          role: 'Standard Edition Server',
          unit: 'users',
          planned: info.pool.users,
          capacity: SE_USER_LIMIT_USERS,
          strict: true,
          sources: rc.r2 ? ['R88'] : ['R7', 'R78'],
          nodes: pool.heads,
          note: SE_NOTE,
        }),
      );
      continue;
    }
    const frontEnds = info.frontEnds.length;
    const configuration = info.kind === 'expanded' ? 'expanded' : 'consolidated';
    const derived = frontEnds < referenceRows(rc.plan.ocsVersion, configuration)[0].frontEnds;
    out.push(
      capRow({
        scope: name,
        role: `Enterprise pool, ${info.kind} (${frontEnds} Front End${frontEnds === 1 ? '' : 's'})`,
        unit: 'users',
        planned: info.pool.users,
        capacity: capacityFor(rc.plan.ocsVersion, configuration, frontEnds),
        sources: rc.r2 ? [info.kind === 'expanded' ? 'R6' : 'R5'] : ['R78'],
        nodes: [...info.frontEnds, ...(pool.lb ? [pool.lb] : [])],
        ...(derived ? { unconfirmed: true } : {}),
        note: noteOf(notes, rc, configuration, derived),
      }),
    );
  }
}

function noteOf(notes: Map<string, string>, rc: ReportContext, configuration: 'consolidated' | 'expanded', derived: boolean): string {
  const key = derived ? `${configuration} derived` : configuration;
  let note = notes.get(key);
  if (note === undefined) notes.set(key, (note = enterpriseNote(rc, configuration, derived)));
  return note;
}

/** The 2007 Edge figures per server, by which services the computer runs [R78]; undefined where the row was not read. */
function edgeFigure(services: readonly EdgeService[], service: EdgeService): number | undefined {
  const set = new Set(services);
  if (set.size === 1) return { access: 15_000, 'web-conferencing': 3_000, av: 1_500 }[service];
  if (set.size === 2 && set.has('access') && set.has('web-conferencing')) return service === 'access' ? 5_000 : 1_500;
  return undefined;
}

const EDGE_UNIT: Record<EdgeService, string> = {
  access: 'external client connections',
  'web-conferencing': 'external client connections',
  av: 'concurrent A/V sessions',
};
const EDGE_ROLE: Record<EdgeService, string> = { access: 'Access Edge', 'web-conferencing': 'Web Conferencing Edge', av: 'A/V Edge' };

function edgeRows(rc: ReportContext, out: CapacityRow[]): void {
  const users = rc.pools.filter((p) => !p.isDirector).reduce((sum, p) => sum + (p.info.pool.users ?? 0), 0);
  const external = Math.ceil(users * EXTERNAL_USER_SHARE);
  const assumption = `Assumes 10% of the users (${users.toLocaleString('en-US')}) connect from outside, shared by the Edge Servers running the service.`;
  for (const service of ['access', 'web-conferencing', 'av'] as const) {
    const edges = rc.ctx.ofKind('edge-server').filter((e) => edgeServicesOf(e).includes(service));
    for (const edge of edges) {
      const planned = service === 'av' ? undefined : Math.ceil(external / edges.length);
      if (rc.r2) {
        out.push(
          capRow({
            scope: edge.name,
            role: EDGE_ROLE[service],
            unit: EDGE_UNIT[service],
            planned,
            sources: ['R77'],
            nodes: [edge],
            unconfirmed: true,
            note: 'No R2 Edge capacity table was read; the R2 user model assumes 10% of users connect through an Edge Server.',
          }),
        );
        continue;
      }
      const figure = edgeFigure(edgeServicesOf(edge), service);
      out.push(
        capRow({
          scope: edge.name,
          role: EDGE_ROLE[service],
          unit: EDGE_UNIT[service],
          planned,
          capacity: figure,
          sources: ['R78'],
          nodes: [edge],
          ...(figure === undefined
            ? { unconfirmed: true, note: 'The figure for these services on one computer was not read.' }
            : { note: assumption }),
        }),
      );
    }
  }
}

function roleRows(rc: ReportContext, out: CapacityRow[]): void {
  const r2 = rc.r2;
  for (const n of rc.ctx.nodes) {
    switch (n.kind) {
      case 'av-conferencing-server':
        out.push(
          capRow({
            scope: n.name,
            role: kindLabel(n.kind, rc.plan.ocsVersion),
            unit: 'participants in one session',
            capacity: r2 ? undefined : 250,
            sources: r2 ? ['R77'] : ['R80'],
            nodes: [n],
            ...(r2
              ? { unconfirmed: true, note: 'The R2 capacity tables were not read.' }
              : { note: 'A per-session figure, not per server.' }),
          }),
        );
        break;
      case 'mediation-server': {
        const gateways = rc.ctx.neighbors(n.id).filter((m) => m.kind === 'media-gateway').length;
        out.push(
          capRow({
            scope: n.name,
            role: kindLabel(n.kind, rc.plan.ocsVersion),
            unit: 'media gateways',
            planned: gateways,
            capacity: 1,
            sources: r2 ? ['R38', 'R35', 'R17'] : ['R38', 'R35'],
            nodes: [n],
            note: 'One gateway per Mediation Server; 64 kbps per concurrent call on the gateway link. Concurrent calls per server: not documented.',
          }),
        );
        break;
      }
      case 'archiving-server': {
        const pools = linkedPools(rc.ctx, n);
        const users = pools.reduce((sum, p) => sum + (p.pool.users ?? 0), 0);
        out.push(
          capRow({
            scope: n.name,
            role: kindLabel(n.kind, rc.plan.ocsVersion),
            unit: 'users',
            planned: users,
            capacity: r2 ? undefined : ARCHIVING_USERS_2007,
            sources: r2 ? ['R77'] : ['R39'],
            nodes: [n],
            ...(r2
              ? { unconfirmed: true, note: 'The R2 capacity tables were not read.' }
              : { note: '65,000 users with IM archiving and CDRs (purge every 3 days); 125,000 with CDRs only (purge every 7 days).' }),
          }),
        );
        break;
      }
      case 'monitoring-server': {
        const pools = linkedPools(rc.ctx, n).filter((p) => p.isEnterprise).length;
        out.push(
          capRow({
            scope: n.name,
            role: kindLabel(n.kind, rc.plan.ocsVersion),
            unit: 'Enterprise pools',
            planned: r2 ? pools : undefined,
            capacity: r2 ? 1 : undefined,
            sources: r2 ? ['R46'] : ['R43'],
            nodes: [n],
            unconfirmed: true,
            note: r2
              ? '“Deploy one Monitoring Server for each Enterprise pool” in large environments (pre-release text); no user figure was read.'
              : 'No OCS 2007 figure was read.',
          }),
        );
        break;
      }
      case 'cwa-server':
        out.push(
          capRow({
            scope: n.name,
            role: kindLabel(n.kind, rc.plan.ocsVersion),
            unit: 'simultaneous connections',
            capacity: r2 ? 5_000 : undefined,
            sources: r2 ? ['R51'] : ['R96'],
            nodes: [n],
            ...(r2
              ? { note: 'Approximately 5,000 per CWA server.' }
              : { unconfirmed: true, note: 'The 2007 release lists capacity factors, no figure.' }),
          }),
        );
        break;
      default:
        break;
    }
  }
  const gc = rc.ctx.ofKind('group-chat-server');
  if (gc.length > 0)
    out.push(
      capRow({
        scope: gc.map((n) => n.name).join(', '),
        role: 'Group Chat Servers',
        unit: 'servers',
        planned: gc.length,
        capacity: 3,
        sources: ['R54'],
        nodes: gc,
        note: 'Up to three Group Chat Servers; users per server: not documented for R2.',
      }),
    );
}

export function capacityRows(rc: ReportContext): CapacityRow[] {
  const out: CapacityRow[] = [];
  poolRows(rc, out);
  edgeRows(rc, out);
  roleRows(rc, out);
  return out;
}
