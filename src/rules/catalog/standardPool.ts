/** Standard Edition pools: one server, fewer than 5,000 users, no high availability. */
import type { PlanNode } from '../../domain/plan';
import { purposeOf } from '../../domain/plan';
import { edit } from '../draft';
import { count, finding, list, nameOf, names, num, poolName, server } from '../format';
import { frontEndAnchor, enterpriseExtras, makeEnterprise } from '../poolEdits';
import { SOURCES } from '../sources';
import type { Finding, Fix, RuleDefinition } from '../types';

export const SE_USER_LIMIT_USERS = 5000;

export const seSingleServer: RuleDefinition = {
  id: 'SE-SINGLE-SERVER',
  severity: 'error',
  title: 'A Standard Edition pool is one Standard Edition Server',
  check(ctx) {
    const out: Finding[] = [];
    for (const info of ctx.pools) {
      if (info.kind !== 'standard') continue;
      const others = info.members.filter((n) => n.kind !== 'standard-edition-server');
      const ses = info.standardServers;
      if (ses.length === 1 && others.length === 0) continue;
      const wrong: string[] = [];
      if (ses.length === 0) wrong.push('it has none');
      if (ses.length > 1) wrong.push(`it has ${num(ses.length)} (${names(ses)})`);
      if (others.length > 0) wrong.push(`it also holds ${list(others.map((n) => server(n, ctx.ocsVersion)))}`);
      const how =
        ses.length === 0 && others.length === 0
          ? 'Add a Standard Edition Server, or delete the pool.'
          : 'Keep one Standard Edition Server and move the other servers out (an Enterprise pool takes Front Ends and a back end).';
      out.push(
        finding(
          seSingleServer,
          `Standard Edition pool ${poolName(info)} must hold exactly one Standard Edition Server and nothing else, but ${list(wrong)}. ${how}`,
          [...(ses.length > 1 ? ses : []), ...others],
          info.pool.id,
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const info = f.pool === undefined ? undefined : ctx.poolById.get(f.pool);
    if (!info || info.kind !== 'standard') return [];
    const fixes: Fix[] = [];
    const [keep] = info.standardServers;
    if (keep && info.members.length > 1) {
      const drop = info.members.filter((n) => n !== keep);
      fixes.push({
        id: 'keep-one',
        label: `Keep ${nameOf(keep)} and remove ${names(drop)}`,
        apply: (plan) => edit(plan, (d) => d.removeNodes(drop.map((n) => n.id))),
      });
    }
    if (!keep && info.members.length === 0) {
      fixes.push({
        id: 'add-server',
        label: 'Add a Standard Edition Server',
        apply: (plan) => edit(plan, (d) => d.addNode('standard-edition-server', frontEndAnchor(info), info.pool.id)),
      });
    }
    if (!keep && info.frontEnds.length > 0) {
      fixes.push({
        id: 'make-enterprise',
        label: `Make ${poolName(info)} an Enterprise pool (consolidated)${enterpriseExtras(ctx, info)}`,
        apply: (plan) => edit(plan, (d) => makeEnterprise(d, ctx, info)),
      });
    }
    return fixes;
  },
};

export const seUserLimit: RuleDefinition = {
  id: 'SE-USER-LIMIT',
  severity: 'warning',
  title: 'A Standard Edition pool serves fewer than 5,000 users',
  source: SOURCES[7],
  check(ctx) {
    const out: Finding[] = [];
    for (const info of ctx.pools) {
      const users = info.pool.users;
      // A Director hosts no users: the user-count rules leave Director pools to DIRECTOR-HOSTS-USERS.
      if (info.kind !== 'standard' || purposeOf(info.pool) === 'director' || users === undefined || !(users >= SE_USER_LIMIT_USERS))
        continue;
      out.push(
        finding(
          seUserLimit,
          `Standard Edition pool ${poolName(info)} is planned for ${count(users, 'user')}; a Standard Edition Server is for fewer than ${num(SE_USER_LIMIT_USERS)}. Plan an Enterprise pool, or spread the users over more Standard Edition pools.`,
          info.standardServers,
          info.pool.id,
        ),
      );
    }
    return out;
  },
};

export const seNoHa: RuleDefinition = {
  id: 'SE-NO-HA',
  severity: 'info',
  title: 'A Standard Edition pool has no high availability',
  check(ctx) {
    const out: Finding[] = [];
    for (const info of ctx.pools) {
      if (info.kind !== 'standard') continue;
      const who: PlanNode[] = info.standardServers;
      const what = who.length === 1 ? `if ${nameOf(who[0])} fails, its users lose service` : 'one server failing stops the pool';
      out.push(
        finding(
          seNoHa,
          `Standard Edition pool ${poolName(info)} has no high availability: ${what}. Where that matters, use an Enterprise pool with two or more Front Ends.`,
          who,
          info.pool.id,
        ),
      );
    }
    return out;
  },
};
