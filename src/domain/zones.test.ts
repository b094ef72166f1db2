import { describe, expect, it } from 'vitest';
import { membersByPool, nodeBox, nodeCenter, poolBox } from './geometry';
import type { Box } from './geometry';
import { moveItems } from './operations';
import { templatePlan } from './templates';
import { buildNode } from './kinds';
import { emptyPlan, zoneOf } from './plan';
import type { NodeKind, Plan, Position, Zone } from './plan';
import {
  defaultZoneLayout,
  dropIntoZones,
  setZoneBox,
  withZoneLayout,
  zoneAfterMove,
  zoneAtPoint,
  zoneBoxes,
  zoneChanges,
  zoneForDrop,
  zoneProblem,
  zonesShown,
} from './zones';

function plan(nodes: [string, NodeKind, Position, Zone?][]): Plan {
  const p = emptyPlan('t', '2007-r2');
  return {
    ...p,
    nodes: nodes.map(([id, kind, position, zone]) =>
      buildNode(kind, '2007-r2', { id, name: `${id}.contoso.com`, position }, zone ? { zone } : {}),
    ),
  };
}

const center = (box: { x: number; y: number; width: number; height: number }) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

describe('zonesShown', () => {
  it('is false for an internal-only plan, true with a perimeter or external node or a saved layout', () => {
    expect(zonesShown(plan([['a', 'front-end-server', { x: 0, y: 0 }]]))).toBe(false);
    expect(zonesShown(plan([['e', 'edge-server', { x: 0, y: 0 }]]))).toBe(true);
    expect(zonesShown(plan([['p', 'pstn', { x: 0, y: 0 }]]))).toBe(true);
    expect(zonesShown({ ...plan([]), zones: [{ id: 'internal', position: { x: 0, y: 0 }, size: { width: 300, height: 300 } }] })).toBe(
      true,
    );
    expect(zoneBoxes(plan([['a', 'front-end-server', { x: 0, y: 0 }]]))).toBeUndefined();
  });
});

describe('defaultZoneLayout', () => {
  it('puts the columns around what each zone holds when the plan is laid out from left to right', () => {
    const p = plan([
      ['x', 'pstn', { x: 0, y: 0 }],
      ['e', 'edge-server', { x: 400, y: 0 }],
      ['f', 'front-end-server', { x: 800, y: 100 }],
    ]);
    const boxes = defaultZoneLayout(p);
    for (const n of p.nodes) expect(zoneAtPoint(boxes, nodeCenter(n))).toBe(n.zone);
    const [ext, per, int] = (['external', 'perimeter', 'internal'] as const).map((z) => boxes.get(z)!);
    expect(ext.x + ext.width).toBeLessThanOrEqual(per.x);
    expect(per.x + per.width).toBeLessThanOrEqual(int.x);
    // Every column is as tall as the whole plan.
    expect(new Set([ext.y, per.y, int.y]).size).toBe(1);
    expect(int.y + int.height).toBeGreaterThanOrEqual(100 + 64);
  });

  it('gives an empty zone a column of its own on its side', () => {
    const p = plan([
      ['e', 'edge-server', { x: 0, y: 0 }],
      ['f', 'front-end-server', { x: 400, y: 0 }],
    ]);
    const boxes = defaultZoneLayout(p);
    expect(boxes.get('external')!.x + boxes.get('external')!.width).toBe(boxes.get('perimeter')!.x);
    expect(zoneAtPoint(boxes, nodeCenter(p.nodes[0]))).toBe('perimeter');
    expect(zoneAtPoint(boxes, nodeCenter(p.nodes[1]))).toBe('internal');
  });

  it('falls back to the internal network around everything, with the other two to its left, when the plan is not in column order', () => {
    const p = plan([
      ['f', 'front-end-server', { x: 0, y: 0 }],
      ['e', 'edge-server', { x: 400, y: 0 }],
    ]);
    const boxes = defaultZoneLayout(p);
    expect(zoneAtPoint(boxes, nodeCenter(p.nodes[0]))).toBe('internal');
    expect(zoneAtPoint(boxes, nodeCenter(p.nodes[1]))).toBe('internal');
    expect(boxes.get('perimeter')!.x + boxes.get('perimeter')!.width).toBe(boxes.get('internal')!.x);
  });
});

