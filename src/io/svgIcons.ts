/** What each kind of node looks like in the exported SVG: its colour and a small icon of plain shapes. */
import type { NodeKind } from '../domain/plan';

export interface KindStyle {
  /** Stroke, tag and icon colour. */
  color: string;
  /** Background of the icon area. */
  tint: string;
}

export const KIND_STYLE: Record<NodeKind, KindStyle> = {
  'standard-edition-server': { color: '#6d28d9', tint: '#f1ebfd' },
  'front-end-server': { color: '#1d4ed8', tint: '#e8effd' },
  'back-end-sql': { color: '#a16207', tint: '#fbf3e1' },
  'hardware-load-balancer': { color: '#047857', tint: '#e3f5ee' },
  'web-components-server': { color: '#0e7490', tint: '#e1f3f7' },
  'web-conferencing-server': { color: '#be185d', tint: '#fbe8f1' },
  'av-conferencing-server': { color: '#c2410c', tint: '#fdece3' },
};

const f = (n: number) => String(Math.round(n * 100) / 100);

function tower(cx: number, cy: number, c: string): string {
  const x = cx - 9;
  const y = cy - 14;
  return (
    `<rect x="${f(x)}" y="${f(y)}" width="18" height="28" rx="2" fill="#ffffff" stroke="${c}" stroke-width="1.8"/>` +
    `<path d="M${f(x + 4)} ${f(y + 7)}h10M${f(x + 4)} ${f(y + 12)}h10M${f(x + 4)} ${f(y + 17)}h10" stroke="${c}" stroke-width="1.6" fill="none"/>` +
    `<circle cx="${f(cx)}" cy="${f(y + 23)}" r="1.8" fill="${c}"/>`
  );
}

function cylinder(cx: number, cy: number, c: string, w = 22, h = 26): string {
  const rx = w / 2;
  const ry = 4;
  const top = cy - h / 2 + ry;
  const bottom = cy + h / 2 - ry;
  return (
    `<path d="M${f(cx - rx)} ${f(top)}v${f(bottom - top)}a${f(rx)} ${ry} 0 0 0 ${f(w)} 0v${f(top - bottom)}" fill="#ffffff" stroke="${c}" stroke-width="1.8"/>` +
    `<ellipse cx="${f(cx)}" cy="${f(top)}" rx="${f(rx)}" ry="${ry}" fill="#ffffff" stroke="${c}" stroke-width="1.8"/>` +
    `<path d="M${f(cx - rx)} ${f((top + bottom) / 2)}a${f(rx)} ${ry} 0 0 0 ${f(w)} 0" fill="none" stroke="${c}" stroke-width="1.4"/>`
  );
}

function balancer(cx: number, cy: number, c: string): string {
  const l = cx - 13;
  const m = cx - 2;
  const r = cx + 11;
  return (
    `<path d="M${f(l)} ${f(cy)}H${f(m)}M${f(m)} ${f(cy)}L${f(r)} ${f(cy - 9)}M${f(m)} ${f(cy)}H${f(r)}M${f(m)} ${f(cy)}L${f(r)} ${f(cy + 9)}" stroke="${c}" stroke-width="2" fill="none" stroke-linecap="round"/>` +
    `<circle cx="${f(m)}" cy="${f(cy)}" r="3.2" fill="${c}"/>` +
    `<circle cx="${f(r)}" cy="${f(cy - 9)}" r="2.4" fill="${c}"/><circle cx="${f(r)}" cy="${f(cy)}" r="2.4" fill="${c}"/><circle cx="${f(r)}" cy="${f(cy + 9)}" r="2.4" fill="${c}"/>`
  );
}

function globe(cx: number, cy: number, c: string): string {
  return (
    `<circle cx="${f(cx)}" cy="${f(cy)}" r="12" fill="#ffffff" stroke="${c}" stroke-width="1.8"/>` +
    `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="5" ry="12" fill="none" stroke="${c}" stroke-width="1.4"/>` +
    `<path d="M${f(cx - 12)} ${f(cy)}h24M${f(cx - 10)} ${f(cy - 6)}h20M${f(cx - 10)} ${f(cy + 6)}h20" stroke="${c}" stroke-width="1.2" fill="none"/>`
  );
}

function screen(cx: number, cy: number, c: string): string {
  return (
    `<rect x="${f(cx - 13)}" y="${f(cy - 11)}" width="26" height="17" rx="2" fill="#ffffff" stroke="${c}" stroke-width="1.8"/>` +
    `<path d="M${f(cx - 6)} ${f(cy - 1)}v3M${f(cx - 1)} ${f(cy - 5)}v7M${f(cx + 4)} ${f(cy - 3)}v5" stroke="${c}" stroke-width="2" fill="none"/>` +
    `<path d="M${f(cx)} ${f(cy + 6)}v5M${f(cx - 6)} ${f(cy + 11)}h12" stroke="${c}" stroke-width="1.8" fill="none" stroke-linecap="round"/>`
  );
}

function camera(cx: number, cy: number, c: string): string {
  return (
    `<rect x="${f(cx - 13)}" y="${f(cy - 8)}" width="17" height="16" rx="2.5" fill="#ffffff" stroke="${c}" stroke-width="1.8"/>` +
    `<path d="M${f(cx + 5)} ${f(cy - 2)}l8 -5v14l-8 -5z" fill="${c}"/>`
  );
}

/** The icon of a kind, centred on (cx, cy), about 28 units across. */
export function kindIcon(kind: NodeKind, cx: number, cy: number): string {
  const c = KIND_STYLE[kind]?.color ?? '#475569';
  switch (kind) {
    case 'standard-edition-server':
      return tower(cx - 3, cy, c) + cylinder(cx + 8, cy + 7, c, 12, 14);
    case 'front-end-server':
      return tower(cx, cy, c);
    case 'back-end-sql':
      return cylinder(cx, cy, c);
    case 'hardware-load-balancer':
      return balancer(cx, cy, c);
    case 'web-components-server':
      return globe(cx, cy, c);
    case 'web-conferencing-server':
      return screen(cx, cy, c);
    case 'av-conferencing-server':
      return camera(cx, cy, c);
    default:
      return `<rect x="${f(cx - 11)}" y="${f(cy - 11)}" width="22" height="22" rx="3" fill="#ffffff" stroke="${c}" stroke-width="1.8"/>`;
  }
}
