/** A server on the canvas: icon, tag, name, kind; four handles to start a link; the finding badge. */
import { memo, use } from 'react';
import { Handle, Position } from '@xyflow/react';
import type { Node, NodeProps } from '@xyflow/react';
import { NODE_SIZE } from '../../domain/geometry';
import { KIND_INFO } from '../../domain/kinds';
import type { PlanNode } from '../../domain/plan';
import { KIND_ACCENT, KindIconImage } from './KindIcon';
import { NodeFlag } from './NodeFlag';
import { connectingFromContext } from './connecting';
import { CENTER_HANDLE } from './handles';
import { fitName } from './fitName';

export type ServerFlowNode = Node<{ node: PlanNode }, 'server'>;

/**
 * Room for the name: the node less its border (2), padding (16), icon (36) and gap (8). The page
 * measures text as it lays it out, so a name cut to this width never overflows the box.
 */
const NAME_WIDTH = NODE_SIZE.width - 62;
const HANDLES = [Position.Top, Position.Right, Position.Bottom, Position.Left];
/**
 * Where links are anchored: a hidden handle of no size at the centre (React Flow places a top handle
 * at the middle of its top edge, which for a box of no size is the box itself).
 */
const CENTER = {
  top: '50%',
  left: '50%',
  width: 0,
  height: 0,
  minWidth: 0,
  minHeight: 0,
  border: 'none',
  transform: 'none',
  visibility: 'hidden',
  pointerEvents: 'none',
} as const;
const BODY_TARGET = {
  inset: 0,
  width: 'auto',
  height: 'auto',
  transform: 'none',
  borderRadius: 8,
  border: '2px dashed #60a5fa',
  background: 'rgba(96,165,250,0.08)',
} as const;

function ServerNodeView({ data, selected }: NodeProps<ServerFlowNode>) {
  const { node } = data;
  const info = KIND_INFO[node.kind];
  const roles = node.collocated?.length ?? 0;
  // While a link is being drawn, the whole node is a drop target, not just its small handles.
  const from = use(connectingFromContext);
  const connecting = from !== null && from !== node.id;
  return (
    <div
      data-kind={node.kind}
      data-name={node.name}
      title={`${info.label}: ${node.name}`}
      style={{ width: NODE_SIZE.width, height: NODE_SIZE.height }}
      className={`group relative flex items-center gap-2 rounded-lg border bg-white px-2 shadow-sm dark:bg-slate-800 ${
        selected ? 'border-blue-500 ring-2 ring-blue-500/40' : 'border-slate-300 dark:border-slate-600'
      }`}
    >
      <div className="flex h-9 w-9 shrink-0 items-center justify-center rounded-md bg-slate-100 dark:bg-slate-700">
        <KindIconImage kind={node.kind} className="h-6 w-6" />
      </div>
      <div className="min-w-0 flex-1 leading-tight">
        <div className="flex items-center gap-1">
          <span className={`text-[10px] font-bold tracking-wide ${KIND_ACCENT[node.kind]}`}>{info.tag}</span>
          {roles > 0 && <span className="rounded bg-slate-200 px-1 text-[9px] text-slate-600 dark:bg-slate-600 dark:text-slate-200">+{roles} role{roles > 1 ? 's' : ''}</span>}
        </div>
        <div data-testid="server-name" className="whitespace-nowrap text-[12px] font-medium text-slate-900 dark:text-slate-100">{fitName(node.name, NAME_WIDTH)}</div>
        <div className="whitespace-nowrap text-[10px] text-slate-500 dark:text-slate-400">{info.short}</div>
      </div>
      {/* Hidden (not transparent) until hovered: a transparent handle is still painted and hit-tested. */}
      {HANDLES.map((p) => (
        <Handle key={p} id={p} type="source" position={p} className="link-handle invisible !h-2.5 !w-2.5 !border-white !bg-slate-400 group-hover:visible dark:!border-slate-800" />
      ))}
      <Handle id={CENTER_HANDLE} type="source" position={Position.Top} style={CENTER} isConnectable={false} />
      {connecting && <Handle id="body" type="target" position={Position.Top} style={BODY_TARGET} />}
      <NodeFlag id={node.id} />
    </div>
  );
}

export const ServerNode = memo(ServerNodeView);
