/**
 * fast-check arbitraries for the I/O tests: valid plans with awkward strings and unknown
 * fields everywhere, and the raw-value mutations used to fuzz the reader. Test-only.
 */
import fc from 'fast-check';
import {
  BALANCING_TYPES,
  AV_NAT_TYPES,
  BALANCER_SIDES,
  COLLOCATED_ROLES,
  CWA_USERS,
  EDGE_SERVICES,
  GATEWAY_TYPES,
  POOL_PURPOSES,
  ROLE_DATABASES,
  SQL_EDITIONS,
  ZONES,
  EDITIONS,
  NODE_KINDS,
  OCS_VERSIONS,
  PLAN_FORMAT,
  PLAN_VERSION,
  POOL_CONFIGURATIONS,
  SQL_VERSIONS,
} from '../../src/domain/plan';
import type { Plan, Position } from '../../src/domain/plan';
import { LINK_KEYS, NODE_KEYS, PLAN_KEYS, POOL_KEYS } from '../../src/io/planJson';

/** Strings that have broken XML, HTML, JSON and URL handling somewhere before. */
export const NASTY_STRINGS = [
  '<script>alert(1)</script>',
  ']]>',
  '<![CDATA[x]]>',
  '"\'&<>',
  '&amp;&lt;&#0;&#x1F600;',
  '\u0000\u0001\u0008\u000b\u000c\u001f\u007f',
  '\uFFFE\uFFFF',
  '\uD800',
  'x\uDC00y',
  '😀👩‍👩‍👧‍👦🏳️‍🌈',
  'e\u0301\u0301\u0301',
  '\u202Eevil\u202C',
  'مرحبا بالعالم',
  '漢字かなカナ한국어',
  '__proto__',
  'constructor',
  'toString',
  ' ',
  '\t\n\r',
  '%00%2F#plan=1.xx&a=b',
  'fe01.contoso.com',
  'a'.repeat(300),
  '-->',
  '</ocs-plan>',
  '</metadata><script>x</script>',
] as const;

/**
 * Any code points of the whole Unicode range. (fast-check's `unit: 'binary'` builds a reverse
 * table of all 1.1 million code points the first time it is asked to shrink: too slow here.)
 */
export const anyCodePointString = fc
  .array(
    fc.integer({ min: 0, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff),
    { maxLength: 16 },
  )
  .map((cps) => String.fromCodePoint(...cps));

/** Any UTF-16 code units, lone surrogates included. */
const utf16String = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 12 }).map((codes) => String.fromCharCode(...codes));

export const awkwardString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 2, arbitrary: anyCodePointString },
  { weight: 2, arbitrary: utf16String },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
);

const awkwardId = awkwardString.filter((s) => s.length > 0);

/** A JSON value that survives JSON text unchanged (no -0). */
export const jsonValue: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);

/** Unknown fields: never a known key of the object they sit on. */
export function extraFields(known: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const key = fc
    .oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'x-color', 'notes', 'x', 'id2'),
    )
    .filter((k) => !known.includes(k));
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant({}) },
    { weight: 1, arbitrary: fc.dictionary(key, jsonValue, { minKeys: 1, maxKeys: 3 }) },
  );
}

