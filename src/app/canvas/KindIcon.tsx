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

/** Accent colour classes per kind (border and icon). */
export const KIND_ACCENT: Record<NodeKind, string> = {
  'standard-edition-server': 'text-violet-600 dark:text-violet-300',
  'front-end-server': 'text-blue-600 dark:text-blue-300',
  'back-end-sql': 'text-amber-600 dark:text-amber-300',
  'hardware-load-balancer': 'text-emerald-600 dark:text-emerald-300',
  'web-components-server': 'text-cyan-600 dark:text-cyan-300',
  'web-conferencing-server': 'text-pink-600 dark:text-pink-300',
  'av-conferencing-server': 'text-orange-600 dark:text-orange-300',
};

/** The accent colours of KIND_ACCENT as colour values, for the background-image icons: light, dark. */
const KIND_STROKE: Record<NodeKind, [string, string]> = {
  'standard-edition-server': ['#7c3aed', '#c4b5fd'],
  'front-end-server': ['#2563eb', '#93c5fd'],
  'back-end-sql': ['#d97706', '#fcd34d'],
  'hardware-load-balancer': ['#059669', '#6ee7b7'],
  'web-components-server': ['#0891b2', '#67e8f9'],
  'web-conferencing-server': ['#db2777', '#f9a8d4'],
  'av-conferencing-server': ['#ea580c', '#fdba74'],
};

/** The icon as a CSS image value: a data URL of the same drawing as KindIcon, in `color`. */
export function kindIconImage(kind: NodeKind, color: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="${color}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"><path d="${PATHS[kind]}"/></svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}

/** One rule per kind and colour scheme, so a thousand servers share seven images. */
export function kindIconCss(): string {
  const kinds = Object.keys(PATHS) as NodeKind[];
  const rules = (i: 0 | 1) => kinds.map((k) => `.kind-icon-${k}{background-image:${kindIconImage(k, KIND_STROKE[k][i])}}`).join('');
  return `.kind-icon{background:no-repeat center/contain}${rules(0)}@media (prefers-color-scheme: dark){${rules(1)}}`;
}

let installed = false;

/**
 * The icon of a server on the canvas, as a background image. An inline <svg> per server is a
 * graphics layer of its own for the browser: with 1,000 servers it made every frame of a drag
 * about a third slower to composite (measured with the drag benchmark's trace).
 */
export function KindIconImage({ kind, className = '' }: { kind: NodeKind; className?: string }) {
  if (!installed && typeof document !== 'undefined') {
    installed = true;
    const style = document.createElement('style');
    style.dataset.kindIcons = '';
    style.textContent = kindIconCss();
    document.head.append(style);
  }
  return <span aria-hidden="true" className={`kind-icon kind-icon-${kind} inline-block ${className}`} />;
}
