/**
 * The compact form of a plan inside a share link (link format 1): arrays instead of objects,
 * table indexes instead of enum strings, node and pool indexes instead of repeated ids.
 * Exact by construction: anything a slot cannot hold (unknown fields, odd values, a position
 * with extra fields) goes verbatim into the record's `extras` object, which wins on decoding.
 *
 *   plan = [name, ocsVersion, pools, nodes, links, extras?]
 *   pool = [id, name, editionCode, users, x, y, width, height, extras?]
 *   node = [id, kind, name, x, y, pool, collocated, sqlVersion, is64bit, balancing, extras?]
 *   link = [from, to, id, extras?]   (id null = "l<index+1>", 0 = none in the slot)
 *
 * `null` in a slot means "absent"; trailing nulls are dropped. The tables below are frozen
 * for format 1: new values may only be appended (old links keep decoding the same way).
 */
import { PLAN_FORMAT } from '../domain/plan';

/**
 * The plan version a link implies when it names none: 1, the version of every link written before
 * version 2 (they keep reading as version 1 and pass through its migration). Links of later plans
 * carry their version in the plan's extras, so they stay exact too.
 */
const IMPLIED_VERSION = 1;

const OCS = ['2007', '2007-r2'];
const KINDS = [
  'standard-edition-server',
  'front-end-server',
  'back-end-sql',
  'hardware-load-balancer',
  'web-components-server',
  'web-conferencing-server',
  'av-conferencing-server',
];
const ROLES = [
  'im-conferencing',
  'telephony-conferencing',
  'web-conferencing',
  'av-conferencing',
  'web-components',
  'back-end-sql',
  'domain-controller',
];
const SQL = ['2000-sp4', '2005-sp1', '2005-sp2', '2008'];
const BALANCING = ['hardware', 'windows-nlb', 'dns'];
/** [edition, configuration] pairs by code. */
const EDITION_CODES: [string, string | undefined][] = [
  ['standard', undefined],
  ['enterprise', 'consolidated'],
  ['enterprise', 'expanded'],
  ['enterprise', undefined],
  ['standard', 'consolidated'],
  ['standard', 'expanded'],
];

const PLAN_KEYS = ['format', 'version', 'name', 'ocsVersion', 'pools', 'nodes', 'links'];
const POOL_KEYS = ['id', 'name', 'edition', 'configuration', 'users', 'position', 'size'];
const NODE_KEYS = ['id', 'kind', 'name', 'pool', 'position', 'collocated', 'sqlVersion', 'is64bit', 'balancing'];
const LINK_KEYS = ['id', 'from', 'to'];

type Dict = Record<string, unknown>;
type Slot = unknown;

const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Thrown by the decoder for a structure that no encoder wrote. */
export class CompactFormError extends Error {}

// ---------- encoding ----------

class CompactRecord {
  readonly slots: Slot[] = [];
  readonly extras: [string, unknown][] = [];

  constructor(
    readonly source: Dict,
    known: readonly string[],
  ) {
    for (const key of Object.keys(source)) if (!known.includes(key)) this.extras.push([key, source[key]]);
  }

  /** Puts `source[key]` in the next slot through `encode`, or into extras when it cannot. */
  put(key: string, encode: (v: unknown) => Slot | undefined): void {
    const value = this.source[key];
    if (value === undefined) {
      this.slots.push(null);
      return;
    }
    const slot = encode(value);
    if (slot === undefined) {
      this.extras.push([key, value]);
      this.slots.push(null);
    } else this.slots.push(slot);
  }

  /** Puts a `{ a, b }` object into two slots, or into extras when it has anything else. */
  putPair(key: string, a: string, b: string): void {
    const value = this.source[key];
    if (value === undefined) {
      this.slots.push(null, null);
      return;
    }
    const keys = isDict(value) ? Object.keys(value) : [];
    if (isDict(value) && keys.length === 2 && isNum(value[a]) && isNum(value[b])) {
      this.slots.push(value[a], value[b]);
    } else {
      this.extras.push([key, value]);
      this.slots.push(null, null);
    }
  }

