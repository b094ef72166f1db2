/** A network link: a straight line between the borders of its two servers, whatever handle started it. */
import { memo } from 'react';
import { BaseEdge } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { NODE_SIZE } from '../../domain/geometry';
import type { Position } from '../../domain/plan';

const HALF_W = NODE_SIZE.width / 2;
const HALF_H = NODE_SIZE.height / 2;

/** The point where the line from a server's centre `c` towards `toward` leaves the server's box. */
export function borderPoint(c: Position, toward: Position): Position {
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(Math.abs(HALF_W / (dx || 1e-9)), Math.abs(HALF_H / (dy || 1e-9)));
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

/** The line between two servers centred on `s` and `t`, from border to border, as an SVG path. */
export function linkPath(s: Position, t: Position): string {
  const a = borderPoint(s, t);
  const b = borderPoint(t, s);
  return `M ${a.x} ${a.y} L ${b.x} ${b.y}`;
}

/** The edge is anchored on the servers' centre handles: source and target are the two centres. */
function LinkEdgeView({ id, sourceX, sourceY, targetX, targetY, selected, style }: EdgeProps) {
  return (
    <BaseEdge
      id={id}
      path={linkPath({ x: sourceX, y: sourceY }, { x: targetX, y: targetY })}
      interactionWidth={16}
      style={{ ...style, strokeWidth: selected ? 3 : 1.75, stroke: selected ? '#3b82f6' : 'var(--link-color)' }}
    />
  );
}

export const LinkEdge = memo(LinkEdgeView);
