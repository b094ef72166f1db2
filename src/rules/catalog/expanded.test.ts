import { describe, expect, it } from 'vitest';
import { findingsOf, PlanBuilder } from '../../../test/support/planBuilder';
import { fixesFor } from '../fixes';

describe('EXPANDED-MISSING-DEDICATED', () => {
  it('accepts an expanded pool with one of each dedicated server', () => {
    const b = new PlanBuilder();
    b.enterprisePool('expanded');
    expect(findingsOf(b.build(), 'EXPANDED-MISSING-DEDICATED')).toEqual([]);
  });

  for (const kind of ['web-components-server', 'web-conferencing-server', 'av-conferencing-server'] as const) {
    it(`flags an expanded pool without a ${kind}`, () => {
      const b = new PlanBuilder();
      const p = b.enterprisePool('expanded');
      const gone = { 'web-components-server': p.web, 'web-conferencing-server': p.wcs, 'av-conferencing-server': p.av }[kind]!;
      b.set(gone, { pool: undefined });
      const plan = b.build();
      plan.nodes = plan.nodes.filter((n) => n.id !== gone);
      // A warning: no Microsoft text requires one of each; without one, that feature is unavailable.
      expect(findingsOf(plan, 'EXPANDED-MISSING-DEDICATED')).toEqual([expect.objectContaining({ severity: 'warning', pool: p.pool })]);
    });
  }

  it('on R2, also wants an Application Sharing Server', () => {
    const b = new PlanBuilder('2007-r2');
    const p = b.enterprisePool('expanded');
    expect(findingsOf(b.build(), 'EXPANDED-MISSING-DEDICATED')).toEqual([]);
    const plan = b.build();
    plan.nodes = plan.nodes.filter((n) => n.id !== p.appSharing);
    const [f] = findingsOf(plan, 'EXPANDED-MISSING-DEDICATED');
    expect(f).toEqual(expect.objectContaining({ severity: 'warning', pool: p.pool }));
    expect(f.message).toContain('has no Application Sharing Server');
  });

  it('on 2007, has no Application Sharing Server to want', () => {
    const b = new PlanBuilder('2007');
    b.enterprisePool('expanded');
    expect(b.nodes.some((n) => n.kind === 'application-sharing-server')).toBe(false);
    expect(findingsOf(b.build(), 'EXPANDED-MISSING-DEDICATED')).toEqual([]);
  });

  it('on R2, offers to add the missing Application Sharing Server', () => {
    const b = new PlanBuilder('2007-r2');
    const p = b.enterprisePool('expanded');
    const plan = b.build();
    plan.nodes = plan.nodes.filter((n) => n.id !== p.appSharing);
    const [f] = findingsOf(plan, 'EXPANDED-MISSING-DEDICATED');
    const fix = fixesFor(plan, f).find((x) => x.id.endsWith('/add-dedicated'))!;
    const after = fix.apply(plan);
    expect(after.nodes.filter((n) => n.kind === 'application-sharing-server' && n.pool === p.pool)).toHaveLength(1);
    expect(findingsOf(after, 'EXPANDED-MISSING-DEDICATED')).toEqual([]);
  });

  it('names every missing kind', () => {
    const b = new PlanBuilder();
    b.enterprisePool();
    b.pools[0].configuration = 'expanded';
    expect(findingsOf(b.build(), 'EXPANDED-MISSING-DEDICATED')[0].message).toContain(
      'Web Components Server, Web Conferencing Server and A/V Conferencing Server',
    );
  });
});

