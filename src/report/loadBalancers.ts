/** The load balancers' VIPs: the servers behind each, the ports it carries and its settings (sources-r2.md section 3.4). */
import type { PlanNode } from '../domain/plan';
import { facesInternal } from './context';
import type { EdgeGroup, PoolView, ReportContext } from './context';
import { edgesRunning } from './context';
import type { ReportSourceId } from './sources';
import { citeList } from './sources';
import type { LoadBalancerRow } from './types';

/** Connections per source-NAT address on OCS 2007: one SNAT address per 65,000 users [R10]. */
export const USERS_PER_SNAT_ADDRESS = 65_000;

const AFFINITY =
  'TCP-level affinity, with a TCP idle timeout of at least the REGISTER refresh / SIP keep-alive interval (typically 30 minutes)';
const AFFINITY_NOTE = 'The affinity and idle-timeout setting is from a Microsoft blog, not the product documentation.';

interface LbSpec {
  lb: PlanNode;
  fqdns: readonly string[];
  servers: readonly PlanNode[];
  ports: readonly string[];
  settings: readonly string[];
  sources: ReportSourceId[];
  note?: string;
  unconfirmed?: boolean;
}

function lbRow(s: LbSpec): LoadBalancerRow {
  const ids = [s.lb.id];
  for (const n of s.servers) if (!ids.includes(n.id)) ids.push(n.id);
  return {
    name: s.lb.name,
    vip: s.lb.ip ?? null,
    fqdns: [...new Set(s.fqdns)],
    servers: s.servers.map((n) => n.name),
    ports: [...s.ports],
    settings: [...s.settings],
    sources: citeList(s.sources),
    nodeIds: ids,
    ...(s.unconfirmed ? { unconfirmed: true as const } : {}),
    ...(s.note ? { note: s.note } : {}),
  };
}

function softwareWarning(lb: PlanNode): string[] {
  const b = lb.balancing ?? 'hardware';
  return b === 'hardware'
    ? []
    : [
        `Configured as ${b === 'dns' ? 'DNS load balancing' : 'Windows NLB'}: not supported for any OCS server; use a hardware load balancer`,
      ];
}

function poolLb(rc: ReportContext, pool: PoolView, lb: PlanNode): LoadBalancerRow {
  const { info } = pool;
  const web = info.kind === 'consolidated' && pool.webInternal !== info.pool.name ? [pool.webInternal] : [];
  const settings = [
    `Static VIP, exposed through ARP; its single DNS entry is the pool FQDN ${info.pool.name}`,
    AFFINITY,
    'One-armed (VIP on the client network) or two-armed (VIP on the client network, an address on the Front Ends’ network)',
  ];
  const sources: ReportSourceId[] = rc.r2 ? ['R11', 'R12', 'R15', 'R95'] : ['R9', 'R10', 'R11', 'R15'];
  if (!rc.r2) {
    const users = info.pool.users ?? 0;
    const snat = Math.max(1, Math.ceil(users / USERS_PER_SNAT_ADDRESS));
    settings.push(
      `Source NAT (recommended): at least ${snat} SNAT address${snat === 1 ? '' : 'es'} (one per ${USERS_PER_SNAT_ADDRESS.toLocaleString('en-US')} users; the pool plans ${users.toLocaleString('en-US')}). With destination NAT, each pool’s Front Ends in a subnet of their own`,
    );
  }
  if (info.kind === 'expanded' && pool.webLb === lb)
    settings.push(
      'Carries the Web Components VIP too: two VIPs on one load balancer, one FQDN for the Front Ends and one for the Web Components',
    );
  settings.push(...softwareWarning(lb));
  return lbRow({
    lb,
    fqdns: [info.pool.name, ...web],
    servers: pool.heads,
    ports: ['TCP 5060', 'TCP 5061', 'TCP 135', 'TCP 443', 'TCP 444'],
    settings,
    sources,
    unconfirmed: true,
    note: `The pool VIP’s port list was read up to 444 only${rc.r2 ? '' : ' (in the R2 page)'}; ${AFFINITY_NOTE}`,
  });
}

function webLb(rc: ReportContext, pool: PoolView, lb: PlanNode): LoadBalancerRow {
  return lbRow({
    lb,
    fqdns: [pool.webInternal],
    servers: pool.webServers,
    ports: ['TCP 443', 'TCP 80 (where HTTPS is not used)'],
    settings: [
      `The Web Components VIP of ${pool.info.pool.name}: a VIP (and FQDN) of its own, apart from the Front Ends’`,
      ...softwareWarning(lb),
    ],
    sources: rc.r2 ? ['R12', 'R59'] : ['R9', 'R59'],
  });
}

