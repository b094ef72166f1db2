/** Firewall rules derived from the plan's roles and links (sources-r2.md section 3.3). */
import type { PlanNode } from '../domain/plan';
import { linkedNodes, linkedPools } from '../rules/catalog/linked';
import type { EdgeGroup, PoolView, ReportContext } from './context';
import { distinctIds, edgesRunning } from './context';
import { publishedPools } from './dns';
import type { ReportSourceId } from './sources';
import { cite, citeList } from './sources';
import type { FirewallProtocol, FirewallRow, ReportSource } from './types';
import { INTERNET } from './types';

/** The clients of the internal network (a rule's end that is no server). */
export const INTERNAL_CLIENTS = 'Internal clients' as const;

interface RuleSpec {
  from: string;
  to: string;
  protocol: FirewallProtocol;
  ports: string;
  purpose: string;
  /** The tags, or the list `cite` made of them (the many rows of a loop share one). */
  sources: readonly ReportSourceId[] | ReportSource[];
  nodes?: readonly (PlanNode | undefined)[];
  /** Where rows share the nodes they concern: their ids, once (else `nodes`). */
  nodeIds?: string[];
  firewall?: FirewallRow['firewall'];
  note?: string;
  unconfirmed?: boolean;
}

/** Whether a list of sources is already cited (its entries are sources, not tags). */
function isCited(sources: RuleSpec['sources']): sources is ReportSource[] {
  return sources.length > 0 && typeof sources[0] !== 'string';
}

function rule(s: RuleSpec): FirewallRow {
  const ids = s.nodeIds ?? distinctIds(s.nodes ?? []);
  const sources = isCited(s.sources) ? s.sources : citeList(s.sources as readonly ReportSourceId[]);
  // In the documented order; the fields every row of a kind has in one literal (an object keeps those in itself,
  // fields added later go to a store of their own: this table has the most rows of the report).
  const row: FirewallRow = s.firewall
    ? { from: s.from, to: s.to, protocol: s.protocol, ports: s.ports, purpose: s.purpose, firewall: s.firewall, sources, nodeIds: ids }
    : { from: s.from, to: s.to, protocol: s.protocol, ports: s.ports, purpose: s.purpose, sources, nodeIds: ids };
  if (s.unconfirmed) row.unconfirmed = true;
  if (s.note) row.note = s.note;
  return row;
}

/** The ids of a row about two nodes (`distinctIds` of the two, without a list to read them from). */
function pairIds(a: PlanNode, b: PlanNode): string[] {
  return a.id === b.id ? [a.id] : [a.id, b.id];
}

/** The ids of nodes several rows concern: one frozen list the rows share. */
function sharedIds(nodes: readonly (PlanNode | undefined)[]): string[] {
  return Object.freeze(distinctIds(nodes)) as string[];
}

/** The sources of the rows the loops below make by the thousand: cited once. */
const SQL_BACK_END = cite('R59', 'R2');
const PSOM_INTERNAL = cite('R60', 'R14');
const AV_AUTH = cite('R14', 'R28');
const SQL_BACK_END_PURPOSE = 'SQL Server, the pool’s back-end database (default instance port; another port needs SQL Browser or an alias)';
const PSOM_INTERNAL_PURPOSE =
  'PSOM (MTLS) from the Web Conferencing Server to the Web Conferencing Edge’s internal interface (default port)';
const AV_AUTH_PURPOSE = 'A/V authentication (MTLS) at the A/V Edge’s internal interface';

/** The SIP rules between the Access Edge and its next hop: a Director or a pool. */
const toHopPurpose = (hopName: string) => `SIP (MTLS) from the Access Edge’s internal interface to its next hop, ${hopName}`;
const fromHopPurpose = (hopName: string, vip: boolean) =>
  `SIP (MTLS) from ${hopName} to the Access Edge’s internal interface${vip ? ' (the array’s internal VIP)' : ''}`;
const TO_DIRECTOR = toHopPurpose('the Director');
const TO_POOL = toHopPurpose('the pool');
const FROM_DIRECTOR = fromHopPurpose('the Director', false);
const FROM_DIRECTOR_TO_VIP = fromHopPurpose('the Director', true);
const FROM_POOL = fromHopPurpose('the pool', false);
const FROM_POOL_TO_VIP = fromHopPurpose('the pool', true);

