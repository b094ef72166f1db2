/** The Microsoft pages behind the perimeter, Director, zone and version rules (sources-r2.md, section 6), by their R number. */
import type { RuleSource } from './types';

export const R2_SOURCES = {
  1: { label: 'OCS 2007 R2 Supported Server Collocation', url: 'https://technet.microsoft.com/library/dd425201(office.13)' },
  14: { label: 'OCS 2007 R2 Deploy Load Balancers (Edge)', url: 'https://technet.microsoft.com/library/dd441179(v=office.13)' },
  20: { label: 'OCS 2007 Perimeter Network', url: 'https://technet.microsoft.com/library/bb894627(v=office.12)' },
  21: {
    label: 'OCS 2007 R2 Perimeter Network Topologies',
    url: 'https://technet.microsoft.com/library/dd425171(office.13)',
  },
  22: {
    label: 'OCS 2007 R2 Managing External Connectivity with Edge Servers',
    url: 'https://technet.microsoft.com/library/dd572683(v=office.13)',
  },
  24: { label: 'OCS 2007 Edge Server requirements overview', url: 'https://technet.microsoft.com/library/bb803627(v=office.12)' },
  26: { label: 'OCS 2007 Configure Firewalls (Edge)', url: 'https://technet.microsoft.com/library/bb803617(v=office.12)' },
  9: { label: 'OCS 2007 Load Balancers', url: 'https://technet.microsoft.com/library/bb964010(v=office.12)' },
  11: { label: 'OCS 2007 R2 Load Balancers', url: 'https://technet.microsoft.com/library/dd572362(v=office.13)' },
  31: { label: 'OCS 2007 Director Topologies', url: 'https://technet.microsoft.com/library/bb964057(v=office.12)' },
  32: { label: 'OCS 2007 R2 Director Component', url: 'https://technet.microsoft.com/library/dd425338(office.13)' },
  74: { label: 'OCS 2007 R2 HTTP Reverse Proxy', url: 'https://technet.microsoft.com/library/dd572771(v=office.13)' },
  76: { label: 'OCS 2007 Configure a Reverse Proxy', url: 'https://technet.microsoft.com/library/bb663639(v=office.12)' },
  83: {
    label: 'OCS 2007 Internal Network Topologies',
    url: 'https://docs.microsoft.com/previous-versions/office/communications-server/bb964045(v=office.12)',
  },
  48: {
    label: 'Communicator Web Access (2007 release) Supported Topologies',
    url: 'https://technet.microsoft.com/library/bb663570(v=office.12)',
  },
} as const satisfies Record<number, RuleSource>;
