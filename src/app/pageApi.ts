/**
 * `window.topologyDesigner`: a stable hook for tests and scripts.
 * getPlan() returns the current plan in the file format; loadPlan(plan) replaces it as one
 * undoable step, or throws an Error naming the problem and leaves the current plan untouched.
 */
import { normalizePoolBoxes } from '../domain/operations';
import type { Plan } from '../domain/plan';
import { readPlan } from '../io/readPlan';
import { forgetSharedLink } from './share/sharedLink';
import { documents, planStore, sessionStore } from './stores';

export interface TopologyDesignerApi {
  getPlan(): Plan;
  loadPlan(plan: unknown): void;
}

export function installPageApi() {
  const api: TopologyDesignerApi = {
    getPlan: () => structuredClone(planStore.getState().plan),
    loadPlan(input: unknown) {
      const result = readPlan(input);
      if (!result.ok) throw new Error(`Not a valid plan: ${result.error.message}`);
      if (planStore.getState().readOnly) {
        documents.editSharedCopy();
        forgetSharedLink();
      }
      planStore.getState().apply(normalizePoolBoxes(result.plan));
      sessionStore.getState().clearSelection();
      sessionStore.getState().requestFit();
    },
  };
  (window as unknown as { topologyDesigner: TopologyDesignerApi }).topologyDesigner = api;
}