/** Facts from the R2 Ports and Protocols table, on an OCS 2007 plan: say where they come from. */
const R2_ONLY_ON_2007: Pick<RuleSpec, 'note' | 'unconfirmed'> = Object.freeze({
  unconfirmed: true,
  note: 'From the OCS 2007 R2 Ports and Protocols table; the OCS 2007 table was not read.',
});
const NO_NOTE: Pick<RuleSpec, 'note' | 'unconfirmed'> = Object.freeze({});
const EDGE_PORTS_ON_2007: Pick<RuleSpec, 'note' | 'unconfirmed'> = Object.freeze({
  note: 'Edge ports as the R2 load balancer page lists them; OCS 2007 uses the same defaults.',
});
function r2Only(rc: ReportContext): Pick<RuleSpec, 'note' | 'unconfirmed'> {
  return rc.r2 ? NO_NOTE : R2_ONLY_ON_2007;
}

function poolRules(rc: ReportContext, pool: PoolView, out: FirewallRow[]): void {
  const { info } = pool;
  // Front End (and the conferencing servers that use the database) → back end.
  const users = [...info.frontEnds, ...info.dedicated.filter((n) => n.kind !== 'web-components-server')];
  for (const be of info.backEnds)
    for (const n of users)
      out.push(
        rule({
          from: n.name,
          to: be.name,
          protocol: 'TCP',
          ports: '1433',
          purpose: SQL_BACK_END_PURPOSE,
          sources: SQL_BACK_END,
          nodeIds: pairIds(n, be),
        }),
      );
  if (info.kind === 'expanded') {
    const web = pool.webLb ?? pool.webServers[0];
    if (web)
      for (const fe of info.frontEnds)
        out.push(
          rule({
            from: fe.name,
            to: pool.webInternal,
            protocol: 'TCP',
            ports: '443',
            purpose: 'HTTPS to the internal web farm (Web Components URLs); TCP 80 where HTTPS is not used',
            sources: ['R59'],
            nodes: [fe, web, ...pool.webServers],
            ...r2Only(rc),
          }),
        );
    for (const conf of info.dedicated.filter((n) => n.kind === 'web-conferencing-server' || n.kind === 'av-conferencing-server'))
      for (const fe of info.frontEnds)
        out.push(
          rule({
            from: fe.name,
            to: conf.name,
            protocol: 'TCP',
            ports: '444',
            purpose: 'HTTPS between the Focus and the conferencing servers',
            sources: ['R59'],
            nodes: [fe, conf],
            ...r2Only(rc),
          }),
        );
  }
}

/**
 * The user pools an Edge group serves for conferencing: those of its site (a pool is in the site of its servers),
 * else, where its site has none, every user pool. A rule per pair across sites would grow with the square of the plan.
 */
function sitePools(rc: ReportContext, group: EdgeGroup): PoolView[] {
  return rc.userPoolsBySite.get(rc.siteOf(group.edges[0])) ?? rc.userPools;
}

