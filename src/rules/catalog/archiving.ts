/** Archiving (2007: Archiving and CDR Server): its database, its pools, its capacity. */
import { finding, num, server } from '../format';
import type { Finding, RuleDefinition } from '../types';
import { hasRoleDatabase, linkedPools } from './linked';
import { roleDatabaseFixes } from './roleDatabaseFixes';
import { R_SOURCES } from '../../domain/sources';

/** IM archiving and CDR on one 2007 Archiving and CDR Server (125,000 is the figure for CDR only) [R39]. */
export const ARCHIVING_USERS_2007 = 65_000;

export const archivingDb: RuleDefinition = {
  id: 'ARCHIVING-DB',
  severity: 'error',
  title: 'An Archiving Server has its database',
  source: R_SOURCES.R1,
  sources: { '2007': R_SOURCES.R4 },
  check(ctx) {
    const out: Finding[] = [];
    for (const arc of ctx.ofKind('archiving-server')) {
      if (hasRoleDatabase(ctx, arc, ['archiving'])) continue;
      out.push(
        finding(
          archivingDb,
          `${server(arc, ctx.ocsVersion)} has no archiving database. Keep it on the server itself, or on a linked SQL Server that lists the archiving database.`,
          [arc],
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const arc = ctx.node(f.nodes[0]);
    return arc ? roleDatabaseFixes(ctx, arc, 'archiving') : [];
  },
};

export const archivingPool: RuleDefinition = {
  id: 'ARCHIVING-POOL',
  severity: 'warning',
  title: 'An Archiving Server serves a pool',
  source: R_SOURCES.R42,
  sources: { '2007': R_SOURCES.R39 },
  check(ctx) {
    const out: Finding[] = [];
    for (const arc of ctx.ofKind('archiving-server')) {
      if (linkedPools(ctx, arc).length > 0) continue;
      out.push(
        finding(
          archivingPool,
          `${server(arc, ctx.ocsVersion)} is not linked to any pool or Standard Edition Server, so it archives nothing. Link it to the pools it serves.`,
          [arc],
        ),
      );
    }
    return out;
  },
};

export const archivingCapacity: RuleDefinition = {
  id: 'ARCHIVING-CAPACITY',
  severity: 'warning',
  title: 'An Archiving and CDR Server serves at most 65,000 users',
  source: R_SOURCES.R39,
  check(ctx) {
    const out: Finding[] = [];
    if (ctx.ocsVersion !== '2007') return out;
    for (const arc of ctx.ofKind('archiving-server')) {
      const users = linkedPools(ctx, arc).reduce((sum, p) => sum + (p.pool.users ?? 0), 0);
      if (users <= ARCHIVING_USERS_2007) continue;
      out.push(
        finding(
          archivingCapacity,
          `${server(arc, ctx.ocsVersion)} serves pools with ${num(users)} users. One Archiving and CDR Server handles IM archiving and CDR for up to ${num(ARCHIVING_USERS_2007)} users (125,000 for CDR only): add another and split the pools.`,
          [arc],
        ),
      );
    }
    return out;
  },
};
