/** The DNS records the plan needs, internal and external (sources-r2.md section 3.1). */
import type { EdgeService, PlanNode } from '../domain/plan';
import type { EdgeGroup, PoolView, ReportContext } from './context';
import { distinctIds, edgeServicesOf, edgesRunning } from './context';
import type { ReportSourceId } from './sources';
import { citeList } from './sources';
import type { DnsRow, DnsType, DnsZone } from './types';

interface RowSpec {
  zone: DnsZone;
  type: DnsType;
  name: string;
  target: string;
  address?: string | undefined;
  port?: number;
  purpose: string;
  sources: ReportSourceId[];
  nodes: readonly PlanNode[];
  note?: string;
  unconfirmed?: boolean;
}

function dnsRow(s: RowSpec): DnsRow {
  const sources = citeList(s.sources);
  const nodeIds = distinctIds(s.nodes);
  // In the documented order, each row's fields in one literal where it can (fields added later take a store of their own).
  let row: DnsRow;
  if (s.port === undefined)
    row = s.address
      ? { zone: s.zone, type: s.type, name: s.name, target: s.target, address: s.address, purpose: s.purpose, sources, nodeIds }
      : { zone: s.zone, type: s.type, name: s.name, target: s.target, purpose: s.purpose, sources, nodeIds };
  else if (!s.address)
    row = { zone: s.zone, type: s.type, name: s.name, target: s.target, port: s.port, purpose: s.purpose, sources, nodeIds };
  else
    row = {
      zone: s.zone,
      type: s.type,
      name: s.name,
      target: s.target,
      address: s.address,
      port: s.port,
      purpose: s.purpose,
      sources,
      nodeIds,
    };
  if (s.unconfirmed) row.unconfirmed = true;
  if (s.note) row.note = s.note;
  return row;
}

function poolRecords(pool: PoolView, out: DnsRow[]): void {
  const { info } = pool;
  const name = info.pool.name;
  if (!info.isEnterprise) {
    const se = pool.heads[0];
    if (!se) return;
    out.push(
      dnsRow({
        zone: 'internal',
        type: 'A',
        name: se.name,
        target: se.name,
        address: se.ip,
        purpose: `Standard Edition Server of ${name}`,
        sources: ['R63'],
        nodes: [se],
      }),
    );
    return;
  }
  if (pool.lb) {
    out.push(
      dnsRow({
        zone: 'internal',
        type: 'A',
        name,
        target: pool.lb.name,
        address: pool.lb.ip,
        purpose: `Pool FQDN of ${pool.isDirector ? 'Director pool' : 'pool'} ${name}: the Front Ends' load balancer VIP`,
        sources: ['R63', 'R64', 'R11'],
        nodes: [pool.lb, ...pool.heads],
      }),
    );
  } else if (pool.heads[0]) {
    const fe = pool.heads[0];
    out.push(
      dnsRow({
        zone: 'internal',
        type: 'A',
        name,
        target: fe.name,
        address: fe.ip,
        purpose: `Pool FQDN of ${name}: its single Front End (the pool FQDN must differ from the Front End's FQDN)`,
        sources: ['R63', 'R64'],
        nodes: [fe],
      }),
    );
  }
  // The internal web farm: its own record where it has its own name or its own load balancer (expanded).
  const web = pool.webLb ?? pool.webServers[0];
  const ownVip = pool.webLb !== undefined && pool.webLb !== pool.lb;
  if (web && (pool.webInternal !== name || ownVip)) {
    out.push(
      dnsRow({
        zone: 'internal',
        type: 'A',
        name: pool.webInternal,
        target: web.name,
        address: web.ip,
        purpose: `Internal web farm FQDN of ${name} (Web Components URLs)`,
        sources: ['R64', 'R63'],
        nodes: [web, ...pool.webServers],
        ...(pool.webInternal === name && ownVip
          ? { note: `Same name as the pool FQDN but a different VIP: give ${name} an internal web farm FQDN of its own.` }
          : {}),
      }),
    );
  }
}

