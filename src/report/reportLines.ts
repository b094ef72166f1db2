/** One line of text per report row (tests and quick reviews read a report this way): the facts of a row, its sources' tags, "unconfirmed". */
import type { DeploymentReport, ReportRowBase } from './types';

const tags = (r: ReportRowBase): string => ` [${r.sources.map((s) => s.id).join(' ')}]${r.unconfirmed ? ' unconfirmed' : ''}`;

export interface ReportLines {
  servers: string[];
  dns: string[];
  certificates: string[];
  firewall: string[];
  loadBalancers: string[];
  capacity: string[];
}

export function reportLines(report: DeploymentReport): ReportLines {
  return {
    servers: report.servers.map(
      (r) =>
        `${r.fqdn} | ${r.kindLabel} | ${r.zone} | ${r.pool ?? '-'} | ${r.is64bit === undefined ? '-' : r.is64bit ? '64-bit' : '32-bit'}${r.sqlEdition ? ` | ${[r.sqlVersion, r.sqlEdition].filter(Boolean).join(' ')}` : ''}${tags(r)}`,
    ),
    dns: report.dns.map(
      (r) =>
        `${r.zone} ${r.type} ${r.name} -> ${r.target}${r.port !== undefined ? `:${r.port}` : ''}${r.address ? ` (${r.address})` : ''}${tags(r)}`,
    ),
    certificates: report.certificates.map(
      (r) => `${r.server}: ${r.subject} (${r.san.join(', ')})${r.publicCa ? ' public CA' : ''}${tags(r)}`,
    ),
    firewall: report.firewall.map((r) => `${r.from} -> ${r.to} ${r.protocol} ${r.ports}${tags(r)}`),
    loadBalancers: report.loadBalancers.map(
      (r) => `${r.name} ${r.vip ?? 'no VIP'} ${r.fqdns.join(',')} | ${r.servers.join(',')} | ${r.ports.join(', ')}${tags(r)}`,
    ),
    capacity: report.capacity.map(
      (r) => `${r.scope} ${r.role}: ${r.planned ?? '-'} of ${r.capacity ?? '-'} ${r.unit} ${r.status}${tags(r)}`,
    ),
  };
}
