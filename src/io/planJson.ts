/** A plan as a file: stable field order, 2-space indentation, unknown fields kept after the known ones. */
import type { Plan } from '../domain/plan';
import { safeFileName } from './fileName';

/** The known fields of each record of a plan, in the order a plan file writes them. */
export const PLAN_KEYS = [
  'format',
  'version',
  'name',
  'ocsVersion',
  'sites',
  'pools',
  'nodes',
  'links',
  'zones',
  'sipDomains',
  'autoSignInPool',
  'requirements',
];
export const POOL_KEYS = [
  'id',
  'name',
  'edition',
  'configuration',
  'purpose',
  'users',
  'position',
  'size',
  'webInternalFqdn',
  'webExternalFqdn',
  'why',
];
export const NODE_KEYS = [
  'id',
  'kind',
  'name',
  'pool',
  'zone',
  'site',
  'position',
  'collocated',
  'sqlVersion',
  'sqlEdition',
  'databases',
  'cluster',
  'is64bit',
  'balancing',
  'side',
  'edgeServices',
  'avNat',
  'gatewayType',
  'cwaUsers',
  'ip',
  'externalFqdns',
  'externalIps',
  'gatewayIp',
  'why',
];
export const LINK_KEYS = ['id', 'from', 'to'];
const POSITION_KEYS = ['x', 'y'];
const SIZE_KEYS = ['width', 'height'];

type Dict = Record<string, unknown>;

const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A copy of `obj` with `keys` first (in that order, absent ones skipped), then every other own key.
 * Built with Object.fromEntries so that a key named `__proto__` stays a plain field.
 */
function ordered(obj: unknown, keys: readonly string[], nested: Record<string, (v: unknown) => unknown> = {}): unknown {
  if (!isDict(obj)) return obj;
  const entries: [string, unknown][] = [];
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(obj, key) || obj[key] === undefined) continue;
    const fix = nested[key];
    entries.push([key, fix ? fix(obj[key]) : obj[key]]);
  }
  for (const key of Object.keys(obj)) if (!keys.includes(key)) entries.push([key, obj[key]]);
  return Object.fromEntries(entries);
}

const list = (fix: (v: unknown) => unknown) => (v: unknown) => (Array.isArray(v) ? v.map(fix) : v);
const position = (v: unknown) => ordered(v, POSITION_KEYS);
const size = (v: unknown) => ordered(v, SIZE_KEYS);
const pool = (v: unknown) => ordered(v, POOL_KEYS, { position, size });
const node = (v: unknown) => ordered(v, NODE_KEYS, { position });
const link = (v: unknown) => ordered(v, LINK_KEYS);

/** The plan with its fields in the file order of the format contract. */
export function orderedPlan(plan: Plan): Plan {
  return ordered(plan, PLAN_KEYS, { pools: list(pool), nodes: list(node), links: list(link) }) as Plan;
}

/**
 * The identity of the plan file's JSON Schema (its `$id`). Exports write `$schema` with where the
 * schema is published: the app the URL it serves `plan.schema.json` from, the CLI this id or the
 * URL it is given.
 */
export const PLAN_SCHEMA_ID = 'urn:ocs-topology-designer:plan-schema:1';

/**
 * A plan as read, without the file's top-level `$schema`: that says where the schema of the file
 * is, not something about the plan, and every export writes its own.
 */
export function withoutSchemaKey(input: unknown): unknown {
  if (!isDict(input) || !Object.prototype.hasOwnProperty.call(input, '$schema')) return input;
  return Object.fromEntries(Object.entries(input).filter(([key]) => key !== '$schema'));
}

/** The plan as the text of a `.json` file (ends with a newline); with `schema`, a `$schema` field first. */
export function planToJson(plan: Plan, options: { schema?: string } = {}): string {
  const ordered = orderedPlan(plan) as unknown as Dict;
  const out =
    options.schema === undefined
      ? ordered
      : Object.fromEntries([['$schema', options.schema], ...Object.entries(ordered).filter(([k]) => k !== '$schema')]);
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** A file name for the plan: `Contoso HQ` -> `contoso-hq.json`; `plan.json` when nothing usable is left. */
export function planFileName(plan: Pick<Plan, 'name'>): string {
  return safeFileName(plan.name, 'json');
}
