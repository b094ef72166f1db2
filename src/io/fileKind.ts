/** What kind of file an imported file is, and whether its size is within the limits (no reader loaded). */
import { count, LIMITS } from './limits';

const looksSvgByName = (name: string) => /\.svg$/i.test(name);
/** A drawing (SVG, or PNG with the plan inside) may be larger than the plan it carries. */
const looksDrawingByName = (name: string) => /\.(svg|png)$/i.test(name);

/** An SVG by its name or by its first bytes (`<svg`, after an XML declaration): read for its embedded plan. */
export function looksSvg(name: string, text: string): boolean {
  if (looksSvgByName(name)) return true;
  const start = text.slice(0, 1024).trimStart();
  if (start.startsWith('<svg')) return /^<svg[\s>]/.test(start);
  if (!start.startsWith('<?xml')) return false;
  const end = start.indexOf('?>');
  return end >= 0 && /^<svg[\s>]/.test(start.slice(end + 2).trimStart());
}

/** Why a file of this name and size is refused unread, or undefined. */
export function fileSizeProblem(name: string, bytes: number): string | undefined {
  const svg = looksDrawingByName(name);
  const limit = svg ? LIMITS.svgFileBytes : LIMITS.planFileBytes;
  if (bytes <= limit) return undefined;
  return `“${name}” is ${(bytes / 1e6).toFixed(1)} MB; ${svg ? (/\.png$/i.test(name) ? 'PNG' : 'SVG') : 'plan'} files over ${(limit / 1e6).toFixed(0)} MB are refused (the limit is ${count(limit)} bytes)`;
}
