/** The servers table (the hardware list): a row per computer or device of the plan, and a count per kind. */
import { EDGE_SERVICE_LABELS, kindLabel, ROLE_DATABASE_LABELS, ROLE_LABELS, SQL_EDITION_LABELS, SQL_VERSION_LABELS } from '../domain/kinds';
import type { CollocatedRole, EdgeService, NodeKind, OcsVersion, PlanNode, PoolTemplateKind } from '../domain/plan';
import { is64bitOf, NODE_KINDS } from '../domain/plan';
import { roleOffer } from '../domain/roles';
import { siteName } from '../domain/sites';
import type { PlanIndex } from '../rules/planIndex';
import { edgeServicesOf } from '../rules/perimeterNodes';
import type { ReportSourceId } from './sources';
import { cite } from './sources';
import type { ReportSource, RoleCount, ServerRow } from './types';

/** Devices that run no Windows: no bitness. The PSTN is no computer and gets no row. */
const NO_WINDOWS: ReadonlySet<NodeKind> = new Set(['hardware-load-balancer', 'media-gateway']);
/** Not an OCS server role (an HTTP reverse proxy such as ISA Server): its bitness is shown only where the plan gives it. */
const NOT_OCS: ReadonlySet<NodeKind> = new Set(['reverse-proxy']);
const NOT_A_COMPUTER: ReadonlySet<NodeKind> = new Set(['pstn']);
const SQL_KINDS: ReadonlySet<NodeKind> = new Set(['back-end-sql', 'sql-server']);

/** The page that describes each kind, per OCS version. */
function kindSources(kind: NodeKind, r2: boolean, expanded: boolean): ReportSourceId[] {
  switch (kind) {
    case 'standard-edition-server':
    case 'front-end-server':
    case 'back-end-sql':
      return r2 ? [expanded ? 'R6' : 'R5'] : ['R7'];
    case 'web-components-server':
    case 'web-conferencing-server':
    case 'av-conferencing-server':
    case 'application-sharing-server':
      return r2 ? ['R6'] : ['R7'];
    case 'hardware-load-balancer':
      return r2 ? ['R11'] : ['R9'];
    case 'edge-server':
      return r2 ? ['R21'] : ['R20'];
    case 'reverse-proxy':
      return r2 ? ['R74'] : ['R76'];
    case 'mediation-server':
    case 'media-gateway':
    case 'pstn':
      return r2 ? ['R35'] : ['R34'];
    case 'archiving-server':
      return r2 ? ['R40'] : ['R39'];
    case 'monitoring-server':
      return r2 ? ['R44'] : ['R43'];
    case 'cwa-server':
      return r2 ? ['R50'] : ['R48'];
    case 'group-chat-server':
    case 'group-chat-compliance-server':
      return ['R53'];
    case 'sql-server':
      return r2 ? ['R2'] : ['R4'];
  }
}

/** What a server's row takes from its kind, its pool's configuration and the version alone: computed once per combination. */
interface KindFacts {
  kindLabel: string;
  builtIn: readonly CollocatedRole[];
  /** The role labels of a server with nothing collocated (one frozen list, shared by the rows). */
  roles: string[];
  windows: boolean;
  /** The row's sources, and those of a row that cites the 32-bit blog too (frozen lists, shared). */
  sources: ReportSource[];
  sources32bit: ReportSource[];
}

/** One frozen empty list for every row's empty lists (most servers have nothing collocated and no role database). */
const NONE = Object.freeze([]) as unknown as string[];

