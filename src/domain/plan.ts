/**
 * The plan model: the format contract of the domain doc, section 2.
 * Pure TypeScript, no React. Objects are treated as immutable everywhere:
 * every operation returns a new plan and shares what it did not change.
 * Unknown fields read from a file are kept on the objects at run time;
 * the types only name the fields this app understands.
 */

export const PLAN_FORMAT = 'ocs-topology-plan' as const;
export const PLAN_VERSION = 2 as const;

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
  // Version 2 (topology.md section 1). Appended: indexes in exports and link tables stay.
  'edge-server',
  'reverse-proxy',
  'mediation-server',
  'media-gateway',
  'pstn',
  'archiving-server',
  'monitoring-server',
  'cwa-server',
  'group-chat-server',
  'group-chat-compliance-server',
  'application-sharing-server',
  'sql-server',
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
  'archiving',
  'monitoring',
  'mediation',
  'cwa',
  'group-chat',
  'compliance',
  'edge',
  'reverse-proxy',
  'exchange-um',
  'application-sharing',
  'database',
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

export const ZONES = ['internal', 'perimeter', 'external'] as const;
export type Zone = (typeof ZONES)[number];

export const EDGE_SERVICES = ['access', 'web-conferencing', 'av'] as const;
export type EdgeService = (typeof EDGE_SERVICES)[number];

export const AV_NAT_TYPES = ['none', 'destination', 'source'] as const;
export type AvNat = (typeof AV_NAT_TYPES)[number];

export const GATEWAY_TYPES = ['basic', 'basic-hybrid', 'advanced'] as const;
export type GatewayType = (typeof GATEWAY_TYPES)[number];

export const CWA_USERS = ['internal', 'external', 'both'] as const;
export type CwaUsers = (typeof CWA_USERS)[number];

export const SQL_EDITIONS = ['standard', 'enterprise', 'express'] as const;
export type SqlEdition = (typeof SQL_EDITIONS)[number];

export const ROLE_DATABASES = ['archiving', 'monitoring', 'group-chat', 'compliance'] as const;
export type RoleDatabase = (typeof ROLE_DATABASES)[number];

export const BALANCER_SIDES = ['internal', 'external'] as const;
export type BalancerSide = (typeof BALANCER_SIDES)[number];

export const POOL_PURPOSES = ['users', 'director'] as const;
export type PoolPurpose = (typeof POOL_PURPOSES)[number];

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
  /** Default "users"; a Director pool hosts no users. */
  purpose?: PoolPurpose;
  /** Top-left corner, absolute canvas coordinates. */
  position?: Position;
  size?: Size;
  /** Enterprise pools: the internal web farm FQDN (Web Components URLs); the report's default is the pool FQDN. */
  webInternalFqdn?: string;
  /** The external web farm FQDN, published by the reverse proxy; no default (the report says it is unset). */
  webExternalFqdn?: string;
  /** Why the planner made this pool (kept in the plan, shown in the inspector and the report). */
  why?: string;
}

/** A site of the deployment; nodes without `site` (or in a `central` one) are in the central site. */
export interface Site {
  id: string;
  name: string;
  central?: boolean;
}

/** The drawn region of a zone on the canvas (its layout only: a node's zone is its `zone` field). */
export interface ZoneLayout {
  id: Zone;
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
  /** Written on every node of a version-2 plan; absent reads as "internal". */
  zone?: Zone;
  /** Id of a site; absent means the central site. */
  site?: string;
  /** edge-server: a non-empty subset; default all three. */
  edgeServices?: EdgeService[];
  /** edge-server: NAT on the A/V Edge external address; default "none". */
  avNat?: AvNat;
  /** media-gateway; default "basic". */
  gatewayType?: GatewayType;
  /** cwa-server; default "both". */
  cwaUsers?: CwaUsers;
  /** back-end-sql and sql-server; default "standard". */
  sqlEdition?: SqlEdition;
  /** back-end-sql and sql-server: role databases also kept there. */
  databases?: RoleDatabase[];
  /** back-end-sql: nodes of one pool with the same value are one active/passive cluster. */
  cluster?: string;
  /** hardware-load-balancer in front of Edge Servers. */
  side?: BalancerSide;
  /** The computer's (internal) IP address; for a load balancer, its virtual IP (VIP). Optional. */
  ip?: string;
  /** edge-server: the external FQDN of each edge service it runs (the report derives one where absent). */
  externalFqdns?: EdgeServiceValues;
  /** edge-server: the external IP address of each edge service it runs. */
  externalIps?: EdgeServiceValues;
  /** mediation-server: the address on the gateway side (its second network interface). */
  gatewayIp?: string;
  /** Why the planner made this server (kept in the plan, shown in the inspector and the report). */
  why?: string;
}