describe('EXPANDED-FE-COLLOCATION', () => {
  for (const role of ['web-conferencing', 'av-conferencing', 'web-components'] as const) {
    it(`flags ${role} on a Front End of an expanded pool`, () => {
      const b = new PlanBuilder();
      const { pool, fes } = b.enterprisePool('expanded');
      b.set(fes[0], { collocated: [role] });
      expect(findingsOf(b.build(), 'EXPANDED-FE-COLLOCATION')).toEqual([expect.objectContaining({ pool, nodes: [fes[0]] })]);
    });
  }

  it('on R2, flags Application Sharing on an expanded Front End, and moves it to the Application Sharing Server', () => {
    const b = new PlanBuilder('2007-r2');
    const { pool, fes, appSharing } = b.enterprisePool('expanded');
    b.set(fes[0], { collocated: ['application-sharing'] });
    const plan = b.build();
    const [f] = findingsOf(plan, 'EXPANDED-FE-COLLOCATION');
    expect(f).toEqual(expect.objectContaining({ severity: 'error', pool, nodes: [fes[0]] }));
    expect(f.message).toContain('an Application Sharing Server');
    const fix = fixesFor(plan, f).find((x) => x.id.endsWith('/move-to-dedicated'))!;
    expect(fix.label).toContain(`onto ${b.nodes.find((n) => n.id === appSharing)!.name}`);
    expect(findingsOf(fix.apply(plan), 'EXPANDED-FE-COLLOCATION')).toEqual([]);
  });

  it('on 2007, leaves Application Sharing on a Front End to the collocation rules', () => {
    const b = new PlanBuilder('2007');
    const { fes } = b.enterprisePool('expanded');
    b.set(fes[0], { collocated: ['application-sharing'] });
    expect(findingsOf(b.build(), 'EXPANDED-FE-COLLOCATION')).toEqual([]);
  });

  for (const role of ['im-conferencing', 'telephony-conferencing'] as const) {
    it(`flags ${role} on a dedicated server`, () => {
      const b = new PlanBuilder();
      const { av } = b.enterprisePool('expanded');
      b.set(av!, { collocated: [role] });
      expect(findingsOf(b.build(), 'EXPANDED-FE-COLLOCATION').map((f) => f.nodes)).toEqual([[av]]);
    });
  }

  it('accepts IM and telephony conferencing on Front Ends, and any role in a consolidated pool', () => {
    const b = new PlanBuilder();
    const expanded = b.enterprisePool('expanded');
    for (const fe of expanded.fes) b.set(fe, { collocated: ['im-conferencing', 'telephony-conferencing'] });
    const consolidated = b.enterprisePool('consolidated');
    for (const fe of consolidated.fes) b.set(fe, { collocated: ['web-conferencing', 'av-conferencing', 'web-components'] });
    expect(findingsOf(b.build(), 'EXPANDED-FE-COLLOCATION')).toEqual([]);
  });
});

describe('EXPANDED-WEB-LB', () => {
  it('flags a Web Components Server with no load balancer', () => {
    const b = new PlanBuilder();
    const { pool, web } = b.enterprisePool('expanded');
    const plan = b.build();
    plan.links = plan.links.filter((l) => l.from !== web && l.to !== web);
    expect(findingsOf(plan, 'EXPANDED-WEB-LB')).toEqual([expect.objectContaining({ severity: 'error', pool, nodes: [web] })]);
  });

  it('accepts a Web Components Server behind its own load balancer', () => {
    const b = new PlanBuilder();
    const { web } = b.enterprisePool('expanded');
    b.link(web!, b.node('hardware-load-balancer'));
    expect(findingsOf(b.build(), 'EXPANDED-WEB-LB')).toEqual([]);
  });
});

describe('R2-EXPANDED-CLI', () => {
  it('notes an expanded pool on R2', () => {
    const b = new PlanBuilder('2007-r2');
    const { pool } = b.enterprisePool('expanded');
    expect(findingsOf(b.build(), 'R2-EXPANDED-CLI')).toEqual([expect.objectContaining({ severity: 'info', pool })]);
  });

  it('says nothing on 2007, nor for a consolidated pool on R2', () => {
    const b07 = new PlanBuilder('2007');
    b07.enterprisePool('expanded');
    const r2 = new PlanBuilder('2007-r2');
    r2.enterprisePool('consolidated');
    expect([...findingsOf(b07.build(), 'R2-EXPANDED-CLI'), ...findingsOf(r2.build(), 'R2-EXPANDED-CLI')]).toEqual([]);
  });
});
