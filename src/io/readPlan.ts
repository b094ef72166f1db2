/**
 * The one reader for every incoming plan: files, share links, SVG metadata and the page's `loadPlan`.
 * Order: plain-object check, `format`, `version` and migrations, the schema, then references.
 * It never throws: every failure is a PlanReadError in the result.
 */
import { PLAN_FORMAT } from '../domain/plan';
import type { Plan } from '../domain/plan';
import { count, LIMITS } from './limits';
import { migratePlan } from './migrations';
import type { RawPlan } from './migrations';
import { describeIssue, describeValue, errorFromProblems, formatPath, MAX_PROBLEMS, PlanReadError } from './planErrors';
import type { PlanProblem } from './planErrors';
import { boundsProblem, textNestingProblem } from './planBounds';
import { withoutSchemaKey } from './planJson';
import { planSchema } from './schema';

export { PlanReadError } from './planErrors';
export type { PlanProblem } from './planErrors';

export type ReadResult = { ok: true; plan: Plan } | { ok: false; error: PlanReadError };

/** Longest plan text accepted (characters): far above any real plan, low enough to refuse a runaway file early. */
export const MAX_PLAN_TEXT_LENGTH = LIMITS.planFileBytes;

function fail(message: string, path?: string): ReadResult {
  return { ok: false, error: errorFromProblems([{ path, message }]) };
}

function isRecord(value: unknown): value is RawPlan {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

export function readPlan(input: unknown): ReadResult {
  try {
    return readUnsafe(withoutSchemaKey(input));
  } catch (e) {
    // Hostile inputs (throwing getters, proxies, absurd nesting) end here.
    return fail(`the plan cannot be read (${e instanceof Error ? e.message : String(e)})`);
  }
}

function readUnsafe(input: unknown): ReadResult {
  if (!isRecord(input)) {
    return fail(`this is not an OCS Topology Designer plan: expected a JSON object but got ${describeValue(input)}`);
  }
  if (input.format !== PLAN_FORMAT) {
    return fail(
      input.format === undefined
        ? `missing; this is not an OCS Topology Designer plan (expected "format": "${PLAN_FORMAT}")`
        : `this is not an OCS Topology Designer plan: expected "${PLAN_FORMAT}" but got ${describeValue(input.format)}`,
      'format',
    );
  }
  const version = input.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return fail(
      version === undefined
        ? 'missing; expected a whole number such as 1'
        : `expected a whole number >= 1 but got ${describeValue(version)}`,
      'version',
    );
  }
  // Counts, lengths and depth before anything copies or validates the plan.
  const over = boundsProblem(input);
  if (over) return { ok: false, error: errorFromProblems([over]) };
  const migrated = migratePlan(input, version);
  if (!migrated.ok) return fail(migrated.message, 'version');

  const parsed = planSchema.safeParse(migrated.raw, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, MAX_PROBLEMS)
      .map((issue): PlanProblem => ({ path: formatPath(issue.path), message: describeIssue(issue) }));
    return { ok: false, error: errorFromProblems(problems) };
  }
  const plan = parsed.data as Plan;
  keepProtoKeys(migrated.raw, plan);
  const problems = [...referenceProblems(plan), ...poolBoxProblems(plan)].slice(0, MAX_PROBLEMS);
  if (problems.length > 0) return { ok: false, error: errorFromProblems(problems) };
  return { ok: true, plan };
}

/**
 * zod drops an own `__proto__` key when it copies unknown fields; a plan must come back exactly
 * as it was written, so put it back as a plain own property (never as a prototype).
 */
function keepProtoKeys(raw: RawPlan, plan: Plan): void {
  const restore = (from: unknown, to: unknown) => {
    if (isRecord(from) && isRecord(to) && hasOwn(from, '__proto__')) {
      Object.defineProperty(to, '__proto__', { value: from['__proto__'], enumerable: true, writable: true, configurable: true });
    }
  };
  restore(raw, plan);
  const lists: [unknown, unknown[], string[]][] = [
    [raw.pools, plan.pools, ['position', 'size']],
    [raw.nodes, plan.nodes, ['position']],
    [raw.links, plan.links, []],
  ];
  for (const [rawList, list, nested] of lists) {
    if (!Array.isArray(rawList)) continue;
    list.forEach((item, i) => {
      const rawItem: unknown = rawList[i];
      restore(rawItem, item);
      if (!isRecord(rawItem)) return;
      for (const key of nested) restore(rawItem[key], (item as unknown as RawPlan)[key]);
    });
  }
}

