/**
 * A plan from the bytes of a file, whatever it is: a PNG carrying a plan, an exported SVG, or
 * plan JSON in UTF-8 or UTF-16. The command-line tool reads every input through it; the app's
 * import uses the same decoding and PNG reader.
 */
import { isPng, readPlanFromPng } from '../export/pngChunk';
import { decodePlanBytes } from './decodeText';
import { PlanReadError } from './planErrors';
import { parsePlanText } from './readPlan';
import type { ReadResult } from './readPlan';
import { readPlanFromSvg } from './svgMetadata';

export function looksLikeSvg(name: string, text: string): boolean {
  return /\.svg$/i.test(name) || /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(text);
}

export interface BytesReadResult {
  result: ReadResult;
  /** The decoded text, for JSON and SVG input. */
  text?: string;
}

export function readPlanBytes(name: string, bytes: Uint8Array): BytesReadResult {
  if (isPng(bytes)) return { result: readPlanFromPng(bytes) };
  const decoded = decodePlanBytes(bytes);
  if (!decoded.ok) return { result: { ok: false, error: new PlanReadError(decoded.message) } };
  const text = decoded.text;
  return { result: looksLikeSvg(name, text) ? readPlanFromSvg(text) : parsePlanText(text), text };
}
