/**
 * The plan model: the format contract of the domain doc, section 2.
 * Pure TypeScript, no React. Objects are treated as immutable everywhere:
 * every operation returns a new plan and shares what it did not change.
 * Unknown fields read from a file are kept on the objects at run time;
 * the types only name the fields this app understands.
 */

export const PLAN_FORMAT = 'ocs-topology-plan' as const;
export const PLAN_VERSION = 1 as const;

export const OCS_VERSIONS = ['2007', '2007-r2'] as const;
export type OcsVersion = (typeof OCS_VERSIONS)[number];

export const NODE_KINDS = [
  'standard-edition-server',
  'front-end-server',
  'back-end-sql',
  'hardware-load-balancer',
  'web-components-server',
  'web-conferencing-server',
  'av-conferencing-server',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const COLLOCATED_ROLES = [
  'im-conferencing',
  'telephony-conferencing',
  'web-conferencing',
  'av-conferencing',
  'web-components',
  'back-end-sql',
  'domain-controller',
] as const;
export type CollocatedRole = (typeof COLLOCATED_ROLES)[number];

export const SQL_VERSIONS = ['2000-sp4', '2005-sp1', '2005-sp2', '2008'] as const;
export type SqlVersion = (typeof SQL_VERSIONS)[number];

export const BALANCING_TYPES = ['hardware', 'windows-nlb', 'dns'] as const;
export type Balancing = (typeof BALANCING_TYPES)[number];

export const EDITIONS = ['standard', 'enterprise'] as const;
export type Edition = (typeof EDITIONS)[number];

export const POOL_CONFIGURATIONS = ['consolidated', 'expanded'] as const;
export type PoolConfiguration = (typeof POOL_CONFIGURATIONS)[number];

export interface Position {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Pool {
  id: string;
  /** The pool FQDN. */
  name: string;
  edition: Edition;
  /** Enterprise pools only. */
  configuration?: PoolConfiguration;
  /** Planned user count. */
  users?: number;
  /** Top-left corner, absolute canvas coordinates. */
  position?: Position;
  size?: Size;
}

export interface PlanNode {
  id: string;
  kind: NodeKind;
  /** The computer's FQDN. */
  name: string;
  /** Id of the pool it belongs to; absent for a node outside any pool. */
  pool?: string;
  /** Top-left corner, absolute canvas coordinates. */
  position: Position;
  /** More roles on the same computer. */
  collocated?: CollocatedRole[];
  /** back-end-sql only. */
  sqlVersion?: SqlVersion;
  /** Default true. */
  is64bit?: boolean;
  /** hardware-load-balancer only; default "hardware". */
  balancing?: Balancing;
}

/** An undirected network connection between two nodes. */
export interface Link {
  id: string;
  from: string;
  to: string;
  /** Text drawn on the line (a protocol, a port). */
  label?: string;
}

export interface Plan {
  format: typeof PLAN_FORMAT;
  version: typeof PLAN_VERSION;
  name: string;
  ocsVersion: OcsVersion;
  pools: Pool[];
  nodes: PlanNode[];
  links: Link[];
}

export function emptyPlan(name = 'Untitled plan', ocsVersion: OcsVersion = '2007'): Plan {
  return { format: PLAN_FORMAT, version: PLAN_VERSION, name, ocsVersion, pools: [], nodes: [], links: [] };
}

/** Kinds that are servers that must live in a pool (POOL-MEMBERSHIP). */
export const POOL_SERVER_KINDS: readonly NodeKind[] = [
  'standard-edition-server',
  'front-end-server',
  'web-components-server',
  'web-conferencing-server',
  'av-conferencing-server',
];

/** Dedicated servers of an expanded pool. */
export const DEDICATED_KINDS: readonly NodeKind[] = [
  'web-components-server',
  'web-conferencing-server',
  'av-conferencing-server',
];

export function isPoolServerKind(kind: NodeKind): boolean {
  return POOL_SERVER_KINDS.includes(kind);
}

/** A pool's configuration as one word: standard, consolidated or expanded. */
export type PoolTemplateKind = 'standard' | PoolConfiguration;

export function poolTemplateKind(pool: Pool): PoolTemplateKind {
  if (pool.edition === 'standard') return 'standard';
  return pool.configuration ?? 'consolidated';
}
