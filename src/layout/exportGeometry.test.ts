/**
 * The exported SVG measured as drawn: boxes and paths are read back from the SVG text (not from the
 * code that made them), the paths sampled, and every name read from its text element.
 */
import { describe, expect, it } from 'vitest';
import type { Box } from '../domain/geometry';
import { boxesOverlap } from '../domain/placement';
import { exportSvg } from '../io/exportSvg';
import { textWidth } from '../io/svgText';
import { checkPlan } from '../rules';
import { diagramPlans } from '../../test/support/diagramPlans';
import { samplePolyline, strictlyInside } from './routeCheck';
import type { Route } from './routes';

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

interface Drawn {
  nodes: Map<string, { box: Box; name: string; lines: { text: string; size: number }[] }>;
  links: Map<string, Route>;
  /** Each pool's title: the boxes of its text lines, as drawn (x, baseline, font size and the font's advances). */
  titles: { pool: string; box: Box }[];
}

/** The box a line of text takes: from its baseline up by the font's ascent, down by its descent. */
const textBox = (x: number, baseline: number, text: string, size: number, bold: boolean): Box => ({
  x,
  y: baseline - 0.9 * size,
  width: textWidth(text, size, bold),
  height: 1.1 * size,
});

function readSvg(svg: string): Drawn {
  const nodes: Drawn['nodes'] = new Map();
  for (const m of svg.matchAll(/<g class="ocs-node" data-node-id="([^"]*)"[^>]*>([\s\S]*?)<\/g>/g)) {
    const rect = m[2].match(/<rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"/)!;
    const text = m[2].match(/<text font-size="([\d.]+)" class="ocs-node-name"[^>]*>([\s\S]*?)<\/text>/)!;
    const lines = [...text[2].matchAll(/<tspan[^>]*>([\s\S]*?)<\/tspan>/g)].map((t) => ({ text: unescape(t[1]), size: Number(text[1]) }));
    nodes.set(unescape(m[1]), {
      box: { x: Number(rect[1]), y: Number(rect[2]), width: Number(rect[3]), height: Number(rect[4]) },
      name: lines.map((l) => l.text).join(''),
      lines,
    });
  }
  const links: Drawn['links'] = new Map();
  for (const m of svg.matchAll(/<g class="ocs-link" data-link-id="([^"]*)"><path d="([^"]*)"/g)) {
    const pts = [...m[2].matchAll(/[ML]([-\d.]+) ([-\d.]+)/g)].map((p) => ({ x: Number(p[1]), y: Number(p[2]) }));
    links.set(unescape(m[1]), pts);
  }
  const titles: Drawn['titles'] = [];
  const pools = [...svg.matchAll(/data-pool-id="([^"]*)"/g)].map((m) => unescape(m[1]));
  [...svg.matchAll(/<g class="ocs-pool-label">([\s\S]*?)<\/g>/g)].forEach((m, i) => {
    for (const t of m[1].matchAll(/<text ([^>]*)>([\s\S]*?)<\/text>/g)) {
      const size = Number(t[1].match(/font-size="([\d.]+)"/)![1]);
      const bold = t[1].includes('font-weight="700"');
      const spans = [...t[2].matchAll(/<tspan x="([-\d.]+)" y="([-\d.]+)">([\s\S]*?)<\/tspan>/g)];
      if (spans.length > 0)
        for (const sp of spans) titles.push({ pool: pools[i], box: textBox(Number(sp[1]), Number(sp[2]), unescape(sp[3]), size, bold) });
      else {
        const x = Number(t[1].match(/x="([-\d.]+)"/)![1]);
        const y = Number(t[1].match(/y="([-\d.]+)"/)![1]);
        titles.push({ pool: pools[i], box: textBox(x, y, unescape(t[2]), size, bold) });
      }
    }
  });
  return { nodes, links, titles };
}

describe('the exported SVG, measured', () => {
  for (const { label, plan } of diagramPlans()) {
    it(`${label}: no link through a foreign box or a pool's title, no overlap, every name whole and inside its box`, () => {
      // Without routes given, the export routes the links itself, with the canvas's router.
      const svg = exportSvg(plan, { findings: checkPlan(plan) });
      const drawn = readSvg(svg);
      expect(drawn.nodes.size).toBe(plan.nodes.length);
      for (const n of plan.nodes) {
        const d = drawn.nodes.get(n.id)!;
        expect(d.name, n.id).toBe(n.name);
        for (const l of d.lines) expect(textWidth(l.text, l.size), `${n.id}: "${l.text}"`).toBeLessThanOrEqual(d.box.width - 62);
      }
      const boxes = [...drawn.nodes];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          expect(boxesOverlap(boxes[i][1].box, boxes[j][1].box), `${boxes[i][0]} and ${boxes[j][0]}`).toBe(false);
      for (const link of plan.links) {
        if (link.from === link.to || !drawn.nodes.has(link.from) || !drawn.nodes.has(link.to)) continue;
        const samples = samplePolyline(drawn.links.get(link.id)!);
        for (const [id, { box }] of boxes) {
          if (id === link.from || id === link.to) continue;
          expect(
            samples.find((p) => strictlyInside(box, p)),
            `${link.id} through ${id}`,
          ).toBeUndefined();
        }
        for (const title of drawn.titles)
          expect(
            samples.find((p) => strictlyInside(title.box, p, 0)),
            `${link.id} through the title of ${title.pool}`,
          ).toBeUndefined();
      }
      expect(drawn.titles.length).toBeGreaterThanOrEqual(2 * plan.pools.length);
    });
  }
});
