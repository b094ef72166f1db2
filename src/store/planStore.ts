/**
 * The plan store: the one source of truth for the document. React Flow nodes and edges are derived
 * from it. History holds whole plans (they share unchanged objects, so a step costs little).
 * Selection, viewport and drag state are session state and live elsewhere: they never enter history.
 */
import { createStore } from 'zustand/vanilla';
import type { Plan } from '../domain/plan';
import { emptyPlan } from '../domain/plan';

export const HISTORY_LIMIT = 500;

export interface ApplyOptions {
  /** Only positions or sizes changed: no finding can change, so the rules are not run again. */
  geometryOnly?: boolean;
}

export interface PlanState {
  plan: Plan;
  past: Plan[];
  future: Plan[];
  /** Bumped on every change that can alter a finding (anything but positions and sizes). */
  ruleVersion: number;
  /** The plan as it was when the current gesture (a drag, a resize) began; null outside a gesture. */
  gestureBase: Plan | null;
  gestureTouchedRules: boolean;
  /** A shared plan opened from a link is shown read-only until the user edits a copy. */
  readOnly: boolean;
  /** Bumped each time the whole document is replaced (reset): what was opened on the old one (a menu) closes. */
  documentVersion: number;
}

export interface PlanActions {
  /** One user edit: one undo step (or part of the open gesture's step). */
  apply(next: Plan, options?: ApplyOptions): void;
  beginGesture(): void;
  /** Close the gesture: its changes become one undo step (none when nothing changed). */
  endGesture(): void;
  /** Cancel the gesture: the plan goes back to how it was before it. */
  cancelGesture(): void;
  undo(): void;
  redo(): void;
  /** Replace the whole document (open another plan): history starts anew. */
  reset(plan: Plan, options?: { readOnly?: boolean }): void;
  setReadOnly(readOnly: boolean): void;
}

export type PlanStore = PlanState & PlanActions;

export function createPlanStore(initial: Plan = emptyPlan()) {
  return createStore<PlanStore>()((set, get) => ({
    plan: initial,
    past: [],
    future: [],
    ruleVersion: 0,
    gestureBase: null,
    gestureTouchedRules: false,
    readOnly: false,
    documentVersion: 0,

    apply(next, options = {}) {
      const s = get();
      if (next === s.plan || s.readOnly) return;
      const ruleVersion = options.geometryOnly ? s.ruleVersion : s.ruleVersion + 1;
      if (s.gestureBase) {
        set({ plan: next, ruleVersion, gestureTouchedRules: s.gestureTouchedRules || !options.geometryOnly });
        return;
      }
      set({ plan: next, past: pushBounded(s.past, s.plan), future: [], ruleVersion });
    },

    beginGesture() {
      const s = get();
      if (s.gestureBase || s.readOnly) return;
      set({ gestureBase: s.plan, gestureTouchedRules: false });
    },

    endGesture() {
      const s = get();
      if (!s.gestureBase) return;
      if (s.gestureBase === s.plan) {
        set({ gestureBase: null });
        return;
      }
      set({ gestureBase: null, past: pushBounded(s.past, s.gestureBase), future: [] });
    },

    cancelGesture() {
      const s = get();
      if (!s.gestureBase) return;
      set({
        plan: s.gestureBase,
        gestureBase: null,
        ruleVersion: s.gestureTouchedRules ? s.ruleVersion + 1 : s.ruleVersion,
      });
    },

    undo() {
      const s = get();
      if (s.gestureBase || s.past.length === 0) return;
      const previous = s.past[s.past.length - 1];
      set({ plan: previous, past: s.past.slice(0, -1), future: [s.plan, ...s.future], ruleVersion: s.ruleVersion + 1 });
    },

    redo() {
      const s = get();
      if (s.gestureBase || s.future.length === 0) return;
      const [next, ...rest] = s.future;
      set({ plan: next, past: pushBounded(s.past, s.plan), future: rest, ruleVersion: s.ruleVersion + 1 });
    },

    reset(plan, options = {}) {
      set({
        plan,
        past: [],
        future: [],
        gestureBase: null,
        ruleVersion: get().ruleVersion + 1,
        readOnly: options.readOnly ?? false,
        documentVersion: get().documentVersion + 1,
      });
    },

    setReadOnly(readOnly) {
      set({ readOnly });
    },
  }));
}

function pushBounded(past: Plan[], plan: Plan): Plan[] {
  const next = past.length >= HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT + 1) : past.slice();
  next.push(plan);
  return next;
}

export type PlanStoreApi = ReturnType<typeof createPlanStore>;
