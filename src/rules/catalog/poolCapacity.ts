/** An Enterprise pool's planned users fit its documented capacity. */
import { OCS_VERSION_LABELS } from '../../domain/kinds';
import type { OcsVersion, PlanNode, PoolConfiguration } from '../../domain/plan';
import { purposeOf } from '../../domain/plan';
import { capacityFor, maxUsefulFrontEnds } from '../capacity';
import { edit } from '../draft';
import { article, count, finding, num, poolName } from '../format';
import { commonLoadBalancer } from '../planIndex';
import { addFrontEnd, addLoadBalancer } from '../poolEdits';
import { SOURCES } from '../sources';
import type { Finding, RuleDefinition } from '../types';

/** The fewest Front Ends that carry `users`, or undefined when no documented pool does. */
export function frontEndsNeeded(ocsVersion: OcsVersion, configuration: PoolConfiguration, users: number): number | undefined {
  const max = maxUsefulFrontEnds(ocsVersion, configuration);
  for (let f = 1; f <= max; f++) if (capacityFor(ocsVersion, configuration, f) >= users) return f;
  return undefined;
}

function describePool(ocsVersion: OcsVersion, configuration: PoolConfiguration): string {
  return article(
    ocsVersion === '2007-r2' ? `${OCS_VERSION_LABELS[ocsVersion]} pool` : `${configuration} ${OCS_VERSION_LABELS[ocsVersion]} pool`,
  );
}

export const poolCapacityRule: RuleDefinition = {
  id: 'POOL-CAPACITY',
  severity: 'warning',
  title: "An Enterprise pool's users fit its capacity",
  source: SOURCES[5],
  sources: { '2007': SOURCES[32] },
  check(ctx) {
    const out: Finding[] = [];
    for (const info of ctx.pools) {
      const users = info.pool.users;
      // A Director hosts no users: the user-count rules leave Director pools to DIRECTOR-HOSTS-USERS.
      if (info.kind === 'standard' || purposeOf(info.pool) === 'director' || users === undefined) continue;
      const f = info.frontEnds.length;
      const capacity = capacityFor(ctx.ocsVersion, info.kind, f);
      if (!(users > capacity)) continue;
      const needed = frontEndsNeeded(ctx.ocsVersion, info.kind, users);
      const kind = describePool(ctx.ocsVersion, info.kind);
      const how =
        needed !== undefined
          ? `Add Front Ends (${needed === 1 ? 'one Front End carries that many' : `${num(needed)} Front Ends in all carry that many`}), or move users to another pool.`
          : `That is more than Microsoft documents for ${kind} of any size: move users to another pool.`;
      out.push(
        finding(
          poolCapacityRule,
          f === 0
            ? `Pool ${poolName(info)} is planned for ${count(users, 'user')} but has no Front End to carry them. ${how}`
            : `Pool ${poolName(info)} is planned for ${count(users, 'user')}, but ${count(f, 'Front End')} in ${kind} ${f === 1 ? 'carries' : 'carry'} about ${num(capacity)}. ${how}`,
          info.frontEnds,
          info.pool.id,
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const info = f.pool === undefined ? undefined : ctx.poolById.get(f.pool);
    if (!info || info.kind === 'standard' || info.pool.users === undefined) return [];
    const needed = frontEndsNeeded(ctx.ocsVersion, info.kind, info.pool.users);
    const more = needed === undefined ? 0 : needed - info.frontEnds.length;
    if (more <= 0) return [];
    return [
      {
        id: 'add-front-ends',
        label: `Add ${count(more, 'Front End Server')} to ${poolName(info)}`,
        apply: (plan) =>
          edit(plan, (d) => {
            const added: PlanNode[] = [];
            for (let i = 0; i < more; i++) added.push(addFrontEnd(d, ctx, info, added));
            // Two or more Front Ends need a load balancer in common (EE-LB-MISSING): add one where the pool had none.
            const all = [...info.frontEnds, ...added];
            if (all.length >= 2 && !commonLoadBalancer(ctx, info.frontEnds)) {
              const lb = addLoadBalancer(d, info, all);
              for (const fe of all) d.link(fe.id, lb.id);
            }
          }),
      },
    ];
  },
};
