import { describe, expect, it } from 'vitest';
import { buildNode } from '../domain/kinds';
import { emptyPlan } from '../domain/plan';
import type { Plan } from '../domain/plan';
import { exportSvg } from './exportSvg';

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