/** One string per edge service (an external FQDN or IP address). */
export type EdgeServiceValues = Partial<Record<EdgeService, string>>;

/** An undirected network connection between two nodes. */
export interface Link {
  id: string;
  from: string;
  to: string;
  /** Text drawn on the line (a protocol, a port). */
  label?: string;
}

/** Features the planner adds to IM and presence, which every plan has. */
export const PLANNER_FEATURES = [
  'conferencing',
  'av',
  'external',
  'federation',
  'voice',
  'archiving',
  'monitoring',
  'cwa',
  'group-chat',
] as const;
export type PlannerFeature = (typeof PLANNER_FEATURES)[number];

export interface SiteRequirement {
  name: string;
  users: number;
}

/** What an organisation asks of its deployment: the planner's input (src/planner), kept in the plan it made. */
export interface Requirements {
  ocsVersion: OcsVersion;
  /** The sites, each with its users; the first is the central site. */
  sites: SiteRequirement[];
  /** Per cent of the users who connect from outside; default 10 (Microsoft's user model). */
  externalPercent?: number;
  features: PlannerFeature[];
  /** Enterprise Voice: PSTN gateways in all (default one per site, two with high availability). */
  gateways?: number;
  /** Enterprise Voice: peak concurrent PSTN calls, used when `gateways` is absent. */
  concurrentCalls?: number;
  /** Communicator Web Access: for internal users, external users or both; default both with external access, else internal. */
  cwaUsers?: CwaUsers;
  /** Whether high availability is required (clustered back ends, two of each server that can be doubled). */
  highAvailability?: boolean;
  /** The plan's name; default made from the version and the users. */
  name?: string;
  /** The DNS domain of the servers' names; default contoso.com. */
  domain?: string;
}

export interface Plan {
  format: typeof PLAN_FORMAT;
  version: typeof PLAN_VERSION;
  name: string;
  ocsVersion: OcsVersion;
  pools: Pool[];
  nodes: PlanNode[];
  links: Link[];
  sites?: Site[];
  /** Layout of the zone regions; the app chooses the default. */
  zones?: ZoneLayout[];
  /** The SIP domain(s) of the organisation; default: the domain part of the pool FQDNs. */
  sipDomains?: string[];
  /** Id of the pool designated for automatic sign-in (`_sipinternaltls._tcp`); default: the first user pool. */
  autoSignInPool?: string;
  /** What the organisation asked of the plan, where the planner made it: the form is filled from it to regenerate. */
  requirements?: Requirements;
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
export const DEDICATED_KINDS: readonly NodeKind[] = ['web-components-server', 'web-conferencing-server', 'av-conferencing-server'];

/** A node's zone: absent reads as "internal". */
export function zoneOf(node: Pick<PlanNode, 'zone'>): Zone {
  return node.zone ?? 'internal';
}

/** Whether a node runs 64-bit Windows: an explicit value, else true on R2 and false on 2007 (topology.md section 1). */
export function is64bitOf(node: Pick<PlanNode, 'is64bit'>, ocsVersion: OcsVersion): boolean {
  return node.is64bit ?? ocsVersion === '2007-r2';
}

/** A pool's purpose: absent reads as "users". */
export function purposeOf(pool: Pick<Pool, 'purpose'>): PoolPurpose {
  return pool.purpose ?? 'users';
}

export function isPoolServerKind(kind: NodeKind): boolean {
  return POOL_SERVER_KINDS.includes(kind);
}

/** A pool's configuration as one word: standard, consolidated or expanded. */
export type PoolTemplateKind = 'standard' | PoolConfiguration;

export function poolTemplateKind(pool: Pool): PoolTemplateKind {
  if (pool.edition === 'standard') return 'standard';
  return pool.configuration ?? 'consolidated';
}
