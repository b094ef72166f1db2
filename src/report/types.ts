/**
 * The deployment report's vocabulary: the tables a DNS, PKI, firewall and network team act on,
 * computed from a plan (docs/report.md documents the JSON shape). Pure TypeScript, no React.
 * Names exported here are a contract for the app and the CLI: add, never rename.
 */
import type { NodeKind, OcsVersion, Zone } from '../domain/plan';
import type { RuleId, RuleSource } from '../rules/types';

export const REPORT_FORMAT = 'ocs-topology-report' as const;
export const REPORT_VERSION = 1 as const;

/** A source a row cites: the finding's shape (`label`, `url`) plus its tag in the domain doc (`R63`). */
export interface ReportSource extends RuleSource {
  id: string;
}

/** What every row carries: its sources, the plan nodes it concerns, and whether a fact in it is unconfirmed. */
export interface ReportRowBase {
  sources: ReportSource[];
  /** Ids of the plan nodes the row concerns (the app links the row to them). */
  nodeIds: string[];
  /** Set where a fact of the row is marked unconfirmed in Microsoft's text; `note` says which. */
  unconfirmed?: true;
  note?: string;
}

/** The word "Internet" where a rule's end is no server of the plan. */
export const INTERNET = 'Internet' as const;

/** Shown for an address the plan does not give (the report never invents one). */
export const NOT_SET = 'not set' as const;

// ---- Summary --------------------------------------------------------------------------------

export const REPORT_AREAS = ['pools', 'perimeter', 'voice', 'archiving-monitoring', 'names'] as const;
export type ReportArea = (typeof REPORT_AREAS)[number];

export const REPORT_AREA_LABELS: Record<ReportArea, string> = {
  pools: 'Pools and internal servers',
  perimeter: 'Perimeter network',
  voice: 'Voice',
  'archiving-monitoring': 'Archiving and monitoring',
  names: 'Names',
};

/** red: an error finding; amber: a warning; green: none or only information. */
export type Stoplight = 'green' | 'amber' | 'red';

export interface SummaryRow {
  area: ReportArea;
  label: string;
  status: Stoplight;
  errors: number;
  warnings: number;
  infos: number;
  /** The rules with findings in the area, in the findings' order, each once. */
  rules: RuleId[];
  /** Nodes named by the area's findings. */
  nodeIds: string[];
}

// ---- Servers (the hardware list) -----------------------------------------------------------

export interface ServerRow extends ReportRowBase {
  /** The computer's FQDN (a load balancer's name). */
  fqdn: string;
  kind: NodeKind;
  /** The kind as the plan's OCS version names it. */
  kindLabel: string;
  /** Every role the computer runs: built in and collocated, as labels. */
  roles: string[];
  zone: Zone;
  site: string;
  /** The pool's FQDN, where the server is in one. */
  pool?: string;
  poolId?: string;
  /** 64-bit Windows (explicit, else the version's default); absent for devices that run no Windows. */
  is64bit?: boolean;
  /** back-end-sql / sql-server (and the SE server's own SQL Server Express): version and edition labels. */
  sqlVersion?: string;
  sqlEdition?: string;
  /** Roles added on the computer beyond its kind's (labels). */
  collocated: string[];
  /** Role databases kept on the computer (labels). */
  databases: string[];
  /** The planner's address (a load balancer's VIP); absent reads "not set". */
  ip?: string;
  /** Why the planner made this server (or its pool). */
  why?: string;
}

export interface RoleCount {
  kind: NodeKind;
  label: string;
  count: number;
}

// ---- DNS ------------------------------------------------------------------------------------

export type DnsZone = 'internal' | 'external';
export type DnsType = 'A' | 'SRV';

export interface DnsRow extends ReportRowBase {
  zone: DnsZone;
  type: DnsType;
  /** The record's name (an FQDN, or `_service._proto.domain` for SRV). */
  name: string;
  /** What the record points to: for SRV the target host FQDN; for A the FQDN of the server or VIP that owns the address. */
  target: string;
  /** A records: the address, where the plan gives it (else absent: "not set"). */
  address?: string;
  /** SRV records: the port. */
  port?: number;
  purpose: string;
}

// ---- Certificates ---------------------------------------------------------------------------

export interface CertificateRow extends ReportRowBase {
  /** The FQDN of the server (or, for a shared certificate, the first server; `nodeIds` names all). */
  server: string;
  subject: string;
  san: string[];
  usage: string;
  publicCa: boolean;
}

// ---- Firewall -------------------------------------------------------------------------------

export type FirewallProtocol = 'TCP' | 'UDP' | 'TCP/UDP';

export interface FirewallRow extends ReportRowBase {
  /** An FQDN, or "Internet". */
  from: string;
  /** An FQDN, or "Internet". */
  to: string;
  protocol: FirewallProtocol;
  /** A port, a list or a range: "5061", "443", "50000-59999". */
  ports: string;
  purpose: string;
  /** Which firewall the rule opens, where the path crosses one. */
  firewall?: 'external' | 'internal' | 'none';
}

// ---- Load balancers -------------------------------------------------------------------------

export interface LoadBalancerRow extends ReportRowBase {
  /** The load balancer's name (FQDN) in the plan. */
  name: string;
  /** The VIP's address where the plan gives it; null reads "not set". */
  vip: string | null;
  /** DNS names on the VIP (a pool FQDN, a web farm FQDN, an Edge service FQDN). */
  fqdns: string[];
  /** FQDNs of the servers behind it. */
  servers: string[];
  /** "TCP 5061", "UDP 3478" … */
  ports: string[];
  settings: string[];
}

// ---- Capacity -------------------------------------------------------------------------------

export type CapacityStatus = 'ok' | 'over' | 'unknown';

export interface CapacityRow extends ReportRowBase {
  /** The pool's FQDN, or the server's for a role outside pools. */
  scope: string;
  role: string;
  /** What is counted: "users", "client connections", … */
  unit: string;
  planned?: number;
  capacity?: number;
  status: CapacityStatus;
}

// ---- The report -----------------------------------------------------------------------------

export interface DeploymentReport {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  plan: { name: string; ocsVersion: OcsVersion; sipDomains: string[]; autoSignInPool?: string };
  summary: SummaryRow[];
  servers: ServerRow[];
  roleCounts: RoleCount[];
  dns: DnsRow[];
  certificates: CertificateRow[];
  firewall: FirewallRow[];
  loadBalancers: LoadBalancerRow[];
  capacity: CapacityRow[];
}

/** The report's tables, in the order the outputs show them. */
export const REPORT_TABLES = ['summary', 'servers', 'dns', 'certificates', 'firewall', 'loadBalancers', 'capacity'] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

export const REPORT_TABLE_LABELS: Record<ReportTable, string> = {
  summary: 'Summary',
  servers: 'Servers',
  dns: 'DNS records',
  certificates: 'Certificates',
  firewall: 'Firewall rules',
  loadBalancers: 'Load balancers',
  capacity: 'Capacity',
};
