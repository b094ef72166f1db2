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
import { count, LIMITS } from './limits';
import { boundsProblem, countProblem, textNestingProblem } from './planBounds';
import { PlanReadError } from './planErrors';
import { readPlan } from './readPlan';
import type { ReadResult } from './readPlan';

/** The link format this version writes and reads. */
export const LINK_FORMAT = 1;
/** Longest payload accepted: far above any shareable plan (a 20,000-server plan makes about 410,000 characters). */
export const MAX_LINK_PAYLOAD_LENGTH = LIMITS.linkLength;

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
  if (text.length > MAX_LINK_PAYLOAD_LENGTH) {
    return fail(`The link is too long to hold a plan (${count(text.length)} characters; the limit is ${count(MAX_LINK_PAYLOAD_LENGTH)}).`);
  }
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
  if (json === 'too-large') {
    return fail(
      `The link unpacks to more than ${count(LIMITS.linkUnpackedBytes)} bytes, more than any plan holds; the limit is ${count(LIMITS.linkUnpackedBytes)}`,
    );
  }
  if (!json) return fail(`${DAMAGED}: the compressed data cannot be read.`);
  if (crc32(json) !== expected) return fail(`${DAMAGED}: its checksum does not match.`);

  let compact: unknown;
  try {
    const compactText = new TextDecoder('utf-8', { fatal: true }).decode(json);
    const nested = textNestingProblem(compactText, COMPACT_LIMITS);
    // (The compact form is one level deeper than the plan: the user's limit is the plan's.)
    if (nested) return fail(`The link holds a plan nested more than ${LIMITS.depth} levels deep; the limit is ${LIMITS.depth}`);
    compact = JSON.parse(compactText);
  } catch {
    return fail(`${DAMAGED}: its content is not readable.`);
  }
  // Counted before the compact form is expanded: a short link can hold millions of tiny records.
  const over = compactBoundsProblem(compact);
  if (over) return fail(over);
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

/**
 * The compact form keeps unknown fields one level deeper (in a record's `extras`) than the plan does,
 * and may hold a few more values (empty slots); the plan it expands to is held to LIMITS exactly.
 */
const COMPACT_LIMITS = { ...LIMITS, depth: LIMITS.depth + 1, values: 2 * LIMITS.values };

/** "The link holds 3,000,000 links; the limit is 50,000", or the first other limit the compact form is over. */
function compactBoundsProblem(compact: unknown): string | undefined {
  if (!Array.isArray(compact)) return undefined;
  const length = (v: unknown) => (Array.isArray(v) ? v.length : undefined);
  const counted = countProblem({ pools: length(compact[2]), servers: length(compact[3]), links: length(compact[4]) });
  if (counted) return `The link holds${counted.message.slice('the plan holds'.length)}`;
  const other = boundsProblem(compact, COMPACT_LIMITS);
  return other && `The link holds a plan over a limit: ${other.message}`;
}

class TooLarge extends Error {}

/** Inflates in small steps and stops past LIMITS.linkUnpackedBytes, so a crafted link cannot exhaust memory. */
function inflateLimited(data: Uint8Array): Uint8Array | 'too-large' | undefined {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > LIMITS.linkUnpackedBytes) throw new TooLarge();
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