function edgeRules(rc: ReportContext, group: EdgeGroup, out: FirewallRow[]): void {
  const ext: ReportSourceId[] = rc.r2 ? ['R14'] : ['R26', 'R14'];
  const access = edgesRunning(group, 'access');
  const webconf = edgesRunning(group, 'web-conferencing');
  const av = edgesRunning(group, 'av');
  const extLb = group.externalLb;
  const intLb = group.internalLb;
  const port2007 = rc.r2 ? NO_NOTE : EDGE_PORTS_ON_2007;
  if (access.length > 0) {
    const to = rc.externalName(access[0], 'access');
    // The external rules of the Access Edge concern the same nodes: one list of their ids.
    const accessIds = sharedIds([extLb, ...access]);
    out.push(
      rule({
        from: INTERNET,
        to,
        protocol: 'TCP',
        ports: '443',
        purpose: 'Remote users’ SIP (TLS) to the Access Edge',
        sources: ext,
        nodeIds: accessIds,
        firewall: 'external',
        ...port2007,
      }),
      rule({
        from: INTERNET,
        to,
        protocol: 'TCP',
        ports: '5061',
        purpose: 'Federation and public IM (MTLS) to the Access Edge',
        sources: ext,
        nodeIds: accessIds,
        firewall: 'external',
        ...port2007,
      }),
      rule({
        from: to,
        to: INTERNET,
        protocol: 'TCP',
        ports: '5061',
        purpose: 'Federation and public IM (MTLS) from the Access Edge',
        sources: ext,
        nodeIds: accessIds,
        firewall: 'external',
        ...port2007,
      }),
    );
    const hop = group.nextHop;
    if (hop) {
      const hopNodes = [hop.lb, ...hop.heads];
      const toHop = hop.isDirector ? TO_DIRECTOR : TO_POOL;
      const fromHop = hop.isDirector ? (intLb ? FROM_DIRECTOR_TO_VIP : FROM_DIRECTOR) : intLb ? FROM_POOL_TO_VIP : FROM_POOL;
      for (const e of access)
        out.push(
          rule({
            from: e.name,
            to: hop.fqdn,
            protocol: 'TCP',
            ports: '5061',
            purpose: toHop,
            sources: ['R14', 'R28', 'R20'],
            nodes: [e, ...hopNodes],
            firewall: 'internal',
          }),
        );
      // Into an array: to its internal VIP; else to each Edge Server.
      const targets = intLb ? [{ name: intLb.name, nodes: [intLb, ...access] }] : access.map((e) => ({ name: e.name, nodes: [e] }));
      for (const t of targets)
        out.push(
          rule({
            from: hop.fqdn,
            to: t.name,
            protocol: 'TCP',
            ports: '5061',
            purpose: fromHop,
            sources: ['R14', 'R28', 'R20'],
            nodes: [...t.nodes, ...hopNodes],
            firewall: 'internal',
          }),
        );
    }
  }
  if (webconf.length > 0) {
    const to = rc.externalName(webconf[0], 'web-conferencing');
    out.push(
      rule({
        from: INTERNET,
        to,
        protocol: 'TCP',
        ports: '443',
        purpose: 'External users’ meetings (PSOM over TLS) to the Web Conferencing Edge',
        sources: ext,
        nodes: [extLb, ...webconf],
        firewall: 'external',
        ...port2007,
      }),
    );
    // Each Web Conferencing Server connects out to every Web Conferencing Edge's internal interface (never through the internal load balancer).
    const servers = sitePools(rc, group).flatMap((p) => p.webConferencing);
    for (const e of webconf)
      for (const s of servers)
        out.push(
          rule({
            from: s.name,
            to: e.name,
            protocol: 'TCP',
            ports: '8057',
            purpose: PSOM_INTERNAL_PURPOSE,
            sources: PSOM_INTERNAL,
            nodeIds: pairIds(s, e),
            firewall: 'internal',
          }),
        );
  }
  if (av.length > 0) {
    const to = rc.externalName(av[0], 'av');
    const nodes = sharedIds([extLb, ...av]);
    out.push(
      rule({
        from: INTERNET,
        to,
        protocol: 'TCP',
        ports: '443',
        purpose: 'A/V media relay (TCP) to the A/V Edge',
        sources: ext,
        nodeIds: nodes,
        firewall: 'external',
        ...port2007,
      }),
      rule({
        from: INTERNET,
        to,
        protocol: 'UDP',
        ports: '3478',
        purpose: 'A/V media relay (STUN/UDP) to the A/V Edge',
        sources: ext,
        nodeIds: nodes,
        firewall: 'external',
        ...port2007,
      }),
    );
    if (rc.r2)
      out.push(
        rule({
          from: to,
          to: INTERNET,
          protocol: 'TCP',
          ports: '50000-59999',
          purpose: 'A/V Edge media to federated partners (RTP/TCP, outbound)',
          sources: ['R27'],
          nodeIds: nodes,
          firewall: 'external',
        }),
        rule({
          from: INTERNET,
          to,
          protocol: 'TCP/UDP',
          ports: '50000-59999',
          purpose:
            'A/V media (RTP/TCP and RTP/UDP) inbound: only when federating with OCS 2007 or earlier; with R2 federation only, it may stay closed',
          sources: ['R27'],
          nodeIds: nodes,
          firewall: 'external',
        }),
        rule({
          from: to,
          to: INTERNET,
          protocol: 'UDP',
          ports: '50000-59999',
          purpose: 'A/V media (RTP/UDP) outbound: only when federating with OCS 2007 or earlier',
          sources: ['R27'],
          nodeIds: nodes,
          firewall: 'external',
        }),
      );
    else
      out.push(
        rule({
          from: INTERNET,
          to,
          protocol: 'TCP/UDP',
          ports: '50000-59999',
          purpose: 'A/V media (RTP/TCP and RTP/UDP), inbound',
          sources: ['R27', 'R26'],
          nodeIds: nodes,
          firewall: 'external',
        }),
        rule({
          from: to,
          to: INTERNET,
          protocol: 'TCP/UDP',
          ports: '50000-59999',
          purpose: 'A/V media (RTP/TCP and RTP/UDP), outbound',
          sources: ['R27', 'R26'],
          nodeIds: nodes,
          firewall: 'external',
        }),
      );
    const internal = intLb ? intLb.name : undefined;
    const targets = internal ? [{ name: internal, nodes: [intLb, ...av] }] : av.map((e) => ({ name: e.name, nodes: [e] }));
    // Who asks the A/V authentication service: the pools' A/V Conferencing Servers and the Mediation Servers.
    const mediation = rc.mediationBySite.get(rc.siteOf(group.edges[0])) ?? rc.ctx.ofKind('mediation-server');
    const askers = [...sitePools(rc, group).flatMap((p) => p.avConferencing), ...mediation];
    for (const t of targets) {
      const nodes: (PlanNode | undefined)[] = [undefined, ...t.nodes];
      for (const s of askers) {
        nodes[0] = s;
        out.push(
          rule({
            from: s.name,
            to: t.name,
            protocol: 'TCP',
            ports: '5062',
            purpose: AV_AUTH_PURPOSE,
            sources: AV_AUTH,
            nodes,
            firewall: 'internal',
            note: port2007.note,
          }),
        );
      }
      out.push(
        rule({
          from: INTERNAL_CLIENTS,
          to: t.name,
          protocol: 'TCP',
          ports: '443',
          purpose: 'A/V media relay (TCP) at the A/V Edge’s internal interface',
          sources: ['R14'],
          nodes: t.nodes,
          firewall: 'internal',
          ...port2007,
        }),
        rule({
          from: INTERNAL_CLIENTS,
          to: t.name,
          protocol: 'UDP',
          ports: '3478',
          purpose: 'A/V media relay (STUN/UDP) at the A/V Edge’s internal interface',
          sources: ['R14'],
          nodes: t.nodes,
          firewall: 'internal',
          ...port2007,
        }),
      );
    }
  }
}