/** Duplicate ids, links to nowhere, self links and pools that do not exist. */
export function referenceProblems(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const add = (path: string, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ path, message });
  };
  const seen = new Map<string, string>();
  const claim = (id: string, path: string) => {
    const first = seen.get(id);
    if (first !== undefined) add(path, `the id ${describeValue(id)} is already used by ${first}`);
    else seen.set(id, path.replace(/\.id$/, ''));
  };
  plan.pools.forEach((p, i) => claim(p.id, `pools[${i}].id`));
  plan.nodes.forEach((n, i) => claim(n.id, `nodes[${i}].id`));
  plan.links.forEach((l, i) => claim(l.id, `links[${i}].id`));

  const poolIds = new Set(plan.pools.map((p) => p.id));
  const nodeIds = new Set(plan.nodes.map((n) => n.id));
  const siteIds = new Set<string>();
  plan.sites?.forEach((s, i) => {
    if (siteIds.has(s.id)) add(`sites[${i}].id`, `the site id ${describeValue(s.id)} is already used by another site`);
    siteIds.add(s.id);
  });
  plan.nodes.forEach((n, i) => {
    if (n.pool !== undefined && !poolIds.has(n.pool)) add(`nodes[${i}].pool`, `no pool has the id ${describeValue(n.pool)}`);
    if (n.site !== undefined && !siteIds.has(n.site)) add(`nodes[${i}].site`, `no site has the id ${describeValue(n.site)}`);
  });
  plan.links.forEach((l, i) => {
    if (!nodeIds.has(l.from)) add(`links[${i}].from`, `no node has the id ${describeValue(l.from)}`);
    if (!nodeIds.has(l.to)) add(`links[${i}].to`, `no node has the id ${describeValue(l.to)}`);
    else if (l.from === l.to) add(`links[${i}].to`, `a link cannot join node ${describeValue(l.to)} to itself`);
  });
  return problems;
}

/**
 * A pool's box must lie within ±LIMITS.poolCoordinate (its position is checked by the schema; its
 * far edge, position plus size, here). A box without a position starts at 0, as it is drawn.
 */
export function poolBoxProblems(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const limit = LIMITS.poolCoordinate;
  plan.pools.forEach((pool, i) => {
    if (!pool.size || problems.length >= MAX_PROBLEMS) return;
    const right = (pool.position?.x ?? 0) + pool.size.width;
    const bottom = (pool.position?.y ?? 0) + pool.size.height;
    if (right > limit || bottom > limit) {
      problems.push({
        path: `pools[${i}].size`,
        message: `the pool's box reaches ${count(Math.max(right, bottom))}; pool boxes must lie within ±${count(limit)}`,
      });
    }
  });
  return problems;
}

/** Reads a plan from the text of a file. Refuses oversized text before parsing. */
export function parsePlanText(text: string): ReadResult {
  try {
    if (typeof text !== 'string') return fail(`expected the text of a plan file but got ${describeValue(text)}`);
    if (text.length > MAX_PLAN_TEXT_LENGTH) {
      return fail(`the file is too large to be a plan (${count(text.length)} characters; the limit is ${count(MAX_PLAN_TEXT_LENGTH)})`);
    }
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.trim() === '') return fail('the file is empty; expected a plan in JSON');
    const nested = textNestingProblem(body);
    if (nested) return fail(nested.message);
    let raw: unknown;
    try {
      raw = JSON.parse(body);
    } catch (e) {
      return fail(`the file is not valid JSON: ${jsonProblem(e, body)}`);
    }
    return readPlan(raw);
  } catch (e) {
    return fail(`the plan cannot be read (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** JSON.parse's complaint, with line and column when the engine gives only a position. */
function jsonProblem(e: unknown, text: string): string {
  const message = e instanceof Error ? e.message : String(e);
  const m = /at position (\d+)/.exec(message);
  if (!m || /line \d+/.test(message)) return message;
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}
