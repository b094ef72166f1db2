/** The shape of one entry of the kind registry: everything the app says and knows about a kind of node. */
import type { CollocatedRole, NodeKind, OcsVersion, PlanNode, Zone } from '../plan';

/** The palette's groups, in palette order. */
export const PALETTE_GROUPS = ['pool-servers', 'perimeter', 'voice', 'archiving-monitoring', 'clients-collaboration', 'sql'] as const;
export type PaletteGroup = (typeof PALETTE_GROUPS)[number];

export const PALETTE_GROUP_LABELS: Record<PaletteGroup, string> = {
  'pool-servers': 'Pool servers',
  perimeter: 'Perimeter',
  voice: 'Voice',
  'archiving-monitoring': 'Archiving and monitoring',
  'clients-collaboration': 'Clients and collaboration',
  sql: 'SQL',
};

/** The fields of a node the inspector offers, by kind. */
export type KindField =
  | 'sqlVersion'
  | 'sqlEdition'
  | 'databases'
  | 'cluster'
  | 'is64bit'
  | 'balancing'
  | 'side'
  | 'edgeServices'
  | 'avNat'
  | 'gatewayType'
  | 'cwaUsers'
  | 'collocated'
  /** The computer's (internal) IP address; a load balancer's virtual IP. */
  | 'ip'
  /** edge-server: the external FQDN and IP address of each edge service it runs. */
  | 'externalFqdns'
  | 'externalIps'
  /** mediation-server: the address on the gateway side. */
  | 'gatewayIp';

/** How a kind looks, on the canvas and in every export: one drawing, one colour. */
export interface KindLook {
  /** A line drawing on a 24 x 24 grid (SVG path data), stroked in the kind's colour. */
  icon: string;
  /** Accent colour on a light background (Tailwind 600 shade); print exports use it too. */
  light: string;
  /** Accent colour on a dark background (Tailwind 300 shade). */
  dark: string;
}

export interface KindDef {
  kind: NodeKind;
  /** The label; `labelByVersion` overrides it where a version names the role differently. */
  label: string;
  labelByVersion?: Partial<Record<OcsVersion, string>>;
  /** One line for the palette. */
  description: string;
  /** Short tag drawn on the node and in the SVG export. */
  tag: string;
  /** The kind in a few words, for the node's third line; `shortByVersion` overrides it like `labelByVersion`. */
  short: string;
  shortByVersion?: Partial<Record<OcsVersion, string>>;
  /** Host name prefix for new servers of this kind. */
  namePrefix: string;
  look: KindLook;
  /** The zones section 2 of topology.md allows; the first is where a new node goes. */
  zones: readonly Zone[];
  /** The OCS versions that have the kind. */
  versions: readonly OcsVersion[];
  /** Why a version lacks it (shown on the disabled palette item). */
  missingReason?: string;
  /** An OCS server role (R2-64BIT, OCS2007-64BIT apply); false for SQL, network devices and the PSTN. */
  ocsRole: boolean;
  /** May be a member of a pool when dropped into one. */
  poolMember: boolean;
  group: PaletteGroup;
  /** The inspector's fields for this kind, in order. */
  fields: readonly KindField[];
  /** Fields a new node of this kind gets, by the plan's version (besides id, name, position, zone). */
  defaults?: (ocsVersion: OcsVersion) => Partial<PlanNode>;
  /** Roles it may also run (topology.md section 3); the others are unsupported. */
  mayCollocate: readonly CollocatedRole[];
}
