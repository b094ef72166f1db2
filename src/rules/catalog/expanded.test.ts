import { describe, expect, it } from 'vitest';
import { findingsOf, PlanBuilder } from '../../../test/support/planBuilder';

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
      expect(findingsOf(plan, 'EXPANDED-MISSING-DEDICATED')).toEqual([expect.objectContaining({ severity: 'error', pool: p.pool })]);
    });
  }

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
