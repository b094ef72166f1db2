import { describe, expect, it } from 'vitest';
import { templatePlan } from '../domain/templates';
import type { Plan } from '../domain/plan';
import { CSV_COLUMNS, csvCell, exportCsv } from './csv';

/** RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  expect(quoted).toBe(false);
  expect(cell).toBe('');
  return rows;
}

describe('exportCsv', () => {
  it('one row per server with its pool name and the ids it is linked to', () => {
    const plan = templatePlan('consolidated');
    const rows = parseCsv(exportCsv(plan));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(plan.nodes.length + 1);
    const poolName = new Map(plan.pools.map((p) => [p.id, p.name]));
    plan.nodes.forEach((node, i) => {
      const [id, name, kind, , pool, zone, site, links, edges] = rows[i + 1];
      expect([id, name, kind, pool, zone, site]).toEqual([
        node.id,
        node.name,
        node.kind,
        node.pool ? poolName.get(node.pool) : '',
        'internal',
        '',
      ]);
      const expected = plan.links.filter((l) => l.from === node.id || l.to === node.id).map((l) => (l.from === node.id ? l.to : l.from));
      expect(links === '' ? [] : links.split(',')).toEqual(expected);
      expect(edges === '' ? [] : edges.split(',')).toEqual(plan.links.filter((l) => l.from === node.id).map((l) => l.to));
    });
    // Each link once in the edges column: a diagram import draws no link twice.
    const edgeCount = rows.slice(1).reduce((n, r) => n + (r[8] === '' ? 0 : r[8].split(',').length), 0);
    expect(edgeCount).toBe(plan.links.length);
  });

  it('quotes commas, quotes and line breaks, and disarms formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' edge')).toBe('" edge"');
    for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(formula).replace(/^"/, '')[0]).toBe("'");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('a-b@c=d')).toBe('a-b@c=d');
  });

  it('round-trips hostile names and extra zone and site fields', () => {
    const base = templatePlan('standard');
    const plan: Plan = {
      ...base,
      nodes: base.nodes.map((n) => ({ ...n, name: '=cmd|" /C calc"!A0, "x"\r\ny', zone: 'internal', site: 'Zürich, HQ' })),
    };
    const rows = parseCsv(exportCsv(plan));
    expect(rows[1][1]).toBe(`'${plan.nodes[0].name}`);
    expect(rows[1].slice(5, 7)).toEqual(['internal', 'Zürich, HQ']);
  });
});
