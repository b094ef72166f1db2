/** The domain doc's references (section 4), as links. Rules cite them by number. */
import type { RuleSource } from './types';

export const SOURCES = {
  1: { label: 'OCS 2007 R2 Supported Server Collocation', url: 'https://technet.microsoft.com/library/dd425201(office.13)' },
  2: {
    label: 'OCS 2007 R2 Back-End Database requirements',
    url: 'https://learn.microsoft.com/previous-versions/office/communications-server/dd425285(v=office.13)',
  },
  3: {
    label: 'OCS 2007 R2 Database Software Support',
    url: 'https://docs.microsoft.com/previous-versions/office/communications-server/ee323593(v=office.13)',
  },
  4: {
    label: 'OCS 2007 Database Requirements',
    url: 'https://docs.microsoft.com/previous-versions/office/communications-server/bb964073(v=office.12)',
  },
  5: { label: 'OCS 2007 R2 Enterprise Pool, consolidated', url: 'https://technet.microsoft.com/library/dd425162(v=office.13)' },
  6: { label: 'OCS 2007 R2 Enterprise Pool, expanded', url: 'https://technet.microsoft.com/library/dd441235(v=office.13)' },
  7: { label: 'OCS 2007 Pool Configurations', url: 'https://technet.microsoft.com/library/bb663750(v=office.12)' },
  8: { label: 'OCS 2007 Load Balancer requirements', url: 'https://technet.microsoft.com/library/bb964010(v=office.12)' },
  10: { label: 'OCS 2007 R2 Load Balancer Requirements', url: 'https://technet.microsoft.com/library/dd572362(v=office.13)' },
  11: {
    label: 'OCS 2007 R2 Supported Topologies (load balancing)',
    url: 'https://docs.microsoft.com/previous-versions/office/communications-server/dd572360(v=office.13)',
  },
  26: { label: 'OCS 2007 R2 64-bit requirement', url: 'https://technet.microsoft.com/library/ff181533(v=ocs.14)' },
  27: {
    label: 'OCS 2007 R2 Active Directory domain name requirements',
    url: 'https://technet.microsoft.com/library/dd572418(v=office.13)',
  },
  32: {
    label: 'OCS 2007 Planning Guide capacity table',
    url: 'https://blog.martingibney.com/2009/05/capacity-planning-microsoft-office.html',
  },
  34: {
    label: 'Lync Server 2010 load balancing requirements',
    url: 'https://learn.microsoft.com/previous-versions/office/skype-server-2010/gg615011(v=ocs.14)',
  },
} as const satisfies Record<number, RuleSource>;
