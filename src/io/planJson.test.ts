import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { templatePlan } from '../domain/templates';
import type { Plan } from '../domain/plan';
import { planArbitrary } from '../../test/support/arbitraries';
import { PLAN_SCHEMA_ID, planFileName, planToJson } from './planJson';
import { parsePlanText } from './readPlan';

describe('planToJson', () => {
  it('writes the fields in the contract order, known fields first, with 2-space indentation', () => {
    const plan = templatePlan('consolidated');
    // Built in a scrambled order, with unknown fields in front.
    const scrambled = {
      links: plan.links.map((l) => ({ to: l.to, note: 'x', from: l.from, id: l.id })),
      zeta: 1,
      nodes: plan.nodes,
      pools: plan.pools.map((p) => ({ users: p.users, size: { height: p.size!.height, width: p.size!.width }, color: 'red', ...p })),
      ocsVersion: plan.ocsVersion,
      name: plan.name,
      version: plan.version,
      format: plan.format,
    } as unknown as Plan;
    const text = planToJson(scrambled);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'name', 'ocsVersion', 'pools', 'nodes', 'links', 'zeta']);
    expect(Object.keys((parsed.pools as object[])[0])).toEqual([
      'id',
      'name',
      'edition',
      'configuration',
      'users',
      'position',
      'size',
      'color',
    ]);
    expect(Object.keys((parsed.pools as { size: object }[])[0].size)).toEqual(['width', 'height']);
    expect(Object.keys((parsed.links as object[])[0])).toEqual(['id', 'from', 'to', 'note']);
    expect(text.startsWith('{\n  "format": "ocs-topology-plan",\n  "version": 2,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('round-trips generated plans exactly (plan -> JSON -> plan)', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const result = parsePlanText(planToJson(plan));
        expect(result).toEqual({ ok: true, plan });
      }),
      { numRuns: 200 },
    );
  });
});

describe('planFileName', () => {
  it.each([
    ['Contoso HQ', 'contoso-hq.json'],
    ['  Fabrikam / Berlin (R2) ', 'fabrikam-berlin-r2.json'],
    ['Zürich Café', 'zurich-cafe.json'],
    ['<script>alert(1)</script>', 'script-alert-1-script.json'],
    ['../../etc/passwd', 'etc-passwd.json'],
    ['漢字', '漢字.json'],
    ['ＣＯＮ', 'con-plan.json'],
    ['', 'plan.json'],
    ['x'.repeat(200), `${'x'.repeat(60)}.json`],
  ])('%j -> %s', (name, file) => {
    expect(planFileName({ name })).toBe(file);
  });
});

describe('$schema', () => {
  it('an export can say where its schema is; reading drops it again, so the plan is the same', () => {
    const plan = templatePlan('consolidated');
    const text = planToJson({ ...plan, $schema: 'old' } as Plan, { schema: PLAN_SCHEMA_ID });
    expect(text.startsWith(`{\n  "$schema": "${PLAN_SCHEMA_ID}",\n  "format": "ocs-topology-plan",`)).toBe(true);
    expect(text.match(/"\$schema"/g)).toHaveLength(1);
    expect(parsePlanText(text)).toEqual({ ok: true, plan });
  });
});
