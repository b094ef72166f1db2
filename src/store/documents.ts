/**
 * Which local plan is open, and keeping it saved: autosave after every change (debounced, flushed
 * when the page is hidden or closed), the list of local plans, and the two-tab rule: an edit made
 * in another tab is taken in when this tab has nothing unsaved; when both tabs have edits, this
 * tab's edits are saved as a separate plan, so neither is lost. Two tabs that save at the same
 * moment cannot see each other's write in time: the tab whose save was overwritten learns it from
 * the storage event (the stored revision does not build on its own) and keeps its edits the same way.
 */
import { createStore } from 'zustand/vanilla';
import { normalizePoolBoxes } from '../domain/operations';
import type { Plan } from '../domain/plan';
import { copyPlanName, uniquePlanName } from '../domain/planNames';
import { LocalPlans, planKey } from './localPlans';
import type { PlanEntry } from './localPlans';
import type { PlanStoreApi } from './planStore';
import type { SessionStoreApi } from './sessionStore';

export const AUTOSAVE_DELAY_MS = 250;

export interface DocumentState {
  /** The local plan being edited; null while a shared plan is viewed read-only. */
  currentId: string | null;
  entries: PlanEntry[];
  /** Plan changes not yet written. */
  dirty: boolean;
  /** The last save failed (storage full or blocked). */
  saveProblem: string | null;
}

