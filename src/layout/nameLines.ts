/**
 * A server's full name in its box: on one line where it fits, else broken after dots (and hyphens)
 * onto more lines, in a smaller size where needed. Never cut: a part too long for a line is broken
 * between characters, and the size goes down until every line fits. The canvas measures in the
 * page's font, the SVG export with its estimate of sans-serif widths.
 */
import { graphemes } from '../io/svgText';

export interface NameLines {
  lines: string[];
  size: number;
}

/** Pieces a name may break after: "ocsfe03." "emea." "corp." "fabrikam." "com". */
function pieces(name: string): string[] {
  return name.match(/[^.\-_]*[.\-_]+|[^.\-_]+$/g) ?? [name];
}

/** Greedy lines of at most `room` wide; a piece wider than a line is broken between clusters. */
function wrap(name: string, room: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(name)) {
    if (width(line + piece) <= room) {
      line += piece;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (width(piece) <= room) {
      line = piece;
      continue;
    }
    for (const g of graphemes(piece)) {
      if (line && width(line + g) > room) {
        lines.push(line);
        line = '';
      }
      line += g;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * The name's lines and font size: the largest of `sizes` at which it fits in `room` × `height`
 * (line height 1.2 em); below the smallest, smaller still. `measure(text, size)` is a width in px.
 */
export function nameLines(
  name: string,
  room: number,
  height: number,
  measure: (s: string, size: number) => number,
  sizes: readonly number[] = [12, 11, 10],
): NameLines {
  const clean = name.replace(/[\t\n\r\u2028\u2029]+/g, ' ');
  const tryAt = (size: number): NameLines | undefined => {
    const lines = wrap(clean, room, (s) => measure(s, size));
    return lines.length * size * 1.2 <= height + 0.01 ? { lines, size } : undefined;
  };
  for (const size of sizes) {
    const fit = tryAt(size);
    if (fit) return fit;
  }
  for (let size = sizes[sizes.length - 1] - 0.5; size > 2; size -= 0.5) {
    const fit = tryAt(size);
    if (fit) return fit;
  }
  return { lines: wrap(clean, room, (s) => measure(s, 2)), size: 2 };
}
