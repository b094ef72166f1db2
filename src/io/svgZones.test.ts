import { describe, expect, it } from 'vitest';
import { buildNode } from '../domain/kinds';
import { emptyPlan } from '../domain/plan';
import type { Plan } from '../domain/plan';
import { exportSvg } from './exportSvg';
import { moveItems } from '../domain/operations';
import { templatePlan } from '../domain/templates';
import { zoneBoxes } from '../domain/zones';

const fe = buildNode('front-end-server', '2007-r2', { id: 'f', name: 'fe01.contoso.com', position: { x: 400, y: 0 } });
const edge = buildNode('edge-server', '2007-r2', { id: 'e', name: 'edge01.contoso.com', position: { x: 0, y: 0 } });

describe('SVG export of the zone regions', () => {
  it('draws no region for an internal-only plan', () => {
    const svg = exportSvg({ ...emptyPlan('t', '2007-r2'), nodes: [fe] });
    expect(svg).not.toContain('data-zone=');
  });

  it('draws the three regions, under the servers, with the saved layout and the firewall lines', () => {
    const plan: Plan = {
      ...emptyPlan('t', '2007-r2'),
      nodes: [edge, fe],
      zones: [
        { id: 'external', position: { x: -400, y: -100 }, size: { width: 300, height: 400 } },
        { id: 'perimeter', position: { x: -100, y: -100 }, size: { width: 400, height: 400 } },
        { id: 'internal', position: { x: 300, y: -100 }, size: { width: 1500, height: 400 } },
      ],
    };
    const svg = exportSvg(plan);
    for (const z of ['external', 'perimeter', 'internal']) expect(svg).toContain(`data-zone="${z}"`);
    expect(svg).toContain('PERIMETER NETWORK');
    expect(svg).toMatch(/data-zone="perimeter"><rect x="-100" y="-100" width="400" height="400"/);
    expect(svg.match(/<line [^>]*stroke-width="4"/g)).toHaveLength(2);
    expect(svg.indexOf('class="ocs-zones"')).toBeLessThan(svg.indexOf('edge01', svg.indexOf('<g class="ocs-diagram"')));
    // The picture is wide enough for the internal region (1,500 units) and the legend.
    expect(Number(svg.match(/<svg [^>]*width="(\d+)"/)![1])).toBeGreaterThan(2200);
  });
});

describe('SVG export: regions hold what lies in them', () => {
  it('a pool moved over the edge of its region, and grown past its bottom, is inside the region as exported', () => {
    const base = templatePlan('r2-remote-access');
    const internal = zoneBoxes(base)!.get('internal')!;
    const moved = moveItems(base, new Map([['dir', { x: internal.x - 32, y: internal.y + internal.height - 200 }]]));
    const svg = exportSvg(moved);
    const rect = (re: RegExp) => {
      const m = svg.match(re)!;
      return { x: Number(m[1]), y: Number(m[2]), width: Number(m[3]), height: Number(m[4]) };
    };
    const region = rect(/data-zone="internal"><rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"/);
    const perimeter = rect(/data-zone="perimeter"><rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"/);
    const pool = rect(/<rect class="ocs-pool" x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"[^>]*data-pool-id="dir"/);
    expect(pool.x).toBeGreaterThanOrEqual(region.x);
    expect(pool.y + pool.height).toBeLessThanOrEqual(region.y + region.height);
    expect(pool.y + pool.height).toBeGreaterThan(internal.y + internal.height);
    expect(perimeter.x + perimeter.width).toBeLessThanOrEqual(region.x);
  });
});