export function createDocuments(plans: LocalPlans, planStore: PlanStoreApi, session: SessionStoreApi) {
  const state = createStore<DocumentState>()(() => ({
    currentId: null,
    entries: plans.list(),
    dirty: false,
    // Where nothing can be stored, every "save" only keeps the plan in memory: never report it as
    // saved. Where storage is full, nothing new can be saved until space is made.
    saveProblem: plans.notKept ?? plans.writesFail ?? null,
  }));
  /** The mark of the stored revision the open plan is based on (undefined: not saved yet). */
  let mark: string | undefined;
  let savedPlan: Plan | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** The plan that was current when the app last looked for it (openLast): named as such when it cannot be read. */
  let lastAtStart: string | undefined;

  const refreshEntries = () => state.setState({ entries: plans.list() });

  function open(id: string, plan: Plan, planMark: string | undefined) {
    cancelTimer();
    mark = planMark;
    savedPlan = plan;
    planStore.getState().reset(plan);
    plans.setCurrentId(id);
    state.setState({ currentId: id, dirty: false });
    session.getState().clearSelection();
    session.getState().requestFit();
    refreshEntries();
  }

  function cancelTimer() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  /** Write the current plan now. */
  function flush() {
    cancelTimer();
    const { currentId } = state.getState();
    const { plan, readOnly } = planStore.getState();
    if (currentId === null || readOnly || plan === savedPlan) {
      if (plan === savedPlan) state.setState({ dirty: false });
      return;
    }
    const result = plans.save(currentId, plan, mark);
    if (result.ok) {
      mark = result.mark;
      savedPlan = plan;
      const hadProblem = state.getState().saveProblem !== null;
      state.setState({ dirty: false, saveProblem: plans.notKept ?? null });
      if (hadProblem && plans.notKept === undefined)
        session.getState().notify('info', 'Saving works again: the plan is stored in this browser.');
      refreshEntries();
    } else if (result.reason === 'conflict') {
      keepBothAfterConflict(result.stored.plan);
    } else if (result.reason === 'unreadable') {
      keepBothAfterConflict(null, result.problem.message);
    } else {
      state.setState({ saveProblem: result.message });
      session.getState().notify('warning', result.message);
    }
  }

  /**
   * Another tab saved this plan while this tab had unsaved edits: keep this tab's as a new plan.
   * `theirs` is null when the stored record became one this app cannot read (`why`): it stays as it is.
   */
  function keepBothAfterConflict(theirs: Plan | null, why = '') {
    const mine = planStore.getState().plan;
    const copyId = plans.newId();
    const copy: Plan = { ...mine, name: `${mine.name} (edits from another tab)` };
    const saved = plans.save(copyId, copy, undefined);
    if (saved.ok) {
      mark = saved.mark;
      savedPlan = copy;
      plans.setCurrentId(copyId);
      planStore.getState().apply(copy);
      savedPlan = planStore.getState().plan;
      state.setState({ currentId: copyId, dirty: false });
      refreshEntries();
      session
        .getState()
        .notify(
          'warning',
          theirs
            ? `“${theirs.name}” was changed in another tab while you edited it here. Your edits were kept as a separate plan, “${copy.name}”; the other tab’s version is in the plan list.`
            : `The stored copy of “${mine.name}” was replaced by one that cannot be read here: ${why}. It is left as it is; your edits were kept as a separate plan, “${copy.name}”.`,
        );
    } else {
      const message = !saved.ok && saved.reason === 'failed' ? saved.message : 'The plan could not be saved.';
      state.setState({ saveProblem: message });
      session.getState().notify('warning', message);
    }
  }

  planStore.subscribe((s, prev) => {
    const gestureEnded = prev.gestureBase !== null && s.gestureBase === null;
    if ((s.plan === prev.plan && !gestureEnded) || s.readOnly || state.getState().currentId === null) return;
    if (s.plan === savedPlan) {
      // A cancelled gesture put back the saved plan: nothing to write.
      cancelTimer();
      if (state.getState().dirty) state.setState({ dirty: false });
      return;
    }
    cancelTimer();
    // Nothing is written during a gesture (a drag, a resize), only at its end: a pause in a drag
    // would otherwise write the whole plan mid-drag, a visible stall in a large plan. The save
    // status changes then too: shown mid-drag, it re-rendered the page inside a pointer move.
    if (s.gestureBase) return;
    if (!state.getState().dirty) state.setState({ dirty: true });
    timer = setTimeout(flush, AUTOSAVE_DELAY_MS);
  });

  /** The `storage` event of another tab. */
  function onStorageEvent(key: string | null) {
    const { currentId, dirty } = state.getState();
    if (key === null || !key.startsWith('ocs-topology-designer:')) return;
    refreshEntries();
    if (currentId === null || key !== planKey(currentId)) return;
    const head = plans.storedHead(currentId);
    if (!head || head.mark === mark) return;
    const stored = plans.load(currentId);
    if (!stored) return;
    // A revision saved over this tab's last save builds on it. One that does not, while this tab
    // wrote the revision it holds, means both tabs saved at the same moment and this tab's save
    // was overwritten: its edits are then only here, and are kept as a separate plan.
    const buildsOnOurs = mark !== undefined && stored.after.includes(mark);
    const oursOverwritten = !buildsOnOurs && mark !== undefined && plans.wrote(mark);
    if (dirty || planStore.getState().gestureBase || oursOverwritten) {
      keepBothAfterConflict(stored.plan);
      return;
    }
    mark = stored.mark;
    savedPlan = stored.plan;
    planStore.getState().apply(stored.plan);
    savedPlan = planStore.getState().plan;
    session
      .getState()
      .notify('info', `“${stored.plan.name}” was changed in another tab; this tab now shows those changes (Ctrl+Z undoes them here).`);
  }

  return {
    state,
    flush,
    onStorageEvent,
    /** Open the plan that was current last time, or the most recent one; false when there is none. */
    openLast(): boolean {
      lastAtStart = plans.currentId();
      const candidates = [lastAtStart, ...plans.list().map((e) => e.id)];
      for (const id of candidates) {
        if (!id) continue;
        const stored = plans.load(id);
        if (stored) {
          open(id, normalizePoolBoxes(stored.plan), stored.mark);
          return true;
        }
      }
      refreshEntries();
      return false;
    },
    /**
     * Say which stored plans cannot be read and why (at start): each stays as it is, and the Plans
     * list offers its text for download. Returns how many there are.
     */
    reportUnreadable(): number {
      // The open plan was read a moment ago: only the others are read again.
      const unreadable = plans.unreadablePlans(state.getState().currentId ?? undefined);
      refreshEntries();
      const last = lastAtStart;
      for (const { entry, problem } of unreadable) {
        const which =
          entry.id === last && entry.id !== state.getState().currentId
            ? `The plan open last time, “${entry.name}”,`
            : `The stored plan “${entry.name}”`;
        session
          .getState()
          .notify(
            'error',
            `${which} could not be read: ${problem.message}. It is kept as it was: Plans offers its stored text for download.`,
          );
      }
      return unreadable.length;
    },
    /** The stored text of a plan's record, as it is (for a plan that cannot be read). */
    rawRecord(id: string): string | undefined {
      return plans.rawRecord(id);
    },
    openPlan(id: string): boolean {
      flush();
      const result = plans.inspect(id);
      if (!result.ok) {
        const name = state.getState().entries.find((e) => e.id === id)?.name;
        session.getState().notify('error', `${name ? `“${name}”` : 'That plan'} could not be opened: ${result.problem.message}.`);
        refreshEntries();
        return false;
      }
      open(id, normalizePoolBoxes(result.stored.plan), result.stored.mark);
      return true;
    },
    /**
     * Start a new local plan with this content, save it and open it. `naming`: keep the plan's name
     * (an import), give it one no other plan has (a new plan), or name it as a copy.
     */
    createPlan(plan: Plan, naming: 'keep' | 'unique' | 'copy' = 'keep'): string {
      flush();
      if (naming !== 'keep') {
        const taken = state.getState().entries.map((e) => e.name);
        plan = { ...plan, name: naming === 'unique' ? uniquePlanName(plan.name, taken) : copyPlanName(plan.name, taken) };
      }
      const id = plans.newId();
      const saved = plans.save(id, plan, undefined);
      open(id, plan, saved.ok ? saved.mark : undefined);
      if (!saved.ok && saved.reason === 'failed') {
        state.setState({ saveProblem: saved.message, dirty: true });
        session.getState().notify('warning', saved.message);
      }
      return id;
    },
    renamePlan(id: string, name: string) {
      if (id === state.getState().currentId) {
        planStore.getState().apply({ ...planStore.getState().plan, name });
        flush();
        return;
      }
      const stored = plans.load(id);
      if (!stored) return;
      const result = plans.save(id, { ...stored.plan, name }, stored.mark);
      if (!result.ok && result.reason === 'failed') session.getState().notify('warning', result.message);
      refreshEntries();
    },
    duplicatePlan(id: string): string | undefined {
      flush();
      const stored = id === state.getState().currentId ? { plan: planStore.getState().plan } : plans.load(id);
      if (!stored) return undefined;
      const copyId = plans.newId();
      const name = copyPlanName(
        stored.plan.name,
        state.getState().entries.map((e) => e.name),
      );
      const result = plans.save(copyId, { ...stored.plan, name }, undefined);
      if (!result.ok && result.reason === 'failed') session.getState().notify('warning', result.message);
      refreshEntries();
      return copyId;
    },
    /** Delete a local plan; deleting the open one opens another (or a new empty plan). */
    deletePlan(id: string, fallback: () => Plan) {
      plans.remove(id);
      refreshEntries();
      if (id === state.getState().currentId) {
        savedPlan = null;
        state.setState({ currentId: null, dirty: false });
        const next = plans.list()[0];
        if (!(next && this.openPlan(next.id))) this.createPlan(fallback());
      }
    },
    /** Show a plan read-only (from a share link), leaving every local plan as it is. */
    viewShared(plan: Plan) {
      flush();
      cancelTimer();
      savedPlan = null;
      state.setState({ currentId: null, dirty: false });
      planStore.getState().reset(normalizePoolBoxes(plan), { readOnly: true });
      session.getState().clearSelection();
      session.getState().requestFit();
    },
    /** Save the shared plan being viewed as a new local plan and edit it. */
    editSharedCopy(): string {
      const plan = planStore.getState().plan;
      return this.createPlan(plan, 'copy');
    },
    /** A name for the open plan that no other local plan has (a template applied to it). */
    uniqueName(name: string): string {
      const { entries, currentId } = state.getState();
      return uniquePlanName(
        name,
        entries.filter((e) => e.id !== currentId).map((e) => e.name),
      );
    },
    /** Leave a shared view for the user's own last plan (or a new one). */
    leaveShared(fallback: () => Plan) {
      if (!this.openLast()) this.createPlan(fallback());
    },
  };
}

export type Documents = ReturnType<typeof createDocuments>;