  finish(): Slot[] {
    const out = [...this.slots];
    if (this.extras.length > 0) out.push(Object.fromEntries(this.extras));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  }
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const num = (v: unknown) => (isNum(v) ? v : undefined);
const table = (t: readonly string[]) => (v: unknown) => {
  const i = t.indexOf(v as string);
  return i >= 0 ? i : str(v);
};
type IdIndex = (v: unknown) => number | string | undefined;
/**
 * An id's place in `ids` (its first, as indexOf gives it), or the id itself when it is not there.
 * Made once per list: indexOf for every node and link made encoding a 10,000-server plan quadratic.
 */
const indexIn = (ids: readonly unknown[]): IdIndex => {
  const first = new Map<unknown, number>();
  ids.forEach((id, i) => {
    // indexOf never finds NaN; a Map would.
    if (!first.has(id) && !Number.isNaN(id)) first.set(id, i);
  });
  return (v) => first.get(v) ?? str(v);
};

export function toCompact(plan: Dict): Slot[] {
  const top = new CompactRecord(plan, PLAN_KEYS);
  // format and version are implied by the link format; anything else is carried verbatim.
  if (plan.format !== PLAN_FORMAT && plan.format !== undefined) top.extras.push(['format', plan.format]);
  if (plan.version !== IMPLIED_VERSION && plan.version !== undefined) top.extras.push(['version', plan.version]);
  top.put('name', str);
  top.put('ocsVersion', table(OCS));
  const pools = Array.isArray(plan.pools) ? plan.pools : undefined;
  const nodes = Array.isArray(plan.nodes) ? plan.nodes : undefined;
  const links = Array.isArray(plan.links) ? plan.links : undefined;
  const poolIds = indexIn((pools ?? []).map((p) => (isDict(p) ? p.id : undefined)));
  const nodeIds = indexIn((nodes ?? []).map((n) => (isDict(n) ? n.id : undefined)));
  const rows = (list: unknown[] | undefined, encode: (item: Dict, i: number) => Slot[]) =>
    list && list.every(isDict) ? list.map((item, i) => encode(item as Dict, i)) : undefined;
  top.put('pools', () => rows(pools, poolToCompact));
  top.put('nodes', () => rows(nodes, (n) => nodeToCompact(n, poolIds)));
  top.put('links', () => rows(links, (l, i) => linkToCompact(l, i, nodeIds)));
  return top.finish();
}

function poolToCompact(pool: Dict): Slot[] {
  const r = new CompactRecord(pool, POOL_KEYS);
  r.put('id', str);
  r.put('name', str);
  const code = EDITION_CODES.findIndex(([e, c]) => e === pool.edition && c === pool.configuration);
  if (code >= 0) r.slots.push(code);
  else {
    r.slots.push(null);
    if (pool.edition !== undefined) r.extras.push(['edition', pool.edition]);
    if (pool.configuration !== undefined) r.extras.push(['configuration', pool.configuration]);
  }
  r.put('users', num);
  r.putPair('position', 'x', 'y');
  r.putPair('size', 'width', 'height');
  return r.finish();
}

function nodeToCompact(node: Dict, poolIds: IdIndex): Slot[] {
  const r = new CompactRecord(node, NODE_KEYS);
  r.put('id', str);
  r.put('kind', table(KINDS));
  r.put('name', str);
  r.putPair('position', 'x', 'y');
  r.put('pool', poolIds);
  r.put('collocated', (v) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v.map(table(ROLES)) : undefined));
  r.put('sqlVersion', table(SQL));
  r.put('is64bit', (v) => (v === true ? 1 : v === false ? 0 : undefined));
  r.put('balancing', table(BALANCING));
  return r.finish();
}

function linkToCompact(link: Dict, index: number, nodeIds: IdIndex): Slot[] {
  const r = new CompactRecord(link, LINK_KEYS);
  r.put('from', nodeIds);
  r.put('to', nodeIds);
  if (link.id === `l${index + 1}`) r.slots.push(null);
  else if (typeof link.id === 'string') r.slots.push(link.id);
  else {
    r.slots.push(0);
    if (link.id !== undefined) r.extras.push(['id', link.id]);
  }
  return r.finish();
}

// ---------- decoding ----------

function damaged(what: string): never {
  throw new CompactFormError(what);
}

function rowOf(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) damaged(`${what} is not a list`);
  return value;
}

function extrasOf(value: unknown, what: string): Dict {
  if (value === undefined || value === null) return {};
  if (!isDict(value)) damaged(`${what} has unreadable extra fields`);
  return value;
}

