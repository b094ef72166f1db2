import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addNode } from '../domain/operations';
import { templatePlan } from '../domain/templates';
import { AUTOSAVE_DELAY_MS, createDocuments } from './documents';
import { LocalPlans, MemoryStorage, planKey, StandInStorage } from './localPlans';
import type { KeyValueStorage } from './localPlans';
import { createPlanStore } from './planStore';
import { createSessionStore } from './sessionStore';

function tab(storage: KeyValueStorage) {
  const planStore = createPlanStore();
  const session = createSessionStore();
  const docs = createDocuments(new LocalPlans(storage), planStore, session);
  return { planStore, session, docs };
}

/**
 * One tab's view of a storage shared with another tab, which can lag behind: while frozen, it reads
 * the values the keys had when it froze (the other tab's writes have not reached it yet).
 */
class LaggingView implements KeyValueStorage {
  private snapshot: Map<string, string | null> | null = null;
  constructor(private readonly shared: KeyValueStorage) {}
  freeze(keys: string[]) {
    this.snapshot = new Map(keys.map((k) => [k, this.shared.getItem(k)]));
  }
  catchUp() {
    this.snapshot = null;
  }
  getItem(key: string) {
    return this.snapshot?.has(key) ? this.snapshot.get(key)! : this.shared.getItem(key);
  }
  setItem(key: string, value: string) {
    this.shared.setItem(key, value);
    this.snapshot?.set(key, value);
  }
  removeItem(key: string) {
    this.shared.removeItem(key);
    this.snapshot?.set(key, null);
  }
}

