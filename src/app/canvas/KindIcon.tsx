/**
 * A small line icon for each kind of node: as inline SVG in the current text colour (the palette), or as
 * a background image (servers on the canvas, see KindIconImage).
 */
import { KINDS } from '../../domain/kinds';
import { NODE_KINDS } from '../../domain/plan';
import type { NodeKind } from '../../domain/plan';

const PATHS = (kind: NodeKind) => KINDS[kind].look.icon;

export function KindIcon({ kind, className }: { kind: NodeKind; className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={PATHS(kind)} />
    </svg>
  );
}

/** The accent colour of each kind from the registry: light scheme, dark scheme. */
const KIND_COLOR = (kind: NodeKind): [string, string] => [KINDS[kind].look.light, KINDS[kind].look.dark];

/** The class that gives text (and KindIcon, drawn in the text colour) the kind's accent colour. */
export const KIND_ACCENT = Object.fromEntries(NODE_KINDS.map((k) => [k, `kind-accent-${k}`])) as Record<NodeKind, string>;

/** The icon as a CSS image value: a data URL of the same drawing as KindIcon, in `color`. */
export function kindIconImage(kind: NodeKind, color: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="${color}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"><path d="${PATHS(kind)}"/></svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}

/**
 * The accent and icon rules, one per kind and colour scheme, made from the registry's look: a thousand
 * servers share one icon image per kind. The build makes a stylesheet of them (`virtual:kind-icons.css`,
 * see vite.config.ts), imported by main.tsx.
 */
export function kindIconCss(): string {
  const rules = (i: 0 | 1) =>
    NODE_KINDS.map(
      (k) => `.${KIND_ACCENT[k]}{color:${KIND_COLOR(k)[i]}}.kind-icon-${k}{background-image:${kindIconImage(k, KIND_COLOR(k)[i])}}`,
    ).join('');
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
