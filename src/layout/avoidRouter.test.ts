import { describe, expect, it } from 'vitest';
import { nodeBox } from '../domain/geometry';
import { boxesOverlap } from '../domain/placement';
import { loadRouter } from './avoidRouter';
import { poolTitleBoxes } from './poolTitle';
import { diagramPlans } from '../../test/support/diagramPlans';
import { samplePolyline, strictlyInside } from './routeCheck';
import { routesFor, straightRoute } from './routes';

const onBorder = (b: ReturnType<typeof nodeBox>, p: { x: number; y: number }) =>
  p.x >= b.x - 0.5 && p.x <= b.x + b.width + 0.5 && p.y >= b.y - 0.5 && p.y <= b.y + b.height + 0.5 && !strictlyInside(b, p, 0.5);

describe('routed links', () => {
  for (const { label, plan } of diagramPlans()) {
    it(`${label}: every link ends at its boxes' borders and passes through no other server`, async () => {
      const router = await loadRouter();
      const routes = routesFor(plan, router);
      router.dispose();
      const byId = new Map(plan.nodes.map((n) => [n.id, n]));
      const boxes = plan.nodes.map((n) => ({ id: n.id, box: nodeBox(n) }));
      for (const link of plan.links) {
        const a = byId.get(link.from);
        const b = byId.get(link.to);
        if (!a || !b || a === b) continue;
        const route = routes.get(link.id)!;
        expect(route, link.id).toBeDefined();
        expect(onBorder(nodeBox(a), route[0]), `${link.id} starts on ${a.id}`).toBe(true);
        expect(onBorder(nodeBox(b), route[route.length - 1]), `${link.id} ends on ${b.id}`).toBe(true);
        for (let i = 1; i < route.length; i++)
          expect(route[i].x === route[i - 1].x || route[i].y === route[i - 1].y, `${link.id} is orthogonal`).toBe(true);
        const samples = samplePolyline(route);
        for (const { id, box } of boxes) {
          if (id === a.id || id === b.id) continue;
          const hit = samples.find((p) => strictlyInside(box, p));
          expect(hit, `${link.id} (${a.name} – ${b.name}) passes through ${id}`).toBeUndefined();
        }
      }
    });
  }

  it('a straight line would cross the box in the way; the route goes around it', async () => {
    const nodes = [
      { id: 'a', position: { x: 0, y: 0 } },
      { id: 'm', position: { x: 300, y: 0 } },
      { id: 'b', position: { x: 600, y: 0 } },
    ];
    const links = [{ id: 'l', from: 'a', to: 'b' }];
    const m = nodeBox(nodes[1]);
    expect(samplePolyline(straightRoute(nodes[0], nodes[2])).some((p) => strictlyInside(m, p))).toBe(true);
    const router = await loadRouter();
    const route = router.route({ nodes, links }).get('l')!;
    expect(samplePolyline(route).some((p) => strictlyInside(m, p))).toBe(false);
    // Moving the box out of the way is re-routed incrementally: the line becomes straight.
    const moved = router.route({ nodes: [nodes[0], { id: 'm', position: { x: 300, y: 400 } }, nodes[2]], links }).get('l')!;
    expect(moved).toHaveLength(2);
    router.dispose();
  });

  it('keeps links out of a pool’s title, and follows the title when the pool moves', async () => {
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
    const router = await loadRouter();
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
});
