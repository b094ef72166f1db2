/**
 * The roles a server runs, as the inspector shows them: those its kind runs by itself (built in),
 * those it may also run on the same computer, and the rest (not supported: the checks flag them).
 * Facts: the domain doc, section 1 (what each configuration's servers run) and topology section 3
 * (supported collocation).
 */
import { KINDS } from './kinds';
import { COLLOCATED_ROLES } from './plan';
import type { CollocatedRole, NodeKind, PoolTemplateKind } from './plan';

export interface RoleOffer {
  /** Run by the server itself: shown checked, not editable. */
  builtIn: readonly CollocatedRole[];
  /** May be added without breaking a rule. */
  mayAdd: readonly CollocatedRole[];
  /** Neither: adding one is something the checks report (kept editable, to record a plan as it is). */
  unsupported: readonly CollocatedRole[];
}

const CONFERENCING: readonly CollocatedRole[] = [
  'im-conferencing',
  'telephony-conferencing',
  'web-conferencing',
  'av-conferencing',
  'web-components',
];
const FRONT_END_EXPANDED: readonly CollocatedRole[] = ['im-conferencing', 'telephony-conferencing'];

/** Whether the computer is a domain controller is shown on its own: it is a fact about the computer, not an OCS role. */
export const DOMAIN_CONTROLLER: CollocatedRole = 'domain-controller';

function builtInRoles(kind: NodeKind, configuration: PoolTemplateKind | undefined): readonly CollocatedRole[] {
  switch (kind) {
    case 'standard-edition-server':
      // Every service, and SQL Server Express as its back end.
      return [...CONFERENCING, 'back-end-sql'];
    case 'front-end-server':
      // A Front End's roles follow from its pool: consolidated (the default) runs them all.
      return configuration === 'expanded' ? FRONT_END_EXPANDED : CONFERENCING;
    case 'web-components-server':
      return ['web-components'];
    case 'web-conferencing-server':
      return ['web-conferencing'];
    case 'av-conferencing-server':
      return ['av-conferencing'];
    case 'application-sharing-server':
      return ['application-sharing'];
    case 'edge-server':
      return ['edge'];
    case 'reverse-proxy':
      return ['reverse-proxy'];
    case 'mediation-server':
      return ['mediation'];
    case 'archiving-server':
      return ['archiving'];
    case 'monitoring-server':
      return ['monitoring'];
    case 'cwa-server':
      return ['cwa'];
    case 'group-chat-server':
      return ['group-chat'];
    case 'group-chat-compliance-server':
      return ['compliance'];
    case 'back-end-sql':
    case 'sql-server':
    case 'hardware-load-balancer':
    case 'media-gateway':
    case 'pstn':
      return [];
  }
}

/** Network devices and the telephone network run no server roles. */
const NO_ROLES: readonly NodeKind[] = ['hardware-load-balancer', 'media-gateway', 'pstn'];

/**
 * `configuration` is that of the server's pool (undefined outside a pool). What a kind may add is
 * the registry's `mayCollocate` (topology.md section 3): archiving and monitoring on a Standard
 * Edition Server, its own database on an Archiving, Monitoring or Group Chat Compliance Server;
 * a consolidated Front End "runs its built-in roles and nothing else".
 */
export function roleOffer(kind: NodeKind, configuration?: PoolTemplateKind): RoleOffer {
  if (NO_ROLES.includes(kind)) return { builtIn: [], mayAdd: [], unsupported: [] };
  const builtIn = builtInRoles(kind, configuration);
  const mayAdd = KINDS[kind].mayCollocate.filter((r) => !builtIn.includes(r));
  const sql = kind === 'back-end-sql' || kind === 'sql-server';
  const unsupported = COLLOCATED_ROLES.filter(
    (r) => r !== DOMAIN_CONTROLLER && !builtIn.includes(r) && !mayAdd.includes(r) && !(sql && (r === 'back-end-sql' || r === 'database')),
  );
  return { builtIn, mayAdd, unsupported };
}
