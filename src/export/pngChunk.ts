/**
 * The plan inside an exported PNG: an `iTXt` chunk with the keyword `ocs-topology-plan` holding the
 * plan's JSON as UTF-8, placed before `IEND`. Image viewers ignore it; the app's import and the
 * command-line tool read it back through the one plan reader, with the same limits.
 */
import type { Plan } from '../domain/plan';
import { crc32 } from '../io/crc32';
import { MAX_INPUT_BYTES, formatBytes } from '../io/inputLimits';
import { PlanReadError } from '../io/planErrors';
import { orderedPlan } from '../io/planJson';
import { parsePlanText } from '../io/readPlan';
import type { ReadResult } from '../io/readPlan';

export const PNG_PLAN_KEYWORD = 'ocs-topology-plan';
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const typeName = (b: Uint8Array, at: number) => String.fromCharCode(b[at], b[at + 1], b[at + 2], b[at + 3]);
const u32 = (b: Uint8Array, at: number) => ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(latin1(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

interface Chunk {
  type: string;
  start: number;
  data: Uint8Array;
}

/** The chunks up to IEND, or a message saying what is wrong with the file. */
function chunks(png: Uint8Array): Chunk[] | string {
  if (!isPng(png)) return 'this is not a PNG file';
  const out: Chunk[] = [];
  let at = 8;
  while (at + 12 <= png.length) {
    const length = u32(png, at);
    const type = typeName(png, at + 4);
    if (at + 12 + length > png.length) return `the PNG file is cut short (in its ${type} chunk)`;
    const data = png.subarray(at + 8, at + 8 + length);
    out.push({ type, start: at, data });
    if (type === 'IEND') return out;
    at += 12 + length;
  }
  return 'the PNG file is cut short (it has no IEND chunk)';
}

/** The PNG with the plan added (a plan chunk it had before is replaced). */
export function embedPlanInPng(png: Uint8Array, plan: Plan): Uint8Array {
  const list = chunks(png);
  if (typeof list === 'string') throw new Error(list);
  const json = new TextEncoder().encode(JSON.stringify(orderedPlan(plan)));
  // keyword, NUL, compression flag 0 and method 0, empty language tag and translated keyword.
  const head = latin1(`${PNG_PLAN_KEYWORD}\0\0\0\0\0`);
  const data = new Uint8Array(head.length + json.length);
  data.set(head);
  data.set(json, head.length);
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  for (const c of list) {
    if (c.type === 'IEND') parts.push(chunk('iTXt', data));
    if (c.type === 'iTXt' && keywordOf(c.data) === PNG_PLAN_KEYWORD) continue;
    parts.push(png.subarray(c.start, c.start + 12 + c.data.length));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function keywordOf(data: Uint8Array): string | undefined {
  const end = data.indexOf(0);
  return end > 0 && end < 80 ? String.fromCharCode(...data.subarray(0, end)) : undefined;
}

const failure = (message: string): ReadResult => ({ ok: false, error: new PlanReadError(message) });

/** The plan a PNG carries, read by the plan reader; a clear error for a PNG without one. */
export function readPlanFromPng(png: Uint8Array): ReadResult {
  if (png.length > MAX_INPUT_BYTES) return failure(`the file is too large (over ${formatBytes(MAX_INPUT_BYTES)})`);
  const list = chunks(png);
  if (typeof list === 'string') return failure(list);
  const found = list.find((c) => c.type === 'iTXt' && keywordOf(c.data) === PNG_PLAN_KEYWORD);
  if (!found) return failure('this PNG holds no plan (only PNG files exported by OCS Topology Designer carry one)');
  const stored = u32(png, found.start + 8 + found.data.length);
  if (crc32(png.subarray(found.start + 4, found.start + 8 + found.data.length)) !== stored) {
    return failure('the plan inside this PNG is damaged (its checksum does not match)');
  }
  const d = found.data;
  const k = PNG_PLAN_KEYWORD.length + 1;
  if (d[k] !== 0) return failure('the plan inside this PNG is compressed, which this version does not read');
  // Skip the language tag and the translated keyword (each ends with NUL).
  const lang = d.indexOf(0, k + 2);
  const translated = lang < 0 ? -1 : d.indexOf(0, lang + 1);
  if (translated < 0) return failure('the plan chunk of this PNG is malformed');
  const text = new TextDecoder('utf-8').decode(d.subarray(translated + 1));
  return parsePlanText(text);
}
