/**
 * Findings of the open plan, re-checked only when a rule-relevant change happens (the plan store's
 * ruleVersion): a drag that only moves nodes never runs the rules.
 */
import { createStore } from 'zustand/vanilla';
import { checkPlan, SEVERITY_ORDER } from '../../rules';
import type { Finding, Severity } from '../../rules';
import type { PlanStoreApi } from '../../store/planStore';

export interface FindingsState {
  findings: Finding[];
  byNode: Map<string, Finding[]>;
  worstByNode: Map<string, Severity>;
  byPool: Map<string, Finding[]>;
  counts: Record<Severity, number>;
}

export function indexFindings(findings: Finding[]): FindingsState {
  const byNode = new Map<string, Finding[]>();
  const worstByNode = new Map<string, Severity>();
  const byPool = new Map<string, Finding[]>();
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) {
    counts[f.severity]++;
    for (const id of new Set(f.nodes)) {
      const list = byNode.get(id);
      if (list) list.push(f);
      else byNode.set(id, [f]);
      const worst = worstByNode.get(id);
      if (!worst || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[worst]) worstByNode.set(id, f.severity);
    }
    if (f.pool !== undefined) {
      const list = byPool.get(f.pool);
      if (list) list.push(f);
      else byPool.set(f.pool, [f]);
      const worst = worstByNode.get(f.pool);
      if (!worst || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[worst]) worstByNode.set(f.pool, f.severity);
    }
  }
  return { findings, byNode, worstByNode, byPool, counts };
}

export function createFindingsStore(planStore: PlanStoreApi) {
  const store = createStore<FindingsState>()(() => indexFindings(checkPlan(planStore.getState().plan)));
  let version = planStore.getState().ruleVersion;
  planStore.subscribe((s) => {
    if (s.ruleVersion === version) return;
    version = s.ruleVersion;
    store.setState(indexFindings(checkPlan(s.plan)));
  });
  return store;
}
