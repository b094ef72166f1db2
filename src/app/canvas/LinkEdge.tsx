/**
 * A network link: its route around the other servers (see linkRoutes), from border to border, over
 * a stroke of the canvas's colour that opens a gap in any link it crosses; its label on the line.
 */
import { memo, use, useCallback, useSyncExternalStore } from 'react';
import { BaseEdge } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { NODE_SIZE } from '../../domain/geometry';
import type { Position } from '../../domain/plan';
import { borderPoint as boxBorderPoint, labelAnchor, routePath } from '../../layout/routes';
import type { Route } from '../../layout/routes';
import { textWidth } from '../../io/svgText';
import { getRoute, subscribeRoute } from './linkRoutes';
import { DetailContext } from './detail';

const HALF_W = NODE_SIZE.width / 2;
const HALF_H = NODE_SIZE.height / 2;

/** The point where the line from a server's centre `c` towards `toward` leaves the server's box. */
export function borderPoint(c: Position, toward: Position): Position {
  return boxBorderPoint({ x: c.x - HALF_W, y: c.y - HALF_H, width: NODE_SIZE.width, height: NODE_SIZE.height }, toward);
}

/** The line between two servers centred on `s` and `t`, from border to border, as an SVG path. */
export function linkPath(s: Position, t: Position): string {
  const a = borderPoint(s, t);
  const b = borderPoint(t, s);
  return `M ${a.x} ${a.y} L ${b.x} ${b.y}`;
}

const near = (a: Position, x: number, y: number) => Math.abs(a.x - x) < 0.5 && Math.abs(a.y - y) < 0.5;

/** The edge is anchored on the servers' centre handles: source and target are the two centres. */
function LinkEdgeView({ id, sourceX, sourceY, targetX, targetY, selected, style, data }: EdgeProps) {
  const subscribe = useCallback((l: () => void) => subscribeRoute(id, l), [id]);
  const routed = useSyncExternalStore(subscribe, () => getRoute(id));
  // A route made for where the servers were is not drawn once they have moved: straight until re-routed.
  const fresh = routed && near(routed.from, sourceX, sourceY) && near(routed.to, targetX, targetY);
  const route: Route = fresh
    ? routed.route
    : [
        borderPoint({ x: sourceX, y: sourceY }, { x: targetX, y: targetY }),
        borderPoint({ x: targetX, y: targetY }, { x: sourceX, y: sourceY }),
      ];
  const path = fresh ? routePath(route) : linkPath({ x: sourceX, y: sourceY }, { x: targetX, y: targetY });
  const label = typeof data?.label === 'string' ? data.label.trim() : '';
  const at = label ? labelAnchor(route) : undefined;
  const w = label ? textWidth(label, 10.5) + 8 : 0;
  // At low zoom (see detail.ts) the gap under the line is under three pixels: not drawn.
  const gap = use(DetailContext) === 'full';
  return (
    <>
      {gap && (
        <path
          d={path}
          className="link-gap"
          data-routed={fresh ? 'true' : 'false'}
          fill="none"
          strokeWidth={7}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      )}
      <BaseEdge
        id={id}
        path={path}
        interactionWidth={16}
        style={{ ...style, strokeWidth: selected ? 3 : 1.75, stroke: selected ? '#3b82f6' : 'var(--link-color)', strokeLinejoin: 'round' }}
      />
      {at && (
        <g className="link-label" data-testid="link-label">
          <rect x={at.x - w / 2} y={at.y - 8} width={w} height={16} rx={3} className="link-label-box" />
          <text x={at.x} y={at.y + 3.7} textAnchor="middle" fontSize={10.5} className="link-label-text">
            {label}
          </text>
        </g>
      )}
    </>
  );
}

export const LinkEdge = memo(LinkEdgeView);
