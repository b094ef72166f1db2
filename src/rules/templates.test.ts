import { describe, expect, it } from 'vitest';
import { templatePlan } from '../domain/templates';
import { checkPlan } from './index';

describe('the seed templates', () => {
  for (const version of ['2007', '2007-r2'] as const) {
    for (const template of ['standard', 'consolidated', 'expanded'] as const) {
      it(`${template} on ${version} has no errors or warnings`, () => {
        const found = checkPlan(templatePlan(template, version));
        expect(found.filter((f) => f.severity !== 'info')).toEqual([]);
      });
    }
  }

  it('carry the infos the doc predicts', () => {
    expect(checkPlan(templatePlan('standard')).map((f) => f.rule)).toEqual(['SE-NO-HA']);
    expect(checkPlan(templatePlan('expanded', '2007-r2')).map((f) => f.rule)).toEqual(['R2-EXPANDED-CLI']);
    expect(checkPlan(templatePlan('consolidated', '2007-r2'))).toEqual([]);
  });
});

describe('the deployment templates of voice and the full data centre', () => {
  const nodesOf = (plan: ReturnType<typeof templatePlan>, kind: string) => plan.nodes.filter((n) => n.kind === kind);

  for (const version of ['2007', '2007-r2'] as const) {
    it(`Enterprise Voice on ${version} is clean: a basic gateway with its Mediation Server, an advanced gateway, the PSTN, a pool`, () => {
      const plan = templatePlan('enterprise-voice', version);
      expect(plan.ocsVersion).toBe(version);
      expect(checkPlan(plan)).toEqual([]);
      expect(nodesOf(plan, 'media-gateway').map((n) => n.gatewayType)).toEqual(['basic', 'advanced']);
      expect(nodesOf(plan, 'mediation-server')).toHaveLength(1);
      expect(nodesOf(plan, 'pstn').map((n) => n.zone)).toEqual(['external']);
    });
  }

  it('R2 full data centre is an R2 plan with every role, clean', () => {
    const plan = templatePlan('r2-data-centre', '2007');
    expect(plan.ocsVersion).toBe('2007-r2');
    expect(checkPlan(plan)).toEqual([]);
    for (const kind of [
      'edge-server',
      'reverse-proxy',
      'mediation-server',
      'media-gateway',
      'pstn',
      'archiving-server',
      'monitoring-server',
      'sql-server',
      'cwa-server',
      'group-chat-server',
      'group-chat-compliance-server',
    ])
      expect(nodesOf(plan, kind), kind).toHaveLength(1);
    expect(plan.pools.map((p) => p.purpose ?? 'users')).toEqual(['director', 'users']);
  });

  it('R2 full data centre lays the zones out in columns: the Internet, then the perimeter, then the internal network', () => {
    const plan = templatePlan('r2-data-centre');
    const xs = (zone: string) => plan.nodes.filter((n) => n.zone === zone).map((n) => n.position.x);
    expect(Math.max(...xs('external'))).toBeLessThan(Math.min(...xs('perimeter')));
    expect(Math.max(...xs('perimeter'))).toBeLessThan(Math.min(...xs('internal')));
    // The Edge Server's next hop is the Director pool's load balancer, not one of its Front Ends.
    const edge = plan.nodes.find((n) => n.kind === 'edge-server')!;
    const hops = plan.links.filter((l) => l.from === edge.id || l.to === edge.id).map((l) => (l.from === edge.id ? l.to : l.from));
    expect(hops.map((id) => plan.nodes.find((n) => n.id === id)?.kind)).toEqual(['hardware-load-balancer']);
  });

  it('place no node over another', () => {
    for (const plan of [templatePlan('enterprise-voice'), templatePlan('r2-data-centre')]) {
      const spots = plan.nodes.map((n) => `${n.position.x},${n.position.y}`);
      expect(new Set(spots).size).toBe(spots.length);
      for (const a of plan.nodes)
        for (const b of plan.nodes)
          if (a !== b)
            expect(Math.abs(a.position.x - b.position.x) >= 184 || Math.abs(a.position.y - b.position.y) >= 64, `${a.id} ${b.id}`).toBe(
              true,
            );
    }
  });
});
