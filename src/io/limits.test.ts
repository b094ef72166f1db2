/**
 * The limits of limits.ts, at and one past each, for every reader: plan objects (`loadPlan`),
 * plan files, the plan inside an SVG. Share links: link.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { normalizePoolBoxes } from '../domain/operations';
import type { Plan } from '../domain/plan';
import { templatePlan } from '../domain/templates';
import { exportSvg, readPlanFromSvg } from './exportSvg';
import { LIMITS } from './limits';
import { planToJson } from './planJson';
import { parsePlanText, readPlan } from './readPlan';
import type { ReadResult } from './readPlan';
import { embeddedPlanText } from './svgMetadata';

type Raw = Record<string, unknown>;

function errorOf(result: ReadResult): string {
  if (result.ok) throw new Error('expected the plan to be refused');
  return result.error.message;
}

function okOf(result: ReadResult): Plan {
  if (!result.ok) throw result.error;
  return result.plan;
}

/** A valid plan with exactly these counts (links all join the first two servers). */
function planWith({ servers = 2, links = 0, pools = 0 }: { servers?: number; links?: number; pools?: number }): Raw {
  return {
    format: 'ocs-topology-plan',
    version: 1,
    name: 'Limits',
    ocsVersion: '2007-r2',
    pools: Array.from({ length: pools }, (_, i) => ({ id: `p${i}`, name: `pool${i}.contoso.com`, edition: 'standard' })),
    nodes: Array.from({ length: servers }, (_, i) => ({
      id: `n${i}`,
      kind: 'front-end-server',
      name: `fe${i}.contoso.com`,
      position: { x: (i % 100) * 200, y: Math.floor(i / 100) * 100 },
    })),
    links: Array.from({ length: links }, (_, i) => ({ id: `l${i}`, from: 'n0', to: 'n1' })),
  };
}

/** Every JSON value in `v`, counted as the reader counts them. */
function valuesIn(v: unknown): number {
  if (typeof v !== 'object' || v === null) return 1;
  return 1 + Object.values(v).reduce((sum: number, x) => sum + valuesIn(x), 0);
}

/** Lists nested `levels` deep: 1 is `[]`. */
function nested(levels: number): unknown {
  let v: unknown = [];
  for (let i = 1; i < levels; i++) v = [v];
  return v;
}

const ms = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

describe('element counts', () => {
  it('servers, links and pools: at the limit read, one more refused with the count and the limit', () => {
    expect(okOf(readPlan(planWith({ servers: LIMITS.servers }))).nodes).toHaveLength(20_000);
    expect(errorOf(readPlan(planWith({ servers: LIMITS.servers + 1 })))).toBe('nodes: the plan holds 20,001 servers; the limit is 20,000');
    expect(okOf(readPlan(planWith({ links: LIMITS.links }))).links).toHaveLength(50_000);
    expect(errorOf(readPlan(planWith({ links: LIMITS.links + 1 })))).toBe('links: the plan holds 50,001 links; the limit is 50,000');
    expect(okOf(readPlan(planWith({ pools: LIMITS.pools }))).pools).toHaveLength(10_000);
    expect(errorOf(readPlan(planWith({ pools: LIMITS.pools + 1 })))).toBe('pools: the plan holds 10,001 pools; the limit is 10,000');
  });

  it('a million links (loadPlan) are refused at once, before any of them is looked at', () => {
    const plan = planWith({});
    const link = { id: 'l', from: 'n0', to: 'n1' };
    plan.links = new Array(1_000_000).fill(link);
    // The old reader validated every one of them (over a minute in the page).
    expect(ms(() => expect(errorOf(readPlan(plan))).toBe('links: the plan holds 1,000,000 links; the limit is 50,000'))).toBeLessThan(500);
    // A sparse list of absurd length, too.
    plan.links = [];
    (plan.links as unknown[]).length = 2 ** 32 - 1;
    expect(errorOf(readPlan(plan))).toMatch(/4,294,967,295 links; the limit is 50,000/);
  });

  it('values in all, unknown fields included: at the limit read, one more refused', () => {
    const plan = planWith({});
    plan.extra = [];
    const room = LIMITS.values - valuesIn(plan);
    plan.extra = new Array(room).fill(0);
    expect((okOf(readPlan(plan)) as unknown as Raw).extra).toHaveLength(room);
    plan.extra = new Array(room + 1).fill(0);
    expect(errorOf(readPlan(plan))).toBe('extra: the plan holds more than 2,000,000 values in all; the limit is 2,000,000');
    plan.extra = new Uint8Array(LIMITS.values);
    expect(errorOf(readPlan(plan))).toMatch(/more than 2,000,000 values/);
  });

  it('strings and field names: 10,000 characters read, 10,001 refused with the path', () => {
    const plan = planWith({});
    (plan.nodes as Raw[])[1].name = 'a'.repeat(LIMITS.stringLength);
    expect(okOf(readPlan(plan)).nodes[1].name).toHaveLength(10_000);
    (plan.nodes as Raw[])[1].name = 'a'.repeat(LIMITS.stringLength + 1);
    expect(errorOf(readPlan(plan))).toBe(`nodes[1].name: a text of 10,001 characters ("${'a'.repeat(40)}…"); the limit is 10,000`);
    delete (plan.nodes as Raw[])[1].name;
    (plan.nodes as Raw[])[1]['k'.repeat(LIMITS.stringLength + 1)] = 1;
    expect(errorOf(readPlan(plan))).toMatch(/^nodes\[1\]\["k+…"\]: a field name of 10,001 characters; the limit is 10,000$/);
  });
});

