/**
 * Every way a plan comes in as data (a file, a share link), as one request that can be decoded
 * anywhere: in a Web Worker (the app does that, so that large input never freezes the page) or
 * right here (Node, tests, or a browser without workers). Sizes are checked before reading.
 */
import { isPng, readPlanFromPng } from '../export/pngChunk';
import { decodePlanBytes } from './decodeText';
import { decodePlanLink } from './link';
import { fileSizeProblem, looksSvg } from './fileKind';
import { parsePlanText } from './readPlan';
import type { ReadResult } from './readPlan';
import { readPlanFromSvg } from './svgMetadata';
import { PlanReadError } from './planErrors';

export type DecodeRequest = { kind: 'link'; payload: string } | { kind: 'file'; name: string; file: Blob };

/**
 * Reads the plan of a file: a plan file (JSON), an exported SVG or an exported PNG. Text is decoded
 * as the command-line tool decodes it (UTF-8, or UTF-16 with a byte order mark).
 */
export async function decodeFile(name: string, file: Blob): Promise<ReadResult> {
  const tooLarge = fileSizeProblem(name, file.size);
  if (tooLarge) return { ok: false, error: new PlanReadError(tooLarge) };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isPng(bytes)) return readPlanFromPng(bytes);
  const decoded = decodePlanBytes(bytes);
  if (!decoded.ok) return { ok: false, error: new PlanReadError(decoded.message) };
  return looksSvg(name, decoded.text) ? readPlanFromSvg(decoded.text) : parsePlanText(decoded.text);
}

export async function decodeRequest(request: DecodeRequest): Promise<ReadResult> {
  try {
    if (request.kind === 'link') return decodePlanLink(request.payload);
    return await decodeFile(request.name, request.file);
  } catch (e) {
    return { ok: false, error: new PlanReadError(`the plan cannot be read (${e instanceof Error ? e.message : String(e)})`) };
  }
}
