import { describe, expect, it } from 'vitest';
import { autoLayout } from './autoLayout';
import { allPoolBoxes, moveItems } from './operations';
import { boxAroundMembers, containsPoint, GRID, membersByPool, nodeBox, NODE_SIZE, poolBox, unionBoxes } from './geometry';
import type { Box } from './geometry';
import { EMPTY_ZONE_WIDTH, poolZone, setZoneBox, ZONE_COLUMNS, ZONE_PADDING, zoneBoxes } from './zones';
import { zoneOf } from './plan';
import { makeLargePlan } from '../../test/support/largePlan';
import { templatePlan } from './templates';
import type { Plan } from './plan';

function overlaps(plan: Plan): number {
  const boxes = plan.nodes.map(nodeBox);
  let n = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) n++;
    }
  return n;
}

describe('auto-layout', () => {
  it('untangles a plan whose servers all sit on one spot, keeping members inside their pools', () => {
    const base = templatePlan('expanded');
    const piled = moveItems(base, new Map(base.nodes.map((n) => [n.id, { x: 0, y: 0 }])));
    expect(overlaps(piled)).toBeGreaterThan(0);
    const tidy = autoLayout(piled);
    expect(overlaps(tidy)).toBe(0);
    const boxes = allPoolBoxes(tidy);
    for (const n of tidy.nodes) {
      const center = { x: n.position.x + NODE_SIZE.width / 2, y: n.position.y + NODE_SIZE.height / 2 };
      const inside = [...boxes.entries()].filter(([, b]) => containsPoint(b, center)).map(([id]) => id);
      // A member lies in its own pool's box; anything else in no pool's box.
      expect(inside).toEqual(n.pool ? [n.pool] : []);
    }
  });

  it('changes only positions and pool boxes', () => {
    const plan = templatePlan('consolidated');
    const tidy = autoLayout(plan);
    const strip = (p: Plan) => ({
      ...p,
      nodes: p.nodes.map(({ position: _p, ...n }) => n),
      pools: p.pools.map(({ position: _p, size: _s, ...q }) => q),
    });
    expect(strip(tidy)).toEqual(strip(plan));
  });

  it('lays out a 300-server plan with no overlaps', () => {
    expect(overlaps(autoLayout(makeLargePlan(300)))).toBe(0);
  });
});

const ZONED = ['r2-data-centre', 'r2-remote-access', 'r2-scaled-edge', '2007-single-site-edge', 'enterprise-voice'] as const;
const within = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;
/** A plan whose servers all sit on one spot, each pool's box there too. */
function piled(plan: Plan): Plan {
  const at = moveItems(plan, new Map(plan.nodes.map((n) => [n.id, { x: 0, y: 0 }])));
  return { ...at, pools: at.pools.map((p) => ({ ...p, position: { x: 0, y: 0 } })), zones: undefined };
}

