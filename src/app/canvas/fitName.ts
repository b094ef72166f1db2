/**
 * A server's name cut to the width of its label, measured in the page's font. CSS could cut it
 * (overflow: hidden and text-overflow), but every box that clips is a clip the browser composites on
 * every frame, whether or not its text overflows: with 1,000 servers that made each frame of a drag
 * about a third slower (measured with the drag benchmark's trace). Cut here, nothing needs clipping.
 */
import { graphemes, textWidth } from '../../io/svgText';
import { nameLines } from '../../layout/nameLines';
import type { NameLines } from '../../layout/nameLines';

/** `text` as is when it fits in `maxWidth`, else its longest start (whole clusters) followed by an ellipsis. */
export function fitToWidth(text: string, maxWidth: number, measure: (s: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  const parts = graphemes(text);
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(`${parts.slice(0, mid).join('')}…`) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${parts.slice(0, lo).join('').trimEnd()}…`;
}

let measureInPage: ((s: string) => number) | null | undefined;
const fitted = new Map<string, string>();

/** Text measured in `font` (a CSS font shorthand without the family: the page's family is used). */
function pageMeasure(font: string): ((s: string) => number) | null {
  if (typeof document === 'undefined') return null;
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return null;
  context.font = `${font} ${getComputedStyle(document.documentElement).fontFamily}`;
  return (s) => context.measureText(s).width;
}

/** The label of a server's name (font `500 12px`, `width` pixels), cut to fit; as is where nothing can measure. */
export function fitName(name: string, width: number): string {
  const key = `${width}|${name}`;
  const hit = fitted.get(key);
  if (hit !== undefined) return hit;
  if (measureInPage === undefined) measureInPage = pageMeasure('500 12px');
  const out = measureInPage ? fitToWidth(name, width, measureInPage) : name;
  if (fitted.size > 20_000) fitted.clear();
  fitted.set(key, out);
  return out;
}

let measureSized: ((s: string, size: number) => number) | undefined;
const blocks = new Map<string, NameLines>();

/**
 * A server's whole name in its label: one line where it fits at 12 px, else broken after dots onto
 * the lines `height` holds, smaller where it must be (see nameLines). Measured in the page's font
 * (weight 500), cached per name; where nothing can measure, with the SVG export's estimate.
 */
export function nameBlock(name: string, width: number, height: number): NameLines {
  const key = `${width}|${height}|${name}`;
  const hit = blocks.get(key);
  if (hit) return hit;
  if (!measureSized) {
    const base = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    const family = base ? getComputedStyle(document.documentElement).fontFamily : '';
    let current = 0;
    measureSized = base
      ? (s, size) => {
          if (size !== current) {
            base.font = `500 ${size}px ${family}`;
            current = size;
          }
          return base.measureText(s).width;
        }
      : (s, size) => textWidth(s, size) * 1.04;
  }
  const out = nameLines(name, width, height, measureSized);
  if (blocks.size > 20_000) blocks.clear();
  blocks.set(key, out);
  return out;
}
