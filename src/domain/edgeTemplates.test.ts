import { describe, expect, it } from 'vitest';
import { checkPlan } from '../rules';
import { nodeBox } from './geometry';
import { EDGE_TEMPLATES, EDGE_TEMPLATE_VERSIONS } from './edgeTemplates';
import { TEMPLATE_LABELS, templatePlan } from './templates';
import type { Zone } from './plan';
import { zoneOf } from './plan';

describe('the templates with external access', () => {
  for (const name of EDGE_TEMPLATES) {
    it(`${TEMPLATE_LABELS[name]} is clean under the whole catalog, for its own version`, () => {
      // The version asked for does not matter: the template is for one version.
      const plan = templatePlan(name, EDGE_TEMPLATE_VERSIONS[name] === '2007' ? '2007-r2' : '2007');
      expect(plan.ocsVersion).toBe(EDGE_TEMPLATE_VERSIONS[name]);
      expect(checkPlan(plan).map((f) => `${f.severity} ${f.rule}: ${f.message}`)).toEqual(
        name === '2007-single-site-edge' ? [expect.stringMatching(/^info EDGE-DIRECTOR-RECOMMENDED/)] : [],
      );
    });

    it(`${TEMPLATE_LABELS[name]} is laid out in zone columns, the Internet left, the internal network right`, () => {
      const plan = templatePlan(name);
      const region = (z: Zone) => plan.zones!.find((r) => r.id === z)!;
      const x = (z: Zone) => region(z).position!.x;
      expect(x('external')).toBeLessThan(x('perimeter'));
      expect(x('perimeter')).toBeLessThan(x('internal'));
      for (const node of plan.nodes) {
        const r = region(zoneOf(node));
        const box = nodeBox(node);
        expect(box.x, node.name).toBeGreaterThanOrEqual(r.position!.x);
        expect(box.x + box.width, node.name).toBeLessThanOrEqual(r.position!.x + r.size!.width);
        expect(box.y + box.height, node.name).toBeLessThanOrEqual(r.position!.y + r.size!.height);
      }
      // No two nodes overlap.
      const boxes = plan.nodes.map(nodeBox);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
          expect(overlap, `${plan.nodes[i].name} / ${plan.nodes[j].name}`).toBe(false);
        }
    });
  }

  it('R2 scaled Edge puts two identical Edge Servers between an internal and an external load balancer', () => {
    const plan = templatePlan('r2-scaled-edge');
    const edges = plan.nodes.filter((n) => n.kind === 'edge-server');
    expect(edges).toHaveLength(2);
    const sides = plan.nodes
      .filter((n) => n.side)
      .map((n) => n.side)
      .sort();
    expect(sides).toEqual(['external', 'internal']);
  });

  it('2007 single-site Edge splits the roles over two computers', () => {
    const plan = templatePlan('2007-single-site-edge');
    expect(plan.nodes.filter((n) => n.kind === 'edge-server').map((n) => n.edgeServices)).toEqual([['access', 'web-conferencing'], ['av']]);
    expect(plan.nodes.some((n) => n.kind === 'reverse-proxy' && n.zone === 'perimeter')).toBe(true);
  });
});