describe('auto-layout with network zones', () => {
  for (const name of ZONED) {
    it(`${name}: every server and pool lies inside its zone's region, the regions in columns (Internet, perimeter, internal), nothing overlaps`, () => {
      for (const plan of [autoLayout(templatePlan(name)), autoLayout(piled(templatePlan(name)))]) {
        expect(overlaps(plan)).toBe(0);
        const regions = zoneBoxes(plan)!;
        const [ext, per, int] = ZONE_COLUMNS.map((z) => regions.get(z)!);
        expect(ext.x + ext.width).toBeLessThanOrEqual(per.x);
        expect(per.x + per.width).toBeLessThanOrEqual(int.x);
        const members = membersByPool(plan);
        for (const n of plan.nodes) expect(within(nodeBox(n), regions.get(zoneOf(n))!), `${n.id} in ${zoneOf(n)}`).toBe(true);
        for (const p of plan.pools) {
          const box = poolBox(p, members.get(p.id) ?? []);
          expect(within(box, regions.get(poolZone(members.get(p.id) ?? []))!), p.id).toBe(true);
          // The pool's box is just around its members.
          expect(box).toEqual(boxAroundMembers(members.get(p.id)!));
        }
      }
    });
  }

  it('a load balancer sits between its clients and the pool it serves; the back end below the Front Ends', () => {
    const plan = autoLayout(piled(templatePlan('r2-data-centre')));
    const node = (id: string) => plan.nodes.find((n) => n.id === id)!;
    const members = membersByPool(plan);
    const pool = (id: string) =>
      poolBox(
        plan.pools.find((p) => p.id === id)!,
        members.get(id)!,
      );
    // The Director pool's load balancer above it, and above the user pool's load balancer (it is its client).
    expect(node('dirhlb').position.y + NODE_SIZE.height).toBeLessThanOrEqual(pool('d1').y);
    expect(node('dirhlb').position.y + NODE_SIZE.height).toBeLessThanOrEqual(node('hlb').position.y);
    // Servers that reach the pool through its load balancer (Archiving, Monitoring) below it.
    expect(node('hlb').position.y + NODE_SIZE.height).toBeLessThanOrEqual(node('arc1').position.y);
    expect(node('hlb').position.y + NODE_SIZE.height).toBeLessThanOrEqual(pool('p1').y);
    expect(node('sql').position.y).toBeGreaterThan(node('fe1').position.y);
    // In the perimeter: the external load balancer on the Internet side of the Edge Servers, the internal one on the other.
    const edge = autoLayout(piled(templatePlan('r2-scaled-edge')));
    const x = (kind: string, side?: string) =>
      edge.nodes.filter((n) => n.kind === kind && (side === undefined || n.side === side)).map((n) => n.position.x);
    expect(Math.max(...x('hardware-load-balancer', 'external'))).toBeLessThan(Math.min(...x('edge-server')));
    expect(Math.max(...x('edge-server'))).toBeLessThan(Math.min(...x('hardware-load-balancer', 'internal')));
  });

  it('arranges an expanded pool in tiers: Front Ends, then the conferencing and IIS servers, then the back end; its load balancer above', () => {
    const plan = autoLayout(piled(templatePlan('expanded', '2007-r2')));
    const ys = (kinds: string[]) => plan.nodes.filter((n) => kinds.includes(n.kind)).map((n) => n.position.y);
    const [lb, fe, dedicated, back] = [
      ys(['hardware-load-balancer']),
      ys(['front-end-server']),
      ys(['web-components-server', 'web-conferencing-server', 'av-conferencing-server', 'application-sharing-server']),
      ys(['back-end-sql']),
    ];
    expect(new Set(fe).size).toBe(1);
    expect(new Set(dedicated).size).toBe(1);
    expect(Math.max(...lb)).toBeLessThan(fe[0]);
    expect(fe[0]).toBeLessThan(dedicated[0]);
    expect(dedicated[0]).toBeLessThan(back[0]);
  });

  it('puts the sites side by side', () => {
    const base = templatePlan('consolidated');
    const copy = base.nodes.map((n) => ({ ...n, id: `b-${n.id}`, name: `b-${n.name}`, site: 's2', pool: n.pool && `b-${n.pool}` }));
    const plan: Plan = {
      ...base,
      sites: [{ id: 's2', name: 'Branch' }],
      pools: [...base.pools, ...base.pools.map((p) => ({ ...p, id: `b-${p.id}`, name: `b-${p.name}` }))],
      nodes: [...base.nodes, ...copy],
      links: [...base.links, ...base.links.map((l) => ({ ...l, id: `b-${l.id}`, from: `b-${l.from}`, to: `b-${l.to}` }))],
    };
    const tidy = autoLayout(plan);
    expect(overlaps(tidy)).toBe(0);
    const right = Math.max(...tidy.nodes.filter((n) => !n.site).map((n) => n.position.x + NODE_SIZE.width));
    const left = Math.min(...tidy.nodes.filter((n) => n.site === 's2').map((n) => n.position.x));
    expect(right).toBeLessThan(left);
  });

  it('shrinks regions grown by earlier edits back around what they hold', () => {
    const plan = templatePlan('r2-remote-access');
    const grown = setZoneBox(plan, 'perimeter', { width: 3000, height: 3000 });
    const tidy = autoLayout(grown);
    const per = zoneBoxes(tidy)!.get('perimeter')!;
    const held = tidy.nodes.filter((n) => zoneOf(n) === 'perimeter').map(nodeBox);
    const u = unionBoxes(held)!;
    expect(per.width).toBeLessThanOrEqual(Math.max(EMPTY_ZONE_WIDTH, u.width + 2 * ZONE_PADDING + 2 * GRID));
    expect(per.height).toBeLessThan(3000);
  });
});
