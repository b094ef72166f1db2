/**
 * Session state: what is selected, what is being dragged over, notices. Never part of the
 * document, never in history, never saved with the plan.
 */
import { createStore } from 'zustand/vanilla';

export interface PlacementPreview {
  poolId: string;
  /** Error messages a drop here would add; empty when the drop is fine. */
  problems: string[];
}

export interface Notice {
  id: number;
  /** info and success leave by themselves; errors and warnings stay until dismissed. */
  kind: 'error' | 'warning' | 'info' | 'success';
  text: string;
}

/** How long an info or success notice stays (ms), counted again from when the pointer or focus leaves it. */
export const NOTICE_LIFETIME = 5000;

export function noticeLeavesByItself(kind: Notice['kind']): boolean {
  return kind === 'info' || kind === 'success';
}

/** The timers of the notices that leave by themselves, one per notice id. */
class NoticeTimers {
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();
  start(id: number, leave: () => void) {
    this.stop(id);
    this.timers.set(id, setTimeout(leave, NOTICE_LIFETIME));
  }
  stop(id: number) {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
  }
}

export interface SessionState {
  selected: ReadonlySet<string>;
  preview: PlacementPreview | null;
  /** Pools whose members are being dragged out of their box (the pool says "leaving pool"). */
  leavingPools: readonly string[];
  notices: Notice[];
  /** Set when a pool is about to be deleted and the user must say what happens to its members. */
  pendingPoolDelete: { ids: string[]; memberCount: number } | null;
  /** Bumped when a whole plan is opened or replaced: the canvas then frames it. */
  fitRequest: number;
  requestFit(): void;
  select(ids: Iterable<string>): void;
  toggle(id: string, on: boolean): void;
  /** Many selection changes at once (a box selection): one update. */
  applySelection(changes: readonly [id: string, on: boolean][]): void;
  clearSelection(): void;
  setPreview(preview: PlacementPreview | null): void;
  setLeavingPools(ids: readonly string[]): void;
  notify(kind: Notice['kind'], text: string): number;
  dismiss(id: number): void;
  /** While a notice is hovered or focused it does not leave by itself; released, its time starts again. */
  holdNotice(id: number, held: boolean): void;
  setPendingPoolDelete(pending: SessionState['pendingPoolDelete']): void;
}

let noticeId = 0;

export function createSessionStore() {
  const timers = new NoticeTimers();
  return createStore<SessionState>()((set, get) => ({
    selected: new Set(),
    preview: null,
    leavingPools: [],
    notices: [],
    pendingPoolDelete: null,
    fitRequest: 0,
    requestFit() {
      set({ fitRequest: get().fitRequest + 1 });
    },
    select(ids) {
      const next = new Set(ids);
      const cur = get().selected;
      if (next.size === cur.size && [...next].every((id) => cur.has(id))) return;
      set({ selected: next });
    },
    toggle(id, on) {
      const cur = get().selected;
      if (cur.has(id) === on) return;
      const next = new Set(cur);
      if (on) next.add(id);
      else next.delete(id);
      set({ selected: next });
    },
    applySelection(changes) {
      const cur = get().selected;
      if (changes.every(([id, on]) => cur.has(id) === on)) return;
      const next = new Set(cur);
      for (const [id, on] of changes) {
        if (on) next.add(id);
        else next.delete(id);
      }
      set({ selected: next });
    },
    clearSelection() {
      if (get().selected.size > 0) set({ selected: new Set() });
    },
    setPreview(preview) {
      const cur = get().preview;
      if (cur === preview) return;
      if (cur && preview && cur.poolId === preview.poolId && cur.problems.join('\n') === preview.problems.join('\n')) return;
      set({ preview });
    },
    setLeavingPools(ids) {
      const cur = get().leavingPools;
      if (cur.length === ids.length && ids.every((id) => cur.includes(id))) return;
      set({ leavingPools: [...ids] });
    },
    notify(kind, text) {
      const id = ++noticeId;
      // One notice per text: a repeated problem (storage full on every save) is not stacked.
      const notices = get().notices;
      for (const n of notices) if (n.text === text) timers.stop(n.id);
      set({ notices: [...notices.filter((n) => n.text !== text), { id, kind, text }] });
      if (noticeLeavesByItself(kind)) timers.start(id, () => get().dismiss(id));
      return id;
    },
    dismiss(id) {
      timers.stop(id);
      const notices = get().notices;
      if (notices.some((n) => n.id === id)) set({ notices: notices.filter((n) => n.id !== id) });
    },
    holdNotice(id, held) {
      const notice = get().notices.find((n) => n.id === id);
      if (!notice || !noticeLeavesByItself(notice.kind)) return;
      if (held) timers.stop(id);
      else timers.start(id, () => get().dismiss(id));
    },
    setPendingPoolDelete(pending) {
      set({ pendingPoolDelete: pending });
    },
  }));
}

export type SessionStoreApi = ReturnType<typeof createSessionStore>;
