/** Clients and collaboration: Communicator Web Access and R2 Group Chat. */
import type { KindDef } from './types';

const R2_ONLY = (what: string) => `OCS 2007 has no ${what} (new in R2).`;

export const CLIENTS_COLLABORATION_KINDS: readonly KindDef[] = [
  {
    kind: 'cwa-server',
    label: 'Communicator Web Access',
    description: 'Communicator in a browser, for internal users, external users or both.',
    tag: 'CWA',
    short: 'Web Access',
    namePrefix: 'cwa',
    // A browser window with a person.
    look: {
      icon: 'M3 4h18v16H3z M3 8h18 M12 10.5a2 2 0 1 0 0 4a2 2 0 1 0 0-4z M8 19c1-2 2.5-3 4-3s3 1 4 3',
      light: '#c026d3',
      dark: '#f0abfc',
    },
    zones: ['internal'],
    versions: ['2007', '2007-r2'],
    ocsRole: true,
    poolMember: false,
    group: 'clients-collaboration',
    fields: ['cwaUsers', 'ip', 'is64bit', 'collocated'],
    defaults: () => ({ cwaUsers: 'both' }),
    mayCollocate: [],
  },
  {
    kind: 'group-chat-server',
    label: 'Group Chat Server',
    description: 'R2: persistent chat rooms (Lookup, Channel and Web services); its database on another computer.',
    tag: 'GC',
    short: 'Group Chat',
    namePrefix: 'gc',
    // Two speech bubbles.
    look: { icon: 'M3 5h12v8H8l-3 3v-3H3z M9 15v2h7l3 3v-3h2V9h-4', light: '#9333ea', dark: '#d8b4fe' },
    zones: ['internal'],
    versions: ['2007-r2'],
    missingReason: R2_ONLY('Group Chat Server'),
    ocsRole: true,
    poolMember: false,
    group: 'clients-collaboration',
    fields: ['ip', 'is64bit', 'collocated'],
    mayCollocate: [],
  },
  {
    kind: 'group-chat-compliance-server',
    label: 'Group Chat Compliance Server',
    description: 'R2: records Group Chat activity for compliance.',
    tag: 'GCC',
    short: 'Chat compliance',
    namePrefix: 'gcc',
    // A clipboard with a tick.
    look: { icon: 'M6 4h12v17H6z M9.5 2.5h5v3h-5z M9 13l2 2 4-4', light: '#475569', dark: '#cbd5e1' },
    zones: ['internal'],
    versions: ['2007-r2'],
    missingReason: R2_ONLY('Group Chat Compliance Server'),
    ocsRole: true,
    poolMember: false,
    group: 'clients-collaboration',
    fields: ['ip', 'is64bit', 'collocated'],
    mayCollocate: ['database'],
  },
];