describe('nesting', () => {
  it('an unknown field nested to level 64 is kept; to level 65, refused with the path and the limit', () => {
    const plan = planWith({});
    plan.deep = nested(LIMITS.depth - 1); // the plan object is level 1
    const kept = okOf(readPlan(plan));
    expect((kept as unknown as Raw).deep).toEqual(plan.deep);
    // and it goes out again: file, clone, SVG
    expect(okOf(parsePlanText(planToJson(kept)))).toEqual(kept);
    expect(structuredClone(kept)).toEqual(kept);
    expect(okOf(readPlanFromSvg(exportSvg(kept)))).toEqual(kept);
    plan.deep = nested(LIMITS.depth);
    expect(errorOf(readPlan(plan))).toBe('deep[0][0][0][0][0][0][0]…: values are nested more than 64 levels deep; the limit is 64');
  });

  it('in a file: refused before JSON.parse, with the line and column, also at millions of levels', () => {
    const at = (levels: number) => planToJson({ ...planWith({}), deep: nested(levels) } as unknown as Plan);
    expect(parsePlanText(at(LIMITS.depth - 1)).ok).toBe(true);
    expect(errorOf(parsePlanText(at(LIMITS.depth)))).toMatch(
      /^values are nested more than 64 levels deep \(at line \d+, column \d+\); the limit is 64$/,
    );
    // JSON.parse alone takes seconds on this; the old reader then accepted it.
    const text = `{"format":"ocs-topology-plan","deep":${'['.repeat(5_000_000)}${']'.repeat(5_000_000)}}`;
    let message = '';
    expect(ms(() => (message = errorOf(parsePlanText(text))))).toBeLessThan(3000);
    expect(message).toMatch(/nested more than 64 levels deep \(at line 1, column 101\)/);
    // Brackets inside strings do not count.
    const plan = planWith({});
    plan.note = '[[[['.repeat(1000);
    expect(parsePlanText(JSON.stringify(plan)).ok).toBe(true);
  });

  it('an object that contains itself is refused, not followed', () => {
    const plan = planWith({});
    const loop: Raw = { a: 1 };
    loop.self = loop;
    plan.loop = loop;
    expect(errorOf(readPlan(plan))).toBe('loop.self: this value contains itself; a plan must be a tree of values, as in a JSON file');
  });
});

