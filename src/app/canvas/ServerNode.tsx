/** A server on the canvas: icon, tag, name, kind; a connect ring along its border to start a link; the finding badge. */
import { memo, use, useEffect, useRef } from 'react';
import { Handle, Position, useUpdateNodeInternals } from '@xyflow/react';
import type { Node, NodeProps } from '@xyflow/react';
import type { CSSProperties } from 'react';
import { NODE_SIZE } from '../../domain/geometry';
import { KIND_INFO, kindLabel, kindShort } from '../../domain/kinds';
import type { PlanNode } from '../../domain/plan';
import { KIND_ACCENT, KindIconImage } from './KindIcon';
import { NodeFlag } from './NodeFlag';
import { connectingFromContext } from './connecting';
import { CENTER_HANDLE, RING_IN, RING_OUT } from './handles';
import { nameBlock } from './fitName';
import { DetailContext } from './detail';
import { PlanVersionContext } from './planVersion';
import { BOX_ICON, BOX_NAME, BOX_TAG, nameBarWidth } from './serverBox';

export type ServerFlowNode = Node<{ node: PlanNode }, 'server'>;

/**
 * Room for the name: the node less its border (2), padding (16), icon (36) and gap (8). The page
 * measures text as it lays it out, so a name cut to this width never overflows the box.
 */
const NAME_WIDTH = NODE_SIZE.width - 62;
/**
 * The connect ring: four strips along the box's border (RING_OUT outside it, RING_IN inside), each a
 * link handle. The pointer on the border starts a link; anywhere inside the ring it moves the server.
 */
const RING = RING_OUT + RING_IN;
const strip = (box: Record<string, number | string>) =>
  ({ ...box, transform: 'none', minWidth: 0, minHeight: 0, borderRadius: 0, border: 'none' }) as const;
const HANDLES = [
  { position: Position.Top, style: strip({ top: -RING_OUT, left: -RING_OUT, width: `calc(100% + ${2 * RING_OUT}px)`, height: RING }) },
  {
    position: Position.Bottom,
    style: strip({ top: 'auto', bottom: -RING_OUT, left: -RING_OUT, width: `calc(100% + ${2 * RING_OUT}px)`, height: RING }),
  },
  { position: Position.Left, style: strip({ left: -RING_OUT, top: RING_IN, width: RING, height: `calc(100% - ${2 * RING_IN}px)` }) },
  {
    position: Position.Right,
    style: strip({ left: 'auto', right: -RING_OUT, top: RING_IN, width: RING, height: `calc(100% - ${2 * RING_IN}px)` }),
  },
];
/**
 * Where links are anchored: a hidden handle of no size at the centre (React Flow places a top handle
 * at the middle of its top edge, which for a box of no size is the box itself). Its style is a class
 * (`center-handle`, index.css): inline, it was ten style properties set on each of 1,000 handles.
 */
const CENTER_CLASS = 'center-handle';
const BODY_TARGET = {
  inset: 0,
  width: 'auto',
  height: 'auto',
  transform: 'none',
  borderRadius: 8,
  border: '2px dashed #60a5fa',
  background: 'rgba(96,165,250,0.08)',
} as const;

/**
 * A server at low zoom (see detail.ts): its box, the icon's square and bars for its tag and name,
 * and the centre handle its links are anchored on; no text, link ring or badge. The square and bars
 * are background layers of the box (colours in index.css, `.server-box`): as child elements they
 * were 3,000 more elements to create, style and lay out when a 1,000-server plan is first drawn.
 * (The handle stays in the DOM: React Flow measures every node it mounts, given handles or not.)
 */
function ServerBox({ node, selected }: { node: PlanNode; selected: boolean }) {
  const version = use(PlanVersionContext);
  return (
    <div
      data-kind={node.kind}
      data-name={node.name}
      data-detail="box"
      title={`${kindLabel(node.kind, version)}: ${node.name}`}
      style={boxStyle(nameBarWidth(node.name))}
      className={`server-box rounded-lg border ${KIND_ACCENT[node.kind]} ${
        selected ? 'border-blue-500 ring-2 ring-blue-500/40' : 'border-slate-300 dark:border-slate-600'
      }`}
    >
      <Handle id={CENTER_HANDLE} type="source" position={Position.Top} className={CENTER_CLASS} isConnectable={false} />
    </div>
  );
}