function kindFacts(node: PlanNode, r2: boolean, poolKind: PoolTemplateKind | undefined, ocsVersion: OcsVersion): KindFacts {
  const builtIn = roleOffer(node.kind, poolKind).builtIn;
  const windows = !NO_WINDOWS.has(node.kind) && (!NOT_OCS.has(node.kind) || node.is64bit !== undefined);
  const ids = kindSources(node.kind, r2, poolKind === 'expanded');
  if (windows && r2 && !NOT_OCS.has(node.kind)) ids.push('R16');
  return {
    kindLabel: kindLabel(node.kind, ocsVersion),
    builtIn,
    roles: node.kind === 'edge-server' || builtIn.length === 0 ? NONE : (Object.freeze(builtIn.map((r) => ROLE_LABELS[r])) as string[]),
    windows,
    sources: cite(...ids),
    sources32bit: cite(...ids, 'R18'),
  };
}

const UNCONFIRMED_32BIT = 'OCS 2007 runs 32-bit: stated only in a Microsoft blog, not in the product documentation.';

/** The pool configurations as small numbers, for the facts' slots (none: no pool). */
const POOL_SLOT: Record<PoolTemplateKind, number> = { standard: 1, consolidated: 2, expanded: 3 };

/** What the rows of one report share: the facts per kind and configuration, label lists per list of values. */
interface ServerMemo {
  r2: boolean;
  siteNames: ReadonlyMap<string, string>;
  /** The site of a node without one (or with one the plan does not have). */
  defaultSite: string;
  /** Per kind: the facts per pool configuration (slot × 2) and whether the plan gives the bitness (+ 1). */
  facts: Map<NodeKind, (KindFacts | undefined)[]>;
  /** Label lists of the plan's role-database and Edge service lists, by the list itself (plans share them between servers). */
  databases: Map<readonly string[], string[]>;
  edgeRoles: Map<readonly EdgeService[], string[]>;
}

function factsOf(memo: ServerMemo, node: PlanNode, poolKind: PoolTemplateKind | undefined, ocsVersion: OcsVersion): KindFacts {
  let byKind = memo.facts.get(node.kind);
  if (!byKind) memo.facts.set(node.kind, (byKind = []));
  const slot = (poolKind === undefined ? 0 : POOL_SLOT[poolKind]) * 2 + (node.is64bit === undefined ? 0 : 1);
  let facts = byKind[slot];
  if (!facts) byKind[slot] = facts = kindFacts(node, memo.r2, poolKind, ocsVersion);
  return facts;
}

function databaseLabels(memo: ServerMemo, databases: NonNullable<PlanNode['databases']>): string[] {
  if (databases.length === 0) return NONE;
  let labels = memo.databases.get(databases);
  if (!labels) memo.databases.set(databases, (labels = Object.freeze(databases.map((d) => ROLE_DATABASE_LABELS[d])) as string[]));
  return labels;
}

function edgeRoleLabels(memo: ServerMemo, services: readonly EdgeService[]): string[] {
  let labels = memo.edgeRoles.get(services);
  if (!labels) memo.edgeRoles.set(services, (labels = Object.freeze(services.map((s) => EDGE_SERVICE_LABELS[s])) as string[]));
  return labels;
}

