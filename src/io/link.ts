/**
 * Share links: the whole plan in the URL fragment, `#plan=<payload>`.
 *
 * payload = "<link format>." + base64url( crc32(json) [4 bytes, big-endian] + deflateRaw(json) )
 * where json is the compact form of `linkCompact.ts`. The checksum turns a damaged or
 * truncated link into a clear error instead of a silently different plan.
 * Decoding goes through readPlan like every other way in.
 */
import { deflateSync, Inflate, strToU8 } from 'fflate';
import type { Plan } from '../domain/plan';
import { toBase64url, fromBase64url } from './base64url';
import { crc32 } from './crc32';
import { CompactFormError, fromCompact, toCompact } from './linkCompact';
import { HASH_KEY } from './linkFragment';

export { planPayloadFromHash } from './linkFragment';
import { PlanReadError } from './planErrors';
import { MAX_PLAN_TEXT_LENGTH, readPlan } from './readPlan';
import type { ReadResult } from './readPlan';

/** The link format this version writes and reads. */
export const LINK_FORMAT = 1;
/** Longest payload accepted: far above any shareable plan. */
export const MAX_LINK_PAYLOAD_LENGTH = 8_000_000;

export function encodePlanLink(plan: Plan): string {
  const bytes = strToU8(JSON.stringify(toCompact(plan as unknown as Record<string, unknown>)));
  const packed = deflateSync(bytes, { level: 9 });
  const out = new Uint8Array(4 + packed.length);
  new DataView(out.buffer).setUint32(0, crc32(bytes));
  out.set(packed, 4);
  return `${LINK_FORMAT}.${toBase64url(out)}`;
}

function fail(message: string, path?: string): ReadResult {
  return { ok: false, error: new PlanReadError(message, { path }) };
}

const DAMAGED = 'The link is damaged or incomplete (was it cut off when it was copied?)';

export function decodePlanLink(payload: string): ReadResult {
  try {
    return decodeUnsafe(payload);
  } catch (e) {
    return fail(`${DAMAGED}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function decodeUnsafe(payload: string): ReadResult {
  if (typeof payload !== 'string') return fail('The link holds no plan.');
  const text = payload.trim();
  if (text === '') return fail('The link holds no plan.');
  if (text.length > MAX_LINK_PAYLOAD_LENGTH) return fail('The link is too long to hold a plan.');
  const dot = text.indexOf('.');
  const prefix = dot < 0 ? '' : text.slice(0, dot);
  if (!/^\d{1,6}$/.test(prefix)) return fail('This is not an OCS Topology Designer plan link.');
  const format = Number(prefix);
  if (format > LINK_FORMAT) {
    return fail(
      `This link was made by a newer version of OCS Topology Designer (link format ${format}; this version reads format ${LINK_FORMAT}). Update the app to open it.`,
    );
  }
  if (format !== LINK_FORMAT) return fail(`This plan link has an unknown format (${format}).`);

  const bytes = fromBase64url(text.slice(dot + 1));
  if (!bytes) return fail(`${DAMAGED}: it contains characters that do not belong in a plan link.`);
  if (bytes.length < 5) return fail(`${DAMAGED}.`);
  const expected = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
  const json = inflateLimited(bytes.subarray(4));
  if (json === 'too-large') return fail('The link unpacks to more data than any plan holds; it was not read.');
  if (!json) return fail(`${DAMAGED}: the compressed data cannot be read.`);
  if (crc32(json) !== expected) return fail(`${DAMAGED}: its checksum does not match.`);

  let compact: unknown;
  try {
    compact = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return fail(`${DAMAGED}: its content is not readable.`);
  }
  let raw: unknown;
  try {
    raw = fromCompact(compact);
  } catch (e) {
    if (e instanceof CompactFormError) return fail(`${DAMAGED}: ${e.message}.`);
    throw e;
  }
  const result = readPlan(raw);
  if (result.ok) return result;
  const { error } = result;
  return {
    ok: false,
    error: new PlanReadError(`The link holds a plan that cannot be read: ${error.message}`, { path: error.path, problems: error.problems }),
  };
}

class TooLarge extends Error {}

/** Inflates in small steps and stops past MAX_PLAN_TEXT_LENGTH bytes, so a crafted link cannot exhaust memory. */
function inflateLimited(data: Uint8Array): Uint8Array | 'too-large' | undefined {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > MAX_PLAN_TEXT_LENGTH) throw new TooLarge();
    chunks.push(chunk);
  });
  const STEP = 4096;
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let i = 0; i < data.length; i += STEP) inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  } catch (e) {
    return e instanceof TooLarge ? 'too-large' : undefined;
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** `https://host/app/?x=1#old` + plan -> `https://host/app/?x=1#plan=<payload>`. */
export function buildShareUrl(baseUrl: string, plan: Plan): string {
  const hash = baseUrl.indexOf('#');
  const base = hash < 0 ? baseUrl : baseUrl.slice(0, hash);
  return `${base}#${HASH_KEY}=${encodePlanLink(plan)}`;
}
