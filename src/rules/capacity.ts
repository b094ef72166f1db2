/**
 * POOL-CAPACITY's computation (domain doc, section 3): a pool's documented capacity
 * from Microsoft's reference rows, by OCS version, configuration and number of Front Ends.
 */
import type { OcsVersion, Plan, PoolConfiguration } from '../domain/plan';
import { poolTemplateKind } from '../domain/plan';

export interface ReferenceRow {
  frontEnds: number;
  users: number;
}

/** Reference rows, smallest first. */
export function referenceRows(ocsVersion: OcsVersion, configuration: PoolConfiguration): readonly ReferenceRow[] {
  if (ocsVersion === '2007-r2') return [{ frontEnds: 8, users: 100_000 }];
  if (configuration === 'expanded')
    return [
      { frontEnds: 4, users: 50_000 },
      { frontEnds: 8, users: 125_000 },
    ];
  return [{ frontEnds: 4, users: 30_000 }];
}

/**
 * The users of the largest row whose Front End count is at most `frontEnds`;
 * below the smallest row, that row's users scaled by `frontEnds` over its Front End count.
 */
export function capacityFor(ocsVersion: OcsVersion, configuration: PoolConfiguration, frontEnds: number): number {
  const rows = referenceRows(ocsVersion, configuration);
  let best: ReferenceRow | undefined;
  for (const row of rows) if (row.frontEnds <= frontEnds) best = row;
  if (best) return best.users;
  const smallest = rows[0];
  return Math.floor((smallest.users * Math.max(0, frontEnds)) / smallest.frontEnds);
}

/** The most Front Ends that still raise a pool's capacity (the largest row's). */
export function maxUsefulFrontEnds(ocsVersion: OcsVersion, configuration: PoolConfiguration): number {
  const rows = referenceRows(ocsVersion, configuration);
  return rows[rows.length - 1].frontEnds;
}

/** A pool's capacity in users; undefined for a Standard Edition pool or a pool the plan does not have. */
export function poolCapacity(plan: Plan, poolId: string): number | undefined {
  const pool = plan.pools.find((p) => p.id === poolId);
  if (!pool) return undefined;
  const kind = poolTemplateKind(pool);
  if (kind === 'standard') return undefined;
  let frontEnds = 0;
  for (const n of plan.nodes) if (n.pool === poolId && n.kind === 'front-end-server') frontEnds++;
  return capacityFor(plan.ocsVersion, kind, frontEnds);
}
