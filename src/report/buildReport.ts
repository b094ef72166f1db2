/** The deployment report of a plan: every table, computed from the plan alone (the app and the CLI share it). */
import type { Plan } from '../domain/plan';
import { checkPlan } from '../rules/check';
import type { Finding } from '../rules/types';
import { buildPlanIndex } from '../rules/planIndex';
import { capacityRows } from './capacity';
import { certificateRows } from './certificates';
import { reportContext } from './context';
import { dnsRows } from './dns';
import { firewallRows } from './firewall';
import { loadBalancerRows } from './loadBalancers';
import { roleCounts, serverRows } from './servers';
import { summaryRows } from './summary';
import type { DeploymentReport } from './types';
import { REPORT_FORMAT, REPORT_VERSION } from './types';

/** `findings`: the plan's findings where the caller has them already (the app does), else they are computed. */
export function buildReport(plan: Plan, findings: readonly Finding[] = checkPlan(plan)): DeploymentReport {
  const ctx = buildPlanIndex(plan);
  const rc = reportContext(plan, ctx);
  const inputs = rc.inputs;
  const servers = serverRows(ctx);
  const autoPool = inputs.autoSignInPool === undefined ? undefined : ctx.poolById.get(inputs.autoSignInPool)?.pool.name;
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    plan: {
      name: plan.name,
      ocsVersion: plan.ocsVersion,
      sipDomains: inputs.sipDomains,
      ...(autoPool ? { autoSignInPool: autoPool } : {}),
    },
    summary: summaryRows(findings),
    servers,
    roleCounts: roleCounts(ctx, servers),
    dns: dnsRows(rc),
    certificates: certificateRows(rc),
    firewall: firewallRows(rc),
    loadBalancers: loadBalancerRows(rc),
    capacity: capacityRows(rc),
  };
}
