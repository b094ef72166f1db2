import { Position } from '@xyflow/react';
import type { NodeHandle } from '@xyflow/react';
/** The id of the one handle every server has at its centre, where links start and end. */
export const CENTER_HANDLE = 'center';

/**
 * The connect ring around a server: four strips along its border (RING_OUT outside it, RING_IN
 * inside), each a link handle; see ServerNode.
 */
export const RING_OUT = 6;
export const RING_IN = 8;
const RING = RING_OUT + RING_IN;

/**
 * Where a server's handles are, in the node's box, as React Flow would measure them in the DOM: the
 * ring, the centre handle links are anchored on, and the whole-node target shown while a link is
 * drawn. Given with the node, React Flow need not draw a node to measure it: with only the nodes in
 * view drawn, it drew every node of a large plan once, to measure its handles (seconds at 10,000).
 */
export function serverHandles(width: number, height: number): NodeHandle[] {
  // The handles are placed in the node's padding box, inside its 1 px border.
  const w = width - 2;
  const h = height - 2;
  const strip = (position: Position, x: number, y: number, sw: number, sh: number): NodeHandle => ({
    id: position,
    type: 'source',
    position,
    x: 1 + x,
    y: 1 + y,
    width: sw,
    height: sh,
  });
  return [
    strip(Position.Top, -RING_OUT, -RING_OUT, w + 2 * RING_OUT, RING),
    strip(Position.Bottom, -RING_OUT, h + RING_OUT - RING, w + 2 * RING_OUT, RING),
    strip(Position.Left, -RING_OUT, RING_IN, RING, h - 2 * RING_IN),
    strip(Position.Right, w + RING_OUT - RING, RING_IN, RING, h - 2 * RING_IN),
    { id: CENTER_HANDLE, type: 'source', position: Position.Top, x: width / 2, y: height / 2, width: 0, height: 0 },
    { id: 'body', type: 'target', position: Position.Top, x: 1, y: 1, width: w, height: h },
  ];
}
