/**
 * The limits of `limits.ts` applied before the expensive work: a linear scan of JSON text for its
 * nesting (before JSON.parse), then one bounded walk of the parsed value for counts, string lengths,
 * depth and self-reference (before the schema check). Both run in time linear in the input and
 * never deeper than LIMITS.depth on the stack.
 */
import { count, LIMITS } from './limits';
import { describeValue, formatPath } from './planErrors';
import type { PlanProblem } from './planErrors';

export type Limits = { readonly [K in keyof typeof LIMITS]: number };

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Line and column (both from 1) of a position in a text. */
function lineAndColumn(text: string, pos: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < pos; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${pos - lineStart + 1}`;
}

/**
 * JSON text that nests lists and objects deeper than the limit: one pass over the characters,
 * strings skipped. (JSON.parse itself takes seconds on millions of levels.)
 */
export function textNestingProblem(text: string, limits: Pick<Limits, 'depth'> = LIMITS): PlanProblem | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === BACKSLASH) i++;
        else if (s === QUOTE) break;
      }
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > limits.depth) return { message: nestingMessage(limits.depth, lineAndColumn(text, i)) };
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    }
  }
  return undefined;
}

function nestingMessage(limit: number, where?: string): string {
  return `values are nested more than ${limit} levels deep${where ? ` (at ${where})` : ''}; the limit is ${limit}`;
}

const MAX_PATH_PARTS = 8;

function shortPath(path: readonly PropertyKey[]): string | undefined {
  if (path.length <= MAX_PATH_PARTS) return formatPath(path);
  return `${formatPath(path.slice(0, MAX_PATH_PARTS))}…`;
}

class OverLimit extends Error {
  constructor(readonly problem: PlanProblem) {
    super(problem.message);
  }
}

/** The first list of the plan that holds more items than allowed, e.g. "the plan holds 100,000 links; the limit is 50,000". */
export function countProblem(
  counts: { servers?: number; links?: number; pools?: number; sites?: number },
  limits: Pick<Limits, 'servers' | 'links' | 'pools'> & Partial<Pick<Limits, 'sites'>> = LIMITS,
): PlanProblem | undefined {
  const lists = [
    ['nodes', 'servers', counts.servers, limits.servers],
    ['pools', 'pools', counts.pools, limits.pools],
    ['links', 'links', counts.links, limits.links],
    ['sites', 'sites', counts.sites, limits.sites ?? LIMITS.sites],
  ] as const;
  for (const [path, noun, n, limit] of lists) {
    if (typeof n === 'number' && n > limit) return { path, message: `the plan holds ${count(n)} ${noun}; the limit is ${count(limit)}` };
  }
  return undefined;
}

const lengthOf = (v: unknown): number | undefined => (Array.isArray(v) ? v.length : undefined);

/**
 * Everything in a raw plan (or any value) that is over a limit: too many servers, pools or links,
 * too many values in all, a string or a field name too long, nesting too deep, or an object that
 * contains itself. Reads each value once; never recurses deeper than the depth limit.
 */
export function boundsProblem(value: unknown, limits: Limits = LIMITS): PlanProblem | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const raw = value as Record<string, unknown>;
    const counted = countProblem(
      { servers: lengthOf(raw.nodes), pools: lengthOf(raw.pools), links: lengthOf(raw.links), sites: lengthOf(raw.sites) },
      limits,
    );
    if (counted) return counted;
  }
  const path: PropertyKey[] = [];
  const ancestors = new Set<object>();
  let values = 0;
  const over = (message: string): never => {
    throw new OverLimit({ path: shortPath(path), message });
  };
  const tooMany = () => over(`the plan holds more than ${count(limits.values)} values in all; the limit is ${count(limits.values)}`);
  const visit = (v: unknown, depth: number): void => {
    if (++values > limits.values) tooMany();
    if (typeof v === 'string') {
      if (v.length > limits.stringLength) {
        over(`a text of ${count(v.length)} characters (${describeValue(v.slice(0, 41))}); the limit is ${count(limits.stringLength)}`);
      }
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    if (depth > limits.depth) over(nestingMessage(limits.depth));
    if (ancestors.has(v)) over('this value contains itself; a plan must be a tree of values, as in a JSON file');
    if (ArrayBuffer.isView(v)) {
      values += (v as { length?: number }).length ?? v.byteLength;
      if (values > limits.values) tooMany();
      return;
    }
    ancestors.add(v);
    if (Array.isArray(v)) {
      if (values + v.length > limits.values) tooMany();
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        visit(v[i], depth + 1);
        path.pop();
      }
    } else {
      const keys = Object.keys(v);
      if (values + keys.length > limits.values) tooMany();
      for (const key of keys) {
        path.push(key.length > 40 ? `${key.slice(0, 40)}…` : key);
        if (key.length > limits.stringLength)
          over(`a field name of ${count(key.length)} characters; the limit is ${count(limits.stringLength)}`);
        visit((v as Record<string, unknown>)[key], depth + 1);
        path.pop();
      }
    }
    ancestors.delete(v);
  };
  try {
    visit(value, 1);
  } catch (e) {
    if (e instanceof OverLimit) return e.problem;
    throw e;
  }
  return undefined;
}
