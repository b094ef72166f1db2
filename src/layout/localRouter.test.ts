import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeBox } from '../domain/geometry';
import type { Box } from '../domain/geometry';
import type { Plan, Position } from '../domain/plan';
import { boxesOverlap } from '../domain/placement';
import { templatePlan } from '../domain/templates';
import { createLocalRouter } from './localRouter';
import { poolTitleBoxes } from './poolTitle';
import { diagramPlans } from '../../test/support/diagramPlans';
import { makeLargePlan } from '../../test/support/largePlan';
import { samplePolyline, strictlyInside } from './routeCheck';
import { routesFor, straightRoute } from './routes';
import type { Route, RoutedPlan } from './routes';

const onBorder = (b: Box, p: Position) =>
  p.x >= b.x - 0.5 && p.x <= b.x + b.width + 0.5 && p.y >= b.y - 0.5 && p.y <= b.y + b.height + 0.5 && !strictlyInside(b, p, 0.5);

/**
 * What is wrong with the routes of a plan: a link without a route, one that does not start and end
 * on its servers' borders, one that is not orthogonal, one through another server or a pool's title
 * (but for one that lies on one of the link's own servers).
 * Boxes are bucketed, so that a plan of thousands of servers is checked in a moment.
 */
function routeProblems(plan: RoutedPlan, routes: ReadonlyMap<string, Route>): string[] {
  const problems: string[] = [];
  const byId = new Map(plan.nodes.map((n) => [n.id, n]));
  const boxes: { id: string; box: Box; inset: number }[] = [
    ...plan.nodes.map((n) => ({ id: n.id, box: nodeBox(n), inset: 1 })),
    ...[...poolTitleBoxes(plan)].map(([id, box]) => ({ id: `title of ${id}`, box, inset: 0 })),
  ];
  const CELL = 512;
  const buckets = new Map<string, typeof boxes>();
  for (const b of boxes)
    for (let cx = Math.floor(b.box.x / CELL); cx <= Math.floor((b.box.x + b.box.width) / CELL); cx++)
      for (let cy = Math.floor(b.box.y / CELL); cy <= Math.floor((b.box.y + b.box.height) / CELL); cy++) {
        const key = `${cx},${cy}`;
        buckets.set(key, [...(buckets.get(key) ?? []), b]);
      }
  for (const link of plan.links) {
    const a = byId.get(link.from);
    const b = byId.get(link.to);
    if (!a || !b || a === b) continue;
    const route = routes.get(link.id);
    if (!route) {
      problems.push(`${link.id} has no route`);
      continue;
    }
    if (!onBorder(nodeBox(a), route[0])) problems.push(`${link.id} does not start on ${a.id}`);
    if (!onBorder(nodeBox(b), route[route.length - 1])) problems.push(`${link.id} does not end on ${b.id}`);
    for (let i = 1; i < route.length; i++)
      if (route[i].x !== route[i - 1].x && route[i].y !== route[i - 1].y) problems.push(`${link.id} is not orthogonal`);
    const hits = new Set<string>();
    // What lies on one of the link's own servers cannot be kept out of its way.
    const overlapsEnds = (box: Box) => boxesOverlap(box, nodeBox(a)) || boxesOverlap(box, nodeBox(b));
    for (const p of samplePolyline(route, 4))
      for (const o of buckets.get(`${Math.floor(p.x / CELL)},${Math.floor(p.y / CELL)}`) ?? [])
        if (o.id !== a.id && o.id !== b.id && strictlyInside(o.box, p, o.inset) && !overlapsEnds(o.box)) hits.add(o.id);
    for (const id of hits) problems.push(`${link.id} (${a.id} – ${b.id}) passes through ${id}`);
  }
  return problems;
}

