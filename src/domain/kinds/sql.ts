/** SQL Server: a pool's back end, and a SQL Server computer for role databases. */
import type { OcsVersion, SqlVersion } from '../plan';
import type { KindDef } from './types';

/** The SQL Server a new database server gets: 2005 SP2 on 2007, 2008 on R2 (both supported there). */
export function defaultSqlVersion(ocsVersion: OcsVersion): SqlVersion {
  return ocsVersion === '2007-r2' ? '2008' : '2005-sp2';
}

const DATABASE_ICON =
  'M5 6c0-1.7 3.1-3 7-3s7 1.3 7 3-3.1 3-7 3-7-1.3-7-3z M5 6v12c0 1.7 3.1 3 7 3s7-1.3 7-3V6 M5 12c0 1.7 3.1 3 7 3s7-1.3 7-3';

export const SQL_KINDS: readonly KindDef[] = [
  {
    kind: 'back-end-sql',
    label: 'Back-End SQL Server',
    description: 'Dedicated SQL Server holding an Enterprise pool’s user and conference data.',
    tag: 'SQL',
    short: 'Back-End SQL',
    namePrefix: 'sql',
    // A database cylinder.
    look: { icon: DATABASE_ICON, light: '#d97706', dark: '#fcd34d' },
    zones: ['internal'],
    versions: ['2007', '2007-r2'],
    ocsRole: false,
    poolMember: true,
    group: 'sql',
    fields: ['sqlVersion', 'sqlEdition', 'databases', 'cluster', 'ip', 'is64bit', 'collocated'],
    defaults: (v) => ({ sqlVersion: defaultSqlVersion(v) }),
    mayCollocate: [],
  },
  {
    kind: 'sql-server',
    label: 'SQL Server',
    description: 'A SQL Server outside any pool, holding role databases (archiving, monitoring, Group Chat).',
    tag: 'DB',
    short: 'SQL Server',
    namePrefix: 'db',
    // A database cylinder beside a table.
    look: {
      icon: 'M3 6c0-1.7 2.7-3 6-3s6 1.3 6 3-2.7 3-6 3-6-1.3-6-3z M3 6v11c0 1.7 2.7 3 6 3 M15 6v5 M3 11.5c0 1.7 2.7 3 6 3 M13 14h8v7h-8z M13 17.5h8 M17 14v7',
      light: '#16a34a',
      dark: '#86efac',
    },
    zones: ['internal'],
    versions: ['2007', '2007-r2'],
    ocsRole: false,
    poolMember: false,
    group: 'sql',
    fields: ['sqlVersion', 'sqlEdition', 'databases', 'ip', 'is64bit', 'collocated'],
    defaults: (v) => ({ sqlVersion: defaultSqlVersion(v), sqlEdition: 'standard' }),
    mayCollocate: [],
  },
];
