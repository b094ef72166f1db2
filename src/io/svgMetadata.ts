/**
 * The plan inside an exported SVG: `<metadata><ocs-plan xmlns="urn:ocs-topology-designer:plan">JSON</ocs-plan></metadata>`,
 * the JSON escaped as XML text. Reading it back needs no DOM parser, so it works in Node too.
 */
import type { Plan } from '../domain/plan';
import { PlanReadError } from './planErrors';
import { orderedPlan } from './planJson';
import { count, LIMITS } from './limits';
import { parsePlanText } from './readPlan';
import type { ReadResult } from './readPlan';

export const PLAN_METADATA_NAMESPACE = 'urn:ocs-topology-designer:plan';

/**
 * The plan as XML text. Characters XML 1.0 cannot carry can only sit inside JSON strings
 * (JSON's own syntax is ASCII), where a \u escape means the same: so they become escapes.
 * JSON.stringify already escapes C0 controls and lone surrogates.
 */
export function planMetadata(plan: Plan): string {
  const json = JSON.stringify(orderedPlan(plan)).replace(
    /[\u007F-\u009F\uFFFE\uFFFF]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const text = json.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<metadata><ocs-plan xmlns="${PLAN_METADATA_NAMESPACE}" version="${plan.version}">${text}</ocs-plan></metadata>`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Longest entity or character reference looked for (`&#x10FFFF;` with some leading zeros). */
const MAX_REFERENCE = 32;

/** XML character data (no markup) with entities and character references decoded; undefined for a broken one. */
function decodeReferences(text: string): string | undefined {
  let amp = text.indexOf('&');
  if (amp < 0) return text;
  const parts: string[] = [];
  let at = 0;
  while (amp >= 0) {
    parts.push(text.slice(at, amp));
    // A reference is short: looking for its ';' only nearby keeps the scan linear.
    const semi = text.slice(amp + 1, amp + 1 + MAX_REFERENCE).indexOf(';');
    if (semi < 0) return undefined;
    const ref = text.slice(amp + 1, amp + 1 + semi);
    let decoded: string | undefined;
    if (ref[0] === '#') {
      const digits = ref[1] === 'x' ? ref.slice(2) : ref.slice(1);
      const cp =
        /^[0-9a-fA-F]+$/.test(digits) && (ref[1] === 'x' || /^[0-9]+$/.test(digits)) ? parseInt(digits, ref[1] === 'x' ? 16 : 10) : NaN;
      if (cp >= 0 && cp <= 0x10ffff) decoded = String.fromCodePoint(cp);
    } else if (Object.prototype.hasOwnProperty.call(ENTITIES, ref)) {
      decoded = ENTITIES[ref];
    }
    if (decoded === undefined) return undefined;
    parts.push(decoded);
    at = amp + 2 + semi;
    amp = text.indexOf('&', at);
  }
  parts.push(text.slice(at));
  return parts.join('');
}

const isNameChar = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2e || c === 0x2d || c === 0x3a;

/** The end of the XML name that starts at `from`. */
function nameEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isNameChar(text.charCodeAt(i))) i++;
  return i;
}

/** `ocs-plan`, or the same with a namespace prefix (editors that re-save the file may add one: `ns0:ocs-plan`). */
const isPlanElement = (name: string) => name === 'ocs-plan' || (name.endsWith(':ocs-plan') && name.indexOf(':') === name.length - 9);

type Embedded = { ok: true; json: string } | { ok: false; message: string };

/**
 * The text of the first `<ocs-plan>` element, decoded (entities, character references, CDATA;
 * comments skipped). One forward pass: every character is looked at a bounded number of times,
 * so hostile files (unclosed tags by the million, endless references) cost time linear in their size.
 */
export function embeddedPlanText(svg: string, maxLength: number = LIMITS.planFileBytes): Embedded {
  const damaged = (why: string): Embedded => ({ ok: false, message: `the plan inside this SVG is damaged (${why})` });
  // The start tag.
  let contentStart = -1;
  for (let lt = svg.indexOf('<'); lt >= 0;) {
    const end = nameEnd(svg, lt + 1);
    if (end > lt + 1 && isPlanElement(svg.slice(lt + 1, end))) {
      const gt = svg.indexOf('>', end);
      if (gt < 0) return damaged('its start tag is not closed');
      if (svg.charCodeAt(gt - 1) === 0x2f) return { ok: true, json: '' };
      contentStart = gt + 1;
      break;
    }
    lt = svg.indexOf('<', Math.max(end, lt + 1));
  }
  if (contentStart < 0) {
    return {
      ok: false,
      message: /<svg[\s>]/.test(svg)
        ? 'this SVG holds no plan: only diagrams exported by OCS Topology Designer with the plan embedded can be opened'
        : 'this is not an SVG file',
    };
  }
  // The content, up to the end tag.
  const parts: string[] = [];
  let length = 0;
  const add = (text: string | undefined) => {
    if (text === undefined) return false;
    parts.push(text);
    length += text.length;
    return true;
  };
  const tooLong = (): Embedded => ({
    ok: false,
    message: `the plan inside this SVG is too large (more than ${count(maxLength)} characters; the limit is ${count(maxLength)})`,
  });
  let at = contentStart;
  for (;;) {
    const lt = svg.indexOf('<', at);
    if (lt < 0) return damaged('the <ocs-plan> element is not closed');
    if (lt - at > maxLength - length) return tooLong();
    if (!add(decodeReferences(svg.slice(at, lt)))) return damaged('a broken XML character reference');
    if (length > maxLength) return tooLong();
    if (svg.startsWith('<![CDATA[', lt)) {
      const close = svg.indexOf(']]>', lt + 9);
      if (close < 0) return damaged('a CDATA section is not closed');
      add(svg.slice(lt + 9, close));
      if (length > maxLength) return tooLong();
      at = close + 3;
    } else if (svg.startsWith('<!--', lt)) {
      const close = svg.indexOf('-->', lt + 4);
      if (close < 0) return damaged('a comment is not closed');
      at = close + 3;
    } else if (svg.charCodeAt(lt + 1) === 0x2f) {
      const end = nameEnd(svg, lt + 2);
      let i = end;
      while (i < svg.length && /\s/.test(svg[i])) i++;
      if (!isPlanElement(svg.slice(lt + 2, end)) || svg[i] !== '>') return damaged('markup inside the <ocs-plan> element');
      return { ok: true, json: parts.join('') };
    } else {
      return damaged('markup inside the <ocs-plan> element');
    }
  }
}

function fail(message: string, path?: string): ReadResult {
  return { ok: false, error: new PlanReadError(message, { path }) };
}

/** Gets the plan back out of an SVG exported with `embedPlan` (the default). */
export function readPlanFromSvg(svgText: string): ReadResult {
  try {
    if (typeof svgText !== 'string') return fail('expected the text of an SVG file');
    if (svgText.length > LIMITS.svgFileBytes) {
      return fail(
        `the SVG file is too large to read a plan from (${count(svgText.length)} characters; the limit is ${count(LIMITS.svgFileBytes)})`,
      );
    }
    const embedded = embeddedPlanText(svgText);
    if (!embedded.ok) return fail(embedded.message);
    const result = parsePlanText(embedded.json);
    if (result.ok) return result;
    return {
      ok: false,
      error: new PlanReadError(`the plan inside this SVG cannot be read: ${result.error.message}`, {
        path: result.error.path,
        problems: result.error.problems,
      }),
    };
  } catch (e) {
    return fail(`the plan inside this SVG cannot be read (${e instanceof Error ? e.message : String(e)})`);
  }
}
