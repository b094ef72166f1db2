import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/rules';
import { templatePlan } from '../../src/domain/templates';
import { makeDeploymentPlan } from './deploymentPlan';

describe('makeDeploymentPlan', () => {
  it('copies the whole data centre, a site per copy, with its own ids and names, every new kind in it, and no error', () => {
    const unit = templatePlan('r2-data-centre');
    const central = unit.nodes.filter((n) => n.kind.startsWith('group-chat') || n.kind === 'cwa-server').length;
    const plan = makeDeploymentPlan(unit.nodes.length + 4 * (unit.nodes.length - central));
    expect(plan.nodes).toHaveLength(unit.nodes.length * 5 - 4 * central);
    expect(plan.sites).toHaveLength(5);
    expect(new Set(plan.nodes.map((n) => n.id)).size).toBe(plan.nodes.length);
    expect(new Set(plan.nodes.map((n) => n.name.toLowerCase())).size).toBe(plan.nodes.length);
    for (const kind of [
      'edge-server',
      'reverse-proxy',
      'mediation-server',
      'media-gateway',
      'archiving-server',
      'monitoring-server',
      'cwa-server',
      'group-chat-server',
    ]) {
      expect(
        plan.nodes.some((n) => n.kind === kind),
        kind,
      ).toBe(true);
    }
    expect(checkPlan(plan).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
