import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../rules';
import { decodePlanLink, encodePlanLink } from './link';
import { MIGRATE_1_TO_2, migratePlan } from './migrations';
import { parsePlanText, readPlan } from './readPlan';
import { exportSvg } from './exportSvg';
import { readPlanFromSvg } from './svgMetadata';

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');

/** Every version-1 fixture that is a readable plan. */
const v1Fixtures = readdirSync(`${root}fixtures/plans`)
  .filter((f) => f.endsWith('.json'))
  .map((f): [string, Record<string, unknown>] | undefined => {
    try {
      const raw = JSON.parse(read(`fixtures/plans/${f}`)) as Record<string, unknown>;
      return raw.version === 1 && readPlan(raw).ok ? [f, raw] : undefined;
    } catch {
      return undefined;
    }
  })
  .filter((x) => x !== undefined);

/** The plan with every node's zone taken away: what version 1 said. */
const withoutZones = (plan: object) => {
  const p = plan as { nodes: Record<string, unknown>[] };
  return { ...p, version: 1, nodes: p.nodes.map(({ zone: _zone, ...n }) => n) };
};

describe('migration 1 -> 2', () => {
  it('has version-1 fixtures to read', () => {
    expect(v1Fixtures.map(([f]) => f)).toEqual(
      expect.arrayContaining(['consolidated.json', 'expanded.json', 'standard.json', 'with-errors.json']),
    );
  });

  for (const [file, raw] of v1Fixtures) {
    it(`opens ${file} as version 2 with the same meaning`, () => {
      const result = readPlan(raw);
      if (!result.ok) throw result.error;
      const plan = result.plan;
      expect(plan.version).toBe(2);
      // Every node is in the internal network; nothing else changed.
      expect(plan.nodes.every((n) => n.zone === 'internal')).toBe(true);
      expect(withoutZones(plan)).toEqual(raw);
      // The same findings as the version-1 plan had (rules read a missing zone as internal).
      const before = checkPlan(raw as never).map((f) => [f.rule, f.nodes]);
      expect(checkPlan(plan).map((f) => [f.rule, f.nodes])).toEqual(before);
    });
  }

  it('does not change its input, keeps unknown fields and a zone already there', () => {
    const raw = { format: 'ocs-topology-plan', version: 1, nodes: [{ id: 'a', extra: 1 }, { id: 'b', zone: 'perimeter' }, 'odd'], x: true };
    const copy = structuredClone(raw);
    const up = MIGRATE_1_TO_2.up(raw);
    expect(raw).toEqual(copy);
    expect(up).toEqual({ ...raw, nodes: [{ id: 'a', extra: 1, zone: 'internal' }, { id: 'b', zone: 'perimeter' }, 'odd'] });
    expect(migratePlan(raw, 1)).toEqual({ ok: true, raw: { ...up, version: 2 } });
  });

  it('opens a share link made before version 2 (it names no version) as version 2', () => {
    const result = decodePlanLink(read('fixtures/v1/expanded-link.txt').trim());
    if (!result.ok) throw result.error;
    const fixture = JSON.parse(read('fixtures/plans/expanded.json')) as Record<string, unknown>;
    expect(result.plan.version).toBe(2);
    expect(withoutZones(result.plan)).toEqual(fixture);
  });

  it('opens an SVG exported before version 2', () => {
    const result = readPlanFromSvg(read('fixtures/v1/standard.svg'));
    if (!result.ok) throw result.error;
    expect(result.plan.version).toBe(2);
    expect(withoutZones(result.plan)).toEqual(JSON.parse(read('fixtures/plans/standard.json')));
  });

  it('links and SVGs carry version 2 and its fields exactly', () => {
    const read2 = parsePlanText(read('fixtures/plans/expanded.json'));
    if (!read2.ok) throw read2.error;
    const plan = {
      ...read2.plan,
      sites: [{ id: 's1', name: 'Oslo' }],
      nodes: [
        ...read2.plan.nodes,
        {
          id: 'edge1',
          kind: 'edge-server' as const,
          name: 'edge01.contoso.com',
          position: { x: 0, y: 0 },
          zone: 'perimeter' as const,
          site: 's1',
          edgeServices: ['access' as const],
          avNat: 'none' as const,
        },
      ],
    };
    const viaLink = decodePlanLink(encodePlanLink(plan));
    expect(viaLink.ok && viaLink.plan).toEqual(plan);
    const viaSvg = readPlanFromSvg(exportSvg(plan));
    expect(viaSvg.ok && viaSvg.plan).toEqual(plan);
    expect(exportSvg(plan)).toContain('version="2"');
  });
});
