import { describe, expect, it } from 'vitest';
import { membersByPool, nodeBox, nodeCenter, poolBox } from '../domain/geometry';
import { boxesOverlap } from '../domain/placement';
import type { NodeKind, OcsVersion, Plan, PlannerFeature, Requirements } from '../domain/plan';
import { PLANNER_FEATURES, purposeOf } from '../domain/plan';
import { containsPoint } from '../domain/geometry';
import { zoneBoxes } from '../domain/zones';
import { zoneOf } from '../domain/plan';
import { readPlan } from '../io/readPlan';
import { capacityFor } from '../rules/capacity';
import { checkPlan } from '../rules';
import { planFromRequirements } from './planFromRequirements';

const kinds = (plan: Plan) => new Set(plan.nodes.map((n) => n.kind));

/** What each feature needs in the plan (R2 and 2007 alike). */
const NEEDS: Record<PlannerFeature, NodeKind[]> = {
  conferencing: [],
  av: [],
  external: ['edge-server', 'reverse-proxy'],
  federation: ['edge-server'],
  voice: ['pstn', 'media-gateway', 'mediation-server'],
  archiving: ['archiving-server', 'sql-server'],
  monitoring: ['monitoring-server', 'sql-server'],
  cwa: ['cwa-server'],
  'group-chat': ['group-chat-server', 'group-chat-compliance-server', 'sql-server'],
};

function features(v: OcsVersion, set: readonly PlannerFeature[]): PlannerFeature[] {
  return set.filter((f) => f !== 'group-chat' || v === '2007-r2');
}

