import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { templatePlan } from '../domain/templates';
import type { Plan } from '../domain/plan';
import {
  anyCodePointString,
  FUZZ_INPUTS,
  FUZZ_TOTAL,
  fuzzRuns,
  limitValue,
  mutate,
  mutationArbitrary,
  planArbitrary,
} from '../../test/support/arbitraries';
import { exportSvg } from './exportSvg';
import { migratePlan } from './migrations';
import type { PlanMigration } from './migrations';
import { planToJson } from './planJson';
import { MAX_PLAN_TEXT_LENGTH, parsePlanText, PlanReadError, readPlan } from './readPlan';
import type { ReadResult } from './readPlan';

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

function errorOf(result: ReadResult): PlanReadError {
  if (result.ok) throw new Error('expected the plan to be refused');
  return result.error;
}

/** Plans edited as raw JSON, the way a user's editor would. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RawJson = any;

const consolidated = () => clone(templatePlan('consolidated')) as Plan & Record<string, unknown>;

describe('readPlan', () => {
  it('reads the seed templates unchanged', () => {
    for (const t of ['empty', 'standard', 'consolidated', 'expanded'] as const) {
      const plan = templatePlan(t, '2007-r2');
      const result = readPlan(clone(plan));
      expect(result).toEqual({ ok: true, plan });
    }
  });

  it('keeps unknown fields on the plan, pools, nodes, links and positions', () => {
    const raw = consolidated();
    raw.appTheme = { dark: true };
    (raw.pools[0] as unknown as Record<string, unknown>).color = '#f00';
    (raw.nodes[1] as unknown as Record<string, unknown>).notes = ['rack 4'];
    (raw.nodes[1].position as unknown as Record<string, unknown>).z = 3;
    (raw.links[0] as unknown as Record<string, unknown>).bandwidth = 1000;
    const result = readPlan(clone(raw));
    expect(result.ok && result.plan).toEqual(raw);
  });

  it('adds no defaults for absent optional fields', () => {
    const result = readPlan(consolidated());
    if (!result.ok) throw result.error;
    const hlb = result.plan.nodes.find((n) => n.kind === 'hardware-load-balancer')!;
    expect('is64bit' in hlb).toBe(false);
    expect('balancing' in hlb).toBe(false);
    expect('collocated' in hlb).toBe(false);
    expect('pool' in hlb).toBe(false);
  });

  it('keeps a field named __proto__ as a plain field and never as a prototype', () => {
    const text = planToJson(templatePlan('standard')).replace(
      '"name": "se01.contoso.com"',
      '"__proto__": { "polluted": true }, "name": "se01.contoso.com"',
    );
    const result = parsePlanText(text);
    if (!result.ok) throw result.error;
    const node = result.plan.nodes[0] as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(node)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(node, '__proto__')?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parsePlanText(planToJson(result.plan))).toEqual(result);
  });

  it('names the field and the allowed values for a wrong kind', () => {
    const raw = consolidated();
    (raw.nodes[2] as { kind: string }).kind = 'foo';
    const error = errorOf(readPlan(raw));
    expect(error).toBeInstanceOf(PlanReadError);
    expect(error.path).toBe('nodes[2].kind');
    expect(error.message).toBe(
      'nodes[2].kind: expected one of standard-edition-server, front-end-server, back-end-sql, hardware-load-balancer, web-components-server, web-conferencing-server, av-conferencing-server, edge-server, reverse-proxy, mediation-server, media-gateway, pstn, archiving-server, monitoring-server, cwa-server, group-chat-server, group-chat-compliance-server, application-sharing-server, sql-server but got "foo"',
    );
  });

  it.each([
    ['a missing name', (r: RawJson) => delete r.nodes[1].name, 'nodes[1].name', 'nodes[1].name: missing; expected a string'],
    [
      'a string position',
      (r: RawJson) => (r.nodes[0].position.x = '10'),
      'nodes[0].position.x',
      'nodes[0].position.x: expected a number but got "10"',
    ],
    ['fractional users', (r: RawJson) => (r.pools[0].users = 1.5), 'pools[0].users', 'pools[0].users: expected a whole number but got 1.5'],
    ['negative users', (r: RawJson) => (r.pools[0].users = -4), 'pools[0].users', 'pools[0].users: expected a number >= 0 but got -4'],
    ['an empty id', (r: RawJson) => (r.links[3].id = ''), 'links[3].id', 'links[3].id: must not be empty'],
    [
      'a wrong role',
      (r: RawJson) => (r.nodes[1].collocated = ['im-conferencing', 'dc']),
      'nodes[1].collocated[1]',
      'nodes[1].collocated[1]: expected one of',
    ],
    ['nodes not a list', (r: RawJson) => (r.nodes = {}), 'nodes', 'nodes: expected a list but got an object'],
    ['a wrong ocsVersion', (r: RawJson) => (r.ocsVersion = 2007), 'ocsVersion', 'ocsVersion: expected one of 2007, 2007-r2 but got 2007'],
  ])('refuses %s with the field path', (_, change, path, message) => {
    const raw = consolidated();
    change(raw);
    const error = errorOf(readPlan(raw));
    expect(error.path).toBe(path);
    expect(error.message.startsWith(message)).toBe(true);
  });

  it('tells the first problem and counts the others', () => {
    const raw = consolidated();
    (raw.nodes[0] as { kind: string }).kind = 'x';
    (raw.nodes[1] as { name: unknown }).name = 5;
    const error = errorOf(readPlan(raw));
    expect(error.message).toMatch(/^nodes\[0\]\.kind: .* \(and 1 more problem\)$/);
    expect(error.problems.map((p) => p.path)).toEqual(['nodes[0].kind', 'nodes[1].name']);
  });

  it('says when the input is not a plan at all', () => {
    expect(errorOf(readPlan([1, 2])).message).toMatch(/not an OCS Topology Designer plan: expected a JSON object but got a list/);
    expect(errorOf(readPlan(null)).message).toMatch(/got null/);
    expect(errorOf(readPlan({ nodes: [] })).path).toBe('format');
    expect(errorOf(readPlan({ format: 'excalidraw', version: 2 })).message).toBe(
      'format: this is not an OCS Topology Designer plan: expected "ocs-topology-plan" but got "excalidraw"',
    );
  });

  it('refuses a newer version clearly and a malformed version', () => {
    const raw = { ...consolidated(), version: 7, nodes: 'whatever the future holds' };
    const error = errorOf(readPlan(raw));
    expect(error.path).toBe('version');
    expect(error.message).toMatch(/newer version of OCS Topology Designer \(plan version 7; this version reads up to 2\)/);
    expect(errorOf(readPlan({ ...consolidated(), version: '1' })).message).toBe('version: expected a whole number >= 1 but got "1"');
    expect(errorOf(readPlan({ ...consolidated(), version: 0 })).path).toBe('version');
    expect(errorOf(readPlan({ ...consolidated(), version: undefined })).message).toMatch(/^version: missing/);
  });

  describe('references', () => {
    it('finds duplicate ids across pools, nodes and links', () => {
      const raw = consolidated();
      raw.nodes[3].id = 'p1';
      // fe4's links now point nowhere too: the duplicate comes first and the rest are counted.
      expect(errorOf(readPlan(raw)).message).toBe('nodes[3].id: the id "p1" is already used by pools[0] (and 2 more problems)');
      const raw2 = consolidated();
      raw2.links[2].id = raw2.nodes[4].id;
      expect(errorOf(readPlan(raw2)).path).toBe('links[2].id');
    });

    it('finds link ends that name no node, and self links', () => {
      const raw = consolidated();
      raw.links[0].to = 'nowhere';
      expect(errorOf(readPlan(raw)).message).toBe('links[0].to: no node has the id "nowhere"');
      const raw2 = consolidated();
      raw2.links[1].from = 'p1';
      expect(errorOf(readPlan(raw2)).message).toBe('links[1].from: no node has the id "p1"');
      const raw3 = consolidated();
      raw3.links[5].to = raw3.links[5].from;
      expect(errorOf(readPlan(raw3)).message).toBe(`links[5].to: a link cannot join node "${raw3.links[5].from}" to itself`);
    });

    it('finds a node whose pool does not exist', () => {
      const raw = consolidated();
      raw.nodes[3].pool = 'p9';
      expect(errorOf(readPlan(raw)).message).toBe('nodes[3].pool: no pool has the id "p9"');
    });

    it('works with ids that are Object.prototype names', () => {
      const raw = consolidated();
      raw.nodes[3].pool = 'constructor';
      expect(errorOf(readPlan(raw)).path).toBe('nodes[3].pool');
      const raw2 = consolidated();
      raw2.links[0].to = 'toString';
      expect(errorOf(readPlan(raw2)).path).toBe('links[0].to');
    });
  });

  it('never throws, even for hostile objects', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(errorOf(readPlan(hostile)).message).toMatch(/boom/);
    const getter = { ...consolidated() };
    Object.defineProperty(getter, 'nodes', {
      enumerable: true,
      get: () => {
        throw new Error('getter');
      },
    });
    expect(readPlan(getter).ok).toBe(false);
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    // Refused (it would break every export later), and without a stack overflow.
    expect(errorOf(readPlan({ ...consolidated(), deep })).message).toMatch(
      /^deep\[0\]\[0\].*nested more than 64 levels deep; the limit is 64$/,
    );
  });
});

describe('parsePlanText', () => {
  it('reads a plan file and a file with a byte order mark', () => {
    const plan = templatePlan('expanded');
    expect(parsePlanText(planToJson(plan))).toEqual({ ok: true, plan });
    expect(parsePlanText(`\uFEFF${planToJson(plan)}`)).toEqual({ ok: true, plan });
  });

  it('names the JSON problem with its line', () => {
    const text = planToJson(templatePlan('standard')).replace('"users": 2000', '"users": 2000,,');
    const line = text.split('\n').findIndex((l) => l.includes(',,')) + 1;
    const error = errorOf(parsePlanText(text));
    expect(error.message).toMatch(/^the file is not valid JSON: /);
    expect(error.message).toContain(`line ${line},`);
    expect(errorOf(parsePlanText('')).message).toMatch(/empty/);
    expect(errorOf(parsePlanText('{"format": "ocs-topology-plan", "ver')).message).toMatch(/not valid JSON/);
  });

  it('refuses text longer than MAX_PLAN_TEXT_LENGTH before parsing', () => {
    const huge = `{"a":"${'x'.repeat(MAX_PLAN_TEXT_LENGTH)}"}`;
    const error = errorOf(parsePlanText(huge));
    expect(error.message).toMatch(/too large to be a plan/);
    expect(error.message).toContain('20,000,000');
  });
});

describe('migrations', () => {
  const raw = () => ({ ...consolidated() }) as Record<string, unknown>;
  const renameUsers: PlanMigration = {
    from: 1,
    to: 2,
    up: (r) => ({ ...r, pools: (r.pools as Record<string, unknown>[]).map(({ users, ...p }) => ({ ...p, plannedUsers: users })) }),
  };

  it('applies a migration in order and stamps the new version', () => {
    const input = raw();
    const result = migratePlan(input, 1, [renameUsers], 2);
    if (!result.ok) throw new Error(result.message);
    expect(result.raw.version).toBe(2);
    expect((result.raw.pools as Record<string, unknown>[])[0]).toMatchObject({ plannedUsers: 20000 });
    expect((input.pools as Record<string, unknown>[])[0]).toMatchObject({ users: 20000 });
  });

  it('chains migrations and reports a gap', () => {
    const addTag: PlanMigration = { from: 2, to: 3, up: (r) => ({ ...r, tag: 'v3' }) };
    const chained = migratePlan(raw(), 1, [addTag, renameUsers], 3);
    expect(chained.ok && chained.raw).toMatchObject({ version: 3, tag: 'v3' });
    const gap = migratePlan(raw(), 1, [addTag], 3);
    expect(gap).toEqual({ ok: false, message: 'plan version 1 cannot be upgraded: no migration from version 1.' });
  });

  it('leaves a current plan alone and refuses a newer one', () => {
    const input = { ...raw(), version: 2 };
    expect(migratePlan(input, 2)).toEqual({ ok: true, raw: input });
    expect(migratePlan(input, 3).ok).toBe(false);
  });
});

/** The viewBox of the plan's SVG drawing. */
const exportSvgViewBox = (plan: Plan) => /viewBox="([^"]*)"/.exec(exportSvg(plan))?.[1] ?? 'none';

