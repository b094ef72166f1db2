/** The app's stores, one of each, and the hooks components use to subscribe to narrow slices. */
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand';
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
export const localPlans = new LocalPlans(browserStorage.storage, browserStorage.writesFail);
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

/**
 * A slice of a store as React state, for the canvas. useStore (useSyncExternalStore) renders every
 * store change synchronously, inside the event that made it: each pointer move of a drag would
 * render 1,000 nodes inside the browser's input frame. As React state, a change made during a
 * pointer move renders at that event's priority in a task of its own, as React Flow's own
 * useNodesState does. `selector` must be stable (defined outside the component, or memoised).
 */
export function useStoreState<S, T>(store: StoreApi<S>, selector: (s: S) => T): T {
  const [value, setValue] = useState(() => selector(store.getState()));
  useEffect(() => {
    // A change between the first render and this effect is taken in here.
    setValue(selector(store.getState()));
    return store.subscribe((s) => setValue(selector(s)));
  }, [store, selector]);
  return value;
}
