/**
 * How many of each server the planner makes, and why: Microsoft's figures (sources-r2.md section 4), the tag
 * of the source each rests on, and, where a figure is only a derivation or unconfirmed, a why that says so.
 */
import type { OcsVersion, PoolConfiguration } from '../domain/plan';
import { capacityFor, maxUsefulFrontEnds, referenceRows } from '../rules/capacity';

export const num = (n: number): string => Math.round(n).toLocaleString('en-US');
const plural = (n: number, one: string, many = `${one}s`): string => `${num(n)} ${n === 1 ? one : many}`;

/** A Standard Edition Server serves fewer than 5,000 users [R7][R78][R88] (SE-USER-LIMIT warns from 5,000). */
export const SE_MAX_USERS = 4_999;
/** IM archiving and CDR on one Archiving Server: 65,000 users (125,000 with CDR only) [R39]. */
export const ARCHIVING_USERS = 65_000;
/** "Approximately 5,000 simultaneous connections" per Communicator Web Access server [R51]. */
export const CWA_CONNECTIONS = 5_000;
/** At most three Group Chat Servers [R54]. */
export const GROUP_CHAT_MAX = 3;
/** 2007 Edge: Access + Web Conferencing Edge collocated, 5,000 client connections (1,500 for web conferencing) [R78]. */
export const EDGE_COLLOCATED_CONNECTIONS = 5_000;
/** 2007 Edge: a stand-alone A/V Edge carries 1,500 concurrent A/V sessions [R78]. */
export const AV_EDGE_SESSIONS = 1_500;
/** Microsoft's conferencing model: 5% of users in conferences during working hours [R77]. */
export const CONFERENCING_SHARE = 0.05;
/** Calls per basic gateway when sizing from concurrent calls: one E1 trunk (an assumption; Microsoft states no per-server figure). */
export const CALLS_PER_GATEWAY = 30;

export interface Sized {
  count: number;
  why: string;
}

/** The source of a version's Enterprise pool figures. */
export function poolSource(v: OcsVersion): string {
  return v === '2007-r2' ? '[R5][R6]' : '[R78]';
}

/** The most users the planner puts in one Enterprise pool of this configuration, and the reference row it is. */
export function poolMaximum(v: OcsVersion, configuration: PoolConfiguration, archiving: boolean): number {
  const max = capacityFor(v, configuration, maxUsefulFrontEnds(v, configuration));
  // One 2007 Archiving and CDR Server serves at most 65,000 users; a pool is not split between two.
  return v === '2007' && archiving ? Math.min(max, ARCHIVING_USERS) : max;
}

/** Microsoft's reference rows for a configuration, as words: "4 Front Ends + 1 SQL for 30,000 users". */
export function referenceText(v: OcsVersion, configuration: PoolConfiguration): string {
  const rows = referenceRows(v, configuration).map((r) => `${r.frontEnds} Front Ends for ${num(r.users)} users`);
  return `Microsoft's ${v === '2007-r2' ? 'R2' : `2007 ${configuration}`} reference: ${rows.join(', ')} ${poolSource(v)}`;
}

/** The configuration of an Enterprise pool for this many users: consolidated unless only expanded carries them. */
export function configurationFor(v: OcsVersion, users: number): PoolConfiguration {
  if (v === '2007-r2') return 'consolidated';
  return users > capacityFor(v, 'consolidated', maxUsefulFrontEnds(v, 'consolidated')) ? 'expanded' : 'consolidated';
}

/** Front Ends of an Enterprise pool: the fewest the documented capacity allows, at least two (load balanced, redundant). */
export function frontEnds(v: OcsVersion, configuration: PoolConfiguration, users: number): Sized {
  let f = 1;
  while (f < maxUsefulFrontEnds(v, configuration) && capacityFor(v, configuration, f) < users) f++;
  const rows = referenceRows(v, configuration);
  const smallest = rows[0];
  const perFe = smallest.users / smallest.frontEnds;
  const count = Math.max(2, f);
  const reaches = rows.find((r) => r.frontEnds === f);
  const basis = reaches
    ? `${referenceText(v, configuration)}`
    : `${num(perFe)} users per Front End, a derivation from ${referenceText(v, configuration)} (Microsoft states no per-Front-End figure)`;
  const floor = count > f ? '; two at least, so that the pool survives the loss of one' : '';
  return { count, why: `${plural(count, 'Front End')} for ${num(users)} users: ${basis}${floor}` };
}

