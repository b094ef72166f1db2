/** A pool on the canvas: a labelled box that holds its members; resizable; shows the drop preview. */
import { memo, use, useCallback } from 'react';
import type { CSSProperties } from 'react';
import { NodeResizer } from '@xyflow/react';
import type { Node, NodeProps } from '@xyflow/react';
import { POOL_KIND_INFO } from '../../domain/kinds';
import { poolTemplateKind } from '../../domain/plan';
import type { Pool } from '../../domain/plan';
import { finishPoolResize } from '../actions';
import { planStore, sessionStore, usePlan, useStoreState } from '../stores';
import type { SessionState } from '../../store/sessionStore';
import { NodeFlag } from './NodeFlag';
import { DetailContext } from './detail';
import { POOL_NAME, poolNameBarWidth } from './serverBox';

export type PoolFlowNode = Node<{ pool: Pool }, 'pool'>;

const PREVIEW_NONE = null;

/**
 * At low zoom (see detail.ts) the pool's header is a bar where its name is written, a background
 * layer of the pool's box (`.pool-box`, index.css), as the picture draws it: the header's four
 * elements a pool were a thousand more to create, style and lay out in a 1,000-server plan.
 */
const nameBars = new Map<number, CSSProperties>();
function nameBarStyle(name: string): CSSProperties {
  const width = poolNameBarWidth(name);
  let style = nameBars.get(width);
  if (!style) {
    // Placed in the padding box, inside the 2 px border.
    style = { backgroundPosition: `${POOL_NAME.x - 2}px ${POOL_NAME.y - 2}px`, backgroundSize: `${width}px ${POOL_NAME.height}px` };
    nameBars.set(width, style);
  }
  return style;
}

function PoolNodeView({ data, selected }: NodeProps<PoolFlowNode>) {
  const { pool } = data;
  const kind = poolTemplateKind(pool);
  // React state, not useSession: the preview changes during a drag, and a synchronous render there
  // would pull the whole canvas's render into the pointer event (see useStoreState).
  const preview = useStoreState(
    sessionStore,
    useCallback((s: SessionState) => (s.preview?.poolId === pool.id ? s.preview : PREVIEW_NONE), [pool.id]),
  );
  const leaving = useStoreState(
    sessionStore,
    useCallback((s: SessionState) => s.leavingPools.includes(pool.id), [pool.id]),
  );
  const readOnly = usePlan((s) => s.readOnly);
  const box = use(DetailContext) !== 'full';
  const tone = preview
    ? preview.problems.length > 0
      ? 'border-red-500 bg-red-500/10'
      : 'border-emerald-500 bg-emerald-500/10'
    : leaving
      ? 'border-amber-500 bg-amber-500/5'
      : selected
        ? 'border-blue-500 bg-blue-500/5'
        : kind === 'standard'
          ? 'border-violet-400/70 bg-violet-500/[0.04] dark:border-violet-400/50'
          : 'border-slate-400/80 bg-slate-500/[0.04] dark:border-slate-500';
  return (
    <div
      data-kind="pool"
      data-pool-kind={kind}
      data-name={pool.name}
      className={`relative h-full w-full rounded-xl border-2 border-dashed ${tone}${box ? ' pool-box' : ''}`}
      style={box ? nameBarStyle(pool.name) : undefined}
    >
      <NodeResizer
        isVisible={selected && !readOnly}
        minWidth={200}
        minHeight={120}
        color="#3b82f6"
        onResizeStart={() => planStore.getState().beginGesture()}
        onResizeEnd={() => finishPoolResize(pool.id)}
      />
      {!box && (
        <div className="flex flex-wrap items-baseline gap-x-2 px-3 pt-2 leading-tight">
          <span data-testid="pool-name" className="text-sm font-semibold [overflow-wrap:anywhere] text-slate-800 dark:text-slate-100">
            {pool.name}
          </span>
          <span className="shrink-0 text-xs text-slate-500 dark:text-slate-400">
            {POOL_KIND_INFO[kind].label}
            {pool.users !== undefined ? ` · ${pool.users.toLocaleString('en-US')} users` : ''}
          </span>
        </div>
      )}
      {leaving && (
        <div data-testid="pool-leaving" className="absolute right-3 top-2 rounded bg-amber-500 px-2 py-0.5 text-xs font-medium text-white">
          leaving pool
        </div>
      )}
      {preview && (
        <div
          data-testid="placement-preview"
          data-ok={preview.problems.length === 0}
          className={`absolute left-3 right-3 bottom-2 rounded px-2 py-1 text-xs ${preview.problems.length > 0 ? 'bg-red-600 text-white' : 'bg-emerald-600 text-white'}`}
        >
          {preview.problems.length > 0 ? preview.problems.join(' ') : 'Drop here: no rule is broken.'}
        </div>
      )}
      <NodeFlag id={pool.id} pool />
    </div>
  );
}

export const PoolNode = memo(PoolNodeView);
