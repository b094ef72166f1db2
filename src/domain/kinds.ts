/** What the palette, inspector, canvas and SVG export say about each kind of node and pool. */
import type { CollocatedRole, NodeKind, PoolTemplateKind, SqlVersion, Balancing } from './plan';

export interface KindInfo {
  kind: NodeKind;
  label: string;
  /** One line for the palette. */
  description: string;
  /** Short tag drawn on the node and in the SVG export. */
  tag: string;
  /** The kind in a few words, for the node's third line. */
  short: string;
  /** Host name prefix for new servers of this kind. */
  namePrefix: string;
}

export const KIND_INFO: Record<NodeKind, KindInfo> = {
  'standard-edition-server': {
    kind: 'standard-edition-server',
    label: 'Standard Edition Server',
    description: 'Every service and SQL Server Express on one computer; up to 5,000 users.',
    tag: 'SE',
    short: 'Standard Edition',
    namePrefix: 'se',
  },
  'front-end-server': {
    kind: 'front-end-server',
    label: 'Front End Server',
    description: 'Enterprise pool member: IM, presence, conferencing; behind a load balancer.',
    tag: 'FE',
    short: 'Front End',
    namePrefix: 'fe',
  },
  'back-end-sql': {
    kind: 'back-end-sql',
    label: 'Back-End SQL Server',
    description: 'Dedicated SQL Server holding an Enterprise pool’s user and conference data.',
    tag: 'SQL',
    short: 'Back-End SQL',
    namePrefix: 'sql',
  },
  'hardware-load-balancer': {
    kind: 'hardware-load-balancer',
    label: 'Hardware Load Balancer',
    description: 'Spreads client traffic over the Front Ends or Web Components Servers.',
    tag: 'HLB',
    short: 'Load balancer',
    namePrefix: 'hlb',
  },
  'web-components-server': {
    kind: 'web-components-server',
    label: 'Web Components Server',
    description: 'Expanded pool: dedicated IIS Web Components (address book, meeting content).',
    tag: 'IIS',
    short: 'Web Components',
    namePrefix: 'web',
  },
  'web-conferencing-server': {
    kind: 'web-conferencing-server',
    label: 'Web Conferencing Server',
    description: 'Expanded pool: dedicated Web Conferencing (data collaboration) server.',
    tag: 'WCS',
    short: 'Web Conferencing',
    namePrefix: 'wcs',
  },
  'av-conferencing-server': {
    kind: 'av-conferencing-server',
    label: 'A/V Conferencing Server',
    description: 'Expanded pool: dedicated audio/video conferencing server.',
    tag: 'A/V',
    short: 'A/V Conferencing',
    namePrefix: 'av',
  },
};

export interface PoolKindInfo {
  kind: PoolTemplateKind;
  label: string;
  description: string;
  namePrefix: string;
}

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