function reverseProxyRules(rc: ReportContext, rp: PlanNode, out: FirewallRow[]): void {
  const sources: ReportSourceId[] = rc.r2 ? ['R74', 'R75'] : ['R76'];
  const pools = publishedPools(rc, rp);
  const names = pools.map((p) => p.webExternal).filter((x): x is string => x !== undefined);
  out.push(
    rule({
      from: INTERNET,
      to: names[0] ?? rp.name,
      protocol: 'TCP',
      ports: '443',
      purpose: `HTTPS to the reverse proxy’s published web farm${names.length > 1 ? `s (${names.join(', ')})` : ''}: address book, group expansion, meeting content`,
      sources,
      nodes: [rp],
      firewall: 'external',
    }),
  );
  for (const p of pools) {
    const web = p.webLb ?? p.webServers[0] ?? p.lb ?? p.heads[0];
    out.push(
      rule({
        from: rp.name,
        to: p.webInternal,
        protocol: 'TCP',
        ports: '443',
        purpose: `HTTPS from the reverse proxy to the Web Components of ${p.info.pool.name}`,
        sources: rc.r2 ? ['R74'] : ['R76', 'R74'],
        nodes: [rp, web, ...p.webServers],
        firewall: 'internal',
      }),
    );
  }
  for (const cwa of rc.ctx.neighbors(rp.id).filter((n) => n.kind === 'cwa-server'))
    out.push(
      rule({
        from: rp.name,
        to: cwa.name,
        protocol: 'TCP',
        ports: '443',
        purpose: 'HTTPS from the reverse proxy to Communicator Web Access (HTTPS is mandatory for remote access)',
        sources: ['R49', 'R74'],
        nodes: [rp, cwa],
        firewall: 'internal',
      }),
    );
}

