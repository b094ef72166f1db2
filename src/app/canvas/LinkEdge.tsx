/** A network link: a straight line between the borders of its two nodes, whatever handle started it. */
import { memo } from 'react';
import { BaseEdge, useInternalNode } from '@xyflow/react';
import type { EdgeProps, InternalNode } from '@xyflow/react';

/** The point where the line from the node's centre towards `toward` leaves the node's box. */
function borderPoint(node: InternalNode, toward: { x: number; y: number }) {
  const w = node.measured.width ?? 0;
  const h = node.measured.height ?? 0;
  const cx = node.internals.positionAbsolute.x + w / 2;
  const cy = node.internals.positionAbsolute.y + h / 2;
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(Math.abs(w / 2 / (dx || 1e-9)), Math.abs(h / 2 / (dy || 1e-9)));
  return { x: cx + dx * scale, y: cy + dy * scale };
}

function center(node: InternalNode) {
  return {
    x: node.internals.positionAbsolute.x + (node.measured.width ?? 0) / 2,
    y: node.internals.positionAbsolute.y + (node.measured.height ?? 0) / 2,
  };
}

function LinkEdgeView({ id, source, target, selected, style }: EdgeProps) {
  const s = useInternalNode(source);
  const t = useInternalNode(target);
  if (!s || !t) return null;
  const a = borderPoint(s, center(t));
  const b = borderPoint(t, center(s));
  return (
    <BaseEdge
      id={id}
      path={`M ${a.x} ${a.y} L ${b.x} ${b.y}`}
      interactionWidth={16}
      style={{ ...style, strokeWidth: selected ? 3 : 1.75, stroke: selected ? '#3b82f6' : 'var(--link-color)' }}
    />
  );
}

export const LinkEdge = memo(LinkEdgeView);
