/** Test support: random plans, small but covering every field of the format, for property tests. */
import fc from 'fast-check';
import type { Plan, PlanNode, Pool } from '../domain/plan';
import {
  AV_NAT_TYPES,
  BALANCER_SIDES,
  BALANCING_TYPES,
  COLLOCATED_ROLES,
  EDGE_SERVICES,
  NODE_KINDS,
  OCS_VERSIONS,
  PLAN_FORMAT,
  PLAN_VERSION,
  POOL_PURPOSES,
  SQL_VERSIONS,
  ZONES,
} from '../domain/plan';

const NAMES = ['fe01.contoso.com', 'FE01.contoso.com', 'sql01.contoso.com', 'pool01.contoso.com', 'server', 'bad_name.contoso.com', 'x.contoso.1', ''];

const nameArb = fc.oneof(fc.constantFrom(...NAMES), fc.stringMatching(/^[a-z]{1,4}[0-9]{0,2}\.contoso\.com$/));

const poolArb = fc.record(
  {
    edition: fc.constantFrom('standard' as const, 'enterprise' as const),
    configuration: fc.constantFrom('consolidated' as const, 'expanded' as const),
    users: fc.integer({ min: 0, max: 150_000 }),
    purpose: fc.constantFrom(...POOL_PURPOSES),
    name: nameArb,
  },
  { requiredKeys: ['edition', 'name'] },
);

const nodeArb = (pools: number) =>
  fc.record(
    {
      kind: fc.constantFrom(...NODE_KINDS),
      name: nameArb,
      pool: fc.integer({ min: 1, max: pools + 1 }),
      collocated: fc.subarray([...COLLOCATED_ROLES], { maxLength: 3 }),
      sqlVersion: fc.constantFrom(...SQL_VERSIONS),
      is64bit: fc.boolean(),
      balancing: fc.constantFrom(...BALANCING_TYPES),
      zone: fc.constantFrom(...ZONES),
      side: fc.constantFrom(...BALANCER_SIDES),
      edgeServices: fc.subarray([...EDGE_SERVICES], { minLength: 1 }),
      avNat: fc.constantFrom(...AV_NAT_TYPES),
      x: fc.integer({ min: 0, max: 1200 }),
      y: fc.integer({ min: 0, max: 800 }),
    },
    { requiredKeys: ['kind', 'name', 'x', 'y'] },
  );

export function arbitraryPlan(): fc.Arbitrary<Plan> {
  return fc
    .record({ version: fc.constantFrom(...OCS_VERSIONS), pools: fc.array(poolArb, { maxLength: 4 }) })
    .chain(({ version, pools }) =>
      fc
        .array(nodeArb(pools.length), { maxLength: 14 })
        .chain((nodes) =>
          fc
            .array(fc.tuple(fc.nat(nodes.length), fc.nat(nodes.length)), { maxLength: 24 })
            .map((pairs) => build(version, pools, nodes, pairs)),
        ),
    );
}

function build(
  ocsVersion: Plan['ocsVersion'],
  pools: { edition: Pool['edition']; configuration?: 'consolidated' | 'expanded'; users?: number; purpose?: Pool['purpose']; name: string }[],
  nodes: { kind: PlanNode['kind']; name: string; pool?: number; x: number; y: number; [k: string]: unknown }[],
  pairs: [number, number][],
): Plan {
  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    name: 'Random plan',
    ocsVersion,
    pools: pools.map((p, i): Pool => {
      const pool: Pool = { id: `p${i + 1}`, name: p.name, edition: p.edition };
      if (p.edition === 'enterprise' && p.configuration) pool.configuration = p.configuration;
      if (p.users !== undefined) pool.users = p.users;
      if (p.purpose !== undefined) pool.purpose = p.purpose;
      return pool;
    }),
    nodes: nodes.map((n, i): PlanNode => {
      const { x, y, pool, ...rest } = n;
      const node = { id: `n${i + 1}`, ...rest, position: { x, y } } as PlanNode;
      if (pool !== undefined) node.pool = `p${pool}`;
      return node;
    }),
    links: pairs.map(([a, b], i) => ({ id: `l${i + 1}`, from: `n${a + 1}`, to: `n${b + 1}` })),
  };
}