const noNegZero = (v: number) => (v === 0 ? 0 : v);
const coordinate = fc.oneof(fc.integer({ min: -5000, max: 5000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(noNegZero));
const length = fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.double({ min: 0, max: 1e5, noNaN: true }).map(noNegZero));

const withExtras = <T extends object>(base: fc.Arbitrary<T>, known: readonly string[]) =>
  fc.tuple(base, extraFields(known)).map(([b, extra]) => ({ ...b, ...extra }));

const position = withExtras(fc.record({ x: coordinate, y: coordinate }), ['x', 'y']);
const size = withExtras(fc.record({ width: length, height: length }), ['width', 'height']);

/**
 * What kind of plans the one plan generator makes. The reader's tests want valid plans with awkward strings and
 * unknown fields everywhere (`AWKWARD`); the rules' tests want plans that look like a user's, small, with names
 * the rules judge, references that may name nothing and links that may join a server to itself (`AS_DRAWN`).
 */
export interface PlanStyle {
  /** Most pools, servers and links. */
  pools: number;
  nodes: number;
  links: number;
  /** Names of the plan, its pools and servers (and cluster names). */
  text: fc.Arbitrary<string>;
  /** Ids: awkward unique strings, or the app's own `p1`, `n1`, `l1`. */
  ids: 'awkward' | 'sequential';
  position: fc.Arbitrary<Position>;
  /** Pools may carry an explicit position and size. */
  poolBoxes: boolean;
  /** Unknown fields on the plan, its pools, servers, links and their positions. */
  extras: boolean;
  /** A pool reference or a link end may name nothing, and a link may join a server to itself (plans as damaged by hand). */
  dangling: boolean;
}

const RULE_NAMES = [
  'fe01.contoso.com',
  'FE01.contoso.com',
  'sql01.contoso.com',
  'pool01.contoso.com',
  'server',
  'bad_name.contoso.com',
  'x.contoso.1',
  '',
];

export const AWKWARD: PlanStyle = {
  pools: 3,
  nodes: 7,
  links: 8,
  text: awkwardString,
  ids: 'awkward',
  position,
  poolBoxes: true,
  extras: true,
  dangling: false,
};

export const AS_DRAWN: PlanStyle = {
  pools: 4,
  nodes: 14,
  links: 24,
  text: fc.oneof(fc.constantFrom(...RULE_NAMES), fc.stringMatching(/^[a-z]{1,4}[0-9]{0,2}\.contoso\.com$/)),
  ids: 'sequential',
  position: fc.record({ x: fc.integer({ min: 0, max: 1200 }), y: fc.integer({ min: 0, max: 800 }) }),
  poolBoxes: false,
  extras: false,
  dangling: true,
};

const none = fc.constant({});

function poolFields(style: PlanStyle) {
  const box = style.poolBoxes ? { position, size } : {};
  return fc.tuple(
    fc.record(
      {
        name: style.text,
        edition: fc.constantFrom(...EDITIONS),
        configuration: fc.constantFrom(...POOL_CONFIGURATIONS),
        purpose: fc.constantFrom(...POOL_PURPOSES),
        users: style.extras ? fc.oneof(fc.nat(200_000), fc.nat()) : fc.integer({ min: 0, max: 150_000 }),
        ...box,
      },
      { requiredKeys: ['name', 'edition'] },
    ),
    style.extras ? extraFields(POOL_KEYS) : none,
  );
}

function nodeFields(style: PlanStyle, poolCount: number) {
  const pools = style.dangling ? poolCount + 1 : poolCount;
  return fc.tuple(
    fc.record(
      {
        kind: fc.constantFrom(...NODE_KINDS),
        name: style.text,
        poolIndex: pools > 0 ? fc.nat(pools - 1) : fc.constant(-1),
        position: style.position,
        collocated: style.extras
          ? fc.array(fc.constantFrom(...COLLOCATED_ROLES), { maxLength: 4 })
          : fc.subarray([...COLLOCATED_ROLES], { maxLength: 3 }),
        sqlVersion: fc.constantFrom(...SQL_VERSIONS),
        is64bit: fc.boolean(),
        balancing: fc.constantFrom(...BALANCING_TYPES),
        zone: fc.constantFrom(...ZONES),
        edgeServices: fc.subarray([...EDGE_SERVICES], { minLength: 1 }),
        avNat: fc.constantFrom(...AV_NAT_TYPES),
        gatewayType: fc.constantFrom(...GATEWAY_TYPES),
        cwaUsers: fc.constantFrom(...CWA_USERS),
        sqlEdition: fc.constantFrom(...SQL_EDITIONS),
        databases: fc.subarray([...ROLE_DATABASES]),
        cluster: style.text,
        side: fc.constantFrom(...BALANCER_SIDES),
      },
      { requiredKeys: ['kind', 'name', 'position'] },
    ),
    style.extras ? extraFields([...NODE_KEYS, 'poolIndex']) : none,
  );
}

function linkEnds(style: PlanStyle, nodeCount: number) {
  const ends: fc.Arbitrary<{ fromIndex: number; toIndex: number }> = style.dangling
    ? fc.tuple(fc.nat(nodeCount), fc.nat(nodeCount)).map(([a, b]) => ({ fromIndex: a, toIndex: b }))
    : fc.tuple(fc.nat(nodeCount - 1), fc.nat(Math.max(0, nodeCount - 2))).map(([a, b]) => ({ fromIndex: a, toIndex: b >= a ? b + 1 : b }));
  return fc.tuple(ends, style.extras ? extraFields([...LINK_KEYS, 'fromIndex', 'toIndex']) : none);
}

/** The one plan generator, in a style: `AWKWARD` plans pass the reader; `AS_DRAWN` plans may not (dangling references). */
export function plansIn(style: PlanStyle): fc.Arbitrary<Plan> {
  return fc
    .record({ poolCount: fc.nat(style.pools), nodeCount: fc.nat(style.nodes), linkCount: fc.nat(style.links) })
    .chain(({ poolCount, nodeCount, linkCount }) => {
      const links = nodeCount >= (style.dangling ? 0 : 2) ? linkCount : 0;
      const total = poolCount + nodeCount + links;
      return fc.record({
        ids:
          style.ids === 'awkward'
            ? fc.uniqueArray(awkwardId, { minLength: total, maxLength: total })
            : fc.constant([
                ...Array.from({ length: poolCount }, (_, i) => `p${i + 1}`),
                ...Array.from({ length: nodeCount }, (_, i) => `n${i + 1}`),
                ...Array.from({ length: links }, (_, i) => `l${i + 1}`),
              ]),
        sequentialLinkIds: fc.boolean(),
        name: style.ids === 'awkward' ? style.text : fc.constant('Random plan'),
        ocsVersion: fc.constantFrom(...OCS_VERSIONS),
        extra: style.extras ? extraFields(PLAN_KEYS) : none,
        pools: fc.array(poolFields(style), { minLength: poolCount, maxLength: poolCount }),
        nodes: fc.array(nodeFields(style, poolCount), { minLength: nodeCount, maxLength: nodeCount }),
        links:
          links > 0
            ? fc.array(linkEnds(style, nodeCount), { minLength: links, maxLength: links })
            : fc.constant([] as [{ fromIndex: number; toIndex: number }, Record<string, unknown>][]),
      });
    })
    .map(({ ids, sequentialLinkIds, name, ocsVersion, extra, pools, nodes, links }) => {
      const poolIds = ids.slice(0, pools.length);
      const nodeIds = ids.slice(pools.length, pools.length + nodes.length);
      let linkIds = ids.slice(pools.length + nodes.length);
      // Sequential link ids (l1, l2, ...) are what the app writes; they must stay unique.
      const seq = links.map((_, i) => `l${i + 1}`);
      if (sequentialLinkIds && !seq.some((id) => poolIds.includes(id) || nodeIds.includes(id))) linkIds = seq;
      // A reference past the end names nothing (`p4` of three pools): only in the AS_DRAWN style.
      const poolId = (i: number) => poolIds[i] ?? `p${i + 1}`;
      const nodeId = (i: number) => nodeIds[i] ?? `n${i + 1}`;
      return {
        format: PLAN_FORMAT,
        version: PLAN_VERSION,
        name,
        ocsVersion,
        pools: pools.map(([p, more], i) => {
          const pool = { id: poolIds[i], ...p, ...more } as Record<string, unknown>;
          // A Standard Edition pool has no configuration, as the app writes it.
          if (!style.extras && p.edition !== 'enterprise') delete pool.configuration;
          return pool;
        }),
        nodes: nodes.map(([{ poolIndex, ...n }, more], i) => ({
          id: nodeIds[i],
          ...n,
          ...more,
          ...(poolIndex === undefined || poolIndex < 0 ? {} : { pool: poolId(poolIndex) }),
        })),
        links: links.map(([{ fromIndex, toIndex }, more], i) => ({
          id: linkIds[i],
          from: nodeId(fromIndex),
          to: nodeId(toIndex),
          ...more,
        })),
        ...extra,
      } as unknown as Plan;
    });
}

/** A valid plan (passes readPlan) with awkward strings, unknown fields and optional fields present or absent. */
export const planArbitrary: fc.Arbitrary<Plan> = plansIn(AWKWARD);

/** Small plans as a user draws them (names the rules judge, every kind and field), for the rules' property tests. */
export const arbitraryPlan = (): fc.Arbitrary<Plan> => plansIn(AS_DRAWN);

// ---------- mutations for fuzzing ----------

/**
 * Inputs each fuzz test feeds its reader in one run of the tests: 100,000 in all. `FUZZ_RUNS=n`
 * (as in `FUZZ_RUNS=1000000 npm run bench -- --only fuzz`) scales them to about n in all.
 */
export const FUZZ_INPUTS = {
  /** readPlan.test: mutated plans, as files (parsePlanText). */
  planMutations: 25_000,
  /** readPlan.test: plans with values at and past the limits (readPlan). */
  planLimits: 5_000,
  /** readPlan.test: arbitrary values and texts, three inputs per run. */
  planArbitrary: 15_000,
  /** link.test: damaged share links. */
  linkDamaged: 25_000,
  /** link.test: random strings (two inputs per run) and random bytes as payloads. */
  linkRandom: 12_000,
  /** exportSvg.test: mutated exported SVGs (readPlanFromSvg). */
  svgMutations: 15_000,
  /** app/io/importFile.test: files through the app's import, the open plan unchanged on failure. */
  importFiles: 3_000,
} as const;

export const FUZZ_TOTAL = 100_000;

/** `FUZZ_INPUTS[key]`, scaled by FUZZ_RUNS when it is set. */
export function fuzzRuns(key: keyof typeof FUZZ_INPUTS, perRun = 1): number {
  const wanted = Number(typeof process === 'undefined' ? undefined : process.env.FUZZ_RUNS);
  const scale = Number.isFinite(wanted) && wanted > 0 ? wanted / FUZZ_TOTAL : 1;
  return Math.max(1, Math.round((FUZZ_INPUTS[key] * scale) / perRun));
}

/** Values at and just past the limits of limits.ts (nesting, string length, coordinates, non-finite numbers). */
export const limitValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: 60, max: 68 }).map((levels) => {
    let v: unknown = [];
    for (let i = 1; i < levels; i++) v = i % 2 ? [v] : { a: v };
    return v;
  }),
  fc.integer({ min: 9_998, max: 10_002 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom(1e6, 1e6 + 1, -1e6, -1e6 - 1, 2e6, 2e6 + 1, 4e6, 4e6 + 1, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, -0),
  fc.constantFrom(Infinity, -Infinity, NaN),
  fc.record({ x: fc.constantFrom(1e6, 1e6 + 1, 1e308, NaN), y: fc.constantFrom(0, -1e6 - 1, Infinity) }),
  fc.record({ width: fc.constantFrom(4e6, 4e6 + 1, 1e308), height: fc.constantFrom(0, -1, 2e6) }),
);

type Mutation =
  | { op: 'delete'; pick: number }
  | { op: 'set'; pick: number; value: unknown }
  | { op: 'swap-type'; pick: number }
  | { op: 'copy-id'; pick: number; pick2: number };

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('set' as const),
    pick: fc.nat(),
    value: fc.oneof(jsonValue, awkwardString, fc.constantFrom(-1, 1.5, 2, 1e308, '', 'foo', null, [], {})),
  }),
  fc.record({ op: fc.constant('swap-type' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('copy-id' as const), pick: fc.nat(), pick2: fc.nat() }),
);

