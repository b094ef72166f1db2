/** The pages behind the rules of voice, archiving, monitoring, CWA, Group Chat, collocation and SQL (topology.md's [Rnn] tags). */
import type { RuleSource } from '../types';

export const R_SOURCES = {
  R1: { label: 'OCS 2007 R2 Supported Server Collocation', url: 'https://technet.microsoft.com/library/dd425201(office.13)' },
  R2: {
    label: 'OCS 2007 R2 Back-End Database Topology',
    url: 'https://learn.microsoft.com/previous-versions/office/communications-server/dd425285(v=office.13)',
  },
  R3: {
    label: 'OCS 2007 R2 Back-End Database',
    url: 'https://docs.microsoft.com/previous-versions/office/communications-server/ee323593(v=office.13)',
  },
  R4: {
    label: 'OCS 2007 Database Topologies',
    url: 'https://docs.microsoft.com/previous-versions/office/communications-server/bb964073(v=office.12)',
  },
  R12: {
    label: 'OCS 2007 R2 Load Balancing Support',
    url: 'https://docs.microsoft.com/previous-versions/office/communications-server/dd572360(v=office.13)',
  },
  R18: { label: 'Will OCS run on 64-bit Windows Server 2003? (Microsoft TechNet blog)', url: 'https://blogs.technet.com/markga/' },
  R34: { label: 'OCS 2007 Mediation Server', url: 'https://technet.microsoft.com/library/bb663730(office.12)' },
  R35: { label: 'OCS 2007 R2 Configuring the Mediation Server', url: 'https://technet.microsoft.com/library/dd572179(v=office.13)' },
  R38: {
    label: 'Lync Server 2010 Multiple Gateway Support (1:1 in earlier releases)',
    url: 'https://learn.microsoft.com/previous-versions/office/skype-server-2010/gg398971(v=ocs.14)',
  },
  R39: { label: 'OCS 2007 Archiving and CDR Scalability', url: 'https://technet.microsoft.com/library/bb870411(v=office.12)' },
  R42: {
    label: 'OCS 2007 R2 Message Queuing Architecture and Configuration for Archiving',
    url: 'https://learn.microsoft.com/previous-versions/office/communications-server/dd572527(v=office.13)',
  },
  R43: {
    label: 'OCS 2007 QoE Monitoring Server infrastructure requirements',
    url: 'https://learn.microsoft.com/previous-versions/office/communications-server/bb963991(v=office.12)',
  },
  R44: { label: 'OCS 2007 R2 Monitoring Server Architecture', url: 'https://technet.microsoft.com/library/dd441136(v=office.13)' },
  R48: {
    label: 'Supported Topologies in Communicator Web Access (2007 release)',
    url: 'https://technet.microsoft.com/library/bb663570(v=office.12)',
  },
  R49: {
    label: 'CWA 2007 Publishing a Virtual Server for Remote User Access',
    url: 'https://technet.microsoft.com/library/bb663581(v=office.12)',
  },
  R50: {
    label: 'OCS 2007 R2 Communicator Web Access Support',
    url: 'https://learn.microsoft.com/previous-versions/office/communications-server/dd425169(v=office.13)',
  },
  R51: {
    label: 'OCS 2007 R2 CWA: Using a Load Balancer',
    url: 'https://learn.microsoft.com/previous-versions/office/communications-server/dd441196(v=office.13)',
  },
  R53: {
    label: 'OCS 2007 R2 Group Chat Architecture',
    url: 'https://learn.microsoft.com/previous-versions/office/communications-server/dd441154(v=office.13)',
  },
} as const satisfies Record<string, RuleSource>;