describe('coordinates and sizes', () => {
  const withNode = (x: number, y = 0) => {
    const plan = planWith({});
    (plan.nodes as Raw[])[0].position = { x, y };
    return plan;
  };

  it('a server within ±1,000,000 is read; beyond, refused; 1e308 and non-finite numbers too', () => {
    expect(okOf(readPlan(withNode(1_000_000, -1_000_000))).nodes[0].position).toEqual({ x: 1_000_000, y: -1_000_000 });
    expect(errorOf(readPlan(withNode(1_000_001)))).toBe('nodes[0].position.x: expected a number no larger than 1,000,000 but got 1000001');
    expect(errorOf(readPlan(withNode(0, -1_000_001)))).toBe('nodes[0].position.y: expected a number >= -1,000,000 but got -1000001');
    expect(errorOf(readPlan(withNode(1e308)))).toBe('nodes[0].position.x: expected a number no larger than 1,000,000 but got 1e+308');
    expect(errorOf(parsePlanText(JSON.stringify(withNode(1e308))))).toMatch(/^nodes\[0\]\.position\.x: expected a number no larger than/);
    for (const bad of [Infinity, -Infinity, NaN])
      expect(errorOf(readPlan(withNode(bad)))).toMatch(/^nodes\[0\]\.position\.x: expected a number/);
  });

  it('a pool box within ±2,000,000 is read; a box that reaches further, refused', () => {
    const withPool = (position: { x: number; y: number } | undefined, size: { width: number; height: number }) => {
      const plan = planWith({ pools: 1 });
      Object.assign((plan.pools as Raw[])[0], position ? { position, size } : { size });
      return plan;
    };
    expect(readPlan(withPool({ x: -2_000_000, y: -2_000_000 }, { width: 4_000_000, height: 4_000_000 })).ok).toBe(true);
    expect(errorOf(readPlan(withPool({ x: -2_000_000, y: 0 }, { width: 4_000_001, height: 10 })))).toMatch(
      /^pools\[0\]\.size.width: expected a number no larger than 4,000,000/,
    );
    expect(errorOf(readPlan(withPool({ x: 1, y: 0 }, { width: 4_000_000, height: 10 })))).toBe(
      "pools[0].size: the pool's box reaches 4,000,001; pool boxes must lie within ±2,000,000",
    );
    expect(errorOf(readPlan(withPool(undefined, { width: 2_000_001, height: 10 })))).toMatch(
      /^pools\[0\]\.size: the pool's box reaches 2,000,001/,
    );
    expect(errorOf(readPlan(withPool({ x: 1e308, y: 0 }, { width: 1, height: 1 })))).toMatch(
      /^pools\[0\]\.position\.x: expected a number no larger than 2,000,000/,
    );
  });

  it('unknown fields named like box fields (a `width` in a position, an `x` in a size) leave the drawn box alone', () => {
    const plan = planWith({ pools: 1 });
    Object.assign((plan.pools as Raw[])[0], { position: { x: 10, y: 20, width: 'wide' }, size: { width: 300, height: 200, x: { at: 1 } } });
    const svg = exportSvg(okOf(readPlan(plan)));
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
    expect(svg).toMatch(/<rect class="ocs-pool" x="\d+" y="\d+" width="300" height="200"/);
  });

  it('at the extremes, the SVG has finite numbers only, and what is stored reads back the same', () => {
    const plan = templatePlan('expanded');
    const corners = [
      { x: -1_000_000, y: -1_000_000 },
      { x: 1_000_000, y: 1_000_000 },
    ];
    const extreme: Plan = {
      ...plan,
      pools: plan.pools.map((p) => ({ ...p, position: { x: -2_000_000, y: -2_000_000 }, size: { width: 10, height: 10 } })),
      nodes: plan.nodes.map((n, i) => ({ ...n, position: corners[i % 2] })),
    };
    // As the app stores it after opening: pools grown around their members.
    const opened = normalizePoolBoxes(okOf(readPlan(extreme)));
    const reloaded = okOf(parsePlanText(planToJson(opened)));
    expect(reloaded).toEqual(opened);
    const svg = exportSvg(reloaded);
    expect(svg).not.toMatch(/Infinity|NaN/);
    const viewBox = /viewBox="([^"]*)"/.exec(svg)![1].split(' ').map(Number);
    expect(viewBox.every(Number.isFinite)).toBe(true);
  });
});

describe('plan files and SVG files', () => {
  it('a plan file of exactly 20,000,000 characters is read; one more, refused', () => {
    const json = planToJson(templatePlan('standard'));
    const padded = json + ' '.repeat(LIMITS.planFileBytes - json.length);
    expect(padded).toHaveLength(20_000_000);
    expect(parsePlanText(padded).ok).toBe(true);
    expect(errorOf(parsePlanText(`${padded} `))).toBe(
      'the file is too large to be a plan (20,000,001 characters; the limit is 20,000,000)',
    );
  });

  it('an SVG file of exactly 64,000,000 characters is read; one more, refused', () => {
    const svg = exportSvg(templatePlan('standard'));
    const head = svg.indexOf('>') + 1;
    const padded = `${svg.slice(0, head)}${' '.repeat(LIMITS.svgFileBytes - svg.length)}${svg.slice(head)}`;
    expect(padded).toHaveLength(64_000_000);
    expect(readPlanFromSvg(padded).ok).toBe(true);
    expect(errorOf(readPlanFromSvg(`${padded} `))).toBe(
      'the SVG file is too large to read a plan from (64,000,001 characters; the limit is 64,000,000)',
    );
  });
});

