/** A Standard Edition plan with an Archiving and a Monitoring Server, for the kinds whose labels differ by OCS version. */
import { buildNode } from '../../src/domain/kinds';
import type { OcsVersion, Plan } from '../../src/domain/plan';
import { templatePlan } from '../../src/domain/templates';

export function archivingMonitoringPlan(ocsVersion: OcsVersion): Plan {
  const base = templatePlan('standard', ocsVersion);
  return {
    ...base,
    nodes: [
      ...base.nodes,
      buildNode('archiving-server', ocsVersion, { id: 'arc1', name: 'arc01.contoso.com', position: { x: 400, y: 120 } }),
      buildNode('monitoring-server', ocsVersion, { id: 'mon1', name: 'mon01.contoso.com', position: { x: 400, y: 260 } }),
    ],
  };
}
