import { describe, expect, it } from 'vitest';
import { NODE_SIZE, poolBox } from '../../domain/geometry';
import { templatePlan } from '../../domain/templates';
import type { Plan } from '../../domain/plan';
import { ruleById, sourceOf } from '../check';
import { fixesFor } from '../fixes';
import { errorsOf, findingsOf, frozen, PlanBuilder } from '../../../test/support/planBuilder';

const linked = (plan: Plan, a: string, b: string) => plan.links.some((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a));

/** The consolidated template with sql01 dragged out of its pool, to the right of it, still linked to every Front End. */
function sqlDraggedOut(): Plan {
  const plan = templatePlan('consolidated');
  return {
    ...plan,
    nodes: plan.nodes.map((n) => {
      if (n.id !== 'sql1') return n;
      const { pool: _, ...rest } = n;
      return { ...rest, position: { x: 1200, y: 600 } };
    }),
  };
}

describe('EE-BACKEND-LINK', () => {
  it('warns about Front Ends and conferencing servers not linked to the back end', () => {
    const b = new PlanBuilder();
    const p = b.enterprisePool('expanded', { frontEnds: 3 });
    const plan = b.build();
    plan.links = plan.links.filter((l) => !(l.to === p.sql && (l.from === p.fes[1] || l.from === p.av)));
    const [f, ...more] = findingsOf(plan, 'EE-BACKEND-LINK');
    expect(more).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', pool: p.pool });
    // Web Components is not linked either: it is not a server that reaches the database.
    expect(f.nodes).toEqual([p.fes[1], p.av!]);
    expect(f.message).toContain('fe02.contoso.com');
    expect(f.message).toContain("not linked to the pool's back end sql01.contoso.com");
  });

  it('counts a link through a hardware load balancer', () => {
    const b = new PlanBuilder();
    const p = b.enterprisePool();
    const plan = b.build();
    plan.links = plan.links.filter((l) => l.to !== p.sql);
    plan.links.push({ id: 'lx', from: p.lb, to: p.sql });
    expect(findingsOf(plan, 'EE-BACKEND-LINK')).toEqual([]);
  });

  it('leaves a pool without a back end to EE-BACKEND-MISSING, and accepts the templates', () => {
    const b = new PlanBuilder();
    const pool = b.pool('consolidated');
    b.node('front-end-server', { pool });
    expect(findingsOf(b.build(), 'EE-BACKEND-LINK')).toEqual([]);
    for (const version of ['2007', '2007-r2'] as const)
      for (const t of ['consolidated', 'expanded'] as const) expect(findingsOf(templatePlan(t, version), 'EE-BACKEND-LINK')).toEqual([]);
  });

  it('links them with its fix, and names a back end outside the pool they use instead', () => {
    const b = new PlanBuilder();
    const p = b.enterprisePool('consolidated', { frontEnds: 2 });
    const stray = b.node('back-end-sql', { name: 'sql09.contoso.com' });
    const plan = b.build();
    plan.links = plan.links.map((l) => (l.from === p.fes[0] && l.to === p.sql ? { ...l, to: stray } : l));
    const [f] = findingsOf(plan, 'EE-BACKEND-LINK');
    expect(f.message).toContain('linked to sql09.contoso.com, which stands outside the pool');
    const [fix] = fixesFor(plan, f);
    expect(fix.label).toBe('Link fe01.contoso.com to sql01.contoso.com');
    const after = fix.apply(frozen(plan));
    expect(linked(after, p.fes[0], p.sql)).toBe(true);
    expect(findingsOf(after, 'EE-BACKEND-LINK')).toEqual([]);
  });

  it('cites the OCS 2007 page on a 2007 plan and the R2 page on an R2 plan', () => {
    const rule = ruleById('EE-BACKEND-LINK');
    expect(sourceOf(rule, '2007')?.url).toContain('(v=office.12)');
    expect(sourceOf(rule, '2007-r2')?.url).toContain('(v=office.13)');
  });
});

describe('a back end dragged out of its pool', () => {
  it('is named by EE-BACKEND-MISSING, which says it stands outside the pool', () => {
    const [f] = findingsOf(sqlDraggedOut(), 'EE-BACKEND-MISSING');
    expect(f.message).toContain('sql01.contoso.com stands outside the pool');
    expect(f.nodes).toEqual(['sql1']);
  });

  it('is moved back into the pool by the fix, into free space inside the box; no server is added', () => {
    const before = sqlDraggedOut();
    const [f] = findingsOf(before, 'EE-BACKEND-MISSING');
    const fixes = fixesFor(before, f);
    expect(fixes.map((x) => x.label)).toEqual(['Move sql01.contoso.com into pool01.contoso.com']);
    const after = fixes[0].apply(frozen(before));
    expect(after.nodes.map((n) => n.id)).toEqual(before.nodes.map((n) => n.id));
    const sql = after.nodes.find((n) => n.id === 'sql1')!;
    expect(sql.pool).toBe('p1');
    const pool = after.pools[0];
    // Inside the pool's own box as it was (there is room below the Front Ends), clear of every other node.
    expect(sql.position.x).toBeGreaterThanOrEqual(pool.position!.x);
    expect(sql.position.y + NODE_SIZE.height).toBeLessThanOrEqual(pool.position!.y + pool.size!.height);
    for (const o of after.nodes)
      if (o !== sql)
        expect(
          Math.abs(o.position.x - sql.position.x) < NODE_SIZE.width && Math.abs(o.position.y - sql.position.y) < NODE_SIZE.height,
        ).toBe(false);
    expect(errorsOf(after)).toEqual([]);
    expect(findingsOf(after, 'EE-BACKEND-LINK')).toEqual([]);
    const members = after.nodes.filter((n) => n.pool === 'p1');
    expect(poolBox(pool, members)).toEqual({ ...pool.position, ...pool.size });
  });

  it('is not moved into a pool when it also serves another pool (that would add EE-BACKEND-SHARED)', () => {
    const b = new PlanBuilder('2007-r2');
    const pool = b.pool('consolidated');
    const fe = b.node('front-end-server', { pool });
    const other = b.enterprisePool();
    const sql = b.node('back-end-sql');
    b.link(fe, sql).link(other.fes[0], sql);
    const plan = b.build();
    const [f] = findingsOf(plan, 'EE-BACKEND-MISSING').filter((x) => x.pool === pool);
    expect(fixesFor(plan, f).map((x) => x.id)).toEqual(['EE-BACKEND-MISSING/add-back-end']);
  });
});