function signInRecords(rc: ReportContext, out: DnsRow[]): void {
  const pool = rc.inputs.autoSignInPool === undefined ? undefined : rc.poolViewById.get(rc.inputs.autoSignInPool);
  if (!pool) return;
  const nodes = pool.lb ? [pool.lb, ...pool.heads] : pool.heads;
  for (const domain of rc.inputs.sipDomains) {
    out.push(
      dnsRow({
        zone: 'internal',
        type: 'SRV',
        name: `_sipinternaltls._tcp.${domain}`,
        target: pool.fqdn,
        port: 5061,
        purpose: `Automatic sign-in of internal clients (${domain}): the one pool designated to distribute sign-ins`,
        sources: ['R63', 'R65'],
        nodes,
      }),
    );
  }
  if (rc.r2 && pool.info.isEnterprise) {
    const web = pool.webLb ?? pool.lb ?? pool.heads[0];
    for (const domain of rc.inputs.sipDomains)
      out.push(
        dnsRow({
          zone: 'internal',
          type: 'A',
          name: `ucupdates-r2.${domain}`,
          target: web?.name ?? pool.webInternal,
          address: web?.ip,
          purpose: 'Device Update Web service, for devices that have never signed in',
          sources: ['R85'],
          nodes: web ? [web] : [],
          note: 'From the Lync Server 2010 documentation, which describes the R2 record.',
        }),
      );
  }
}

const SERVICE_PURPOSE: Record<EdgeService, string> = {
  access: 'Access Edge external interface (remote users, federation, public IM)',
  'web-conferencing': 'Web Conferencing Edge external interface',
  av: 'A/V Edge external interface',
};

/** The first value any member of a group gives for a service's external address (an array's members share the VIP). */
function externalIp(group: EdgeGroup, service: EdgeService): string | undefined {
  for (const e of edgesRunning(group, service)) if (e.externalIps?.[service]) return e.externalIps[service];
  return undefined;
}

function edgeRecords(rc: ReportContext, out: DnsRow[]): void {
  const edgeDns: ReportSourceId[] = rc.r2 ? ['R67', 'R14'] : ['R68'];
  // Internal side: each Edge Server's internal interface; an array's internal VIP (the trusted Edge list names it).
  for (const group of rc.edgeGroups) {
    for (const e of group.edges)
      out.push(
        dnsRow({
          zone: 'internal',
          type: 'A',
          name: e.name,
          target: e.name,
          address: e.ip,
          purpose: 'Internal interface of the Edge Server (Web Conferencing Servers resolve it at startup)',
          sources: ['R14', 'R67'],
          nodes: [e],
          note: 'The Edge Servers themselves resolve internal names through a DNS server in the perimeter network or the hosts file.',
        }),
      );
    if (group.internalLb)
      out.push(
        dnsRow({
          zone: 'internal',
          type: 'A',
          name: group.internalLb.name,
          target: group.internalLb.name,
          address: group.internalLb.ip,
          purpose: 'Internal VIP of the Edge array (listed in the pools’ trusted Edge list)',
          sources: rc.r2 ? ['R28', 'R14'] : ['R73'],
          nodes: [group.internalLb, ...group.edges],
        }),
      );
  }
  // External side: one A record per distinct external name; an array shares its names.
  const seen = new Set<string>();
  const accessNames: { name: string; nodes: PlanNode[] }[] = [];
  for (const group of rc.edgeGroups) {
    for (const service of ['access', 'web-conferencing', 'av'] as const) {
      const edges = edgesRunning(group, service);
      if (edges.length === 0) continue;
      const name = rc.externalName(edges[0], service);
      const nodes = group.externalLb ? [group.externalLb, ...edges] : edges;
      if (service === 'access') accessNames.push({ name, nodes });
      if (seen.has(name)) continue;
      seen.add(name);
      const target = group.externalLb && group.isArray ? group.externalLb.name : edges[0].name;
      const collocated2007 = !rc.r2 && edges.some((e) => edgeServicesOf(e).length > 1);
      out.push(
        dnsRow({
          zone: 'external',
          type: 'A',
          name,
          target,
          address: externalIp(group, service),
          purpose: SERVICE_PURPOSE[service] + (group.isArray ? ': the external load balancer’s VIP for the service' : ''),
          sources: edgeDns,
          nodes,
          ...(collocated2007 ? { note: 'Collocated Edge roles on OCS 2007 use a separate external IP address each.' } : {}),
        }),
      );
    }
  }
  const accessSeen = new Set<string>();
  const access = accessNames.filter((a) => !accessSeen.has(a.name) && accessSeen.add(a.name));
  for (const domain of rc.inputs.sipDomains) {
    // The same name and purpose for every Access Edge name of the domain: written once.
    const remote = `_sip._tls.${domain}`;
    const remotePurpose = `Remote sign-in of external clients (${domain}), after the internal records fail`;
    const federation = `_sipfederationtls._tcp.${domain}`;
    const federationPurpose = `Federation (${domain}): federated partners find the Access Edge`;
    for (const a of access)
      out.push(
        dnsRow({
          zone: 'external',
          type: 'SRV',
          name: remote,
          target: a.name,
          port: 443,
          purpose: remotePurpose,
          sources: ['R66', 'R14'],
          nodes: a.nodes,
          unconfirmed: true,
          note: 'Port 443 is the Access Edge remote-user port; the record’s port in Microsoft’s DNS table was not read.',
        }),
      );
    for (const a of access)
      out.push(
        dnsRow({
          zone: 'external',
          type: 'SRV',
          name: federation,
          target: a.name,
          port: 5061,
          purpose: federationPurpose,
          sources: ['R68'],
          nodes: a.nodes,
        }),
      );
  }
}