function edgeLb(rc: ReportContext, group: EdgeGroup, lb: PlanNode, internal: boolean): LoadBalancerRow {
  const access = edgesRunning(group, 'access');
  const webconf = edgesRunning(group, 'web-conferencing');
  const av = edgesRunning(group, 'av');
  const ports: string[] = [];
  const fqdns: string[] = [];
  const settings: string[] = [];
  if (internal) {
    fqdns.push(lb.name);
    if (access.length > 0) ports.push('TCP 5061 (Access Edge)');
    if (av.length > 0) ports.push('TCP 5062 (A/V authentication)', 'TCP 443 (A/V Edge)', 'UDP 3478 (A/V Edge)');
    settings.push(
      'Balance only the Access Edge and A/V Edge services: do not balance the Web Conferencing Edge on the internal load balancer (Web Conferencing Servers connect to each Edge Server’s internal address)',
      `This VIP’s FQDN (${lb.name}) goes in the pools’ trusted Edge list`,
    );
  } else {
    for (const [service, edges] of [
      ['access', access],
      ['web-conferencing', webconf],
      ['av', av],
    ] as const)
      if (edges.length > 0) fqdns.push(rc.externalName(edges[0], service));
    if (access.length > 0) ports.push('TCP 443 (Access Edge, remote users)', 'TCP 5061 (Access Edge, federation)');
    if (webconf.length > 0) ports.push('TCP 443 (Web Conferencing Edge)');
    if (av.length > 0) ports.push('TCP 443 (A/V Edge)', 'UDP 3478 (A/V Edge)');
    settings.push(
      'A separate VIP for each edge service; port 443 recommended for all three',
      'Full-NAT or half-NAT only for the traffic to the Edge Servers',
      'The A/V Edge external addresses of the members are public (no NAT for them behind a load balancer)',
    );
  }
  settings.push('Every member configured identically (ports, allow and block lists, federated partners, internal domains and servers)');
  if (rc.r2) settings.push('One-armed or two-armed: the only topologies supported for load-balanced Edge Servers');
  settings.push(...softwareWarning(lb));
  return lbRow({
    lb,
    fqdns,
    servers: group.edges,
    ports,
    settings,
    sources: rc.r2 ? ['R14', 'R29', 'R11'] : ['R9', 'R14'],
    ...(rc.r2
      ? {}
      : {
          unconfirmed: true,
          note: 'Read in the R2 Edge load balancer page; on OCS 2007 a load balancer for an Edge array is recommended, not required.',
        }),
  });
}

function cwaLb(lb: PlanNode, servers: readonly PlanNode[]): LoadBalancerRow {
  return lbRow({
    lb,
    fqdns: [lb.name],
    servers,
    ports: ['TCP 443'],
    settings: [
      'Session affinity (the CWA array needs it); each CWA server takes about 5,000 simultaneous connections',
      ...softwareWarning(lb),
    ],
    sources: ['R51'],
  });
}

export function loadBalancerRows(rc: ReportContext): LoadBalancerRow[] {
  const out: LoadBalancerRow[] = [];
  const groupsByLb = new Map<PlanNode, EdgeGroup[]>();
  for (const group of rc.edgeGroups)
    for (const lb of [group.internalLb, group.externalLb]) if (lb) groupsByLb.set(lb, [...(groupsByLb.get(lb) ?? []), group]);
  for (const lb of rc.ctx.ofKind('hardware-load-balancer')) {
    const rows: LoadBalancerRow[] = [];
    for (const pool of rc.poolsByLb.get(lb.id) ?? []) {
      if (pool.lb === lb) rows.push(poolLb(rc, pool, lb));
      if (pool.info.kind === 'expanded' && pool.webLb === lb) rows.push(webLb(rc, pool, lb));
    }
    for (const group of groupsByLb.get(lb) ?? []) {
      if (group.internalLb === lb) rows.push(edgeLb(rc, group, lb, true));
      if (group.externalLb === lb) rows.push(edgeLb(rc, group, lb, false));
    }
    const cwa = rc.ctx.neighbors(lb.id).filter((n) => n.kind === 'cwa-server');
    if (cwa.length > 1) rows.push(cwaLb(lb, cwa));
    if (rows.length === 0) {
      const near = rc.ctx.neighbors(lb.id);
      const edgeFacing = near.some((n) => n.kind === 'edge-server');
      rows.push(
        lbRow({
          lb,
          fqdns: [lb.name],
          servers: near.filter((n) => n.kind !== 'hardware-load-balancer'),
          ports: [],
          settings: [
            edgeFacing && facesInternal(rc.ctx, lb)
              ? 'In front of Edge Servers'
              : 'No pool, Edge array or CWA array is behind it: link it to the servers it balances',
            ...softwareWarning(lb),
          ],
          sources: rc.r2 ? ['R11', 'R12'] : ['R9'],
        }),
      );
    }
    out.push(...rows);
  }
  return out;
}
