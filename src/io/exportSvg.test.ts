import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { templatePlan } from '../domain/templates';
import type { Plan } from '../domain/plan';
import type { Finding } from '../rules';
import { fuzzRuns, planArbitrary } from '../../test/support/arbitraries';
import { PlanReadError, readPlan } from './readPlan';
import { exportSvg, readPlanFromSvg } from './exportSvg';
import { planToJson } from './planJson';
import { archivingMonitoringPlan } from '../../test/support/archivingPlan';

const count = (text: string, needle: string) => text.split(needle).length - 1;

/** The text of a server's name element in the SVG, its tspans joined. */
function drawnName(svg: string, id: string): string | undefined {
  const group = svg.match(new RegExp(`<g class="ocs-node" data-node-id="${id}"[\\s\\S]*?</g>`))?.[0];
  const text = group?.match(/<text [^>]*class="ocs-node-name"[^>]*>([\s\S]*?)<\/text>/)?.[1];
  return text
    ?.replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

const INVALID_XML_CHAR =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A small well-formedness check without a DOM: tags balance, attribute values are quoted
 * and free of markup, text holds no raw "<" and every "&" starts a reference.
 */
function checkXml(svg: string): string | undefined {
  if (INVALID_XML_CHAR.test(svg)) return 'a character XML 1.0 cannot hold';
  const body = svg.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const chunk = body.slice(i, lt < 0 ? body.length : lt);
    if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(chunk)) return `a bare & in ${JSON.stringify(chunk.slice(0, 40))}`;
    if (lt < 0) break;
    tag.lastIndex = lt;
    const m = tag.exec(body);
    if (!m) return `a broken tag at ${JSON.stringify(body.slice(lt, lt + 40))}`;
    if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(m[3])) return 'a bare & in an attribute';
    const [, close, name, , selfClose] = m;
    if (close) {
      if (stack.pop() !== name) return `</${name}> closes the wrong element`;
    } else if (!selfClose) stack.push(name);
    i = tag.lastIndex;
  }
  return stack.length === 0 ? undefined : `<${stack.join('>, <')}> not closed`;
}

const finding = (f: Partial<Finding> & Pick<Finding, 'severity'>): Finding => ({ rule: 'NAME-FQDN', message: 'm', nodes: [], ...f });

