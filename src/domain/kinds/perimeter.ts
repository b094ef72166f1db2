/** The perimeter network: Edge Servers and the reverse proxy. */
import { EDGE_SERVICES } from '../plan';
import type { KindDef } from './types';

export const PERIMETER_KINDS: readonly KindDef[] = [
  {
    kind: 'edge-server',
    label: 'Edge Server',
    description: 'Perimeter network: Access, Web Conferencing and A/V Edge for external users and federation.',
    tag: 'EDGE',
    short: 'Edge',
    namePrefix: 'edge',
    // A brick wall: the firewall the Edge Server sits in.
    look: { icon: 'M3 4h18v16H3z M3 9.3h18 M3 14.6h18 M9 4v5.3 M15 9.3v5.3 M9 14.6V20', light: '#dc2626', dark: '#fca5a5' },
    zones: ['perimeter'],
    versions: ['2007', '2007-r2'],
    ocsRole: true,
    poolMember: false,
    group: 'perimeter',
    fields: ['edgeServices', 'ip', 'externalFqdns', 'externalIps', 'avNat', 'is64bit', 'collocated'],
    defaults: () => ({ edgeServices: [...EDGE_SERVICES], avNat: 'none' }),
    mayCollocate: [],
  },
  {
    kind: 'reverse-proxy',
    label: 'Reverse Proxy',
    description: 'Perimeter network: HTTP reverse proxy (ISA Server 2006) publishing the Web Components.',
    tag: 'RP',
    short: 'Reverse proxy',
    namePrefix: 'rp',
    // A shield with an arrow through it.
    look: { icon: 'M12 3l7 3v5c0 5-3 8-7 10-4-2-7-5-7-10V6z M8 12h8 M13 9l3 3-3 3', light: '#e11d48', dark: '#fda4af' },
    zones: ['perimeter'],
    versions: ['2007', '2007-r2'],
    ocsRole: false,
    poolMember: false,
    group: 'perimeter',
    fields: ['ip', 'collocated'],
    mayCollocate: [],
  },
];