describe('zoneBoxes and the saved layout', () => {
  it('reads the plan’s own layout and fills in a missing region from the default', () => {
    const p = {
      ...plan([['e', 'edge-server', { x: 0, y: 0 }]]),
      zones: [{ id: 'perimeter' as const, position: { x: 5000, y: 5000 }, size: { width: 400, height: 500 } }],
    };
    const boxes = zoneBoxes(p)!;
    expect(boxes.get('perimeter')).toEqual({ x: 5000, y: 5000, width: 400, height: 500 });
    expect(boxes.get('internal')).toEqual(defaultZoneLayout(p).get('internal'));
  });

  it('setZoneBox saves all three regions, keeps unknown fields and never goes below the minimum size', () => {
    const p = {
      // The Edge Server inside the region with room around it: the region has no need to grow.
      ...plan([['e', 'edge-server', { x: 40, y: 80 }]]),
      zones: [{ id: 'perimeter' as const, position: { x: 0, y: 0, z: 3 }, size: { width: 400, height: 500 }, note: 'kept' }],
    };
    const next = setZoneBox(p, 'perimeter', { width: 10, height: 900 });
    expect(next.zones).toHaveLength(3);
    const per = next.zones!.find((z) => z.id === 'perimeter')!;
    expect(per).toMatchObject({ note: 'kept', position: { x: 0, y: 0, z: 3 }, size: { width: 240, height: 900 } });
    expect(withZoneLayout(next, zoneBoxes(next)!)).toBe(next);
  });
});

describe('moving and dropping into a region', () => {
  const boxes = new Map<Zone, { x: number; y: number; width: number; height: number }>([
    ['external', { x: 0, y: 0, width: 300, height: 600 }],
    ['perimeter', { x: 300, y: 0, width: 300, height: 600 }],
    ['internal', { x: 600, y: 0, width: 600, height: 600 }],
  ]);

  it('zoneAtPoint finds the region, or none outside them all', () => {
    expect(zoneAtPoint(boxes, { x: 450, y: 100 })).toBe('perimeter');
    expect(zoneAtPoint(boxes, { x: 5000, y: 100 })).toBeUndefined();
    expect(zoneAtPoint(undefined, { x: 450, y: 100 })).toBeUndefined();
  });

  it('zoneAfterMove takes the region moved into, and changes nothing within a region or outside every region', () => {
    expect(zoneAfterMove('internal', { x: 700, y: 100 }, { x: 450, y: 100 }, boxes)).toBe('perimeter');
    expect(zoneAfterMove('perimeter', { x: 700, y: 100 }, { x: 900, y: 100 }, boxes)).toBe('perimeter');
    expect(zoneAfterMove('perimeter', { x: 450, y: 100 }, { x: 5000, y: 100 }, boxes)).toBe('perimeter');
    expect(zoneAfterMove('internal', { x: 450, y: 100 }, { x: 450, y: 100 }, undefined)).toBe('internal');
  });

  it('zoneForDrop: the region under the drop, else the kind’s own zone', () => {
    expect(zoneForDrop('edge-server', { x: 700, y: 100 }, boxes)).toBe('internal');
    expect(zoneForDrop('front-end-server', { x: 100, y: 100 }, boxes)).toBe('external');
    expect(zoneForDrop('edge-server', { x: 5000, y: 100 }, boxes)).toBe('perimeter');
    expect(zoneForDrop('edge-server', { x: 700, y: 100 }, undefined)).toBe('perimeter');
  });

  it('dropIntoZones sets the zone of moved nodes only, and saves the default layout the drag was drawn with', () => {
    const before = plan([
      ['e', 'edge-server', { x: 800, y: 100 }, 'internal'],
      ['f', 'front-end-server', { x: 800, y: 300 }],
    ]);
    const after = { ...before, nodes: [{ ...before.nodes[0], position: { x: 360, y: 100 } }, before.nodes[1]] };
    const result = dropIntoZones(before, after, boxes);
    expect(result.nodes[0].zone).toBe('perimeter');
    expect(result.nodes[1]).toBe(before.nodes[1]);
    expect(result.zones?.map((z) => z.id)).toEqual(['external', 'perimeter', 'internal']);
    // A move inside a region is no zone change and saves nothing.
    const within = { ...before, nodes: [{ ...before.nodes[0], position: { x: 900, y: 100 } }, before.nodes[1]] };
    expect(dropIntoZones(before, within, boxes)).toBe(within);
  });

  it('a pool dragged into a region moves its members’ zone too', () => {
    const base = plan([
      ['f1', 'front-end-server', { x: 800, y: 100 }],
      ['f2', 'front-end-server', { x: 800, y: 300 }],
    ]);
    const before: Plan = {
      ...base,
      pools: [{ id: 'p1', name: 'pool', edition: 'enterprise', position: { x: 780, y: 40 }, size: { width: 260, height: 360 } }],
      nodes: base.nodes.map((n) => ({ ...n, pool: 'p1' })),
    };
    const after = { ...before, nodes: before.nodes.map((n) => ({ ...n, position: { x: n.position.x - 450, y: n.position.y } })) };
    expect(dropIntoZones(before, after, boxes).nodes.map((n) => n.zone)).toEqual(['perimeter', 'perimeter']);
    expect(
      zoneChanges(before, ['p1'], center(boxes.get('internal')!), center(boxes.get('perimeter')!), boxes).map((c) => c.node.id),
    ).toEqual(['f1', 'f2']);
  });
});