describe('the plan inside an SVG', () => {
  const svgAround = (metadata: string) => `<svg xmlns="http://www.w3.org/2000/svg"><metadata>${metadata}</metadata><rect/></svg>`;
  const embed = (json: string) => svgAround(`<ocs-plan xmlns="urn:ocs-topology-designer:plan">${json}</ocs-plan>`);

  it('a 19 MB name is refused, quickly', () => {
    const plan = { ...planWith({}), name: 'x'.repeat(19_000_000) };
    const svg = embed(JSON.stringify(plan));
    let message = '';
    expect(ms(() => (message = errorOf(readPlanFromSvg(svg))))).toBeLessThan(5000);
    expect(message).toMatch(/^the plan inside this SVG cannot be read: name: a text of 19,000,000 characters/);
  });

  it('1.5 MB of unclosed <ocs-plan> tags (and of unclosed CDATA sections) is refused at once', () => {
    // The old reader's regular expression tried every tag against the rest of the file: 36 s in the page.
    const tags = svgAround('<ocs-plan>'.repeat(150_000));
    let message = '';
    expect(ms(() => (message = errorOf(readPlanFromSvg(tags))))).toBeLessThan(3000);
    expect(message).toBe('the plan inside this SVG is damaged (markup inside the <ocs-plan> element)');
    const cdata = svgAround(`<ocs-plan>${'<![CDATA['.repeat(170_000)}`);
    expect(ms(() => (message = errorOf(readPlanFromSvg(cdata))))).toBeLessThan(3000);
    expect(message).toBe('the plan inside this SVG is damaged (a CDATA section is not closed)');
    const unclosed = `<svg><metadata><ocs-plan>${'{"a":1}'.repeat(200_000)}`;
    expect(errorOf(readPlanFromSvg(unclosed))).toBe('the plan inside this SVG is damaged (the <ocs-plan> element is not closed)');
  });

  it('reads in time linear in the size, whatever the file holds', () => {
    // Per character, a hostile file of 4 MB must cost about what one of 0.5 MB costs (quadratic work would cost 8 times as much).
    const hostile = (n: number) => [
      svgAround(`<ocs-plan>${'&'.repeat(n)}</ocs-plan>`),
      svgAround(`<ocs-plan>${'&#x000000000000000'.repeat(n / 16)}</ocs-plan>`),
      `<svg>${'<ocs-pla'.repeat(n / 8)}`,
      `<svg>${'<a:b:ocs-plan'.repeat(n / 12)}`,
      svgAround(`<ocs-plan>${'</ocs-pla'.repeat(n / 9)}`),
      svgAround(`<ocs-plan>${'<!--'.repeat(n / 4)}`),
    ];
    // Best of three: the machine may be busy with other work.
    const time = (n: number) => {
      const texts = hostile(n);
      return Math.min(...[1, 2, 3].map(() => ms(() => texts.forEach((t) => readPlanFromSvg(t)))));
    };
    time(100_000); // warm-up
    const small = Math.max(time(500_000), 1);
    const large = time(4_000_000);
    expect(large / small).toBeLessThan(8 * 3);
  });

  it('decodes references, CDATA and comments as XML does; a broken reference is named', () => {
    const embedded = (inner: string) => embeddedPlanText(embed(inner));
    expect(embedded('a&amp;b&lt;&#x41;&#66;<![CDATA[<&>]]><!-- note -->c')).toEqual({ ok: true, json: 'a&b<AB<&>c' });
    expect(embeddedPlanText('<svg><ns0:ocs-plan a="1">x</ns0:ocs-plan ></svg>')).toEqual({ ok: true, json: 'x' });
    expect(embeddedPlanText('<svg><ocs-plan/></svg>')).toEqual({ ok: true, json: '' });
    expect(embedded('&bogus;')).toEqual({ ok: false, message: 'the plan inside this SVG is damaged (a broken XML character reference)' });
    expect(embedded('&#x110000;').ok).toBe(false);
    expect(embedded('&#12a;').ok).toBe(false);
    expect(embedded('& no semicolon').ok).toBe(false);
    expect(embeddedPlanText('<svg><ocs-planet>x</ocs-planet></svg>')).toMatchObject({ ok: false, message: /holds no plan/ });
  });

  it('refuses a plan text over the file limit before decoding it all', () => {
    expect(embeddedPlanText(embed('x'.repeat(101)), 100)).toEqual({
      ok: false,
      message: 'the plan inside this SVG is too large (more than 100 characters; the limit is 100)',
    });
    expect(embeddedPlanText(embed('x'.repeat(100)), 100)).toEqual({ ok: true, json: 'x'.repeat(100) });
  });
});