type Container = Record<string, unknown> | unknown[];

/** Sets a field as a plain own property, even one named `__proto__`. */
function put(box: Container, key: string | number, value: unknown): void {
  Object.defineProperty(box, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * A copy of the plan's own structure (the plan, its lists, their items and the items' fields,
 * such as positions) with every (container, key) pair in it. Deeper values, the insides of
 * unknown fields, are shared: mutations never reach them and the reader never looks into them.
 */
function copyWithSlots(value: unknown, depth: number, slots: [Container, string | number][]): unknown {
  if (depth > 3 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const copy = value.slice();
    for (let i = 0; i < copy.length; i++) {
      copy[i] = copyWithSlots(copy[i], depth + 1, slots);
      slots.push([copy, i]);
    }
    return copy;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key of Object.keys(copy)) {
    const inner = copy[key];
    const copied = copyWithSlots(inner, depth + 1, slots);
    if (copied !== inner) put(copy, key, copied);
    slots.push([copy, key]);
  }
  return copy;
}

/** Applies mutations to a copy of a plan: deleted, retyped and retargeted fields. */
export function mutate(plan: Plan, mutations: readonly Mutation[]): unknown {
  const all: [Container, string | number][] = [];
  const root = copyWithSlots(plan, 0, all);
  // Slots are listed once: after a deletion some point past the end of a list, which is fine for fuzzing.
  if (all.length === 0) return root;
  for (const m of mutations) {
    const [box, key] = all[m.pick % all.length];
    const get = () => (box as Record<string | number, unknown>)[key];
    switch (m.op) {
      case 'delete':
        if (Array.isArray(box)) box.splice(key as number, 1);
        else delete box[key as string];
        break;
      case 'set':
        put(box, key, m.value === undefined ? undefined : JSON.parse(JSON.stringify(m.value)));
        break;
      case 'swap-type': {
        const v = get();
        put(
          box,
          key,
          typeof v === 'string' ? v.length : typeof v === 'number' ? String(v) : Array.isArray(v) ? {} : v === null ? false : [v],
        );
        break;
      }
      case 'copy-id': {
        const ids = all.filter(([b, k]) => k === 'id' && !Array.isArray(b)).map(([b]) => (b as Record<string, unknown>).id);
        if (ids.length > 0) put(box, key, ids[m.pick2 % ids.length]);
        break;
      }
    }
  }
  return root;
}