describe('exportSvg', () => {
  const plan = templatePlan('expanded');

  it('draws every pool, node and link with plain shapes only', () => {
    const svg = exportSvg(plan);
    expect(checkXml(svg)).toBeUndefined();
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/,
    );
    for (const forbidden of ['<foreignObject', '<script', 'href=', '<image', '<style', 'url(', '@import', '<use']) {
      expect(svg).not.toContain(forbidden);
    }
    expect(svg).toContain('font-family="Segoe UI, Arial, Helvetica, sans-serif"');
    expect(count(svg, '<rect class="ocs-pool"')).toBe(plan.pools.length);
    expect(count(svg, '<g class="ocs-node"')).toBe(plan.nodes.length);
    expect(count(svg, '<g class="ocs-link" data-link-id="')).toBe(plan.links.length);
    for (const n of plan.nodes) expect(drawnName(svg, n.id)).toBe(n.name);
    for (const p of plan.pools) expect(svg).toContain(`data-pool-id="${p.id}"`);
    expect(svg).toContain('>pool01.contoso.com</tspan>');
    expect(svg).toContain('>Enterprise pool, expanded · 40,000 users</text>');
    for (const tag of ['FE', 'SQL', 'HLB', 'IIS', 'WCS', 'A/V']) expect(svg).toContain(`>${tag}</text>`);
  });

  /** Two nodes outside any pool: (100, 50) and (400, 300), each 184 x 64, one link. */
  const twoNodes: Plan = {
    ...templatePlan('empty'),
    nodes: [
      { id: 'a', kind: 'front-end-server', name: 'a.contoso.com', position: { x: 100, y: 50 } },
      { id: 'b', kind: 'back-end-sql', name: 'b.contoso.com', position: { x: 400, y: 300 } },
    ],
    links: [{ id: 'l1', from: 'a', to: 'b' }],
  };

  it('draws the links under the nodes, from border to border; given routes, along them', () => {
    const svg = exportSvg(plan);
    expect(svg.indexOf('class="ocs-link"')).toBeLessThan(svg.indexOf('class="ocs-node"'));
    expect(svg.lastIndexOf('class="ocs-pool"')).toBeLessThan(svg.indexOf('class="ocs-link"'));
    // A link the given routes lack: straight, from a's border (centre 192,82) to b's (centre 492,332).
    expect(exportSvg(twoNodes, { routes: new Map() })).toContain('<path d="M230.4 114 L453.6 300" stroke="#64748b" stroke-width="2"/>');
    // Without routes the export routes the links itself, as the canvas does: b's box spans a's centre line, so one bend.
    expect(exportSvg(twoNodes)).toContain('<path d="M284 82 L492 82 L492 300" stroke="#64748b" stroke-width="2"/>');
    const routed = exportSvg(twoNodes, {
      routes: new Map([
        [
          'l1',
          [
            { x: 284, y: 82 },
            { x: 492, y: 82 },
            { x: 492, y: 300 },
          ],
        ],
      ]),
    });
    expect(routed).toContain('<path d="M284 82 L492 82 L492 300" stroke="#64748b" stroke-width="2"/>');
  });

  it("draws a link's label on its line", () => {
    const svg = exportSvg({ ...twoNodes, links: [{ id: 'l1', from: 'a', to: 'b', label: 'TLS 5061' }] });
    expect(svg).toMatch(/<g class="ocs-link-label" data-link-label="l1"><rect [^>]*\/><text [^>]*>TLS 5061<\/text><\/g>/);
    expect(exportSvg(twoNodes)).not.toContain('ocs-link-label');
  });

  it('has a title block (plan, OCS version, date, author) and, on request, a findings list', () => {
    const svg = exportSvg(plan, {
      date: '2026-12-01',
      author: 'A. Architect',
      findings: [finding({ severity: 'error', message: 'Something is wrong.' })],
      findingsList: true,
    });
    expect(svg).toMatch(
      /<g class="ocs-title-block">.*>Plan<\/text>.*>Enterprise expanded<\/tspan>.*>OCS version<\/text>.*>Date<\/text>.*>2026-12-01<\/tspan>.*>Author<\/text>.*>A. Architect<\/tspan>/,
    );
    expect(svg).toContain('<g class="ocs-findings-list">');
    expect(svg).toContain('>Something is wrong.</tspan>');
    expect(exportSvg(plan, { date: '2026-12-01' })).not.toContain('>Author<');
    expect(exportSvg(plan, { findings: [finding({ severity: 'error' })] })).not.toContain('ocs-findings-list');
  });

  it('lists in the legend only what the plan uses', () => {
    const svg = exportSvg(templatePlan('standard'));
    expect(svg).toContain('>Standard Edition pool</text>');
    expect(svg).not.toContain('>Enterprise pool</text>');
    expect(svg).not.toContain('>Front End Server</text>');
    expect(exportSvg({ ...twoNodes, links: [] })).not.toContain('>Network link</text>');
  });

  it('fits the whole plan, with a margin, in width, height and viewBox', () => {
    const svg = exportSvg(twoNodes, { legend: false });
    // Content 100..584 x 50..364; 32 margins all round, 64 for the title, 40 + 260 for the title block.
    expect(svg).toContain('width="848" height="442" viewBox="0 0 848 442"');
    expect(svg).toContain('<g class="ocs-diagram" transform="translate(-68 46)">');
  });

  it('escapes every user string and drops characters XML cannot hold', () => {
    const evil: Plan = {
      ...plan,
      name: 'Plan <b>&amp; "quoted" \'single\' ]]> \u0001\u0008\uFFFF\uD800 end',
      pools: [{ ...plan.pools[0], name: '<script>alert(1)</script>' }],
      nodes: plan.nodes.map((n, i) => (i === 1 ? { ...n, name: '<script>alert(1)</script>' } : i === 2 ? { ...n, name: '-->&<!--' } : n)),
    };
    const svg = exportSvg(evil, { findings: [finding({ severity: 'error', nodes: ['fe1'], message: '</title><script>x</script>' })] });
    expect(checkXml(svg)).toBeUndefined();
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain(']]>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('Plan &lt;b&gt;&amp;amp; &quot;quoted&quot; &apos;single&apos; ]]&gt;  end');
    expect(readPlanFromSvg(svg)).toEqual({ ok: true, plan: evil });
  });

  it('never cuts a name: long ones break after dots onto more lines, in the box', () => {
    const names = ['fe01-renamed.contoso.com', 'ocsfe03.emea.corp.fabrikam.com', `${'very-long-host-name-'.repeat(5)}.contoso.com`];
    const long = { ...plan, nodes: plan.nodes.map((n, i) => (i < names.length ? { ...n, name: names[i] } : n)) };
    const svg = exportSvg(long);
    expect(svg).not.toContain('…');
    for (const n of long.nodes) expect(drawnName(svg, n.id)).toBe(n.name);
    expect(svg).toMatch(/<tspan [^>]*>ocsfe03.emea.corp.<\/tspan><tspan [^>]*>fabrikam.com<\/tspan>/);
    expect(svg).toContain(`<title>Hardware Load Balancer: ${names[0]}</title>`);
  });

  it('badges nodes and pools by their worst severity, and counts findings in the legend', () => {
    const findings = [
      finding({ severity: 'warning', nodes: ['fe1'] }),
      finding({ severity: 'error', nodes: ['fe1', 'fe2'] }),
      finding({ severity: 'info', nodes: ['sql1'] }),
      finding({ severity: 'warning', nodes: [], pool: 'p1' }),
      finding({ severity: 'info', nodes: [] }),
    ];
    const svg = exportSvg(plan, { findings });
    expect(count(svg, 'class="ocs-badge"')).toBe(4);
    expect(count(svg, 'data-severity="error"')).toBe(2);
    expect(count(svg, 'data-severity="warning"')).toBe(1);
    expect(count(svg, 'data-severity="info"')).toBe(1);
    expect(svg).toMatch(/data-severity="error"><title>[^<]*<\/title><circle [^>]*fill="#dc2626"[^>]*\/><text [^>]*>2<\/text>/);
    expect(svg).toContain('>Error (1)</text>');
    expect(svg).toContain('>Warning (2)</text>');
    expect(svg).toContain('>Info (2)</text>');
    expect(svg).toContain('1 error, 2 warnings, 2 info');
    expect(exportSvg(plan)).not.toContain('ocs-badge');
    expect(exportSvg(plan)).not.toContain('>Error (');
  });

  it('lists the kinds used in the legend, and leaves it out on request', () => {
    const svg = exportSvg(templatePlan('consolidated'));
    expect(svg).toContain('>Front End Server</text>');
    expect(svg).toContain('>Back-End SQL Server</text>');
    expect(svg).not.toContain('>Web Components Server</text>');
    expect(exportSvg(plan, { legend: false })).not.toContain('ocs-legend');
  });

  it('draws an empty plan', () => {
    const empty = templatePlan('empty');
    const svg = exportSvg(empty);
    expect(checkXml(svg)).toBeUndefined();
    expect(svg).toContain('This plan is empty.');
    expect(readPlanFromSvg(svg)).toEqual({ ok: true, plan: empty });
  });

  it.skipIf(!existsSync('/usr/bin/rsvg-convert'))('renders in librsvg without complaint', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocs-svg-'));
    try {
      const file = join(dir, 'plan.svg');
      writeFileSync(file, exportSvg(plan, { findings: [finding({ severity: 'error', nodes: ['fe1'] })] }));
      const out = execFileSync('/usr/bin/rsvg-convert', ['-o', join(dir, 'plan.png'), file], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(out).toBe('');
      expect(readFileSync(join(dir, 'plan.png')).subarray(1, 4).toString()).toBe('PNG');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('readPlanFromSvg', () => {
  it('round-trips generated plans exactly (plan -> SVG metadata -> plan), in well-formed XML', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const svg = exportSvg(plan, {
          findings: [finding({ severity: 'warning', nodes: plan.nodes.slice(0, 1).map((n) => n.id), message: plan.name })],
        });
        expect(checkXml(svg)).toBeUndefined();
        expect(readPlanFromSvg(svg)).toEqual({ ok: true, plan });
      }),
      { numRuns: 200 },
    );
  });

  it('reads the plan from CDATA and character references too (as other tools may rewrite it)', () => {
    const plan = templatePlan('standard');
    const json = JSON.stringify(plan);
    const cdata = `<svg xmlns="http://www.w3.org/2000/svg"><metadata><ocs-plan xmlns="urn:ocs-topology-designer:plan"><![CDATA[${json}]]></ocs-plan></metadata></svg>`;
    expect(readPlanFromSvg(cdata)).toEqual({ ok: true, plan });
    const refs = cdata.replace(`<![CDATA[${json}]]>`, json.replace(/"/g, '&#34;').replace(/\./g, '&#x2E;'));
    expect(readPlanFromSvg(refs)).toEqual({ ok: true, plan });
    const prefixed = cdata.replace('<ocs-plan xmlns=', '<ns0:ocs-plan xmlns:ns0=').replace('</ocs-plan>', '</ns0:ocs-plan>');
    expect(readPlanFromSvg(prefixed)).toEqual({ ok: true, plan });
  });

  it('says why it cannot read a plan', () => {
    const svg = exportSvg(templatePlan('standard'));
    const message = (text: string) => {
      const r = readPlanFromSvg(text);
      return r.ok ? 'ok' : r.error.message;
    };
    expect(message(exportSvg(templatePlan('standard'), { embedPlan: false }))).toMatch(/this SVG holds no plan/);
    expect(message('hello')).toBe('this is not an SVG file');
    expect(message(svg.replace('&quot;', '"').replace('"se1"', '"se1"&bogus;'))).toMatch(/damaged/);
    expect(message(svg.replace('"kind":"standard-edition-server"', '"kind":"router"'))).toMatch(
      /^the plan inside this SVG cannot be read: nodes\[0\]\.kind: expected one of/,
    );
    expect(message(svg.replace(/(<ocs-plan[^>]*>)[^<]{10}/, '$1'))).toMatch(/not valid JSON/);
    const r = readPlanFromSvg(svg.replace('"pool":"p1"', '"pool":"p2"'));
    expect(!r.ok && r.error.path).toBe('nodes[0].pool');
  });

  it('keeps the plan JSON readable in the file', () => {
    const plan = templatePlan('standard');
    const svg = exportSvg(plan);
    expect(svg).toContain(
      `<metadata><ocs-plan xmlns="urn:ocs-topology-designer:plan" version="2">{"format":"ocs-topology-plan","version":2,"name":"Standard Edition"`,
    );
    expect(JSON.parse(planToJson(plan))).toEqual(plan);
  });
});

describe('readPlanFromSvg fuzz', () => {
  const svgs = fc.sample(planArbitrary, { numRuns: 60, seed: 2007 }).map((plan) => exportSvg(plan));
  const FRAGMENTS = [
    '<ocs-plan>',
    '</ocs-plan>',
    '<ns0:ocs-plan a="1">',
    '<![CDATA[',
    ']]>',
    '<!--',
    '-->',
    '&',
    '&amp;',
    '&#x',
    '&#1114112;',
    ';',
    '<',
    '>',
    '"',
    '{',
    '}',
    '[',
    '\\',
    '\uFEFF',
    '\u0000',
  ];
  const mutation = fc.oneof(
    fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('cut' as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
    fc.record({
      op: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })),
    }),
    fc.record({ op: fc.constant('repeat' as const), at: fc.nat(), length: fc.nat({ max: 40 }), times: fc.integer({ min: 2, max: 200 }) }),
    fc.record({ op: fc.constant('flip' as const), at: fc.nat(), char: fc.constantFrom('<', '>', '&', ';', '"', 'x', '0', ' ') }),
  );
  type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;
  const apply = (s: string, m: Mutation): string => {
    // Mutations land around the embedded plan most of the time, where the reader looks.
    const plan = s.indexOf('<metadata>');
    const end = s.indexOf('</metadata>');
    const span = (end > plan ? end + '</metadata>'.length : s.length) - plan;
    const i = plan >= 0 && m.at % 4 !== 0 ? plan + (m.at % Math.max(1, span)) : m.at % (s.length + 1);
    switch (m.op) {
      case 'truncate':
        return s.slice(0, i);
      case 'cut':
        return s.slice(0, i) + s.slice(i + m.length);
      case 'insert':
        return s.slice(0, i) + m.text + s.slice(i);
      case 'repeat':
        return s.slice(0, i) + s.slice(i, i + m.length).repeat(m.times) + s.slice(i + m.length);
      case 'flip':
        return s.slice(0, i) + m.char + s.slice(i + 1);
    }
  };

  it(`never throws on ${fuzzRuns('svgMutations').toLocaleString('en-US')} damaged SVGs: a valid plan or a clear error`, () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.nat(svgs.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), (pick, mutations) => {
        const result = readPlanFromSvg(mutations.reduce(apply, svgs[pick]));
        if (!result.ok) {
          refused++;
          return result.error instanceof PlanReadError && result.error.message.length > 0;
        }
        return readPlan(result.plan).ok;
      }),
      { numRuns: fuzzRuns('svgMutations') },
    );
    expect(refused).toBeGreaterThan(fuzzRuns('svgMutations') * 0.3);
  });
});

