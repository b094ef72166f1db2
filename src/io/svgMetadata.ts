/**
 * The plan inside an exported SVG: `<metadata><ocs-plan xmlns="urn:ocs-topology-designer:plan">JSON</ocs-plan></metadata>`,
 * the JSON escaped as XML text. Reading it back needs no DOM parser, so it works in Node too.
 */
import type { Plan } from '../domain/plan';
import { PlanReadError } from './planErrors';
import { orderedPlan } from './planJson';
import { MAX_PLAN_TEXT_LENGTH, parsePlanText } from './readPlan';
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

/** XML character data back to text: entities and character references decoded, CDATA sections kept as they are. */
function xmlText(raw: string): string | undefined {
  let bad = false;
  const decode = (s: string) =>
    s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|&/g, (m, ref: string | undefined) => {
      if (ref === undefined) return ((bad = true), m);
      if (ref[0] !== '#') return ENTITIES[ref] ?? ((bad = true), m);
      const cp = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!(cp >= 0 && cp <= 0x10ffff)) return ((bad = true), m);
      return String.fromCodePoint(cp);
    });
  let out = '';
  let at = 0;
  for (const m of raw.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)) {
    out += decode(raw.slice(at, m.index)) + m[1];
    at = m.index + m[0].length;
  }
  out += decode(raw.slice(at));
  return bad ? undefined : out;
}

function fail(message: string, path?: string): ReadResult {
  return { ok: false, error: new PlanReadError(message, { path }) };
}

/** Gets the plan back out of an SVG exported with `embedPlan` (the default). */
export function readPlanFromSvg(svgText: string): ReadResult {
  try {
    if (typeof svgText !== 'string') return fail('expected the text of an SVG file');
    if (svgText.length > 4 * MAX_PLAN_TEXT_LENGTH) return fail('the SVG file is too large to read a plan from');
    // Editors that re-save the file may give the element a namespace prefix (<ns0:ocs-plan>).
    const m = /<(?:[\w.-]+:)?ocs-plan\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?ocs-plan\s*>/.exec(svgText);
    if (!m) {
      return fail(
        /<svg[\s>]/.test(svgText)
          ? 'this SVG holds no plan: only diagrams exported by OCS Topology Designer with the plan embedded can be opened'
          : 'this is not an SVG file',
      );
    }
    const json = xmlText(m[1]);
    if (json === undefined) return fail('the plan inside this SVG is damaged (a broken XML character reference)');
    const result = parsePlanText(json);
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