function serverRow(ctx: PlanIndex, node: PlanNode, memo: ServerMemo): ServerRow {
  const plan = ctx.plan;
  const r2 = memo.r2;
  const info = ctx.poolOf(node);
  const facts = factsOf(memo, node, info?.kind, plan.ocsVersion);
  const builtIn = facts.builtIn;
  const collocated = node.collocated && node.collocated.length > 0 ? node.collocated.filter((r) => !builtIn.includes(r)) : NO_ROLES;
  const collocatedLabels = collocated.length === 0 ? NONE : collocated.map((r) => ROLE_LABELS[r]);
  let roles: string[];
  if (node.kind === 'edge-server') {
    const services = edgeRoleLabels(memo, edgeServicesOf(node));
    roles = collocated.length === 0 ? services : services.concat(collocatedLabels);
  } else roles = collocated.length === 0 ? facts.roles : facts.roles.concat(collocatedLabels);
  const fqdn = node.name;
  const kind = node.kind;
  const kindLabel = facts.kindLabel;
  const zone = node.zone ?? 'internal';
  const site = (node.site !== undefined ? memo.siteNames.get(node.site) : undefined) ?? memo.defaultSite;
  const databases = node.databases ? databaseLabels(memo, node.databases) : NONE;
  const unconfirmed32 = facts.windows && !r2 && node.is64bit === undefined && !NOT_OCS.has(node.kind);
  const sources = unconfirmed32 ? facts.sources32bit : facts.sources;
  const nodeIds = [node.id];
  const collocatedList = collocatedLabels;
  let row: ServerRow;
  // In the documented order; the common rows' fields in one literal (fields added later take a store of their own).
  if (!node.ip && !node.why) {
    const is64bit = facts.windows ? is64bitOf(node, plan.ocsVersion) : undefined;
    if (info) {
      const pool = info.pool.name;
      const poolId = info.pool.id;
      row =
        is64bit === undefined
          ? { fqdn, kind, kindLabel, roles, zone, site, pool, poolId, collocated: collocatedList, databases, sources, nodeIds }
          : { fqdn, kind, kindLabel, roles, zone, site, pool, poolId, is64bit, collocated: collocatedList, databases, sources, nodeIds };
    } else
      row =
        is64bit === undefined
          ? { fqdn, kind, kindLabel, roles, zone, site, collocated: collocatedList, databases, sources, nodeIds }
          : { fqdn, kind, kindLabel, roles, zone, site, is64bit, collocated: collocatedList, databases, sources, nodeIds };
  } else {
    row = { fqdn, kind, kindLabel, roles, zone, site } as ServerRow;
    if (info) {
      row.pool = info.pool.name;
      row.poolId = info.pool.id;
    }
    if (facts.windows) row.is64bit = is64bitOf(node, plan.ocsVersion);
    row.collocated = collocatedList;
    row.databases = databases;
    if (node.ip) row.ip = node.ip;
    if (node.why) row.why = node.why;
    row.sources = sources;
    row.nodeIds = nodeIds;
  }
  if (SQL_KINDS.has(node.kind)) {
    if (node.sqlVersion) row.sqlVersion = SQL_VERSION_LABELS[node.sqlVersion];
    row.sqlEdition = SQL_EDITION_LABELS[node.sqlEdition ?? 'standard'];
  } else if (node.kind === 'standard-edition-server') {
    row.sqlEdition = SQL_EDITION_LABELS.express;
  }
  if (unconfirmed32) {
    row.unconfirmed = true;
    row.note = UNCONFIRMED_32BIT;
  }
  return row;
}

const NO_ROLES: readonly CollocatedRole[] = Object.freeze([]);

/** A row per computer or device of the plan, in plan order (the PSTN is none). */
export function serverRows(ctx: PlanIndex): ServerRow[] {
  const rows: ServerRow[] = [];
  // Site names by id (the first of a repeated id), as siteName reads them, without a search per server.
  const siteNames = new Map<string, string>();
  for (const site of ctx.plan.sites ?? []) if (!siteNames.has(site.id)) siteNames.set(site.id, site.name);
  const memo: ServerMemo = {
    r2: ctx.plan.ocsVersion === '2007-r2',
    siteNames,
    defaultSite: siteName(ctx.plan, {}),
    facts: new Map(),
    databases: new Map(),
    edgeRoles: new Map(),
  };
  for (const node of ctx.nodes) if (!NOT_A_COMPUTER.has(node.kind)) rows.push(serverRow(ctx, node, memo));
  return rows;
}

/** How many of each kind the servers table has, in the kinds' order. */
export function roleCounts(ctx: PlanIndex, rows: readonly ServerRow[]): RoleCount[] {
  const counts = new Map<NodeKind, number>();
  for (const r of rows) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  const out: RoleCount[] = [];
  for (const kind of NODE_KINDS) {
    const count = counts.get(kind);
    if (count) out.push({ kind, label: kindLabel(kind, ctx.ocsVersion), count });
  }
  return out;
}