function reverseProxyRecords(rc: ReportContext, out: DnsRow[]): void {
  for (const rp of rc.ctx.ofKind('reverse-proxy')) {
    const published = publishedPools(rc, rp);
    for (const pool of published)
      out.push(
        dnsRow({
          zone: 'external',
          type: 'A',
          name: pool.webExternal ?? 'not set',
          target: rp.name,
          purpose: `External web farm FQDN of ${pool.info.pool.name}, published by the reverse proxy (its external address)`,
          sources: rc.r2 ? ['R74', 'R85'] : ['R76'],
          nodes: [rp, ...(pool.webLb ? [pool.webLb] : [])],
          ...(pool.webExternal ? {} : { note: `Set the external web farm FQDN of ${pool.info.pool.name}.` }),
        }),
      );
  }
}

/** The pools whose Web Components a reverse proxy publishes: those whose web farm (or its load balancer) it is linked to. */
export function publishedPools(rc: ReportContext, rp: PlanNode): PoolView[] {
  const out: PoolView[] = [];
  for (const n of rc.ctx.neighbors(rp.id)) for (const p of rc.poolsByWebEntry.get(n.id) ?? []) if (!out.includes(p)) out.push(p);
  // In plan order, as the pools are.
  return out.length < 2 ? out : out.sort((a, b) => rc.pools.indexOf(a) - rc.pools.indexOf(b));
}

function mediationRecords(rc: ReportContext, out: DnsRow[]): void {
  for (const med of rc.ctx.ofKind('mediation-server')) {
    const source: ReportSourceId[] = ['R35'];
    out.push(
      dnsRow({
        zone: 'internal',
        type: 'A',
        name: med.name,
        target: med.name,
        address: med.ip,
        purpose: 'Mediation Server, internal network adapter (IP1)',
        sources: source,
        nodes: [med],
      }),
    );
    out.push(
      dnsRow({
        zone: 'internal',
        type: 'A',
        name: med.name,
        target: med.name,
        address: med.gatewayIp,
        purpose: 'Mediation Server, gateway-side network adapter (IP2): in the gateway side’s DNS, or a static entry on the gateway',
        sources: source,
        nodes: [med],
      }),
    );
  }
}

export function dnsRows(rc: ReportContext): DnsRow[] {
  const out: DnsRow[] = [];
  for (const pool of rc.pools) poolRecords(pool, out);
  signInRecords(rc, out);
  mediationRecords(rc, out);
  edgeRecords(rc, out);
  reverseProxyRecords(rc, out);
  return out;
}