describe('fuzz', () => {
  it('feeds 100,000 inputs in all to the readers in a normal run (FUZZ_RUNS scales them)', () => {
    expect(Object.values(FUZZ_INPUTS).reduce((a, b) => a + b, 0)).toBe(FUZZ_TOTAL);
    expect(FUZZ_TOTAL).toBe(100_000);
  });

  /** Either a plan or a PlanReadError with a message; plain checks, as expect() per run is slow. */
  const isReadResult = (result: ReadResult) =>
    result.ok ? result.plan.format === 'ocs-topology-plan' : result.error instanceof PlanReadError && result.error.message.length > 0;

  // Mutations are the point here; a fixed sample of valid plans keeps generation cheap.
  const basePlans = fc.sample(planArbitrary, { numRuns: 150, seed: 20070 });

  it(`never throws on ${fuzzRuns('planMutations').toLocaleString('en-US')} mutated plans (parsePlanText, and readPlan through it)`, () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.nat(basePlans.length - 1), fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }), (pick, mutations) => {
        const result = parsePlanText(JSON.stringify(mutate(basePlans[pick], mutations)));
        if (!result.ok) refused++;
        return isReadResult(result);
      }),
      { numRuns: fuzzRuns('planMutations') },
    );
    // The mutations must actually exercise the error paths.
    expect(refused).toBeGreaterThan(fuzzRuns('planMutations') * 0.3);
  });

  it(`reads ${fuzzRuns('planLimits').toLocaleString('en-US')} plans with values at and past the limits: a plan within them, or a clear error`, () => {
    const counts = { ok: 0, refused: 0 };
    fc.assert(
      fc.property(fc.nat(basePlans.length - 1), fc.array(fc.tuple(fc.nat(), limitValue), { minLength: 1, maxLength: 3 }), (pick, sets) => {
        // Each value goes in place of a field of the plan (without a trip through JSON: NaN stays NaN).
        const raw = mutate(
          basePlans[pick],
          sets.map(([at]) => ({ op: 'set' as const, pick: at, value: 0 })),
        );
        const slots: [Record<string, unknown>, string][] = [];
        const collect = (v: unknown, depth: number) => {
          if (depth > 3 || typeof v !== 'object' || v === null) return;
          for (const key of Object.keys(v)) {
            slots.push([v as Record<string, unknown>, key]);
            collect((v as Record<string, unknown>)[key], depth + 1);
          }
        };
        collect(raw, 0);
        sets.forEach(([at, value]) => {
          const [box, key] = slots[at % slots.length];
          box[key] = value;
        });
        const result = readPlan(raw);
        counts[result.ok ? 'ok' : 'refused']++;
        if (!isReadResult(result)) return false;
        if (!result.ok) return true;
        // What is accepted is within the limits, and survives a file and a reload unchanged.
        const within = result.plan.nodes.every((n) => Math.abs(n.position.x) <= 1e6 && Math.abs(n.position.y) <= 1e6);
        const again = parsePlanText(planToJson(result.plan));
        return (
          within &&
          again.ok &&
          JSON.stringify(again.plan) === JSON.stringify(result.plan) &&
          !/Infinity|NaN/.test(exportSvgViewBox(result.plan))
        );
      }),
      { numRuns: fuzzRuns('planLimits') },
    );
    expect(counts.refused).toBeGreaterThan(fuzzRuns('planLimits') * 0.2);
    // Version 2 has more enum fields per node, so a random value breaks a plan more often: 1 % still read.
    expect(counts.ok).toBeGreaterThan(fuzzRuns('planLimits') * 0.01);
  });

  it(`never throws on ${fuzzRuns('planArbitrary').toLocaleString('en-US')} arbitrary values (readPlan) and texts (parsePlanText)`, () => {
    const text = planToJson(templatePlan('consolidated'));
    const options = {
      maxDepth: 2,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
    };
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(options),
          fc.record({
            format: fc.constant('ocs-topology-plan'),
            version: fc.oneof(fc.constant(1), fc.anything(options)),
            pools: fc.anything(options),
            nodes: fc.anything(options),
            links: fc.anything(options),
          }),
        ),
        anyCodePointString,
        fc.nat(),
        (value, junk, cut) =>
          isReadResult(readPlan(value)) &&
          isReadResult(parsePlanText(junk)) &&
          isReadResult(parsePlanText(text.slice(0, cut % text.length) + junk)),
      ),
      { numRuns: fuzzRuns('planArbitrary', 3) },
    );
  });
});
