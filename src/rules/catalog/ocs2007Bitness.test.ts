import { describe, expect, it } from 'vitest';
import { fixesFor } from '../fixes';
import { findingsOf, PlanBuilder } from '../../../test/support/planBuilder';

describe('OCS2007-64BIT', () => {
  it('warns on 2007 about an OCS server role planned as 64-bit', () => {
    const b = new PlanBuilder('2007');
    const med = b.node('mediation-server', { is64bit: true });
    const plan = b.build();
    const [f] = findingsOf(plan, 'OCS2007-64BIT');
    expect(f).toEqual(expect.objectContaining({ severity: 'warning', nodes: [med] }));
    const [fix] = fixesFor(plan, f);
    expect(fix.apply(plan).nodes[0].is64bit).toBe(false);
  });

  it('is silent for SQL, devices and the PSTN, for 32-bit or unset servers, and on R2', () => {
    const b = new PlanBuilder('2007');
    for (const kind of ['back-end-sql', 'sql-server', 'reverse-proxy', 'media-gateway', 'pstn', 'hardware-load-balancer'] as const)
      b.node(kind, { is64bit: true });
    b.node('archiving-server', { is64bit: false });
    b.node('archiving-server');
    expect(findingsOf(b.build(), 'OCS2007-64BIT')).toEqual([]);
    const r2 = new PlanBuilder('2007-r2');
    r2.node('mediation-server', { is64bit: true });
    expect(findingsOf(r2.build(), 'OCS2007-64BIT')).toEqual([]);
  });
});
