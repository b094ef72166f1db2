/** Text in SVG: XML escaping, and fitting a label into a width without measuring fonts. */

/**
 * Characters XML 1.0 cannot hold at all: C0 controls other than tab, newline and carriage return,
 * lone surrogates, U+FFFE and U+FFFF.
 */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for an element or attribute: invalid characters dropped, markup characters escaped. */
export function escapeXml(text: string): string {
  return String(text)
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A label on one line: invalid characters dropped and line breaks turned into spaces. */
export function oneLine(text: string): string {
  return String(text)
    .replace(INVALID_XML, '')
    .replace(/[\t\n\r\u2028\u2029]+/g, ' ');
}

// Close to Arial's advances, rounded up a little (Segoe UI runs slightly wider).
const NARROW = new Set(Array.from("ijl.,:;|!'I"));
const SEMI_NARROW = new Set(Array.from('ftr-()[]/ '));
const WIDE = new Set(Array.from('mwMW@%'));

/** Rough advance of one character in em for a sans-serif font (Segoe UI, Arial). */
function charEm(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x0300 && cp <= 0x036f) return 0; // combining marks
  if (
    cp >= 0x1100 &&
    (cp <= 0x115f ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      cp >= 0x1f000)
  )
    return 1;
  if (NARROW.has(ch)) return 0.26;
  if (SEMI_NARROW.has(ch)) return 0.34;
  if (WIDE.has(ch)) return 0.86;
  if (ch >= 'A' && ch <= 'Z') return 0.68;
  if (ch >= '0' && ch <= '9') return 0.57;
  return 0.54;
}

const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
const segmenter = Segmenter ? new Segmenter(undefined, { granularity: 'grapheme' }) : undefined;

/** The grapheme clusters of `text` (what a reader sees as one character). */
export function graphemes(text: string): string[] {
  // ASCII without combining marks needs no segmenter.
  if (!segmenter || /^[\x20-\x7e]*$/.test(text)) return Array.from(text);
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

function graphemeEm(g: string): number {
  // A cluster is as wide as its widest code point (emoji sequences, accents).
  let w = 0;
  for (const ch of g) w = Math.max(w, charEm(ch));
  return w;
}

/** Estimated width in pixels; bold text runs about 6% wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const g of graphemes(text)) em += graphemeEm(g);
  return em * fontSize * (bold ? 1.06 : 1);
}

/** The label cut to `maxWidth` with an ellipsis, whole grapheme clusters only. */
export function fitText(text: string, maxWidth: number, fontSize: number, bold = false): string {
  let clean = oneLine(text);
  // No visible character is narrower than 0.26em: anything past this many code units cannot fit.
  const cap = Math.ceil(maxWidth / (0.26 * fontSize)) * 2 + 8;
  let cut = false;
  if (clean.length > cap) {
    const end = /[\uD800-\uDBFF]/.test(clean[cap - 1]) ? cap - 1 : cap;
    clean = clean.slice(0, end);
    cut = true;
  }
  if (!cut && textWidth(clean, fontSize, bold) <= maxWidth) return clean;
  const limit = maxWidth - 0.6 * fontSize; // room for the ellipsis
  let out = '';
  let width = 0;
  for (const g of graphemes(clean)) {
    const w = graphemeEm(g) * fontSize * (bold ? 1.06 : 1);
    if (width + w > limit) break;
    out += g;
    width += w;
  }
  return `${out.trimEnd()}…`;
}

/** The largest of `sizes` at which the whole label fits; at the smallest, the label cut with an ellipsis. */
export function fitLabel(text: string, maxWidth: number, sizes: readonly number[], bold = false): { text: string; size: number } {
  const clean = oneLine(text);
  for (const size of sizes) if (textWidth(clean.slice(0, 2000), size, bold) <= maxWidth) return { text: clean, size };
  const size = sizes[sizes.length - 1];
  return { text: fitText(clean, maxWidth, size, bold), size };
}