describe('exportSvg: labels of the plan’s OCS version', () => {
  it('names the Archiving and Monitoring kinds as the plan’s version does, on the nodes and in the legend', () => {
    const old = exportSvg(archivingMonitoringPlan('2007'));
    expect(old).toContain('<title>Archiving and CDR Server: arc01.contoso.com</title>');
    expect(old).toContain('<title>QoE Monitoring Server: mon01.contoso.com</title>');
    const legend = old.match(/<g class="ocs-legend">[\s\S]*?<\/g>\n/)![0];
    expect(legend).toContain('>Archiving and CDR Server</text>');
    expect(legend).toContain('>QoE Monitoring Server</text>');
    expect(old).not.toMatch(/>(Archiving|Monitoring) Server</);
    const r2 = exportSvg(archivingMonitoringPlan('2007-r2'));
    expect(r2).toContain('<title>Archiving Server: arc01.contoso.com</title>');
    expect(r2).toContain('>Monitoring Server</text>');
    expect(r2).not.toContain('CDR Server');
  });
});

describe('exportSvg: the legend', () => {
  it('names every kind whole, in either version', () => {
    for (const v of ['2007', '2007-r2'] as const) {
      const plan = templatePlan('r2-data-centre');
      const legend = exportSvg({ ...plan, ocsVersion: v }).match(/<g class="ocs-legend">[\s\S]*?<\/g>\n/)![0];
      expect(legend).toContain('>Group Chat Compliance Server</text>');
      expect(legend).toContain('>Communicator Web Access</text>');
      expect(legend).not.toContain('…');
    }
  });
});
