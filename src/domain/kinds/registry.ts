/**
 * The kind registry: every kind of node declared once, in its family's file. The palette, inspector,
 * canvas, exports and rules read it; adding a kind touches its family file (and NODE_KINDS in plan.ts).
 */
import { NODE_KINDS } from '../plan';
import type { CollocatedRole, NodeKind, OcsVersion, Zone } from '../plan';
import { ARCHIVING_MONITORING_KINDS } from './archivingMonitoring';
import { CLIENTS_COLLABORATION_KINDS } from './clientsCollaboration';
import { PERIMETER_KINDS } from './perimeter';
import { POOL_SERVER_DEFS } from './poolServers';
import { SQL_KINDS } from './sql';
import type { KindDef } from './types';
import { VOICE_KINDS } from './voice';

const ALL: readonly KindDef[] = [
  ...POOL_SERVER_DEFS,
  ...PERIMETER_KINDS,
  ...VOICE_KINDS,
  ...ARCHIVING_MONITORING_KINDS,
  ...CLIENTS_COLLABORATION_KINDS,
  ...SQL_KINDS,
];

/** Every kind's entry, by kind. */
export const KINDS = Object.fromEntries(ALL.map((d) => [d.kind, d])) as Record<NodeKind, KindDef>;

/** The entry of a kind, or undefined for a string that names none (rules read unknown kinds too). */
export function kindDef(kind: string): KindDef | undefined {
  return (NODE_KINDS as readonly string[]).includes(kind) ? KINDS[kind as NodeKind] : undefined;
}

/** The kind's label in a version ("Archiving and CDR Server" on 2007, "Archiving Server" on R2). */
export function kindLabel(kind: NodeKind, ocsVersion?: OcsVersion): string {
  const def = KINDS[kind];
  return (ocsVersion && def.labelByVersion?.[ocsVersion]) || def.label;
}

/** The kind in a few words, in a version ("Archiving and CDR" on 2007, "Archiving" on R2). */
export function kindShort(kind: NodeKind, ocsVersion?: OcsVersion): string {
  const def = KINDS[kind];
  return (ocsVersion && def.shortByVersion?.[ocsVersion]) || def.short;
}

export function kindInVersion(kind: NodeKind, ocsVersion: OcsVersion): boolean {
  return KINDS[kind].versions.includes(ocsVersion);
}

/** Where a new node of the kind goes. */
export function defaultZone(kind: NodeKind): Zone {
  return KINDS[kind].zones[0];
}

export function zoneAllowed(kind: NodeKind, zone: Zone): boolean {
  return KINDS[kind].zones.includes(zone);
}

/** Whether a kind may join a pool when dropped into its box. */
export function canJoinPool(kind: NodeKind): boolean {
  return KINDS[kind].poolMember;
}

export function mayCollocate(kind: NodeKind, role: CollocatedRole): boolean {
  return KINDS[kind].mayCollocate.includes(role);
}

/** OCS server roles (R2-64BIT and OCS2007-64BIT apply to them only). */
export function isOcsRole(kind: NodeKind): boolean {
  return KINDS[kind].ocsRole;
}
