/**
 * The report's tables as columns of text, shared by every output (Markdown, HTML, the spreadsheet):
 * one declaration of each table's headings and cells.
 */
import { ZONE_LABELS } from '../domain/kinds';
import type {
  CapacityRow,
  CertificateRow,
  DeploymentReport,
  DnsRow,
  FirewallRow,
  LoadBalancerRow,
  ReportRowBase,
  ReportSource,
  ReportTable,
  ServerRow,
  SummaryRow,
} from './types';
import { NOT_SET, REPORT_TABLE_LABELS } from './types';

export interface TableView {
  table: ReportTable;
  title: string;
  headings: string[];
  rows: string[][];
  /** Per row: its sources and, where unconfirmed, the note (the outputs render them their own way). */
  sources: ReportSource[][];
  notes: (string | undefined)[];
  unconfirmed: boolean[];
}

const yesNo = (b: boolean | undefined): string => (b === undefined ? '' : b ? 'yes' : 'no');
const list = (xs: readonly string[]): string => xs.join(', ');
const num = (n: number | undefined): string => (n === undefined ? '' : n.toLocaleString('en-US'));

type Column<R> = [heading: string, cell: (row: R) => string];

const SUMMARY: Column<SummaryRow>[] = [
  ['Area', (r) => r.label],
  ['Status', (r) => r.status],
  ['Errors', (r) => String(r.errors)],
  ['Warnings', (r) => String(r.warnings)],
  ['Information', (r) => String(r.infos)],
  ['Rules', (r) => list(r.rules)],
];

const SERVERS: Column<ServerRow>[] = [
  ['FQDN', (r) => r.fqdn],
  ['Kind', (r) => r.kindLabel],
  ['Roles', (r) => list(r.roles)],
  ['Zone', (r) => ZONE_LABELS[r.zone]],
  ['Site', (r) => r.site],
  ['Pool', (r) => r.pool ?? ''],
  ['64-bit', (r) => yesNo(r.is64bit)],
  ['SQL Server', (r) => [r.sqlVersion, r.sqlEdition].filter(Boolean).join(', ')],
  ['Collocated', (r) => list(r.collocated)],
  ['Role databases', (r) => list(r.databases)],
  ['IP address', (r) => r.ip ?? NOT_SET],
  ['Why', (r) => r.why ?? ''],
];

const DNS: Column<DnsRow>[] = [
  ['Zone', (r) => r.zone],
  ['Type', (r) => r.type],
  ['Name', (r) => r.name],
  ['Target', (r) => r.target],
  ['Address', (r) => (r.type === 'A' ? (r.address ?? NOT_SET) : '')],
  ['Port', (r) => (r.port === undefined ? '' : String(r.port))],
  ['Purpose', (r) => r.purpose],
];

const CERTIFICATES: Column<CertificateRow>[] = [
  ['Server', (r) => r.server],
  ['Subject', (r) => r.subject],
  ['Subject alternative names', (r) => list(r.san)],
  ['Usage', (r) => r.usage],
  ['Public CA', (r) => yesNo(r.publicCa)],
];

const FIREWALL: Column<FirewallRow>[] = [
  ['From', (r) => r.from],
  ['To', (r) => r.to],
  ['Protocol', (r) => r.protocol],
  ['Ports', (r) => r.ports],
  ['Firewall', (r) => r.firewall ?? ''],
  ['Purpose', (r) => r.purpose],
];

const LOAD_BALANCERS: Column<LoadBalancerRow>[] = [
  ['Name', (r) => r.name],
  ['VIP', (r) => r.vip ?? NOT_SET],
  ['FQDNs', (r) => list(r.fqdns)],
  ['Servers', (r) => list(r.servers)],
  ['Ports', (r) => list(r.ports)],
  ['Settings', (r) => r.settings.join('; ')],
];

const CAPACITY: Column<CapacityRow>[] = [
  ['Pool or server', (r) => r.scope],
  ['Role', (r) => r.role],
  ['Unit', (r) => r.unit],
  ['Planned', (r) => num(r.planned)],
  ['Documented capacity', (r) => (r.capacity === undefined ? 'not documented' : num(r.capacity))],
  ['Status', (r) => r.status],
];

function view<R>(table: ReportTable, columns: Column<R>[], rows: readonly R[], base: (r: R) => Partial<ReportRowBase>): TableView {
  return {
    table,
    title: REPORT_TABLE_LABELS[table],
    headings: columns.map((c) => c[0]),
    rows: rows.map((r) => columns.map((c) => c[1](r))),
    sources: rows.map((r) => base(r).sources ?? []),
    notes: rows.map((r) => base(r).note),
    unconfirmed: rows.map((r) => base(r).unconfirmed === true),
  };
}

/** Every table of the report, in order, as text. */
export function reportTables(report: DeploymentReport): TableView[] {
  const row = <R extends ReportRowBase>(r: R): R => r;
  return [
    view('summary', SUMMARY, report.summary, () => ({})),
    view('servers', SERVERS, report.servers, row),
    view('dns', DNS, report.dns, row),
    view('certificates', CERTIFICATES, report.certificates, row),
    view('firewall', FIREWALL, report.firewall, row),
    view('loadBalancers', LOAD_BALANCERS, report.loadBalancers, row),
    view('capacity', CAPACITY, report.capacity, row),
  ];
}
