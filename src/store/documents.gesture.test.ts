import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { moveItems } from '../domain/operations';
import { templatePlan } from '../domain/templates';
import { AUTOSAVE_DELAY_MS, createDocuments } from './documents';
import { LocalPlans, MemoryStorage } from './localPlans';
import { createPlanStore } from './planStore';
import { createSessionStore } from './sessionStore';

class CountingStorage extends MemoryStorage {
  writes = 0;
  setItem(key: string, value: string) {
    this.writes++;
    super.setItem(key, value);
  }
}

function setup() {
  const storage = new CountingStorage();
  const planStore = createPlanStore();
  const docs = createDocuments(new LocalPlans(storage), planStore, createSessionStore());
  docs.createPlan(templatePlan('consolidated'));
  storage.writes = 0;
  const drag = (x: number) => {
    const { plan } = planStore.getState();
    planStore.getState().apply(moveItems(plan, new Map([[plan.nodes[1].id, { x, y: 240 }]])), { geometryOnly: true });
  };
  return { storage, planStore, docs, drag };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('autosave during a gesture', () => {
  it('writes nothing while a drag goes on, even when it pauses, and saves once at its end', () => {
    const { storage, planStore, docs, drag } = setup();
    planStore.getState().beginGesture();
    for (let x = 100; x < 400; x += 50) {
      drag(x);
      vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 4);
    }
    expect(storage.writes).toBe(0);
    // The save status waits for the end of the gesture too (its change would re-render the page mid-drag).
    expect(docs.state.getState().dirty).toBe(false);
    planStore.getState().endGesture();
    expect(docs.state.getState().dirty).toBe(true);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS + 1);
    expect(storage.writes).toBeGreaterThan(0);
    expect(docs.state.getState().dirty).toBe(false);
  });

  it('a cancelled gesture leaves nothing to save', () => {
    const { storage, planStore, docs, drag } = setup();
    planStore.getState().beginGesture();
    drag(500);
    planStore.getState().cancelGesture();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 4);
    expect(storage.writes).toBe(0);
    expect(docs.state.getState().dirty).toBe(false);
  });

  it('a flush during a gesture (the page is hidden) still writes', () => {
    const { storage, planStore, docs, drag } = setup();
    planStore.getState().beginGesture();
    drag(300);
    docs.flush();
    expect(storage.writes).toBeGreaterThan(0);
  });
});
