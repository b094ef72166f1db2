/**
 * A server drawn as a plain box at low zoom (the `boxes` and `picture` levels of detail, see detail.ts):
 * the node's border and fill, the icon's square, and two bars where the tag and the name are written
 * at full detail. One geometry for both, so the DOM boxes and the canvas picture look the same.
 */
import { NODE_SIZE } from '../../domain/geometry';
import { KINDS } from '../../domain/kinds';
import type { NodeKind } from '../../domain/plan';

/** Inside the node's box, in canvas units (the full node: border 1, padding 8, a 36 px icon square, gap 8). */
export const BOX_ICON = { x: 9, y: (NODE_SIZE.height - 36) / 2, size: 36 } as const;
const TEXT_X = BOX_ICON.x + BOX_ICON.size + 8;
export const BOX_TAG = { x: TEXT_X, y: 23, width: 22, height: 5 } as const;
export const BOX_NAME = { x: TEXT_X, y: 33, height: 8 } as const;
const NAME_MAX = NODE_SIZE.width - TEXT_X - 10;

/** The name bar's width: about as long as the name is written (6.3 px a character at 12 px). */
export function nameBarWidth(name: string): number {
  return Math.max(12, Math.min(NAME_MAX, Math.round(name.length * 6.3)));
}

/** A pool's name in its header (14 px semibold, about 7.8 px a character), as a bar. */
export const POOL_NAME = { x: 14, y: 12, height: 9 } as const;
export function poolNameBarWidth(name: string): number {
  return Math.max(16, Math.round(name.length * 7.8));
}

export interface BoxColours {
  fill: string;
  border: string;
  selected: string;
  icon: string;
  bar: string;
  pool: string;
  standardPool: string;
  poolFill: string;
  poolName: string;
  link: string;
  tag: (kind: NodeKind) => string;
}

export function boxColours(dark: boolean, link: string): BoxColours {
  return dark
    ? {
        fill: '#1e293b',
        border: '#475569',
        selected: '#3b82f6',
        icon: '#334155',
        bar: '#64748b',
        pool: 'rgba(100,116,139,0.9)',
        standardPool: 'rgba(167,139,250,0.5)',
        poolFill: 'rgba(100,116,139,0.04)',
        poolName: '#cbd5e1',
        link,
        tag: (k) => KINDS[k].look.dark,
      }
    : {
        fill: '#ffffff',
        border: '#cbd5e1',
        selected: '#3b82f6',
        icon: '#f1f5f9',
        bar: '#94a3b8',
        pool: 'rgba(148,163,184,0.8)',
        standardPool: 'rgba(167,139,250,0.7)',
        poolFill: 'rgba(100,116,139,0.04)',
        poolName: '#94a3b8',
        link,
        tag: (k) => KINDS[k].look.light,
      };
}
