/** The columns the Report view shows for each table of the engine's report: a header and the cell's text. */
import { ZONE_LABELS } from '../../domain/kinds';
import { NOT_SET } from '../../report/types';
import type {
  CapacityRow,
  CertificateRow,
  DeploymentReport,
  DnsRow,
  FirewallRow,
  LoadBalancerRow,
  ReportRowBase,
  ServerRow,
} from '../../report/types';

export interface Column<R> {
  header: string;
  cell(row: R): string;
  /** Names and addresses: set in a monospace face, never broken inside a word. */
  mono?: boolean;
}

const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : '—');
const count = (n: number | undefined) => (n === undefined ? '—' : n.toLocaleString('en-US'));

const SERVERS: Column<ServerRow>[] = [
  { header: 'FQDN', cell: (r) => r.fqdn, mono: true },
  { header: 'Kind', cell: (r) => r.kindLabel },
  { header: 'Roles', cell: (r) => list(r.roles) },
  { header: 'Zone', cell: (r) => ZONE_LABELS[r.zone] },
  { header: 'Site', cell: (r) => r.site },
  { header: 'Pool', cell: (r) => r.pool ?? '—', mono: true },
  { header: 'Bits', cell: (r) => (r.is64bit === undefined ? '—' : r.is64bit ? '64-bit' : '32-bit') },
  { header: 'SQL Server', cell: (r) => [r.sqlVersion, r.sqlEdition].filter(Boolean).join(', ') || '—' },
  { header: 'Collocated', cell: (r) => list(r.collocated) },
  { header: 'Databases', cell: (r) => list(r.databases) },
  { header: 'IP address', cell: (r) => r.ip ?? NOT_SET, mono: true },
];

const DNS: Column<DnsRow>[] = [
  { header: 'Zone', cell: (r) => (r.zone === 'internal' ? 'Internal' : 'External') },
  { header: 'Type', cell: (r) => r.type },
  { header: 'Name', cell: (r) => r.name, mono: true },
  { header: 'Target', cell: (r) => r.target, mono: true },
  { header: 'Address / port', cell: (r) => (r.type === 'SRV' ? String(r.port ?? '—') : (r.address ?? NOT_SET)), mono: true },
  { header: 'Purpose', cell: (r) => r.purpose },
];

const CERTIFICATES: Column<CertificateRow>[] = [
  { header: 'Server', cell: (r) => r.server, mono: true },
  { header: 'Subject', cell: (r) => r.subject, mono: true },
  { header: 'Subject alternative names', cell: (r) => list(r.san), mono: true },
  { header: 'Usage', cell: (r) => r.usage },
  { header: 'Public CA', cell: (r) => (r.publicCa ? 'Yes' : 'No') },
];

const FIREWALL: Column<FirewallRow>[] = [
  { header: 'From', cell: (r) => r.from, mono: true },
  { header: 'To', cell: (r) => r.to, mono: true },
  { header: 'Protocol', cell: (r) => r.protocol },
  { header: 'Ports', cell: (r) => r.ports, mono: true },
  { header: 'Purpose', cell: (r) => r.purpose },
];

const LOAD_BALANCERS: Column<LoadBalancerRow>[] = [
  { header: 'Load balancer', cell: (r) => r.name, mono: true },
  { header: 'VIP', cell: (r) => r.vip ?? NOT_SET, mono: true },
  { header: 'Names on the VIP', cell: (r) => list(r.fqdns), mono: true },
  { header: 'Servers behind it', cell: (r) => list(r.servers), mono: true },
  { header: 'Ports', cell: (r) => list(r.ports) },
  { header: 'Settings', cell: (r) => r.settings.join('; ') || '—' },
];

const CAPACITY: Column<CapacityRow>[] = [
  { header: 'Pool or server', cell: (r) => r.scope, mono: true },
  { header: 'Role', cell: (r) => r.role },
  { header: 'Planned', cell: (r) => `${count(r.planned)} ${r.unit}` },
  { header: 'Documented capacity', cell: (r) => `${count(r.capacity)} ${r.unit}` },
  { header: 'Status', cell: (r) => (r.status === 'ok' ? 'Within capacity' : r.status === 'over' ? 'Over capacity' : 'Unknown') },
];

/** The tables with rows of their own (the summary has its own layout), in report order. */
export const ROW_TABLES = ['servers', 'dns', 'certificates', 'firewall', 'loadBalancers', 'capacity'] as const;
export type RowTable = (typeof ROW_TABLES)[number];

export const COLUMNS: { [T in RowTable]: Column<DeploymentReport[T][number]>[] } = {
  servers: SERVERS,
  dns: DNS,
  certificates: CERTIFICATES,
  firewall: FIREWALL,
  loadBalancers: LOAD_BALANCERS,
  capacity: CAPACITY,
};

/** A table's rows as the view lists them (with what every row carries). */
export function rowsOf(report: DeploymentReport, table: RowTable): readonly ReportRowBase[] {
  return report[table];
}
