/** The app's stores, one of each, and the hooks components use to subscribe to narrow slices. */
import { useStore } from 'zustand';
import { createPlanStore } from '../store/planStore';
import type { PlanStore } from '../store/planStore';
import { createSessionStore } from '../store/sessionStore';
import type { SessionState } from '../store/sessionStore';
import { createDocuments } from '../store/documents';
import type { DocumentState } from '../store/documents';
import { LocalPlans, openBrowserStorage } from '../store/localPlans';
import { createFindingsStore } from './findings/findingsStore';
import type { FindingsState } from './findings/findingsStore';

export const planStore = createPlanStore();
export const sessionStore = createSessionStore();

const browserStorage = openBrowserStorage();
export const storageProblem = browserStorage.problem;
export const localPlans = new LocalPlans(browserStorage.storage);
export const documents = createDocuments(localPlans, planStore, sessionStore);

export function usePlan<T>(selector: (s: PlanStore) => T): T {
  return useStore(planStore, selector);
}

export function useSession<T>(selector: (s: SessionState) => T): T {
  return useStore(sessionStore, selector);
}

export function useDocuments<T>(selector: (s: DocumentState) => T): T {
  return useStore(documents.state, selector);
}

export const findingsStore = createFindingsStore(planStore);

export function useFindings<T>(selector: (s: FindingsState) => T): T {
  return useStore(findingsStore, selector);
}
