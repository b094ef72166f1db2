/**
 * The deployment report of the open plan, for the Report view: computed by the engine (src/report), never
 * in React, and only while the view is open. It follows the plan's ruleVersion, so a drag (which only moves
 * things) never recomputes it; a run of edits (typing a name) recomputes it at most once per `delayMs`.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { buildReport } from '../../report';
import type { DeploymentReport } from '../../report';
import type { PlanStoreApi } from '../../store/planStore';
import type { FindingsState } from '../findings/findingsStore';

export interface ReportState {
  /** Null until the view is first opened. */
  report: DeploymentReport | null;
  /** The plan's ruleVersion the report was computed for. */
  version: number;
}

export interface ReportStore {
  store: StoreApi<ReportState>;
  /** Keep the report current (the view is open) or stop (closed). Opening computes a stale report at once. */
  watch(on: boolean): void;
  /** The report of the plan as it is now (exports): the kept one when current, else computed. */
  current(): DeploymentReport;
}

export function createReportStore(plans: PlanStoreApi, findings: StoreApi<FindingsState>, delayMs = 200): ReportStore {
  const store = createStore<ReportState>()(() => ({ report: null, version: -1 }));
  let watching = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const compute = () => {
    cancel();
    const { plan, ruleVersion } = plans.getState();
    const report = buildReport(plan, findings.getState().findings);
    store.setState({ report, version: ruleVersion });
    return report;
  };
  const stale = () => store.getState().version !== plans.getState().ruleVersion;
  plans.subscribe(() => {
    if (watching && timer === undefined && stale()) timer = setTimeout(compute, delayMs);
  });
  return {
    store,
    watch(on) {
      watching = on;
      if (!on) cancel();
      else if (stale()) compute();
    },
    current() {
      const kept = store.getState().report;
      return kept && !stale() ? kept : compute();
    },
  };
}
