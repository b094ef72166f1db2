import { describe, expect, it } from 'vitest';
import { buildNode } from '../domain/kinds';
import type { NodeKind, OcsVersion, Plan, PlanNode, Pool } from '../domain/plan';
import { emptyPlan } from '../domain/plan';
import { templatePlan } from '../domain/templates';
import type { TemplateName } from '../domain/templates';
import { checkPlan } from '../rules';
import { buildReport } from './buildReport';
import { reportLines } from './reportLines';
import { INTERNET, REPORT_AREAS } from './types';
import type { ReportRowBase } from './types';

const at = { x: 0, y: 0 };

/** A small plan builder: nodes by kind and name, links by node id. */
function plan(
  ocsVersion: OcsVersion,
  pools: Pool[],
  nodes: [string, NodeKind, string, string?, Partial<PlanNode>?][],
  links: [string, string][],
): Plan {
  return {
    ...emptyPlan('Test', ocsVersion),
    pools,
    nodes: nodes.map(([id, kind, name, pool, fields]) => buildNode(kind, ocsVersion, { id, name, position: at, pool }, fields)),
    links: links.map(([from, to], i) => ({ id: `l${i}`, from, to })),
  };
}

const pool = (id: string, name: string, fields: Partial<Pool> = {}): Pool => ({
  id,
  name,
  edition: 'enterprise',
  configuration: 'consolidated',
  users: 10_000,
  ...fields,
});

/** A consolidated pool of two Front Ends behind a load balancer, with its back end. */
function consolidated(ocsVersion: OcsVersion, users = 10_000): Plan {
  return plan(
    ocsVersion,
    [pool('p1', 'pool01.contoso.com', { users })],
    [
      ['lb', 'hardware-load-balancer', 'hlb01.contoso.com'],
      ['fe1', 'front-end-server', 'fe01.contoso.com', 'p1'],
      ['fe2', 'front-end-server', 'fe02.contoso.com', 'p1'],
      ['sql', 'back-end-sql', 'sql01.contoso.com', 'p1'],
    ],
    [
      ['fe1', 'lb'],
      ['fe2', 'lb'],
      ['fe1', 'sql'],
      ['fe2', 'sql'],
    ],
  );
}

function withNodes(p: Plan, nodes: [string, NodeKind, string, string?, Partial<PlanNode>?][], links: [string, string][]): Plan {
  const more = plan(p.ocsVersion, [], nodes, []);
  return { ...p, nodes: [...p.nodes, ...more.nodes], links: [...p.links, ...links.map(([from, to], i) => ({ id: `m${i}`, from, to }))] };
}