describe('zoneProblem', () => {
  it('names the kind’s allowed zones from the registry, and is undefined where the kind may be', () => {
    expect(zoneProblem('edge-server', 'perimeter', '2007-r2')).toBeUndefined();
    expect(zoneProblem('edge-server', 'internal', '2007-r2', 'edge01')).toMatch(
      /^edge01 \(Edge Server\) belongs in the perimeter network, not in the internal network \(ZONE-PLACEMENT\)\.$/,
    );
    expect(zoneProblem('front-end-server', 'perimeter', '2007')).toMatch(/belongs in the internal network/);
  });
});

describe('regions grow to hold what lies in them', () => {
  const within = (inner: Box, outer: Box) =>
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height;
  const poolIn = (p: Plan, id: string) =>
    poolBox(
      p.pools.find((q) => q.id === id)!,
      membersByPool(p).get(id) ?? [],
    );
  const overlapX = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width;

  it('a pool dragged to the edge of its region: the region grows round it, and the neighbour gives way', () => {
    const base = templatePlan('r2-remote-access');
    const before = zoneBoxes(base)!;
    const dir = poolIn(base, 'dir');
    const internal = before.get('internal')!;
    // Past the internal network's left edge, over the firewall, its centre still inside.
    const plan = moveItems(base, new Map([['dir', { x: internal.x - 32, y: dir.y }]]));
    expect(within(poolIn(plan, 'dir'), internal)).toBe(false);
    const after = zoneBoxes(plan)!;
    expect(within(poolIn(plan, 'dir'), after.get('internal')!)).toBe(true);
    // The perimeter network gave way to it and still holds its servers; the regions do not overlap.
    expect(overlapX(after.get('perimeter')!, after.get('internal')!)).toBe(false);
    for (const n of plan.nodes.filter((n) => zoneOf(n) === 'perimeter'))
      expect(within(nodeBox(n), after.get('perimeter')!), n.id).toBe(true);
    // The saved layout is unchanged: moved back, the region is as it was.
    expect(zoneBoxes(moveItems(plan, new Map([['dir', { x: dir.x, y: dir.y }]])))).toEqual(before);
  });

  it('a pool grown by added members below the region: every region grows down with it', () => {
    const base = templatePlan('r2-remote-access');
    const internal = zoneBoxes(base)!.get('internal')!;
    const fe = base.nodes.find((n) => n.id === 'p1-fe1')!;
    const added = [1, 2, 3].map((i) => ({
      ...fe,
      id: `p1-fe${i + 2}`,
      name: `fe0${i + 2}.contoso.com`,
      position: { x: fe.position.x, y: internal.y + internal.height + i * 100 },
    }));
    const plan = { ...base, nodes: [...base.nodes, ...added] };
    const after = zoneBoxes(plan)!;
    expect(within(poolIn(plan, 'p1'), after.get('internal')!)).toBe(true);
    const bottoms = [...after.values()].map((b) => b.y + b.height);
    expect(new Set(bottoms).size).toBe(1);
    expect(bottoms[0]).toBeGreaterThan(internal.y + internal.height);
  });

  it('an Edge Server dragged out of its region does not drag the region along', () => {
    const base = templatePlan('r2-remote-access');
    const before = zoneBoxes(base)!;
    const plan = moveItems(base, new Map([['edge1', { x: before.get('internal')!.x + 400, y: 100 }]]));
    expect(zoneBoxes(plan)!.get('perimeter')).toEqual(before.get('perimeter'));
  });
});