/** Every property the issue asks of a generated plan. */
function expectSound(req: Requirements): Plan {
  const plan = planFromRequirements(req);
  const label = JSON.stringify(req);
  const found = checkPlan(plan);
  // Clean: no errors and no warnings (nothing in these inputs forces one).
  expect(
    found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${f.message}`),
    label,
  ).toEqual([]);
  // The planned users: every user of the organisation is in a pool that carries them.
  const userPools = plan.pools.filter((p) => purposeOf(p) === 'users');
  expect(
    userPools.reduce((s, p) => s + (p.users ?? 0), 0),
    label,
  ).toBe(req.sites.reduce((s, x) => s + x.users, 0));
  for (const p of userPools) {
    if (p.edition === 'standard') expect(p.users!, label).toBeLessThan(5000);
    else {
      const fes = plan.nodes.filter((n) => n.pool === p.id && n.kind === 'front-end-server').length;
      expect(p.users!, label).toBeLessThanOrEqual(capacityFor(plan.ocsVersion, p.configuration ?? 'consolidated', fes));
    }
  }
  // The servers each feature needs, and none a feature left off asks for.
  const have = kinds(plan);
  for (const f of req.features) for (const k of NEEDS[f]) expect(have.has(k), `${label} needs ${k}`).toBe(true);
  const edge = req.features.includes('external') || req.features.includes('federation');
  expect(have.has('edge-server'), label).toBe(edge);
  expect(have.has('media-gateway'), label).toBe(req.features.includes('voice'));
  expect(have.has('archiving-server'), label).toBe(req.features.includes('archiving'));
  expect(have.has('monitoring-server'), label).toBe(req.features.includes('monitoring'));
  expect(have.has('cwa-server'), label).toBe(req.features.includes('cwa'));
  expect(have.has('group-chat-server'), label).toBe(req.features.includes('group-chat'));
  if (edge)
    expect(
      plan.pools.some((p) => purposeOf(p) === 'director'),
      `${label}: a Director`,
    ).toBe(true);
  if (req.highAvailability) {
    for (const p of plan.pools) {
      expect(p.edition, label).toBe('enterprise');
      const backEnds = plan.nodes.filter((n) => n.pool === p.id && n.kind === 'back-end-sql');
      expect(backEnds.length, label).toBe(2);
      expect(new Set(backEnds.map((n) => n.cluster)).size, label).toBe(1);
    }
  }
  // Every server and pool explains itself, naming the source of its figure.
  for (const x of [...plan.nodes, ...plan.pools]) expect(x.why ?? '', `${label}: ${x.name}`).toMatch(/\[R\d+\]/);
  // No two server boxes overlap; no server lies on a pool it is not in; no two pools overlap.
  const members = membersByPool(plan);
  const boxes = plan.nodes.map((n) => ({ n, box: nodeBox(n) }));
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      expect(boxesOverlap(boxes[i].box, boxes[j].box), `${label}: ${boxes[i].n.name} on ${boxes[j].n.name}`).toBe(false);
  const pools = plan.pools.map((p) => ({ p, box: poolBox(p, members.get(p.id) ?? []) }));
  for (let i = 0; i < pools.length; i++) {
    for (let j = i + 1; j < pools.length; j++) expect(boxesOverlap(pools[i].box, pools[j].box), `${label}: pools overlap`).toBe(false);
    for (const { n, box } of boxes)
      if (n.pool !== pools[i].p.id) expect(boxesOverlap(box, pools[i].box), `${label}: ${n.name} on ${pools[i].p.name}`).toBe(false);
  }
  // Each server in its zone's region.
  const regions = zoneBoxes(plan);
  if (regions)
    for (const n of plan.nodes) expect(containsPoint(regions.get(zoneOf(n))!, nodeCenter(n)), `${label}: ${n.name} in its zone`).toBe(true);
  // Sites side by side: the internal servers of one site lie left of the next site's.
  const siteIds = plan.sites!.map((s) => s.id);
  for (let i = 0; i + 1 < siteIds.length; i++) {
    const xs = (id: string) => plan.nodes.filter((n) => n.site === id && zoneOf(n) === 'internal').map((n) => n.position.x);
    expect(Math.max(...xs(siteIds[i])), label).toBeLessThan(Math.min(...xs(siteIds[i + 1])));
  }
  return plan;
}

const THRESHOLDS = [1, 4_999, 5_000, 30_000, 30_001, 50_000, 50_001, 65_000, 65_001, 100_000, 100_001, 125_000, 125_001, 260_000];
const VERSIONS: OcsVersion[] = ['2007', '2007-r2'];

describe('planFromRequirements: a grid of inputs', () => {
  it('users on both sides of every capacity threshold, both versions, with and without high availability, all features or none', () => {
    for (const v of VERSIONS)
      for (const users of THRESHOLDS)
        for (const ha of [false, true])
          for (const set of [[], PLANNER_FEATURES] as const)
            expectSound({ ocsVersion: v, sites: [{ name: 'HQ', users }], features: features(v, set), highAvailability: ha });
  });

  it('each feature alone, both versions, one and three sites', () => {
    for (const v of VERSIONS)
      for (const f of features(v, PLANNER_FEATURES))
        for (const sites of [
          [{ name: 'HQ', users: 20_000 }],
          [
            { name: 'HQ', users: 40_000 },
            { name: 'Oslo', users: 6_000 },
            { name: 'Rome', users: 800 },
          ],
        ])
          for (const ha of [false, true]) expectSound({ ocsVersion: v, sites, features: [f], highAvailability: ha });
  });

  it('several sites with every feature, both versions, the external share and voice sizing varied', () => {
    for (const v of VERSIONS) {
      for (const externalPercent of [0, 10, 40, 100])
        expectSound({
          ocsVersion: v,
          sites: [
            { name: 'HQ', users: 50_000 },
            { name: 'Oslo', users: 10_000 },
          ],
          externalPercent,
          features: features(v, PLANNER_FEATURES),
          highAvailability: true,
        });
      expectSound({
        ocsVersion: v,
        sites: [
          { name: 'HQ', users: 3_000 },
          { name: 'Branch', users: 300 },
        ],
        features: ['voice'],
        gateways: 1,
      });
      expectSound({
        ocsVersion: v,
        sites: [
          { name: 'HQ', users: 9_000 },
          { name: 'B', users: 300 },
        ],
        features: ['voice', 'monitoring'],
        concurrentCalls: 95,
      });
    }
  });
});

describe('planFromRequirements', () => {
  const r2: Requirements = {
    ocsVersion: '2007-r2',
    sites: [
      { name: 'HQ', users: 50_000 },
      { name: 'Oslo', users: 10_000 },
    ],
    features: ['conferencing', 'av', 'external', 'federation', 'voice', 'archiving', 'monitoring', 'cwa', 'group-chat'],
    highAvailability: true,
  };

  it('is deterministic and keeps the requirements in the plan, which reads back as a valid plan file', () => {
    const a = planFromRequirements(r2);
    expect(planFromRequirements(structuredClone(r2))).toEqual(a);
    expect(a.requirements).toEqual(r2);
    const read = readPlan(JSON.parse(JSON.stringify(a)));
    expect(read.ok).toBe(true);
  });

  it('sizes the R2 pools from the documented capacity and says where a figure is a derivation', () => {
    const plan = planFromRequirements(r2);
    const hq = plan.pools.find((p) => p.name === 'hq-pool1.contoso.com')!;
    const fes = plan.nodes.filter((n) => n.pool === hq.id && n.kind === 'front-end-server');
    expect(fes).toHaveLength(4);
    expect(hq.why).toContain('8 Front Ends for 100,000 users [R5][R6]');
    expect(fes[0].why).toContain('12,500 users per Front End, a derivation');
    expect(fes[0].why).toContain('Microsoft states no per-Front-End figure');
    // 6,000 external users: an Edge array of two between its load balancers, then the Director pool.
    expect(plan.nodes.filter((n) => n.kind === 'edge-server')).toHaveLength(2);
    expect(plan.nodes.filter((n) => n.kind === 'hardware-load-balancer' && n.zone === 'perimeter').map((n) => n.side)).toEqual([
      'external',
      'internal',
    ]);
    expect(plan.nodes.find((n) => n.kind === 'edge-server')!.why).toContain('unconfirmed');
  });

  it('uses the 2007 consolidated reference up to 30,000 users and expanded above, with its dedicated servers', () => {
    const at = (users: number) => planFromRequirements({ ocsVersion: '2007', sites: [{ name: 'HQ', users }], features: [] });
    const p30 = at(30_000);
    expect(p30.pools[0].configuration).toBe('consolidated');
    expect(p30.nodes.filter((n) => n.kind === 'front-end-server')).toHaveLength(4);
    expect(p30.nodes[1].why).toContain("Microsoft's 2007 consolidated reference: 4 Front Ends for 30,000 users [R78]");
    const p31 = at(30_001);
    expect(p31.pools[0].configuration).toBe('expanded');
    expect(p31.nodes.filter((n) => n.kind === 'web-conferencing-server')).toHaveLength(2);
    expect(at(4_999).pools[0].edition).toBe('standard');
    expect(at(5_000).pools[0].edition).toBe('enterprise');
  });

  it('puts the default gateways at every site (two with high availability), and splits asked-for ones by users', () => {
    const sites = [
      { name: 'HQ', users: 90_000 },
      { name: 'Oslo', users: 20_000 },
      { name: 'Rome', users: 3_000 },
    ];
    const perSite = (req: Partial<Requirements>) => {
      const plan = planFromRequirements({ ocsVersion: '2007-r2', sites, features: ['voice'], ...req });
      return plan.sites!.map((s) => plan.nodes.filter((n) => n.kind === 'media-gateway' && n.site === s.id).length);
    };
    expect(perSite({})).toEqual([1, 1, 1]);
    expect(perSite({ highAvailability: true })).toEqual([2, 2, 2]);
    expect(perSite({ gateways: 6 })).toEqual([3, 2, 1]); // one each, the other three by largest remainder of the users' shares
    expect(perSite({ gateways: 2 })).toEqual([2, 0, 0]);
    expect(perSite({ concurrentCalls: 95 })).toEqual([2, 1, 1]);
  });

  it('splits a site beyond one pool into even pools', () => {
    const plan = planFromRequirements({ ocsVersion: '2007-r2', sites: [{ name: 'HQ', users: 250_000 }], features: [] });
    expect(plan.pools.map((p) => p.users)).toEqual([83_334, 83_333, 83_333]);
  });

  it('makes host names from the site names: short, unique, valid', () => {
    const plan = planFromRequirements({
      ocsVersion: '2007',
      sites: [
        { name: 'São Paulo', users: 100 },
        { name: 'Sao-Paulo 2', users: 100 },
        { name: '42', users: 10 },
      ],
      features: [],
    });
    expect(plan.pools.map((p) => p.name)).toEqual(['saopau-pool1.contoso.com', 'saopa2-pool1.contoso.com', 's42-pool1.contoso.com']);
  });
});
