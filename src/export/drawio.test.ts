import { describe, expect, it } from 'vitest';
import { membersByPool, NODE_SIZE, poolBox } from '../domain/geometry';
import { templatePlan } from '../domain/templates';
import type { Plan } from '../domain/plan';
import { exportDrawio, linkCellId, nodeCellId, poolCellId } from './drawio';
import { archivingMonitoringPlan } from '../../test/support/archivingPlan';

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
}

/**
 * A strict reader of the XML subset an mxfile uses (declaration, elements, attributes, references):
 * it throws on anything that is not well-formed, so the test proves the file parses.
 */
function parseXml(xml: string): El {
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${at}: ${JSON.stringify(xml.slice(at, at + 40))}`);
  };
  const decode = (s: string) => {
    if (/&(?!(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#\d+);)/.test(s)) fail('bad reference');
    if (/[<]/.test(s)) fail('raw < in attribute');
    return s
      .replace(/&#x([0-9a-fA-F]+);/g, (_, h) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
      .replace(/&(lt|gt|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'" })[e]!)
      .replace(/&amp;/g, '&');
  };
  const skipSpace = () => {
    while (/\s/.test(xml[at] ?? '')) at++;
  };
  if (xml.startsWith('<?xml')) at = xml.indexOf('?>') + 2;
  const element = (): El => {
    skipSpace();
    const m = /^<([A-Za-z_][\w.-]*)/.exec(xml.slice(at));
    if (!m) fail('expected an element');
    at += m![0].length;
    const el: El = { name: m![1], attrs: {}, children: [] };
    for (;;) {
      skipSpace();
      if (xml.startsWith('/>', at)) {
        at += 2;
        return el;
      }
      if (xml[at] === '>') {
        at++;
        break;
      }
      const a = /^([A-Za-z_][\w.:-]*)="([^"]*)"/.exec(xml.slice(at));
      if (!a) fail('bad attribute');
      if (a![1] in el.attrs) fail('duplicate attribute');
      el.attrs[a![1]] = decode(a![2]);
      at += a![0].length;
    }
    for (;;) {
      skipSpace();
      if (xml.startsWith('</', at)) {
        const close = `</${el.name}>`;
        if (!xml.startsWith(close, at)) fail(`expected ${close}`);
        at += close.length;
        return el;
      }
      el.children.push(element());
    }
  };
  const root = element();
  skipSpace();
  if (at !== xml.length) fail('content after the root element');
  return root;
}

const cellsOf = (xml: string) => {
  const root = parseXml(xml);
  expect(root.name).toBe('mxfile');
  const [diagram] = root.children;
  expect(diagram.name).toBe('diagram');
  const [model] = diagram.children;
  expect(model.name).toBe('mxGraphModel');
  const [rootEl] = model.children;
  return { diagram, cells: rootEl.children };
};

const hostile: Plan = {
  ...templatePlan('consolidated'),
  name: 'A & B <"plan"> \u0001',
};
hostile.nodes = hostile.nodes.map((n, i) => (i === 0 ? { ...n, name: 'fe01 <b>&amp;</b> "x"\nsecond line' } : n));

describe('exportDrawio', () => {
  it.each(['standard', 'consolidated', 'expanded'] as const)(
    'writes a well-formed mxfile with a cell per pool, server and link (%s)',
    (kind) => {
      const plan = templatePlan(kind);
      const { cells } = cellsOf(exportDrawio(plan));
      expect(cells.every((c) => c.name === 'mxCell')).toBe(true);
      const byId = new Map(cells.map((c) => [c.attrs.id, c]));
      expect(byId.size).toBe(cells.length);
      expect(cells.length).toBe(2 + plan.pools.length + plan.nodes.length + plan.links.length);
      const members = membersByPool(plan);
      for (const pool of plan.pools) {
        const cell = byId.get(poolCellId(pool.id))!;
        expect(cell.attrs).toMatchObject({ vertex: '1', parent: '1' });
        expect(cell.attrs.style).toContain('container=1');
        expect(cell.attrs.value.split('\n')[0]).toBe(pool.name);
        const box = poolBox(pool, members.get(pool.id) ?? []);
        expect(cell.children[0].attrs).toMatchObject({
          x: String(box.x),
          y: String(box.y),
          width: String(box.width),
          height: String(box.height),
        });
      }
      for (const node of plan.nodes) {
        const cell = byId.get(nodeCellId(node.id))!;
        expect(cell.attrs.vertex).toBe('1');
        expect(cell.attrs.value.split('\n')[0]).toBe(node.name);
        expect(cell.attrs.style).toContain(`ocsKind=${node.kind};`);
        const parent = node.pool === undefined ? '1' : poolCellId(node.pool);
        expect(cell.attrs.parent).toBe(parent);
        // Children are placed relative to their container: back to absolute, they sit where the canvas has them.
        const origin =
          parent === '1'
            ? { x: 0, y: 0 }
            : { x: Number(byId.get(parent)!.children[0].attrs.x), y: Number(byId.get(parent)!.children[0].attrs.y) };
        const g = cell.children[0].attrs;
        expect(Number(g.x) + origin.x).toBeCloseTo(node.position.x);
        expect(Number(g.y) + origin.y).toBeCloseTo(node.position.y);
        expect(Number(g.width)).toBe(NODE_SIZE.width);
      }
      for (const link of plan.links) {
        const cell = byId.get(linkCellId(link.id))!;
        expect(cell.attrs).toMatchObject({ edge: '1', parent: '1', source: nodeCellId(link.from), target: nodeCellId(link.to) });
        expect(byId.has(cell.attrs.source)).toBe(true);
        expect(byId.has(cell.attrs.target)).toBe(true);
      }
    },
  );

  it('keeps hostile names as plain text that parses back exactly', () => {
    const xml = exportDrawio(hostile);
    const { diagram, cells } = cellsOf(xml);
    expect(diagram.attrs.name).toBe('A & B <"plan"> \uFFFD');
    const fe = cells.find((c) => c.attrs.id === nodeCellId(hostile.nodes[0].id))!;
    expect(fe.attrs.value.split('\n').slice(0, 2)).toEqual(['fe01 <b>&amp;</b> "x"', 'second line']);
    expect(fe.attrs.style).toContain('html=0');
  });
});

describe('exportDrawio: labels of the plan’s OCS version', () => {
  it('labels Archiving and Monitoring Servers as the plan’s version names them', () => {
    const old = exportDrawio(archivingMonitoringPlan('2007'));
    expect(old).toContain('value="arc01.contoso.com&#xa;Archiving and CDR Server"');
    expect(old).toContain('value="mon01.contoso.com&#xa;QoE Monitoring Server"');
    const r2 = exportDrawio(archivingMonitoringPlan('2007-r2'));
    expect(r2).toContain('value="arc01.contoso.com&#xa;Archiving Server"');
    expect(r2).toContain('value="mon01.contoso.com&#xa;Monitoring Server"');
  });
});