/** The layers of a box: the icon's square, the tag's bar (in the kind's accent, the element's colour), the name's bar. */
const boxStyles = new Map<number, CSSProperties>();
function boxStyle(nameWidth: number): CSSProperties {
  let style = boxStyles.get(nameWidth);
  if (!style) {
    // Layers are placed in the padding box, inside the 1 px border.
    const at = (box: { x: number; y: number }) => `${box.x - 1}px ${box.y - 1}px`;
    style = {
      width: NODE_SIZE.width,
      height: NODE_SIZE.height,
      backgroundPosition: `${at(BOX_ICON)}, ${at(BOX_TAG)}, ${at(BOX_NAME)}`,
      backgroundSize: `${BOX_ICON.size}px ${BOX_ICON.size}px, ${BOX_TAG.width}px ${BOX_TAG.height}px, ${nameWidth}px ${BOX_NAME.height}px`,
    };
    boxStyles.set(nameWidth, style);
  }
  return style;
}

function ServerNodeView({ id, data, selected }: NodeProps<ServerFlowNode>) {
  const { node } = data;
  const box = use(DetailContext) !== 'full';
  // React Flow measures a node's handles when it mounts or changes size: a box that becomes a full
  // node (same size) gains its link ring, which must be measured for a link to start from it.
  const updateInternals = useUpdateNodeInternals();
  const wasBox = useRef(box);
  useEffect(() => {
    if (wasBox.current === box) return;
    wasBox.current = box;
    updateInternals(id);
  }, [box, id, updateInternals]);
  if (box) return <ServerBox node={node} selected={selected} />;
  return <ServerNodeFull node={node} selected={selected} />;
}

function ServerNodeFull({ node, selected }: { node: PlanNode; selected: boolean }) {
  const info = KIND_INFO[node.kind];
  const version = use(PlanVersionContext);
  const roles = node.collocated?.length ?? 0;
  // While a link is being drawn, the whole node is a drop target, not just its small handles.
  const from = use(connectingFromContext);
  const connecting = from !== null && from !== node.id;
  // The whole name: on one line with the kind below it, or, when long, on up to three lines in its place.
  const one = nameBlock(node.name, NAME_WIDTH, 15);
  const name = one.lines.length === 1 && one.size === 12 ? one : nameBlock(node.name, NAME_WIDTH, 38);
  return (
    <div
      data-kind={node.kind}
      data-name={node.name}
      title={`${kindLabel(node.kind, version)}: ${node.name}`}
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
          {roles > 0 && (
            <span className="rounded bg-slate-200 px-1 text-[9px] text-slate-600 dark:bg-slate-600 dark:text-slate-200">
              +{roles} role{roles > 1 ? 's' : ''}
            </span>
          )}
        </div>
        <div
          data-testid="server-name"
          style={{ fontSize: name.size, lineHeight: 1.2 }}
          className="whitespace-nowrap font-medium text-slate-900 dark:text-slate-100"
        >
          {name.lines.map((line, i) => (
            <div key={i}>{line}</div>
          ))}
        </div>
        {name === one && (
          <div className="whitespace-nowrap text-[10px] text-slate-500 dark:text-slate-400">{kindShort(node.kind, version)}</div>
        )}
      </div>
      {/* Hidden (not transparent) until hovered: a transparent handle is still painted and hit-tested. */}
      {HANDLES.map((h) => (
        <Handle
          key={h.position}
          id={h.position}
          type="source"
          position={h.position}
          style={h.style}
          title="Drag from the border to link"
          className="link-handle invisible !cursor-crosshair !bg-blue-500/15 hover:!bg-blue-500/45 group-hover:visible"
        />
      ))}
      <Handle id={CENTER_HANDLE} type="source" position={Position.Top} className={CENTER_CLASS} isConnectable={false} />
      {connecting && <Handle id="body" type="target" position={Position.Top} style={BODY_TARGET} />}
      <NodeFlag id={node.id} />
    </div>
  );
}

export const ServerNode = memo(ServerNodeView);
