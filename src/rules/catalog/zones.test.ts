import { describe, expect, it } from 'vitest';
import { fixesFor } from '../fixes';
import { findingsOf, PlanBuilder } from '../../../test/support/planBuilder';

describe('ZONE-PLACEMENT', () => {
  it('accepts each kind in its own zone', () => {
    const b = new PlanBuilder('2007-r2');
    b.standardPool();
    b.node('edge-server', { zone: 'perimeter' });
    b.node('reverse-proxy', { zone: 'perimeter' });
    b.node('pstn', { zone: 'external' });
    b.node('hardware-load-balancer', { zone: 'perimeter', side: 'internal' });
    b.node('hardware-load-balancer', { zone: 'internal' });
    expect(findingsOf(b.build(), 'ZONE-PLACEMENT')).toEqual([]);
  });

  it('reads a node without a zone as internal', () => {
    const b = new PlanBuilder();
    const edge = b.node('edge-server');
    const [f] = findingsOf(b.build(), 'ZONE-PLACEMENT');
    expect(f).toEqual(expect.objectContaining({ severity: 'error', nodes: [edge] }));
    expect(f.message).toContain('is in the internal network');
    expect(f.message).toContain('belongs in the perimeter network');
  });

  it('flags a pool server in the perimeter and a PSTN inside', () => {
    const b = new PlanBuilder();
    const { se } = b.standardPool();
    b.set(se, { zone: 'perimeter' });
    const pstn = b.node('pstn', { zone: 'internal' });
    expect(findingsOf(b.build(), 'ZONE-PLACEMENT').map((f) => f.nodes)).toEqual([[se], [pstn]]);
  });

  it('wants a load balancer with a side (in front of Edge Servers) in the perimeter', () => {
    const b = new PlanBuilder();
    const lb = b.node('hardware-load-balancer', { zone: 'internal', side: 'external' });
    expect(findingsOf(b.build(), 'ZONE-PLACEMENT').map((f) => f.nodes)).toEqual([[lb]]);
  });

  it('offers to move the node into its zone, as one edit that clears the finding', () => {
    const b = new PlanBuilder();
    const edge = b.node('edge-server', { zone: 'external' });
    const plan = b.build();
    const [f] = findingsOf(plan, 'ZONE-PLACEMENT');
    const [fix] = fixesFor(plan, f);
    expect(fix.label).toBe(`Move ${plan.nodes[0].name} into the perimeter network`);
    const after = fix.apply(plan);
    expect(after.nodes.find((n) => n.id === edge)?.zone).toBe('perimeter');
    expect(findingsOf(after, 'ZONE-PLACEMENT')).toEqual([]);
  });
});

describe('VERSION-KIND', () => {
  for (const kind of ['group-chat-server', 'group-chat-compliance-server', 'application-sharing-server'] as const) {
    it(`flags a ${kind} on 2007 and accepts it on R2`, () => {
      const on = (version: '2007' | '2007-r2') => {
        const b = new PlanBuilder(version);
        const id = b.node(kind);
        return { plan: b.build(), id };
      };
      const old = on('2007');
      expect(findingsOf(old.plan, 'VERSION-KIND')).toEqual([expect.objectContaining({ severity: 'error', nodes: [old.id] })]);
      expect(findingsOf(on('2007-r2').plan, 'VERSION-KIND')).toEqual([]);
    });
  }

  it('accepts the kinds both versions have', () => {
    const b = new PlanBuilder('2007');
    b.node('edge-server', { zone: 'perimeter' });
    b.node('cwa-server');
    b.node('mediation-server');
    expect(findingsOf(b.build(), 'VERSION-KIND')).toEqual([]);
  });
});
