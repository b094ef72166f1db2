/** What the palette, inspector, canvas and exports say about the plan's values: kinds (from the registry), pools, roles, versions. */
import type {
  AvNat,
  Balancing,
  BalancerSide,
  CollocatedRole,
  CwaUsers,
  EdgeService,
  GatewayType,
  NodeKind,
  PoolTemplateKind,
  RoleDatabase,
  SqlEdition,
  SqlVersion,
  Zone,
} from '../plan';
import { KINDS } from './registry';
import type { KindDef } from './types';

export type KindInfo = Pick<KindDef, 'kind' | 'label' | 'description' | 'tag' | 'short' | 'namePrefix'>;

/** The registry's words for each kind (labels as on R2 where versions differ: see kindLabel). */
export const KIND_INFO: Record<NodeKind, KindInfo> = KINDS;

export interface PoolKindInfo {
  kind: PoolTemplateKind;
  label: string;
  description: string;
  namePrefix: string;
}

/** The Director pools of the palette: a pool with purpose "director" that hosts no users. */
export type DirectorItem = 'director-enterprise' | 'director-standard';

export const DIRECTOR_INFO: Record<DirectorItem, PoolKindInfo & { edition: 'enterprise' | 'standard' }> = {
  'director-enterprise': {
    kind: 'consolidated',
    edition: 'enterprise',
    label: 'Director pool (Enterprise)',
    description: 'Front Ends that host no users: the next hop of Edge Servers and external users.',
    namePrefix: 'dir',
  },
  'director-standard': {
    kind: 'standard',
    edition: 'standard',
    label: 'Director (Standard Edition)',
    description: 'One Standard Edition Server that hosts no users, as the Edge Server’s next hop.',
    namePrefix: 'dir',
  },
};

export const POOL_KIND_INFO: Record<PoolTemplateKind, PoolKindInfo> = {
  standard: {
    kind: 'standard',
    label: 'Standard Edition pool',
    description: 'One Standard Edition Server; no high availability.',
    namePrefix: 'sepool',
  },
  consolidated: {
    kind: 'consolidated',
    label: 'Enterprise pool, consolidated',
    description: 'Identical Front Ends behind a load balancer, dedicated back end.',
    namePrefix: 'pool',
  },
  expanded: {
    kind: 'expanded',
    label: 'Enterprise pool, expanded',
    description: 'Front Ends plus dedicated Web Components, Web and A/V Conferencing.',
    namePrefix: 'pool',
  },
};

export const ROLE_LABELS: Record<CollocatedRole, string> = {
  'im-conferencing': 'IM Conferencing',
  'telephony-conferencing': 'Telephony Conferencing',
  'web-conferencing': 'Web Conferencing',
  'av-conferencing': 'A/V Conferencing',
  'web-components': 'IIS Web Components',
  'back-end-sql': 'Back-End SQL Server',
  'domain-controller': 'Domain controller',
  archiving: 'Archiving',
  monitoring: 'Monitoring',
  mediation: 'Mediation',
  cwa: 'Communicator Web Access',
  'group-chat': 'Group Chat',
  compliance: 'Group Chat compliance',
  edge: 'Edge',
  'reverse-proxy': 'Reverse proxy',
  'exchange-um': 'Exchange Unified Messaging',
  'application-sharing': 'Application Sharing',
  database: 'Its own SQL database',
};

export const ZONE_LABELS: Record<Zone, string> = {
  internal: 'Internal network',
  perimeter: 'Perimeter network',
  external: 'Internet / external',
};

export const EDGE_SERVICE_LABELS: Record<EdgeService, string> = {
  access: 'Access Edge',
  'web-conferencing': 'Web Conferencing Edge',
  av: 'A/V Edge',
};

export const AV_NAT_LABELS: Record<AvNat, string> = {
  none: 'No NAT',
  destination: 'Destination NAT',
  source: 'Source NAT',
};

export const GATEWAY_TYPE_LABELS: Record<GatewayType, string> = {
  basic: 'Basic (needs a Mediation Server)',
  'basic-hybrid': 'Basic-hybrid (Mediation Server inside)',
  advanced: 'Advanced (Mediation logic built in)',
};

export const CWA_USERS_LABELS: Record<CwaUsers, string> = {
  internal: 'Internal users',
  external: 'External users',
  both: 'Internal and external users',
};

export const SQL_EDITION_LABELS: Record<SqlEdition, string> = {
  standard: 'Standard',
  enterprise: 'Enterprise',
  express: 'Express',
};

export const ROLE_DATABASE_LABELS: Record<RoleDatabase, string> = {
  archiving: 'Archiving',
  monitoring: 'Monitoring',
  'group-chat': 'Group Chat',
  compliance: 'Group Chat compliance',
};

export const BALANCER_SIDE_LABELS: Record<BalancerSide, string> = {
  internal: 'Internal (faces the internal network)',
  external: 'External (faces the Internet)',
};

export const SQL_VERSION_LABELS: Record<SqlVersion, string> = {
  '2000-sp4': 'SQL Server 2000 SP4',
  '2005-sp1': 'SQL Server 2005 SP1',
  '2005-sp2': 'SQL Server 2005 SP2',
  '2008': 'SQL Server 2008',
};

export const BALANCING_LABELS: Record<Balancing, string> = {
  hardware: 'Hardware load balancer',
  'windows-nlb': 'Windows NLB (software)',
  dns: 'DNS load balancing',
};

export const OCS_VERSION_LABELS = { '2007': 'OCS 2007', '2007-r2': 'OCS 2007 R2' } as const;