/** The dedicated servers of a 2007 expanded pool, as Microsoft's reference rows have them [R78]. */
export function expandedDedicated(frontEndCount: number): { web: number; conferencing: number; av: number; why: string } {
  const big = frontEndCount > 4;
  return big
    ? {
        web: 2,
        conferencing: 4,
        av: 4,
        why: "Microsoft's 2007 expanded high-performance reference: 8 Front Ends, 4 Web Conferencing, 4 A/V Conferencing and 2 IIS (Web Components) Servers for 125,000 users [R78]",
      }
    : {
        web: 2,
        conferencing: 2,
        av: 2,
        why: "Microsoft's 2007 expanded mid-range reference: 4 Front Ends, 2 Web Conferencing, 2 A/V Conferencing and 2 IIS (Web Components) Servers for 50,000 users [R78]",
      };
}

/** External users: the share of all users who connect through the Edge. */
export function externalUsers(total: number, percent: number): number {
  return Math.ceil((total * percent) / 100);
}

/** Edge Servers running all three services (R2, and the 2007 Access + Web Conferencing computers). */
export function edgeServers(v: OcsVersion, external: number, ha: boolean, percent: number): Sized {
  const n = Math.max(ha ? 2 : 1, Math.ceil(external / EDGE_COLLOCATED_CONNECTIONS));
  const basis =
    v === '2007-r2'
      ? `Microsoft gives no R2 Edge capacity (unconfirmed); sized with the 2007 figure for collocated Access and Web Conferencing Edge, ${num(EDGE_COLLOCATED_CONNECTIONS)} client connections each [R78]`
      : `collocated Access and Web Conferencing Edge carry ${num(EDGE_COLLOCATED_CONNECTIONS)} client connections (1,500 for web conferencing) [R78]`;
  const haText = ha && n === 2 && external <= EDGE_COLLOCATED_CONNECTIONS ? '; two for high availability' : '';
  return {
    count: n,
    why: `${plural(n, 'Edge Server')} for ${num(external)} external users (${percent}% of all, Microsoft's user model [R77]): ${basis}${haText}`,
  };
}

/** 2007 stand-alone A/V Edge Servers, sized from the concurrent A/V sessions of external users. */
export function avEdgeServers(external: number, ha: boolean): Sized {
  const sessions = Math.ceil(external * CONFERENCING_SHARE);
  const n = Math.max(ha ? 2 : 1, Math.ceil(sessions / AV_EDGE_SESSIONS));
  return {
    count: n,
    why: `${plural(n, 'A/V Edge Server')}: about ${num(sessions)} concurrent A/V sessions (5% of ${num(external)} external users in conferences, Microsoft's user model [R77], a derivation); a stand-alone A/V Edge carries ${num(AV_EDGE_SESSIONS)} [R78]${ha && n === 2 && sessions <= AV_EDGE_SESSIONS ? '; two for high availability' : ''}`,
  };
}

/** PSTN gateways in all: as asked, else from the concurrent calls, else one per site (two with high availability). */
export function gatewayTotal(sites: number, ha: boolean, gateways?: number, calls?: number): Sized {
  if (gateways !== undefined) return { count: gateways, why: `${plural(gateways, 'PSTN gateway')} as asked` };
  if (calls !== undefined) {
    const n = Math.max(1, Math.ceil(calls / CALLS_PER_GATEWAY));
    return {
      count: n,
      why: `${plural(n, 'PSTN gateway')} for ${num(calls)} concurrent calls at ${CALLS_PER_GATEWAY} calls per gateway (one E1 trunk: an assumption, Microsoft states no per-gateway or per-Mediation-Server figure [R38])`,
    };
  }
  const n = sites * (ha ? 2 : 1);
  return {
    count: n,
    why: `${plural(n, 'PSTN gateway')}: ${ha ? 'two' : 'one'} per site for local PSTN breakout${ha ? ' and high availability' : ''}`,
  };
}

/** Gateways per site: at least one where there are enough, the rest by users (largest remainder, first sites first on ties). */
export function splitByUsers(total: number, users: readonly number[]): number[] {
  const n = users.length;
  const out = new Array<number>(n).fill(0);
  let left = total;
  if (total >= n) {
    out.fill(1);
    left -= n;
  }
  const sum = users.reduce((a, b) => a + b, 0) || 1;
  const exact = users.map((u) => (u / sum) * left);
  for (let i = 0; i < n; i++) out[i] += Math.floor(exact[i]);
  let rest = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; rest > 0; k = (k + 1) % n, rest--) out[order[k][1]]++;
  return out;
}

/** Communicator Web Access servers for this many simultaneous connections. */
export function cwaServers(connections: number, ha: boolean, basis: string): Sized {
  const n = Math.max(ha ? 2 : 1, Math.ceil(connections / CWA_CONNECTIONS));
  return {
    count: n,
    why: `${plural(n, 'Communicator Web Access server')} for about ${num(connections)} simultaneous connections (${basis}): approximately ${num(CWA_CONNECTIONS)} per server [R51]${ha && n === 2 && connections <= CWA_CONNECTIONS ? '; two for high availability' : ''}`,
  };
}
