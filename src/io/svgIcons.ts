/**
 * What each kind of node looks like in the exported SVG (and draw.io, Mermaid): the registry's look,
 * in print form. The colour is the registry's light-scheme accent; the tint beside it is derived from
 * it (the accent mixed with white), so the canvas and every export show one colour and one drawing.
 */
import { kindDef } from '../domain/kinds';
import { NODE_KINDS } from '../domain/plan';
import type { NodeKind } from '../domain/plan';

export interface KindStyle {
  /** Stroke, tag and icon colour. */
  color: string;
  /** Background of the icon area. */
  tint: string;
}

/** `hex` mixed with white: `amount` 0 is the colour, 1 is white. */
export function mixWithWhite(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) => {
    const c = (n >> shift) & 0xff;
    return Math.round(c + (255 - c) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(16)}${channel(8)}${channel(0)}`;
}

const FALLBACK: KindStyle = { color: '#475569', tint: '#f1f5f9' };

/** The print style of a kind; a grey one for a string that names no kind. */
export function kindStyle(kind: string): KindStyle {
  const def = kindDef(kind);
  if (!def) return FALLBACK;
  return { color: def.look.light, tint: mixWithWhite(def.look.light, 0.9) };
}

/** Every kind's print style, by kind. */
export const KIND_STYLE = Object.fromEntries(NODE_KINDS.map((k) => [k, kindStyle(k)])) as Record<NodeKind, KindStyle>;

const f = (n: number) => String(Math.round(n * 100) / 100);

/** The icon of a kind, centred on (cx, cy), about 28 units across: the registry's drawing on a white tile. */
export function kindIcon(kind: NodeKind, cx: number, cy: number): string {
  const def = kindDef(kind);
  const c = kindStyle(kind).color;
  if (!def)
    return `<rect x="${f(cx - 11)}" y="${f(cy - 11)}" width="22" height="22" rx="3" fill="#ffffff" stroke="${c}" stroke-width="1.8"/>`;
  const scale = 28 / 24;
  // One path with its own transform (no group): a server's element holds its box, icon and texts side by side.
  return `<path transform="translate(${f(cx - 14)} ${f(cy - 14)}) scale(${f(scale)})" d="${def.look.icon}" fill="none" stroke="${c}" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round"/>`;
}