/** Known fields from slots (absent ones skipped), then extras, which win. */
function build(known: [string, unknown][], extras: Dict): Dict {
  return Object.fromEntries([...known.filter(([, v]) => v !== undefined), ...Object.entries(extras)]);
}

const fromTable = (t: readonly string[]) => (v: unknown) => (typeof v === 'number' ? (t[v] ?? v) : v);
const slot = (row: unknown[], i: number) => (row[i] === null ? undefined : row[i]);
const pair = (row: unknown[], i: number, a: string, b: string) =>
  row[i] === null || row[i] === undefined || row[i + 1] === null || row[i + 1] === undefined ? undefined : { [a]: row[i], [b]: row[i + 1] };

export function fromCompact(compact: unknown): Dict {
  const top = rowOf(compact, 'the plan');
  const poolRows = slot(top, 2) === undefined ? undefined : rowOf(top[2], 'the pool list');
  const nodeRows = slot(top, 3) === undefined ? undefined : rowOf(top[3], 'the node list');
  const linkRows = slot(top, 4) === undefined ? undefined : rowOf(top[4], 'the link list');

  const pools = poolRows?.map((p, i) => poolFromCompact(rowOf(p, `pool ${i + 1}`), i));
  const poolIds = (pools ?? []).map((p) => p.id);
  const nodes = nodeRows?.map((n, i) => nodeFromCompact(rowOf(n, `node ${i + 1}`), i, poolIds));
  const nodeIds = (nodes ?? []).map((n) => n.id);
  const links = linkRows?.map((l, i) => linkFromCompact(rowOf(l, `link ${i + 1}`), i, nodeIds));

  return build(
    [
      ['format', PLAN_FORMAT],
      ['version', IMPLIED_VERSION],
      ['name', slot(top, 0)],
      ['ocsVersion', fromTable(OCS)(slot(top, 1))],
      ['pools', pools],
      ['nodes', nodes],
      ['links', links],
    ],
    extrasOf(top[5], 'the plan'),
  );
}

function poolFromCompact(row: unknown[], i: number): Dict {
  const code = slot(row, 2);
  const edition = typeof code === 'number' ? EDITION_CODES[code] : undefined;
  if (code !== undefined && !edition) damaged(`pool ${i + 1} has an unknown edition code`);
  return build(
    [
      ['id', slot(row, 0)],
      ['name', slot(row, 1)],
      ['edition', edition?.[0]],
      ['configuration', edition?.[1]],
      ['users', slot(row, 3)],
      ['position', pair(row, 4, 'x', 'y')],
      ['size', pair(row, 6, 'width', 'height')],
    ],
    extrasOf(row[8], `pool ${i + 1}`),
  );
}

const byIndex = (ids: readonly unknown[]) => (v: unknown) => (typeof v === 'number' ? (ids[v] ?? v) : v);

function nodeFromCompact(row: unknown[], i: number, poolIds: readonly unknown[]): Dict {
  const collocated = slot(row, 6);
  return build(
    [
      ['id', slot(row, 0)],
      ['kind', fromTable(KINDS)(slot(row, 1))],
      ['name', slot(row, 2)],
      ['pool', byIndex(poolIds)(slot(row, 5))],
      ['position', pair(row, 3, 'x', 'y')],
      ['collocated', Array.isArray(collocated) ? collocated.map(fromTable(ROLES)) : collocated],
      ['sqlVersion', fromTable(SQL)(slot(row, 7))],
      ['is64bit', slot(row, 8) === undefined ? undefined : slot(row, 8) === 1 ? true : slot(row, 8) === 0 ? false : slot(row, 8)],
      ['balancing', fromTable(BALANCING)(slot(row, 9))],
    ],
    extrasOf(row[10], `node ${i + 1}`),
  );
}

function linkFromCompact(row: unknown[], i: number, nodeIds: readonly unknown[]): Dict {
  const id = row[2] === undefined || row[2] === null ? `l${i + 1}` : row[2] === 0 ? undefined : row[2];
  const extras = extrasOf(row[3], `link ${i + 1}`);
  return build(
    [
      ['id', id],
      ['from', byIndex(nodeIds)(slot(row, 0))],
      ['to', byIndex(nodeIds)(slot(row, 1))],
    ],
    extras,
  );
}
