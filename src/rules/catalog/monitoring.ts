/** Monitoring (2007: QoE Monitoring Server): its database, and one per pool or Mediation Server. */
import type { OcsVersion, PlanNode } from '../../domain/plan';
import { finding, kindLabel, poolName, server } from '../format';
import type { Finding, RuleDefinition } from '../types';
import { hasRoleDatabase, linkedPools } from './linked';
import { roleDatabaseFixes } from './roleDatabaseFixes';
import { R_SOURCES } from '../../domain/sources';

/** "QoE Monitoring Server" on 2007, "Monitoring Server" on R2. */
const monitoring = (v: OcsVersion) => kindLabel('monitoring-server', v);

export const monitoringDb: RuleDefinition = {
  id: 'MONITORING-DB',
  severity: 'error',
  title: 'A Monitoring Server has its database',
  source: R_SOURCES.R44,
  sources: { '2007': R_SOURCES.R43 },
  check(ctx) {
    const out: Finding[] = [];
    for (const mon of ctx.ofKind('monitoring-server')) {
      if (hasRoleDatabase(ctx, mon, ['monitoring'])) continue;
      out.push(
        finding(
          monitoringDb,
          `${server(mon, ctx.ocsVersion)} has no monitoring database. Keep it on the server itself, or on a linked SQL Server that lists the monitoring database.`,
          [mon],
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const mon = ctx.node(f.nodes[0]);
    return mon ? roleDatabaseFixes(ctx, mon, 'monitoring') : [];
  },
};

export const monitoringOnePerPool: RuleDefinition = {
  id: 'MONITORING-ONE-PER-POOL',
  severity: 'error',
  title: 'A pool reports to one Monitoring Server',
  source: R_SOURCES.R43,
  check(ctx) {
    const out: Finding[] = [];
    const severity = ctx.ocsVersion === '2007' ? 'error' : 'warning';
    const monitors = ctx.ofKind('monitoring-server');
    if (monitors.length < 2) return out;
    const byPool = new Map<string, PlanNode[]>();
    const byMediation = new Map<string, PlanNode[]>();
    for (const mon of monitors) {
      for (const info of linkedPools(ctx, mon)) {
        const list = byPool.get(info.pool.id) ?? [];
        list.push(mon);
        byPool.set(info.pool.id, list);
      }
    }
    for (const med of ctx.ofKind('mediation-server')) {
      const mons = ctx.neighbors(med.id).filter((n) => n.kind === 'monitoring-server');
      if (mons.length > 1) byMediation.set(med.id, mons);
    }
    for (const info of ctx.pools) {
      const mons = byPool.get(info.pool.id);
      if (!mons || mons.length < 2) continue;
      out.push(
        finding(
          monitoringOnePerPool,
          `Pool ${poolName(info)} is linked to ${mons.length} ${monitoring(ctx.ocsVersion)}s. A pool reports to one ${monitoring(ctx.ocsVersion)}: keep one link.`,
          mons,
          info.pool.id,
          severity,
        ),
      );
    }
    for (const [id, mons] of byMediation) {
      const med = ctx.node(id)!;
      out.push(
        finding(
          monitoringOnePerPool,
          `${server(med, ctx.ocsVersion)} is linked to ${mons.length} ${monitoring(ctx.ocsVersion)}s. A Mediation Server reports to one ${monitoring(ctx.ocsVersion)}: keep one link.`,
          [med, ...mons],
          undefined,
          severity,
        ),
      );
    }
    return out;
  },
};
