/** The certificates each server needs: subject, subject alternative names, usage, public CA (sources-r2.md section 3.2). */
import type { PlanNode } from '../domain/plan';
import type { EdgeGroup, ReportContext } from './context';
import { distinctIds, edgesRunning } from './context';
import { runs } from '../rules/perimeterNodes';
import { publishedPools } from './dns';
import type { ReportSourceId } from './sources';
import { citeList } from './sources';
import type { CertificateRow } from './types';

const SERVER_EKU = 'Server authentication (Server EKU), with a CRL distribution point';
// The usages many rows share, written once (a template in a loop builds a new string for every row).
const SE_USAGE = `${SERVER_EKU}; SIP (MTLS) and the IIS Web Components. The SIP domains are in the SAN for automatic client configuration.`;
const FRONT_END_USAGE = (webComponents: boolean) =>
  `${SERVER_EKU}; SIP (MTLS)${webComponents ? ' and the IIS Web Components' : ''}. The same certificate (private key exportable) may be used on every Front End of the pool.`;
const FRONT_END_WITH_WEB = FRONT_END_USAGE(true);
const FRONT_END_ALONE = FRONT_END_USAGE(false);
const WEB_FARM_USAGE = `${SERVER_EKU}; HTTPS of the internal web farm (the Web Components URLs).`;
const MTLS_TO_POOL = `${SERVER_EKU}; MTLS to the pool.`;
const EDGE_INTERNAL_USAGE = (r2: boolean, isArray: boolean) =>
  `Internal interface: ${SERVER_EKU}; MTLS with the internal servers.${r2 ? ' One certificate for the three edge services.' : ''}${isArray && !r2 ? ' The same certificate (exportable) on every member of the array; it must match the VIP’s DNS A record.' : ''}`;
const EDGE_INTERNAL = [
  EDGE_INTERNAL_USAGE(false, false),
  EDGE_INTERNAL_USAGE(false, true),
  EDGE_INTERNAL_USAGE(true, false),
  EDGE_INTERNAL_USAGE(true, true),
];
const MEDIATION_USAGE = `${SERVER_EKU}; TLS to the internal servers (always needed). The media gateway needs one too where its link is TLS.`;
const CWA_USAGE = `${SERVER_EKU}; HTTPS (mandatory for remote access) and MTLS to the pool.`;
const GROUP_CHAT_USAGE = `${SERVER_EKU}; issued by the same CA as the OCS 2007 R2 servers.`;

interface CertSpec {
  server: PlanNode;
  subject: string;
  san?: readonly string[];
  /** A SAN list several rows share, its names already distinct (else `san`). */
  sharedSan?: string[];
  usage: string;
  publicCa?: boolean;
  sources: ReportSourceId[];
  nodes?: readonly PlanNode[];
  note?: string;
  unconfirmed?: boolean;
}

function certRow(s: CertSpec): CertificateRow {
  const san = s.sharedSan ?? (s.san ? [...new Set(s.san)] : [s.subject]);
  const row: CertificateRow = {
    server: s.server.name,
    subject: s.subject,
    san,
    usage: s.usage,
    publicCa: s.publicCa ?? false,
    sources: citeList(s.sources),
    nodeIds: s.nodes ? distinctIds(s.nodes, s.server) : [s.server.id],
  };
  if (s.unconfirmed) row.unconfirmed = true;
  if (s.note) row.note = s.note;
  return row;
}

function poolCertificates(rc: ReportContext, out: CertificateRow[]): void {
  const sipNames = rc.inputs.sipDomains.map((d) => `sip.${d}`);
  for (const pool of rc.pools) {
    const { info } = pool;
    if (!info.isEnterprise) {
      for (const se of pool.heads)
        out.push(
          certRow({
            server: se,
            subject: se.name,
            san: [se.name, ...sipNames],
            usage: SE_USAGE,
            sources: ['R70', 'R72'],
          }),
        );
      continue;
    }
    const san = Object.freeze(
      pool.webInternal !== info.pool.name && info.kind !== 'expanded' ? [info.pool.name, pool.webInternal] : [info.pool.name],
    ) as string[];
    for (const fe of info.frontEnds)
      out.push(
        certRow({
          server: fe,
          subject: info.pool.name,
          sharedSan: san,
          usage: info.kind === 'expanded' ? FRONT_END_ALONE : FRONT_END_WITH_WEB,
          sources: ['R70', 'R71', 'R72', 'R11'],
          nodes: info.frontEnds,
        }),
      );
    for (const web of pool.webServers)
      out.push(
        certRow({
          server: web,
          subject: pool.webInternal,
          san: [pool.webInternal, web.name],
          usage: WEB_FARM_USAGE,
          sources: ['R70', 'R72'],
          nodes: pool.webServers,
        }),
      );
    for (const n of info.dedicated)
      if (n.kind !== 'web-components-server')
        out.push(certRow({ server: n, subject: n.name, usage: MTLS_TO_POOL, sources: ['R71', 'R72'] }));
  }
}

/** The internal name of an Edge group: on OCS 2007 an array's internal VIP FQDN; else the server's own. */
function internalSubject(rc: ReportContext, group: EdgeGroup, edge: PlanNode): string {
  return !rc.r2 && group.isArray && group.internalLb ? group.internalLb.name : edge.name;
}