/** SIP between internal servers and a pool: Directors, CWA, Group Chat, Mediation. */
function sipRules(rc: ReportContext, out: FirewallRow[]): void {
  for (const dir of rc.pools.filter((p) => p.isDirector)) {
    const near = new Set<string>();
    for (const n of dir.lb ? [dir.lb] : dir.heads) for (const p of linkedPools(rc.ctx, n)) if (p !== dir.info) near.add(p.pool.id);
    for (const id of near) {
      const pool = rc.poolViewById.get(id);
      if (!pool || pool.isDirector) continue;
      out.push(
        rule({
          from: dir.fqdn,
          to: pool.fqdn,
          protocol: 'TCP',
          ports: '5061',
          purpose: 'SIP (MTLS) between the Director and the pool it passes traffic to',
          sources: ['R59', 'R32'],
          nodes: [dir.lb, ...dir.heads, pool.lb, ...pool.heads],
          ...r2Only(rc),
        }),
      );
    }
  }
  for (const kind of ['cwa-server', 'group-chat-server', 'mediation-server'] as const)
    for (const n of rc.ctx.ofKind(kind))
      for (const info of linkedPools(rc.ctx, n)) {
        const pool = rc.poolViewById.get(info.pool.id);
        if (!pool) continue;
        const mediation = kind === 'mediation-server';
        out.push(
          rule({
            from: n.name,
            to: pool.fqdn,
            protocol: 'TCP',
            ports: '5061',
            purpose: 'SIP (MTLS) to the pool',
            sources: mediation ? ['R36', 'R59'] : ['R59'],
            nodes: [n, pool.lb, ...pool.heads],
            ...(mediation
              ? {
                  unconfirmed: true,
                  note: 'The Mediation Server’s internal listening port was not found in Microsoft’s text: 5061 (MTLS) is assumed.',
                }
              : r2Only(rc)),
          }),
        );
      }
  for (const med of rc.ctx.ofKind('mediation-server'))
    for (const gw of rc.ctx.neighbors(med.id).filter((n) => n.kind === 'media-gateway'))
      out.push(
        rule({
          from: gw.name,
          to: med.name,
          protocol: 'TCP',
          ports: '5060',
          purpose: 'SIP from the media gateway to the Mediation Server’s gateway listening port (default)',
          sources: ['R86'],
          nodes: [gw, med],
        }),
      );
}

/** Role servers → the SQL Server holding their database. */
function databaseRules(rc: ReportContext, out: FirewallRow[]): void {
  const dbOf: Record<string, string> = {
    'archiving-server': 'archiving',
    'monitoring-server': 'monitoring',
    'group-chat-server': 'group-chat',
    'group-chat-compliance-server': 'compliance',
  };
  for (const n of rc.ctx.nodes) {
    const db = dbOf[n.kind];
    if (!db) continue;
    for (const sql of linkedNodes(rc.ctx, n))
      if ((sql.kind === 'sql-server' || sql.kind === 'back-end-sql') && sql.databases?.some((d) => d === db))
        out.push(
          rule({
            from: n.name,
            to: sql.name,
            protocol: 'TCP',
            ports: '1433',
            purpose: `SQL Server, the ${db} database (default instance port)`,
            sources: ['R2'],
            nodes: [n, sql],
          }),
        );
  }
}

export function firewallRows(rc: ReportContext): FirewallRow[] {
  const out: FirewallRow[] = [];
  for (const group of rc.edgeGroups) edgeRules(rc, group, out);
  for (const rp of rc.ctx.ofKind('reverse-proxy')) reverseProxyRules(rc, rp, out);
  for (const pool of rc.pools) poolRules(rc, pool, out);
  sipRules(rc, out);
  databaseRules(rc, out);
  return out;
}
