/** Archiving and monitoring: labels differ by version (CDR moved from Archiving to Monitoring in R2). */
import type { KindDef } from './types';

export const ARCHIVING_MONITORING_KINDS: readonly KindDef[] = [
  {
    kind: 'archiving-server',
    label: 'Archiving Server',
    labelByVersion: { '2007': 'Archiving and CDR Server' },
    description: 'Archives instant messages (on 2007 also call detail records) in its SQL database.',
    tag: 'ARC',
    short: 'Archiving',
    shortByVersion: { '2007': 'Archiving and CDR' },
    namePrefix: 'arc',
    // An archive box.
    look: { icon: 'M3 4h18v4H3z M5 8v12h14V8 M10 12h4', light: '#4f46e5', dark: '#a5b4fc' },
    zones: ['internal'],
    versions: ['2007', '2007-r2'],
    ocsRole: true,
    poolMember: false,
    group: 'archiving-monitoring',
    fields: ['ip', 'is64bit', 'collocated'],
    mayCollocate: ['database'],
  },
  {
    kind: 'monitoring-server',
    label: 'Monitoring Server',
    labelByVersion: { '2007': 'QoE Monitoring Server' },
    description: 'Quality of Experience of calls and conferences (on R2 also call detail records).',
    tag: 'MON',
    short: 'Monitoring',
    shortByVersion: { '2007': 'QoE Monitoring' },
    namePrefix: 'mon',
    // A chart with a rising line.
    look: { icon: 'M3 3v18h18 M7 15l4-4 3 3 5-6', light: '#0284c7', dark: '#7dd3fc' },
    zones: ['internal'],
    versions: ['2007', '2007-r2'],
    ocsRole: true,
    poolMember: false,
    group: 'archiving-monitoring',
    fields: ['ip', 'is64bit', 'collocated'],
    mayCollocate: ['database'],
  },
];