function edgeCertificates(rc: ReportContext, out: CertificateRow[]): void {
  const sipNames = rc.inputs.sipDomains.map((d) => `sip.${d}`);
  for (const group of rc.edgeGroups) {
    for (const edge of group.edges) {
      const subject = internalSubject(rc, group, edge);
      out.push(
        certRow({
          server: edge,
          subject,
          usage: EDGE_INTERNAL[(rc.r2 ? 2 : 0) + (group.isArray ? 1 : 0)],
          sources: rc.r2 ? ['R69', 'R72'] : group.isArray ? ['R73', 'R72'] : ['R72'],
          nodes: group.isArray && !rc.r2 ? group.edges : [],
          ...(rc.r2 || group.isArray
            ? {}
            : {
                unconfirmed: true,
                note: 'The subject of a single OCS 2007 Edge Server’s internal certificate was read only for arrays: its internal FQDN is assumed.',
              }),
        }),
      );
      if (runs(edge, 'access')) {
        const name = rc.externalName(edge, 'access');
        out.push(
          certRow({
            server: edge,
            subject: name,
            san: [name, ...sipNames],
            usage:
              'Access Edge external interface: Server EKU (client and server EKU for AOL); the subject must match the SRV records (sip.<SIP domain>). A public CA is needed for public IM connectivity and federation.',
            publicCa: true,
            sources: rc.r2 ? ['R69', 'R25', 'R67'] : ['R67', 'R68', 'R72'],
            nodes: group.isArray ? edgesRunning(group, 'access') : [],
          }),
        );
      }
      if (runs(edge, 'web-conferencing')) {
        const name = rc.externalName(edge, 'web-conferencing');
        out.push(
          certRow({
            server: edge,
            subject: name,
            usage: 'Web Conferencing Edge external interface: Server EKU. A public CA is needed for anonymous users in Web conferences.',
            publicCa: true,
            sources: rc.r2 ? ['R69'] : ['R69', 'R72'],
            nodes: group.isArray ? edgesRunning(group, 'web-conferencing') : [],
            ...(rc.r2 ? {} : { unconfirmed: true, note: 'Read in the R2 documentation; the OCS 2007 text was not found.' }),
          }),
        );
      }
    }
    // The A/V authentication certificate: one per Edge Server, the same one on every member of an array.
    const av = edgesRunning(group, 'av');
    if (av.length > 0) {
      const shared = group.isArray && av.length > 1;
      const targets = shared ? [av[0]] : av;
      for (const edge of targets)
        out.push(
          certRow({
            server: edge,
            subject: internalSubject(rc, group, edge),
            usage: shared
              ? `A/V authentication, shared by the array: the same certificate (same issuer and private key) on ${av.map((e) => e.name).join(', ')}. Its own certificate, not one of the edge services’; an internal CA may issue it.`
              : 'A/V authentication: its own certificate, not one of the edge services’; an internal CA may issue it.',
            sources: ['R69', 'R20'],
            nodes: av,
            unconfirmed: true,
            note: 'The sources read do not give the A/V authentication certificate’s subject: the A/V Edge’s internal FQDN is assumed.',
          }),
        );
    }
  }
}

function otherCertificates(rc: ReportContext, out: CertificateRow[]): void {
  for (const n of rc.ctx.nodes) {
    switch (n.kind) {
      case 'reverse-proxy': {
        const names = publishedPools(rc, n)
          .map((p) => p.webExternal)
          .filter((x): x is string => x !== undefined);
        const subject = names[0] ?? n.name;
        out.push(
          certRow({
            server: n,
            subject,
            san: names.length > 0 ? names : [n.name],
            usage:
              'HTTPS listener publishing the external web farm (address book, group expansion, meeting content, device updates); a second certificate for a CWA external FQDN.',
            publicCa: true,
            sources: rc.r2 ? ['R84', 'R74'] : ['R76'],
            unconfirmed: true,
            ...(names.length === 0
              ? {
                  note: 'No external web farm FQDN is set: the subject shown is the reverse proxy’s own name. Whether a public CA is required is not stated; external clients must trust the issuer.',
                }
              : { note: 'Whether a public CA is required is not stated; external clients must trust the issuer.' }),
          }),
        );
        break;
      }
      case 'mediation-server':
        out.push(
          certRow({
            server: n,
            subject: n.name,
            usage: MEDIATION_USAGE,
            sources: ['R36', 'R72'],
          }),
        );
        break;
      case 'cwa-server':
        out.push(
          certRow({
            server: n,
            subject: n.name,
            usage: CWA_USAGE,
            sources: rc.r2 ? ['R71', 'R49'] : ['R49', 'R72'],
          }),
        );
        break;
      case 'group-chat-server':
      case 'group-chat-compliance-server':
        out.push(
          certRow({
            server: n,
            subject: n.name,
            usage: GROUP_CHAT_USAGE,
            sources: ['R54', 'R71'],
          }),
        );
        break;
      case 'archiving-server':
      case 'monitoring-server':
      case 'application-sharing-server':
        out.push(certRow({ server: n, subject: n.name, usage: MTLS_TO_POOL, sources: rc.r2 ? ['R71', 'R72'] : ['R72'] }));
        break;
      default:
        break;
    }
  }
}

export function certificateRows(rc: ReportContext): CertificateRow[] {
  const out: CertificateRow[] = [];
  poolCertificates(rc, out);
  edgeCertificates(rc, out);
  otherCertificates(rc, out);
  return out;
}