/** Runs of two routes that lie on one line (within `d`) side by side, and how long. */
function sharedRuns(r1: Route, r2: Route, d = 5): number {
  let total = 0;
  for (let i = 1; i < r1.length; i++)
    for (let j = 1; j < r2.length; j++) {
      const [p, q, s, t] = [r1[i - 1], r1[i], r2[j - 1], r2[j]];
      if (p.y === q.y && s.y === t.y && Math.abs(p.y - s.y) < d)
        total += Math.max(0, Math.min(Math.max(p.x, q.x), Math.max(s.x, t.x)) - Math.max(Math.min(p.x, q.x), Math.min(s.x, t.x)));
      if (p.x === q.x && s.x === t.x && Math.abs(p.x - s.x) < d)
        total += Math.max(0, Math.min(Math.max(p.y, q.y), Math.max(s.y, t.y)) - Math.max(Math.min(p.y, q.y), Math.min(s.y, t.y)));
    }
  return total;
}

describe('routed links', () => {
  for (const { label, plan } of diagramPlans()) {
    it(`${label}: every link ends at its boxes' borders and passes through no other server nor a pool's title`, () => {
      expect(routeProblems(plan, routesFor(plan, createLocalRouter()))).toEqual([]);
    });
  }

  it('a straight line would cross the box in the way; the route goes around it', () => {
    const nodes = [
      { id: 'a', position: { x: 0, y: 0 } },
      { id: 'm', position: { x: 300, y: 0 } },
      { id: 'b', position: { x: 600, y: 0 } },
    ];
    const links = [{ id: 'l', from: 'a', to: 'b' }];
    const m = nodeBox(nodes[1]);
    expect(samplePolyline(straightRoute(nodes[0], nodes[2])).some((p) => strictlyInside(m, p))).toBe(true);
    const router = createLocalRouter();
    const route = router.route({ nodes, links }).get('l')!;
    expect(samplePolyline(route).some((p) => strictlyInside(m, p))).toBe(false);
    // Moving the box out of the way is re-routed incrementally: the line becomes straight.
    const moved = router.route({ nodes: [nodes[0], { id: 'm', position: { x: 300, y: 400 } }, nodes[2]], links }).get('l')!;
    expect(moved).toHaveLength(2);
    router.dispose();
  });

  it('keeps links out of a pool’s title, and follows the title when the pool moves', () => {
    // A member under the middle of its pool's title, a server straight above it: the short way runs through the title.
    const pool = {
      id: 'p',
      name: 'pool01.contoso.com',
      edition: 'enterprise' as const,
      configuration: 'consolidated' as const,
      users: 20000,
    };
    const at = (dx: number) => ({
      nodes: [
        { id: 'fe', position: { x: 40 + dx, y: 264 }, pool: 'p' },
        { id: 'lb', position: { x: 40 + dx, y: 0 } },
      ],
      links: [{ id: 'l', from: 'fe', to: 'lb' }],
      pools: [{ ...pool, position: { x: 16 + dx, y: 200 }, size: { width: 480, height: 160 } }],
    });
    const router = createLocalRouter();
    for (const dx of [0, 320]) {
      const plan = at(dx);
      const title = poolTitleBoxes(plan).get('p')!;
      expect(samplePolyline(straightRoute(plan.nodes[0], plan.nodes[1])).some((p) => strictlyInside(title, p, 0))).toBe(true);
      const route = router.route(plan).get('l')!;
      expect(
        samplePolyline(route).find((p) => strictlyInside(title, p, 0)),
        `pool at +${dx}`,
      ).toBeUndefined();
    }
    router.dispose();
  });

  it('servers of the plans do not overlap', () => {
    for (const { label, plan } of diagramPlans()) {
      const boxes = plan.nodes.map(nodeBox);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          expect(boxesOverlap(boxes[i], boxes[j]), `${label}: ${plan.nodes[i].id} and ${plan.nodes[j].id}`).toBe(false);
    }
  });

  it('two links between the same two servers, and a load balancer’s links to the servers below it, each get a line of their own', () => {
    const router = createLocalRouter();
    const twice = router.route({
      nodes: [
        { id: 'a', position: { x: 0, y: 0 } },
        { id: 'b', position: { x: 0, y: 400 } },
      ],
      links: [
        { id: 'l1', from: 'a', to: 'b' },
        { id: 'l2', from: 'a', to: 'b' },
      ],
    });
    expect(sharedRuns(twice.get('l1')!, twice.get('l2')!)).toBe(0);
    const fan: RoutedPlan = {
      nodes: [{ id: 'lb', position: { x: 320, y: 0 } }, ...[0, 1, 2, 3].map((i) => ({ id: `fe${i}`, position: { x: i * 216, y: 240 } }))],
      links: [0, 1, 2, 3].map((i) => ({ id: `l${i}`, from: 'lb', to: `fe${i}` })),
    };
    const routes = createLocalRouter().route(fan);
    expect(routeProblems(fan, routes)).toEqual([]);
    for (let i = 0; i < 4; i++)
      for (let j = i + 1; j < 4; j++) expect(sharedRuns(routes.get(`l${i}`)!, routes.get(`l${j}`)!), `l${i} and l${j}`).toBe(0);
  });

  it('after any moves, every route is still right for where the servers are now (no stale route through a moved box)', () => {
    const base = templatePlan('r2-data-centre');
    const ids = base.nodes.map((n) => n.id);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ids), fc.integer({ min: -40, max: 40 }), fc.integer({ min: -40, max: 40 })), {
          minLength: 1,
          maxLength: 12,
        }),
        (moves) => {
          const router = createLocalRouter();
          let plan: Plan = base;
          router.route(plan);
          for (const [id, dx, dy] of moves) {
            plan = {
              ...plan,
              nodes: plan.nodes.map((n) =>
                n.id === id ? { ...n, position: { x: n.position.x + dx * 16, y: n.position.y + dy * 16 } } : n,
              ),
            };
            const routes = router.route(plan);
            // Servers moved onto each other leave no room between them: their links, and lines through them, are not checked.
            const stacked = new Set(
              plan.nodes.filter((n) => plan.nodes.some((m) => m !== n && boxesOverlap(nodeBox(m), nodeBox(n)))).map((n) => n.id),
            );
            const checked = { ...plan, links: plan.links.filter((l) => !stacked.has(l.from) && !stacked.has(l.to)) };
            const problems = routeProblems(checked, routes).filter((p) => !stacked.has(/passes through (\S+)$/.exec(p)?.[1] ?? ''));
            expect(problems).toEqual([]);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a plan of 2,000 servers: every route is right, and moving one server re-routes only the links near it', () => {
    const plan = makeLargePlan(2000);
    const router = createLocalRouter();
    const before = router.route(plan);
    expect(routeProblems(plan, before)).toEqual([]);
    const mover = plan.nodes.find((n) => n.kind === 'front-end-server')!;
    const moved: Plan = {
      ...plan,
      nodes: plan.nodes.map((n) => (n === mover ? { ...n, position: { x: n.position.x, y: n.position.y - 48 } } : n)),
    };
    const after = router.route(moved);
    expect(routeProblems(moved, after)).toEqual([]);
    const rerouted = [...after].filter(([id, r]) => before.get(id) !== r).map(([id]) => id);
    const own = plan.links.filter((l) => l.from === mover.id || l.to === mover.id).map((l) => l.id);
    expect(rerouted).toEqual(expect.arrayContaining(own));
    expect(rerouted.length).toBeLessThanOrEqual(12);
  });

  it('hostile geometry: servers a million units apart, and a server walled in by others, are routed without a hang', () => {
    const far: RoutedPlan = {
      nodes: [
        { id: 'a', position: { x: -1_000_000, y: -1_000_000 } },
        { id: 'b', position: { x: 1_000_000, y: 1_000_000 } },
        { id: 'c', position: { x: 0, y: 0 } },
      ],
      links: [
        { id: 'l1', from: 'a', to: 'b' },
        { id: 'l2', from: 'c', to: 'b' },
      ],
    };
    const routes = createLocalRouter().route(far);
    expect(routeProblems(far, routes)).toEqual([]);
    // A ring of servers round one in the middle, touching: no way out, so a straight line, drawn as without a router.
    const ring: { id: string; position: Position }[] = [];
    for (let i = -1; i <= 1; i++) for (let j = -1; j <= 1; j++) ring.push({ id: `n${i}${j}`, position: { x: i * 184, y: j * 64 } });
    const walled: RoutedPlan = {
      nodes: [...ring, { id: 'out', position: { x: 2000, y: 0 } }],
      links: [{ id: 'l', from: 'n00', to: 'out' }],
    };
    const line = createLocalRouter().route(walled).get('l')!;
    expect(line).toHaveLength(2);
  });
});