class FullStorage extends MemoryStorage {
  full = false;
  setItem(key: string, value: string) {
    if (this.full) {
      const e = new Error('The quota has been exceeded.');
      e.name = 'QuotaExceededError';
      throw e;
    }
    super.setItem(key, value);
  }
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('autosave and local plans', () => {
  it('an edit is saved after a short delay and found again by a new tab (a reload)', () => {
    const storage = new MemoryStorage();
    const a = tab(storage);
    a.docs.createPlan(templatePlan('consolidated'));
    a.planStore.getState().apply(addNode(a.planStore.getState().plan, 'back-end-sql', { x: 0, y: 900 }).plan);
    expect(a.docs.state.getState().dirty).toBe(true);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS + 1);
    expect(a.docs.state.getState().dirty).toBe(false);
    const b = tab(storage);
    expect(b.docs.openLast()).toBe(true);
    expect(b.planStore.getState().plan).toEqual(a.planStore.getState().plan);
  });

  it('flush writes at once (page hidden or closed right after an edit)', () => {
    const storage = new MemoryStorage();
    const a = tab(storage);
    a.docs.createPlan(templatePlan('standard'));
    a.planStore.getState().apply({ ...a.planStore.getState().plan, name: 'Just before reload' });
    a.docs.flush();
    const b = tab(storage);
    b.docs.openLast();
    expect(b.planStore.getState().plan.name).toBe('Just before reload');
  });

  it('lists, renames, duplicates and deletes plans', () => {
    const a = tab(new MemoryStorage());
    const first = a.docs.createPlan(templatePlan('standard'));
    const second = a.docs.createPlan(templatePlan('expanded'));
    expect(a.docs.state.getState().entries.map((e) => e.id)).toEqual([second, first]);
    a.docs.renamePlan(first, 'Branch office');
    expect(a.docs.state.getState().entries.find((e) => e.id === first)!.name).toBe('Branch office');
    const copy = a.docs.duplicatePlan(second)!;
    expect(a.docs.state.getState().entries.find((e) => e.id === copy)!.name).toBe('Enterprise expanded (copy)');
    a.docs.deletePlan(second, () => templatePlan('empty'));
    expect(a.docs.state.getState().entries.map((e) => e.id)).not.toContain(second);
    expect(a.docs.state.getState().currentId).not.toBe(second);
  });

  it('full storage: a visible warning, the plan stays in the editor, saving resumes later', () => {
    const storage = new FullStorage();
    const a = tab(storage);
    a.docs.createPlan(templatePlan('standard'));
    storage.full = true;
    a.planStore.getState().apply({ ...a.planStore.getState().plan, name: 'Edited while full' });
    expect(() => vi.advanceTimersByTime(AUTOSAVE_DELAY_MS + 1)).not.toThrow();
    expect(a.docs.state.getState().saveProblem).toMatch(/full/);
    expect(a.session.getState().notices.some((n) => n.kind === 'warning' && /full/.test(n.text))).toBe(true);
    expect(a.planStore.getState().plan.name).toBe('Edited while full');
    storage.full = false;
    a.planStore.getState().apply({ ...a.planStore.getState().plan, name: 'Saved again' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS + 1);
    expect(a.docs.state.getState().saveProblem).toBeNull();
    const b = tab(storage);
    b.docs.openLast();
    expect(b.planStore.getState().plan.name).toBe('Saved again');
  });

  it('no usable browser storage: the plan is kept in memory, never reported as saved', () => {
    const a = tab(new StandInStorage('This browser does not let the app store plans.'));
    expect(a.docs.state.getState().saveProblem).toMatch(/does not let the app store plans/);
    a.docs.createPlan(templatePlan('standard'));
    a.planStore.getState().apply({ ...a.planStore.getState().plan, name: 'Only in memory' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS + 1);
    expect(a.docs.state.getState().saveProblem).toMatch(/does not let the app store plans/);
    expect(a.session.getState().notices.some((n) => /Saving works again/.test(n.text))).toBe(false);
    expect(a.planStore.getState().plan.name).toBe('Only in memory');
  });

  it('two tabs: an idle tab takes in the other tab’s saved edit', () => {
    const storage = new MemoryStorage();
    const a = tab(storage);
    const id = a.docs.createPlan(templatePlan('standard'));
    const b = tab(storage);
    b.docs.openPlan(id);
    a.planStore.getState().apply({ ...a.planStore.getState().plan, name: 'From tab A' });
    a.docs.flush();
    b.docs.onStorageEvent(planKey(id));
    expect(b.planStore.getState().plan.name).toBe('From tab A');
  });

  it('two tabs editing the same plan at once: neither edit is lost', () => {
    const storage = new MemoryStorage();
    const a = tab(storage);
    const id = a.docs.createPlan(templatePlan('consolidated'));
    const b = tab(storage);
    b.docs.openPlan(id);
    a.planStore.getState().apply({ ...a.planStore.getState().plan, name: 'Edited in A' });
    b.planStore.getState().apply(addNode(b.planStore.getState().plan, 'back-end-sql', { x: 0, y: 999 }).plan);
    a.docs.flush();
    // B saves without having seen A's save event (the event can arrive late).
    b.docs.flush();
    const plans = new LocalPlans(storage);
    const stored = plans.list().map((e) => plans.load(e.id)!.plan);
    expect(stored.some((p) => p.name === 'Edited in A')).toBe(true);
    expect(stored.some((p) => p.nodes.some((n) => n.position.y === 999))).toBe(true);
    expect(b.session.getState().notices.some((n) => /another tab/.test(n.text))).toBe(true);
  });

  it('two tabs saving at the same moment, neither seeing the other’s write in time: the overwritten save is kept', () => {
    const storage = new MemoryStorage();
    const a = tab(storage);
    const id = a.docs.createPlan(templatePlan('consolidated'));
    const bView = new LaggingView(storage);
    const b = tab(bView);
    b.docs.openPlan(id);
    bView.freeze([planKey(id), 'ocs-topology-designer:index']);
    a.planStore.getState().apply({ ...a.planStore.getState().plan, name: 'Edited in A' });
    b.planStore.getState().apply(addNode(b.planStore.getState().plan, 'back-end-sql', { x: 0, y: 999 }).plan);
    a.docs.flush();
    // B still reads the revision both started from, so its save goes through, over A's.
    b.docs.flush();
    expect(b.docs.state.getState().saveProblem).toBeNull();
    bView.catchUp();
    // Each tab then hears of the other's write.
    a.docs.onStorageEvent(planKey(id));
    b.docs.onStorageEvent(planKey(id));
    const plans = new LocalPlans(storage);
    const stored = plans.list().map((e) => plans.load(e.id)!.plan);
    expect(stored.some((p) => p.name.startsWith('Edited in A'))).toBe(true);
    expect(stored.some((p) => p.nodes.some((n) => n.position.y === 999))).toBe(true);
    expect(stored).toHaveLength(2);
    expect(a.session.getState().notices.some((n) => /separate plan/.test(n.text))).toBe(true);
    expect(b.session.getState().notices.some((n) => /separate plan/.test(n.text))).toBe(false);
  });

  it('a tab that is idle takes in what another tab built on its own save, without a conflict', () => {
    const storage = new MemoryStorage();
    const a = tab(storage);
    const id = a.docs.createPlan(templatePlan('standard'));
    const b = tab(storage);
    b.docs.openPlan(id);
    b.planStore.getState().apply({ ...b.planStore.getState().plan, name: 'From B' });
    b.docs.flush();
    a.docs.onStorageEvent(planKey(id));
    a.planStore.getState().apply({ ...a.planStore.getState().plan, ocsVersion: '2007-r2' });
    a.docs.flush();
    b.docs.onStorageEvent(planKey(id));
    expect(b.planStore.getState().plan).toMatchObject({ name: 'From B', ocsVersion: '2007-r2' });
    expect(new LocalPlans(storage).list()).toHaveLength(1);
    expect([...a.session.getState().notices, ...b.session.getState().notices].some((n) => /separate plan/.test(n.text))).toBe(false);
  });

  it('reads records written before revision marks existed', () => {
    const storage = new MemoryStorage();
    const plan = templatePlan('standard');
    storage.setItem(planKey('old'), JSON.stringify({ rev: 3, plan }));
    storage.setItem('ocs-topology-designer:index', JSON.stringify([{ id: 'old', name: plan.name, updatedAt: 1 }]));
    const a = tab(storage);
    expect(a.docs.openLast()).toBe(true);
    a.planStore.getState().apply({ ...a.planStore.getState().plan, name: 'Saved over an old record' });
    a.docs.flush();
    expect(a.docs.state.getState().saveProblem).toBeNull();
    const stored = new LocalPlans(storage).load('old')!;
    expect(stored.plan.name).toBe('Saved over an old record');
    expect(stored.rev).toBe(4);
    expect(stored.after).toEqual(['3']);
  });
});
