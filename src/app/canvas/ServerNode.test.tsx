/** The server card names its kind as the plan's OCS version does, with the functions the inspector and the exports use. */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { ReactFlowProvider } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { kindLabel, kindShort } from '../../domain/kinds';
import type { OcsVersion } from '../../domain/plan';
import { archivingMonitoringPlan } from '../../../test/support/archivingPlan';
import { ServerNode } from './ServerNode';
import type { ServerFlowNode } from './ServerNode';
import { PlanVersionContext } from './planVersion';
import { DetailContext } from './detail';
import type { Detail } from './detail';

function card(ocsVersion: OcsVersion, id: string, detail: Detail = 'full'): string {
  const node = archivingMonitoringPlan(ocsVersion).nodes.find((n) => n.id === id)!;
  // What the card reads of React Flow's props.
  const props = { id, data: { node }, selected: false } as unknown as NodeProps<ServerFlowNode>;
  return renderToStaticMarkup(
    <ReactFlowProvider>
      <DetailContext value={detail}>
        <PlanVersionContext value={ocsVersion}>
          <ServerNode {...props} />
        </PlanVersionContext>
      </DetailContext>
    </ReactFlowProvider>,
  );
}

describe('server card', () => {
  it.each([
    ['2007', 'arc1', 'Archiving and CDR Server', 'Archiving and CDR'],
    ['2007', 'mon1', 'QoE Monitoring Server', 'QoE Monitoring'],
    ['2007-r2', 'arc1', 'Archiving Server', 'Archiving'],
    ['2007-r2', 'mon1', 'Monitoring Server', 'Monitoring'],
  ] as const)('on %s, %s is a %s', (version, id, label, short) => {
    const kind = id === 'arc1' ? 'archiving-server' : 'monitoring-server';
    expect([kindLabel(kind, version), kindShort(kind, version)]).toEqual([label, short]);
    const name = `${id === 'arc1' ? 'arc' : 'mon'}01.contoso.com`;
    expect(card(version, id)).toContain(`title="${label}: ${name}"`);
    // At low zoom, the box.
    expect(card(version, id, 'boxes')).toContain(`data-detail="box" title="${label}: ${name}"`);
    expect(card(version, id)).toContain(`>${short}</div>`);
  });
});
