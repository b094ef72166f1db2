/**
 * A small line icon for each kind of node: as inline SVG in the current text colour (the palette), or as
 * a background image (servers on the canvas, see KindIconImage).
 */
import type { NodeKind } from '../../domain/plan';

const PATHS: Record<NodeKind, string> = {
  // A server tower with a star: everything on one computer.
  'standard-edition-server': 'M7 3h10v18H7z M10 7h4 M10 10h4 M12 14l1 2h2l-1.5 1 .5 2-2-1.2L10 19l.5-2L9 16h2z',
  // Two stacked rack servers.
  'front-end-server': 'M4 5h16v6H4z M4 13h16v6H4z M7 8h1 M7 16h1 M11 8h6 M11 16h6',
  // A database cylinder.
  'back-end-sql': 'M5 6c0-1.7 3.1-3 7-3s7 1.3 7 3-3.1 3-7 3-7-1.3-7-3z M5 6v12c0 1.7 3.1 3 7 3s7-1.3 7-3V6 M5 12c0 1.7 3.1 3 7 3s7-1.3 7-3',
  // One line in, three out.
  'hardware-load-balancer': 'M3 12h6 M9 12l6-6h6 M9 12h12 M9 12l6 6h6 M18 3l3 3-3 3 M18 9l3 3-3 3 M18 15l3 3-3 3',
  // A globe.
  'web-components-server': 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M3 12h18 M12 3c3 3 3 15 0 18 M12 3c-3 3-3 15 0 18',
  // A screen with a shared slide.
  'web-conferencing-server': 'M3 4h18v12H3z M8 20h8 M12 16v4 M7 8h6 M7 11h10',
  // A video camera.
  'av-conferencing-server': 'M3 7h12v10H3z M15 10l6-3v10l-6-3z',
};

export function KindIcon({ kind, className }: { kind: NodeKind; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" className={className} fill="none" stroke="currentColor" strokeWidth={1.6} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d={PATHS[kind]} />
    </svg>
  );
}

/** The accent colour of each kind: light scheme, dark scheme (Tailwind's 600 and 300 shades). */
const KIND_COLOR: Record<NodeKind, [string, string]> = {
  'standard-edition-server': ['#7c3aed', '#c4b5fd'],
  'front-end-server': ['#2563eb', '#93c5fd'],
  'back-end-sql': ['#d97706', '#fcd34d'],
  'hardware-load-balancer': ['#059669', '#6ee7b7'],
  'web-components-server': ['#0891b2', '#67e8f9'],
  'web-conferencing-server': ['#db2777', '#f9a8d4'],
  'av-conferencing-server': ['#ea580c', '#fdba74'],
};

const KINDS = Object.keys(KIND_COLOR) as NodeKind[];

/** The class that gives text (and KindIcon, drawn in the text colour) the kind's accent colour. */
export const KIND_ACCENT = Object.fromEntries(KINDS.map((k) => [k, `kind-accent-${k}`])) as Record<NodeKind, string>;

/** The icon as a CSS image value: a data URL of the same drawing as KindIcon, in `color`. */
export function kindIconImage(kind: NodeKind, color: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="${color}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"><path d="${PATHS[kind]}"/></svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}

/**
 * The accent and icon rules, one per kind and colour scheme, made from KIND_COLOR: a thousand
 * servers share seven icon images. The build makes a stylesheet of them (`virtual:kind-icons.css`,
 * see vite.config.ts), imported by main.tsx.
 */
export function kindIconCss(): string {
  const rules = (i: 0 | 1) =>
    KINDS.map((k) => `.${KIND_ACCENT[k]}{color:${KIND_COLOR[k][i]}}.kind-icon-${k}{background-image:${kindIconImage(k, KIND_COLOR[k][i])}}`).join('');
  return `.kind-icon{background:no-repeat center/contain}${rules(0)}@media (prefers-color-scheme: dark){${rules(1)}}`;
}

/**
 * The icon of a server on the canvas, as a background image. An inline <svg> per server is a
 * graphics layer of its own for the browser: with 1,000 servers it made every frame of a drag
 * about a third slower to composite (measured with the drag benchmark's trace).
 */
export function KindIconImage({ kind, className = '' }: { kind: NodeKind; className?: string }) {
  return <span aria-hidden="true" className={`kind-icon kind-icon-${kind} inline-block ${className}`} />;
}