describe('a pool alone', () => {
  it('a Standard Edition pool: its server, an A record, the sign-in SRV record, a certificate with the SIP domain, no firewall rule', () => {
    const se = plan(
      '2007',
      [{ id: 'p1', name: 'sepool01.contoso.com', edition: 'standard', users: 4_000 }],
      [['se', 'standard-edition-server', 'se01.contoso.com', 'p1', { ip: '10.0.0.5' }]],
      [],
    );
    const report = buildReport(se);
    expect(report.servers).toHaveLength(1);
    expect(report.servers[0]).toMatchObject({
      fqdn: 'se01.contoso.com',
      kindLabel: 'Standard Edition Server',
      zone: 'internal',
      site: 'Central site',
      pool: 'sepool01.contoso.com',
      is64bit: false,
      sqlEdition: 'Express',
      ip: '10.0.0.5',
      nodeIds: ['se'],
      unconfirmed: true,
    });
    expect(report.roleCounts).toEqual([{ kind: 'standard-edition-server', label: 'Standard Edition Server', count: 1 }]);
    const lines = reportLines(report);
    expect(lines.dns).toEqual([
      'internal A se01.contoso.com -> se01.contoso.com (10.0.0.5) [R63]',
      'internal SRV _sipinternaltls._tcp.contoso.com -> se01.contoso.com:5061 [R63 R65]',
    ]);
    expect(lines.certificates).toEqual(['se01.contoso.com: se01.contoso.com (se01.contoso.com, sip.contoso.com) [R70 R72]']);
    expect(report.firewall).toEqual([]);
    expect(lines.capacity).toEqual(['sepool01.contoso.com Standard Edition Server: 4000 of 5000 users ok [R7 R78]']);
  });

  it('a Standard Edition pool of 5,000 users is over its capacity (fewer than 5,000)', () => {
    const se = plan(
      '2007-r2',
      [{ id: 'p1', name: 'se01.contoso.com', edition: 'standard', users: 5_000 }],
      [['se', 'standard-edition-server', 'se01.contoso.com', 'p1']],
      [],
    );
    expect(buildReport(se).capacity[0]).toMatchObject({ planned: 5_000, capacity: 5_000, status: 'over' });
  });

  it('a consolidated pool: the pool FQDN to the VIP (its address where the plan gives it), back-end rules, the VIP with affinity', () => {
    const p = consolidated('2007-r2');
    p.nodes[0] = { ...p.nodes[0], ip: '10.0.0.10' };
    const report = buildReport(p);
    const lines = reportLines(report);
    expect(lines.dns[0]).toBe('internal A pool01.contoso.com -> hlb01.contoso.com (10.0.0.10) [R63 R64 R11]');
    expect(lines.firewall).toEqual([
      'fe01.contoso.com -> sql01.contoso.com TCP 1433 [R59 R2]',
      'fe02.contoso.com -> sql01.contoso.com TCP 1433 [R59 R2]',
    ]);
    const lb = report.loadBalancers[0];
    expect(lb).toMatchObject({
      name: 'hlb01.contoso.com',
      vip: '10.0.0.10',
      fqdns: ['pool01.contoso.com'],
      servers: ['fe01.contoso.com', 'fe02.contoso.com'],
    });
    expect(lb.ports).toEqual(['TCP 5060', 'TCP 5061', 'TCP 135', 'TCP 443', 'TCP 444']);
    expect(lb.settings.some((s) => s.startsWith('TCP-level affinity') && s.includes('30 minutes'))).toBe(true);
    // The idle timeout is a Microsoft blog's and the port list was read only up to 444: said so.
    expect(lb.unconfirmed).toBe(true);
    expect(lb.note).toMatch(/444/);
    // R2 pools need no SNAT setting.
    expect(lb.settings.some((s) => s.includes('SNAT'))).toBe(false);
  });

  it('a single Front End without a load balancer: the pool FQDN to that server', () => {
    const p = plan('2007', [pool('p1', 'pool01.contoso.com')], [['fe1', 'front-end-server', 'fe01.contoso.com', 'p1']], []);
    expect(reportLines(buildReport(p)).dns[0]).toBe('internal A pool01.contoso.com -> fe01.contoso.com [R63 R64]');
  });

  it('on 2007, source NAT needs an address per 65,000 users', () => {
    const settings = (users: number) => buildReport(consolidated('2007', users)).loadBalancers[0].settings.join('\n');
    expect(settings(30_000)).toMatch(/at least 1 SNAT address \(/);
    expect(settings(65_000)).toMatch(/at least 1 SNAT address \(/);
    expect(settings(65_001)).toMatch(/at least 2 SNAT addresses/);
    expect(settings(130_001)).toMatch(/at least 3 SNAT addresses/);
  });

  it('an unsupported balancing type is said on the VIP', () => {
    const p = consolidated('2007-r2');
    p.nodes[0] = { ...p.nodes[0], balancing: 'windows-nlb' };
    expect(buildReport(p).loadBalancers[0].settings.at(-1)).toMatch(/Windows NLB: not supported/);
  });
});

describe('a 2007 expanded pool', () => {
  it('has two VIPs: the Front Ends’ and the Web Components’, each with its own DNS record', () => {
    const p = templatePlan('expanded', '2007');
    p.pools[0] = { ...p.pools[0], webInternalFqdn: 'web.contoso.com' };
    const report = buildReport(p);
    const lines = reportLines(report);
    expect(lines.dns.slice(0, 2)).toEqual([
      'internal A pool01.contoso.com -> hlb01.contoso.com [R63 R64 R11]',
      'internal A web.contoso.com -> hlb02.contoso.com [R64 R63]',
    ]);
    expect(report.dns[1].note).toBeUndefined();
    expect(report.loadBalancers.map((l) => [l.name, l.fqdns, l.servers])).toEqual([
      ['hlb01.contoso.com', ['pool01.contoso.com'], ['fe01.contoso.com', 'fe02.contoso.com', 'fe03.contoso.com', 'fe04.contoso.com']],
      ['hlb02.contoso.com', ['web.contoso.com'], ['web01.contoso.com', 'web02.contoso.com']],
    ]);
    expect(report.certificates.filter((c) => c.server.startsWith('web')).map((c) => c.subject)).toEqual([
      'web.contoso.com',
      'web.contoso.com',
    ]);
    expect(report.firewall.filter((f) => f.ports === '443').map((f) => `${f.from} -> ${f.to}`)).toEqual([
      'fe01.contoso.com -> web.contoso.com',
      'fe02.contoso.com -> web.contoso.com',
      'fe03.contoso.com -> web.contoso.com',
      'fe04.contoso.com -> web.contoso.com',
    ]);
  });

  it('without a web farm FQDN of its own, the web record says the name must differ from the pool FQDN', () => {
    const report = buildReport(templatePlan('expanded', '2007'));
    expect(report.dns[1]).toMatchObject({ name: 'pool01.contoso.com', target: 'hlb02.contoso.com' });
    expect(report.dns[1].note).toMatch(/internal web farm FQDN of its own/);
  });

  it('one load balancer for both: two VIPs on it, two rows', () => {
    const p = templatePlan('expanded', '2007');
    p.nodes = p.nodes.filter((n) => n.id !== 'hlb2');
    p.links = p.links.map((l) => (l.to === 'hlb2' ? { ...l, to: 'hlb1' } : l));
    const report = buildReport(p);
    expect(report.loadBalancers.map((l) => l.name)).toEqual(['hlb01.contoso.com', 'hlb01.contoso.com']);
    expect(report.loadBalancers[0].settings.join('\n')).toMatch(/two VIPs on one load balancer/);
  });
});

describe('a pool with an Edge Server', () => {
  const edgePlan = (ocsVersion: OcsVersion) =>
    withNodes(
      consolidated(ocsVersion),
      [['edge', 'edge-server', 'edge01.contoso.com', undefined, { externalIps: { access: '131.107.0.1' } }]],
      [['edge', 'lb']],
    );

  for (const version of ['2007', '2007-r2'] as const)
    it(`on ${version}: the Internet rules of the three services, the internal rules, the external records and certificates`, () => {
      const report = buildReport(edgePlan(version));
      const fw = report.firewall.map((f) => `${f.from} -> ${f.to} ${f.protocol} ${f.ports}`);
      expect(fw).toEqual(
        expect.arrayContaining([
          `${INTERNET} -> sip.contoso.com TCP 443`,
          `${INTERNET} -> sip.contoso.com TCP 5061`,
          `${INTERNET} -> webconf.contoso.com TCP 443`,
          `${INTERNET} -> av.contoso.com TCP 443`,
          `${INTERNET} -> av.contoso.com UDP 3478`,
          'edge01.contoso.com -> pool01.contoso.com TCP 5061',
          'pool01.contoso.com -> edge01.contoso.com TCP 5061',
          'fe01.contoso.com -> edge01.contoso.com TCP 8057',
          'fe02.contoso.com -> edge01.contoso.com TCP 8057',
          'fe01.contoso.com -> edge01.contoso.com TCP 5062',
        ]),
      );
      // The A/V port range: R2 opens it outbound (inbound only for 2007 federation); 2007 both ways.
      const range = report.firewall.filter((f) => f.ports === '50000-59999').map((f) => `${f.from} -> ${f.to} ${f.protocol}`);
      expect(range).toEqual(
        version === '2007-r2'
          ? ['av.contoso.com -> Internet TCP', 'Internet -> av.contoso.com TCP/UDP', 'av.contoso.com -> Internet UDP']
          : ['Internet -> av.contoso.com TCP/UDP', 'av.contoso.com -> Internet TCP/UDP'],
      );
      const dns = reportLines(report).dns;
      expect(dns).toContain(
        `external A sip.contoso.com -> edge01.contoso.com (131.107.0.1) [${version === '2007-r2' ? 'R67 R14' : 'R68'}]`,
      );
      expect(dns).toContain('external SRV _sip._tls.contoso.com -> sip.contoso.com:443 [R66 R14] unconfirmed');
      expect(dns).toContain('external SRV _sipfederationtls._tcp.contoso.com -> sip.contoso.com:5061 [R68]');
      const certs = report.certificates.filter((c) => c.server === 'edge01.contoso.com');
      expect(certs.filter((c) => c.publicCa).map((c) => c.subject)).toEqual(['sip.contoso.com', 'webconf.contoso.com']);
      expect(certs.some((c) => c.usage.startsWith('A/V authentication'))).toBe(true);
      // The Edge's own load balancer list: the pool's VIP only (an Edge linked to a pool's VIP is no array).
      expect(report.loadBalancers.map((l) => l.name)).toEqual(['hlb01.contoso.com']);
    });

  it('the external names and the SIP domains come from the plan where given', () => {
    const p = edgePlan('2007-r2');
    p.sipDomains = ['fabrikam.com', 'contoso.com'];
    p.nodes = p.nodes.map((n) => (n.id === 'edge' ? { ...n, externalFqdns: { access: 'access.fabrikam.com' } } : n));
    const dns = buildReport(p).dns;
    expect(dns.filter((d) => d.type === 'SRV').map((d) => `${d.name} -> ${d.target}`)).toEqual([
      '_sipinternaltls._tcp.fabrikam.com -> pool01.contoso.com',
      '_sipinternaltls._tcp.contoso.com -> pool01.contoso.com',
      '_sip._tls.fabrikam.com -> access.fabrikam.com',
      '_sipfederationtls._tcp.fabrikam.com -> access.fabrikam.com',
      '_sip._tls.contoso.com -> access.fabrikam.com',
      '_sipfederationtls._tcp.contoso.com -> access.fabrikam.com',
    ]);
    // The services without a name of their own get the default from the first SIP domain.
    expect(dns.filter((d) => d.zone === 'external' && d.type === 'A').map((d) => d.name)).toEqual([
      'access.fabrikam.com',
      'webconf.fabrikam.com',
      'av.fabrikam.com',
    ]);
  });
});

describe('an Edge array', () => {
  const report = buildReport(templatePlan('r2-scaled-edge'));

  it('the internal load balancer carries Access and A/V Edge, never Web Conferencing Edge', () => {
    const internal = report.loadBalancers.find((l) => l.name === 'hlb04.contoso.com')!;
    expect(internal.servers).toEqual(['edge01.contoso.com', 'edge02.contoso.com']);
    expect(internal.ports).toEqual([
      'TCP 5061 (Access Edge)',
      'TCP 5062 (A/V authentication)',
      'TCP 443 (A/V Edge)',
      'UDP 3478 (A/V Edge)',
    ]);
    expect(internal.settings[0]).toMatch(/do not balance the Web Conferencing Edge on the internal load balancer/);
    const external = report.loadBalancers.find((l) => l.name === 'hlb03.contoso.com')!;
    expect(external.fqdns).toEqual(['sip.contoso.com', 'webconf.contoso.com', 'av.contoso.com']);
    expect(external.ports).toContain('TCP 443 (Web Conferencing Edge)');
  });

  it('one A/V authentication certificate shared by the members; the Web Conferencing Servers reach each member, not the VIP', () => {
    const av = report.certificates.filter((c) => c.usage.startsWith('A/V authentication'));
    expect(av).toHaveLength(1);
    expect(av[0].usage).toMatch(/same issuer and private key\) on edge01.contoso.com, edge02.contoso.com/);
    expect(av[0].nodeIds).toEqual(['edge1', 'edge2']);
    expect(av[0].unconfirmed).toBe(true);
    expect(report.firewall.filter((f) => f.ports === '8057').map((f) => f.to)).toEqual([
      'edge01.contoso.com',
      'edge01.contoso.com',
      'edge02.contoso.com',
      'edge02.contoso.com',
    ]);
    // Into the array through its internal VIP; the Access Edge's next hop is the Director.
    expect(report.firewall.filter((f) => f.to === 'hlb04.contoso.com' && f.ports === '5061').map((f) => f.from)).toEqual([
      'director.contoso.com',
    ]);
  });

  it('an array shares its external names; an Edge of another site gets names of its own', () => {
    const p = templatePlan('r2-scaled-edge');
    p.sites = [{ id: 's2', name: 'Dublin office' }];
    p.nodes = [
      ...p.nodes,
      buildNode(
        'edge-server',
        '2007-r2',
        { id: 'edge3', name: 'edge03.contoso.com', position: at },
        { site: 's2', edgeServices: ['web-conferencing', 'av'] },
      ),
    ];
    const names = buildReport(p)
      .dns.filter((d) => d.zone === 'external' && d.type === 'A')
      .map((d) => `${d.name} -> ${d.target}`);
    expect(names).toEqual([
      'sip.contoso.com -> hlb03.contoso.com',
      'webconf.contoso.com -> hlb03.contoso.com',
      'av.contoso.com -> hlb03.contoso.com',
      'webconf-dublin-office.contoso.com -> edge03.contoso.com',
      'av-dublin-office.contoso.com -> edge03.contoso.com',
      'not set -> rp01.contoso.com',
    ]);
  });

  it('on 2007 the internal certificate of an array names its internal VIP', () => {
    const p = { ...templatePlan('r2-scaled-edge'), ocsVersion: '2007' as const };
    const internal = buildReport(p).certificates.filter((c) => c.usage.startsWith('Internal interface'));
    expect(internal.map((c) => c.subject)).toEqual(['hlb04.contoso.com', 'hlb04.contoso.com']);
  });
});

describe('Mediation', () => {
  const p = withNodes(
    consolidated('2007-r2'),
    [
      ['med', 'mediation-server', 'med01.contoso.com', undefined, { ip: '10.0.0.20', gatewayIp: '192.168.1.20' }],
      ['gw', 'media-gateway', 'gw01.contoso.com'],
    ],
    [
      ['med', 'lb'],
      ['med', 'gw'],
    ],
  );
  const report = buildReport(p);

  it('its two addresses in DNS, its certificate, the gateway and pool rules (the internal port said unconfirmed)', () => {
    const lines = reportLines(report);
    expect(lines.dns.filter((d) => d.includes('med01'))).toEqual([
      'internal A med01.contoso.com -> med01.contoso.com (10.0.0.20) [R35]',
      'internal A med01.contoso.com -> med01.contoso.com (192.168.1.20) [R35]',
    ]);
    expect(lines.certificates).toContain('med01.contoso.com: med01.contoso.com (med01.contoso.com) [R36 R72]');
    expect(lines.firewall).toEqual(
      expect.arrayContaining([
        'gw01.contoso.com -> med01.contoso.com TCP 5060 [R86]',
        'med01.contoso.com -> pool01.contoso.com TCP 5061 [R36 R59] unconfirmed',
      ]),
    );
    expect(lines.capacity).toContain('med01.contoso.com Mediation Server: 1 of 1 media gateways ok [R38 R35 R17]');
  });

  it('a second gateway on it is over its capacity of one', () => {
    const two = withNodes(p, [['gw2', 'media-gateway', 'gw02.contoso.com']], [['med', 'gw2']]);
    expect(buildReport(two).capacity.find((c) => c.role === 'Mediation Server')).toMatchObject({ planned: 2, capacity: 1, status: 'over' });
  });
});

describe('Archiving', () => {
  const archiving = (ocsVersion: OcsVersion, users: number) =>
    withNodes(
      consolidated(ocsVersion, users),
      [
        ['arc', 'archiving-server', 'arc01.contoso.com'],
        ['db', 'sql-server', 'db01.contoso.com', undefined, { databases: ['archiving'] }],
      ],
      [
        ['arc', 'lb'],
        ['arc', 'db'],
      ],
    );

  it('on 2007: 65,000 users with IM archiving and CDRs', () => {
    const report = buildReport(archiving('2007', 70_000));
    expect(reportLines(report).capacity).toContain('arc01.contoso.com Archiving and CDR Server: 70000 of 65000 users over [R39]');
    expect(report.servers.find((s) => s.fqdn === 'arc01.contoso.com')!.kindLabel).toBe('Archiving and CDR Server');
    expect(reportLines(report).firewall).toContain('arc01.contoso.com -> db01.contoso.com TCP 1433 [R2]');
  });

  it('on R2: no documented figure, said so', () => {
    const report = buildReport(archiving('2007-r2', 70_000));
    const row = report.capacity.find((c) => c.scope === 'arc01.contoso.com')!;
    expect(row).toMatchObject({ role: 'Archiving Server', planned: 70_000, status: 'unknown', unconfirmed: true });
    expect(row.capacity).toBeUndefined();
    expect(report.servers.find((s) => s.fqdn === 'arc01.contoso.com')!.kindLabel).toBe('Archiving Server');
  });
});

describe('the summary', () => {
  it('a stoplight per area from the findings, with the counts', () => {
    const p = templatePlan('r2-remote-access');
    p.nodes = p.nodes.filter((n) => n.kind !== 'reverse-proxy');
    const findings = checkPlan(p);
    const report = buildReport(p, findings);
    expect(report.summary.map((s) => s.area)).toEqual([...REPORT_AREAS]);
    const perimeter = report.summary.find((s) => s.area === 'perimeter')!;
    expect(perimeter.status).toBe('red');
    expect(perimeter.rules).toContain('EDGE-NEEDS-REVERSE-PROXY');
    const total = report.summary.reduce((n, s) => n + s.errors + s.warnings + s.infos, 0);
    expect(total).toBe(findings.length);
    expect(report.summary.find((s) => s.area === 'voice')!.status).toBe('green');
  });
});

const TEMPLATES: [TemplateName, OcsVersion][] = [
  ['standard', '2007'],
  ['consolidated', '2007-r2'],
  ['expanded', '2007'],
  ['expanded', '2007-r2'],
  ['r2-remote-access', '2007-r2'],
  ['r2-scaled-edge', '2007-r2'],
  ['2007-single-site-edge', '2007'],
  ['enterprise-voice', '2007'],
  ['enterprise-voice', '2007-r2'],
  ['r2-data-centre', '2007-r2'],
];

describe('every row of every template', () => {
  for (const [template, version] of TEMPLATES)
    it(`${template} on ${version}: cites a source, names nodes of the plan, explains what is unconfirmed`, () => {
      const p = templatePlan(template, version);
      const ids = new Set(p.nodes.map((n) => n.id));
      const report = buildReport(p);
      const rows: ReportRowBase[] = [
        ...report.servers,
        ...report.dns,
        ...report.certificates,
        ...report.firewall,
        ...report.loadBalancers,
        ...report.capacity,
      ];
      for (const row of rows) {
        expect(row.sources.length).toBeGreaterThan(0);
        for (const s of row.sources) expect(s.url).toMatch(/^https:\/\//);
        expect(row.nodeIds.length).toBeGreaterThan(0);
        for (const id of row.nodeIds) expect(ids.has(id)).toBe(true);
        if (row.unconfirmed) expect(row.note).toBeTruthy();
      }
      for (const f of report.firewall)
        for (const end of [f.from, f.to])
          expect(end === INTERNET || end === 'Internal clients' || /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(end)).toBe(true);
    });
});
