/**
 * A network zone's region on the canvas: a labelled column behind everything, moved by its title
 * bar and resized when selected. The perimeter network is drawn between its two firewalls. Only the
 * title bar and the resize handles take the pointer: elsewhere the canvas pans and selects as usual.
 */
import { memo, useCallback } from 'react';
import { NodeResizer } from '@xyflow/react';
import type { Node, NodeProps } from '@xyflow/react';
import type { Zone } from '../../domain/plan';
import { MIN_ZONE_SIZE, ZONE_HEADER, ZONE_LABELS } from '../../domain/zones';
import { planStore, sessionStore, usePlan, useStoreState } from '../stores';
import type { SessionState } from '../../store/sessionStore';

export type ZoneFlowNode = Node<{ zone: Zone }, 'zone'>;

/** The flow node id of a zone's region (a colon: no plan id has one). */
export const zoneNodeId = (zone: Zone) => `zone:${zone}`;
export const ZONE_DRAG_HANDLE = 'zone-handle';

const TONE: Record<Zone, string> = {
  external: 'bg-sky-500/[0.05] dark:bg-sky-400/[0.06]',
  perimeter: 'bg-amber-500/[0.06] dark:bg-amber-400/[0.07]',
  internal: 'bg-emerald-500/[0.04] dark:bg-emerald-400/[0.05]',
};
const NOTE: Record<Zone, string> = {
  external: 'remote users, partners, the PSTN',
  perimeter: 'between the external and internal firewall',
  internal: 'the corporate network',
};
const POINTER = { pointerEvents: 'auto' } as const;
const PREVIEW_NONE = null;

function ZoneNodeView({ data, selected }: NodeProps<ZoneFlowNode>) {
  const { zone } = data;
  const id = zoneNodeId(zone);
  const preview = useStoreState(
    sessionStore,
    useCallback((s: SessionState) => (s.preview?.poolId === id ? s.preview : PREVIEW_NONE), [id]),
  );
  const readOnly = usePlan((s) => s.readOnly);
  const ring = preview
    ? preview.problems.length > 0
      ? 'outline-2 outline-red-500 bg-red-500/[0.06]'
      : 'outline-2 outline-emerald-500 bg-emerald-500/[0.06]'
    : selected
      ? 'outline-2 outline-blue-500'
      : '';
  // The perimeter network's two sides are the firewalls: solid, heavier lines.
  const walls =
    zone === 'perimeter'
      ? 'border-x-4 border-y border-x-orange-500/70 border-y-slate-300 dark:border-y-slate-600'
      : 'border border-slate-300 dark:border-slate-600';
  return (
    <div data-zone={zone} data-testid={`zone-${zone}`} className={`relative h-full w-full ${walls} ${TONE[zone]} ${ring}`}>
      <NodeResizer
        isVisible={selected && !readOnly}
        minWidth={MIN_ZONE_SIZE.width}
        minHeight={MIN_ZONE_SIZE.height}
        color="#3b82f6"
        handleStyle={POINTER}
        lineStyle={POINTER}
        onResizeStart={() => planStore.getState().beginGesture()}
        onResizeEnd={() => planStore.getState().endGesture()}
      />
      <div
        data-testid="zone-title"
        className={`${ZONE_DRAG_HANDLE} flex cursor-move items-baseline gap-2 px-3`}
        style={{ ...POINTER, height: ZONE_HEADER, paddingTop: 10 }}
        title="Drag to move the region; select it to resize"
      >
        <span className="shrink-0 whitespace-nowrap text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">
          {ZONE_LABELS[zone]}
        </span>
        <span className="truncate text-xs text-slate-500 dark:text-slate-400">{NOTE[zone]}</span>
      </div>
      {preview && (
        <div
          data-testid="placement-preview"
          data-ok={preview.problems.length === 0}
          className={`absolute left-3 right-3 top-10 rounded px-2 py-1 text-xs ${preview.problems.length > 0 ? 'bg-red-600 text-white' : 'bg-emerald-600 text-white'}`}
        >
          {preview.problems.length > 0
            ? preview.problems.join(' ')
            : `Drop here: into the ${ZONE_LABELS[zone].toLowerCase().replace('internet', 'Internet')}, no zone rule is broken.`}
        </div>
      )}
    </div>
  );
}

export const ZoneNode = memo(ZoneNodeView);
