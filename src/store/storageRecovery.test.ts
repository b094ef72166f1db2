/**
 * Damaged or full storage never hides the user's work: saved plans stay listed and open when nothing
 * can be written; a record that cannot be read is named with the reason, kept as it is and offered
 * as text; a damaged or stale index is rebuilt from the records; "saved" means saved.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { templatePlan } from '../domain/templates';
import { AUTOSAVE_DELAY_MS, createDocuments } from './documents';
import { LocalPlans, looksTruncated, MemoryStorage, openBrowserStorage, planKey, StandInStorage } from './localPlans';
import type { KeyValueStorage } from './localPlans';
import { createPlanStore } from './planStore';
import { createSessionStore } from './sessionStore';

const INDEX = 'ocs-topology-designer:index';
const CURRENT = 'ocs-topology-designer:current';

function tab(storage: KeyValueStorage, writesFail?: string) {
  const planStore = createPlanStore();
  const session = createSessionStore();
  const plans = new LocalPlans(storage, writesFail);
  const docs = createDocuments(plans, planStore, session);
  return { planStore, session, docs, plans };
}

class QuotaStorage extends MemoryStorage {
  full = false;
  setItem(key: string, value: string) {
    if (this.full) {
      const e = new Error('Setting the value exceeded the quota.');
      e.name = 'QuotaExceededError';
      throw e;
    }
    super.setItem(key, value);
  }
}

/** A storage whose reads fail (as a blocked or broken storage does), while writes seem to work. */
class UnreadableStorage extends MemoryStorage {
  getItem(): string | null {
    throw new Error('The operation is insecure.');
  }
}

/** Two plans saved by a first tab; the second is current. */
function twoSavedPlans(storage: KeyValueStorage) {
  const a = tab(storage);
  const first = a.docs.createPlan({ ...templatePlan('standard'), name: 'First plan' });
  vi.advanceTimersByTime(1000);
  const second = a.docs.createPlan({ ...templatePlan('consolidated'), name: 'Second plan' });
  return { first, second };
}

const texts = (t: ReturnType<typeof tab>) => t.session.getState().notices.map((n) => `${n.kind}: ${n.text}`);

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('full storage', () => {
  it('a failed test write keeps the real storage: saved plans are listed and open, with a warning that new changes cannot be saved', () => {
    const storage = new QuotaStorage();
    const { first, second } = twoSavedPlans(storage);
    storage.full = true;
    vi.stubGlobal('window', { localStorage: storage });
    const opened = openBrowserStorage();
    expect(opened.storage).toBe(storage);
    expect(opened.storage).not.toBeInstanceOf(StandInStorage);
    expect(opened.writesFail).toMatch(/full: your saved plans are listed and open as usual, but new changes cannot be saved/);

    const b = tab(opened.storage, opened.writesFail);
    expect(b.docs.openLast()).toBe(true);
    expect(b.planStore.getState().plan.name).toBe('Second plan');
    expect(
      b.docs.state
        .getState()
        .entries.map((e) => e.id)
        .sort(),
    ).toEqual([first, second].sort());
    expect(b.docs.state.getState().saveProblem).toMatch(/cannot be saved/);
    expect(b.docs.openPlan(first)).toBe(true);
    expect(b.planStore.getState().plan.name).toBe('First plan');

    // An edit is not saved, and never reported as saved; the stored plans are untouched.
    const before = storage.getItem(planKey(first));
    b.planStore.getState().apply({ ...b.planStore.getState().plan, name: 'Edited while full' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS + 1);
    expect(b.docs.state.getState().saveProblem).toMatch(/full/);
    expect(storage.getItem(planKey(first))).toBe(before);

    // Room is made: the next save works and says so.
    storage.full = false;
    b.planStore.getState().apply({ ...b.planStore.getState().plan, name: 'Saved at last' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS + 1);
    expect(b.docs.state.getState().saveProblem).toBeNull();
    expect(new LocalPlans(storage).load(first)!.plan.name).toBe('Saved at last');
    expect(texts(b).some((t) => /Saving works again/.test(t))).toBe(true);
  });

  it('storage that cannot even be read gets the in-memory stand-in, said so', () => {
    vi.stubGlobal('window', { localStorage: new UnreadableStorage() });
    const opened = openBrowserStorage();
    expect(opened.storage).toBeInstanceOf(StandInStorage);
    expect(opened.problem).toMatch(/does not let the app store plans \(The operation is insecure\.\)/);
  });
});

describe('a stored plan that cannot be read', () => {
  const newer = (plan: object) => JSON.stringify({ rev: 1, mark: '1.x', after: [], plan: { ...plan, version: 7 } });
  it.each([
    ['truncated', (raw: string) => raw.slice(0, Math.floor(raw.length / 2)), /cut off after [\d,]+ characters/],
    [
      'of a newer version',
      () => newer(templatePlan('standard')),
      /newer version of OCS Topology Designer \(plan version 7; this version reads up to version 2\)/,
    ],
    ['broken JSON', (raw: string) => raw.replace('"rev":', '"rev";'), /not valid JSON/],
    ['null', () => 'null', /null: it holds no plan/],
    ['a record whose plan is null', () => JSON.stringify({ rev: 2, mark: '2.x', plan: null }), /null: it holds no plan/],
    ['not a valid plan', (raw: string) => raw.replace('"ocs-topology-plan"', '"something-else"'), /not a valid plan: format/],
  ])('%s: the start says which and why, keeps it as it was and offers its text; other plans open', (_, damage, why) => {
    const storage = new MemoryStorage();
    const { first, second } = twoSavedPlans(storage);
    const damaged = damage(storage.getItem(planKey(second))!);
    storage.setItem(planKey(second), damaged);

    const b = tab(storage);
    expect(b.docs.openLast()).toBe(true);
    expect(b.docs.state.getState().currentId).toBe(first);
    expect(b.docs.reportUnreadable()).toBe(1);
    const notice = b.session.getState().notices.find((n) => n.kind === 'error')!;
    expect(notice.text).toMatch(/^The plan open last time, “Second plan”, could not be read: /);
    expect(notice.text).toMatch(why);
    expect(notice.text).toMatch(/kept as it was: Plans offers its stored text for download/);

    const entry = b.docs.state.getState().entries.find((e) => e.id === second)!;
    expect(entry.unreadable).toMatch(why);
    expect(b.docs.rawRecord(second)).toBe(damaged);

    // Editing and saving the other plan, and trying to open it, leave it as it was.
    b.planStore.getState().apply({ ...b.planStore.getState().plan, name: 'First, edited' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS + 1);
    expect(b.docs.openPlan(second)).toBe(false);
    expect(texts(b).at(-1)).toMatch(/^error: “Second plan” could not be opened: /);
    expect(texts(b).at(-1)).toMatch(why);
    expect(storage.getItem(planKey(second))).toBe(damaged);
    expect(b.docs.state.getState().currentId).toBe(first);
    expect(new LocalPlans(storage).list().map((e) => e.id)).toContain(second);
  });

  it('opening a newer-version plan from the list names the version', () => {
    const storage = new MemoryStorage();
    const { first, second } = twoSavedPlans(storage);
    storage.setItem(planKey(first), JSON.stringify({ rev: 1, plan: { ...templatePlan('standard'), name: 'From the future', version: 3 } }));
    const b = tab(storage);
    b.docs.openLast();
    expect(b.docs.state.getState().currentId).toBe(second);
    expect(b.docs.openPlan(first)).toBe(false);
    expect(texts(b).at(-1)).toMatch(
      /could not be opened: it was saved by a newer version of OCS Topology Designer \(plan version 3; this version reads up to version 2\)/,
    );
  });

  it('a save never writes over a record another app replaced with one this app cannot read: the edits are kept apart', () => {
    const storage = new MemoryStorage();
    const a = tab(storage);
    const id = a.docs.createPlan({ ...templatePlan('standard'), name: 'Mine' });
    const theirs = JSON.stringify({ rev: 9, plan: { ...templatePlan('standard'), version: 3 } });
    storage.setItem(planKey(id), theirs);
    a.planStore.getState().apply({ ...a.planStore.getState().plan, name: 'Mine, edited' });
    a.docs.flush();
    expect(storage.getItem(planKey(id))).toBe(theirs);
    const plans = new LocalPlans(storage);
    expect(plans.list().map((e) => plans.load(e.id)?.plan.name)).toContain('Mine, edited (edits from another tab)');
    expect(texts(a).at(-1)).toMatch(
      /cannot be read here: it was saved by a newer version .*plan version 3.*your edits were kept as a separate plan/,
    );
  });
});

describe('the plan list', () => {
  it.each([
    ['not JSON', '[{"id":'],
    ['not a list', '{"a":1}'],
    ['missing', null],
    ['listing other plans only', JSON.stringify([{ id: 'gone', name: 'Gone', updatedAt: 1 }])],
  ])('a damaged index (%s) is rebuilt from the records, and written again', (_, index) => {
    const storage = new MemoryStorage();
    const { first, second } = twoSavedPlans(storage);
    if (index === null) storage.removeItem(INDEX);
    else storage.setItem(INDEX, index);
    storage.removeItem(CURRENT);
    const b = tab(storage);
    const entries = b.docs.state.getState().entries;
    expect(entries.map((e) => e.id).sort()).toEqual([first, second].sort());
    expect(entries.find((e) => e.id === first)).toMatchObject({ name: 'First plan', ocsVersion: '2007', servers: 1, pools: 1 });
    // Most recent first, as before.
    expect(entries[0].id).toBe(second);
    expect((JSON.parse(storage.getItem(INDEX)!) as { id: string }[]).map((e) => e.id).sort()).toEqual([first, second].sort());
    expect(b.docs.openLast()).toBe(true);
  });

  it('a damaged record missing from the index is listed too, as unreadable', () => {
    const storage = new MemoryStorage();
    const { first } = twoSavedPlans(storage);
    storage.setItem(planKey('lost'), '{"rev":1,"plan":{"format":"ocs-top');
    const b = tab(storage);
    b.docs.openLast();
    expect(b.docs.reportUnreadable()).toBe(1);
    const lost = b.docs.state.getState().entries.find((e) => e.id === 'lost')!;
    expect(lost.name).toBe('Unreadable plan lost');
    expect(lost.unreadable).toMatch(/cut off/);
    expect(b.docs.state.getState().entries.some((e) => e.id === first)).toBe(true);
  });

  it('two tabs creating plans at the same moment: the list still holds every stored plan', () => {
    const shared = new MemoryStorage();
    /** Tab B's storage: its copy of the index lags behind tab A's writes. */
    let frozenIndex: string | null | undefined;
    const lagging: KeyValueStorage = {
      get length() {
        return shared.length;
      },
      key: (i: number) => shared.key(i),
      getItem: (k: string) => (k === INDEX && frozenIndex !== undefined ? frozenIndex : shared.getItem(k)),
      setItem: (k: string, v: string) => shared.setItem(k, v),
      removeItem: (k: string) => shared.removeItem(k),
    };
    const a = tab(shared);
    const b = tab(lagging);
    a.docs.createPlan({ ...templatePlan('standard'), name: 'Base' });
    frozenIndex = shared.getItem(INDEX);
    const fromA = a.docs.createPlan({ ...templatePlan('standard'), name: 'From A' });
    // B writes the index from its stale copy, which lacks A's new plan.
    const fromB = b.docs.createPlan({ ...templatePlan('standard'), name: 'From B' });
    frozenIndex = undefined;
    expect((JSON.parse(shared.getItem(INDEX)!) as { id: string }[]).some((e) => e.id === fromA)).toBe(true);
    b.docs.onStorageEvent(INDEX);
    a.docs.onStorageEvent(INDEX);
    for (const t of [a, b])
      expect(
        t.docs.state
          .getState()
          .entries.map((e) => e.name)
          .sort(),
      ).toEqual(['Base', 'From A', 'From B']);
    // A plan deleted in one tab leaves the other tab's list.
    a.docs.deletePlan(fromB, () => templatePlan('empty'));
    b.docs.onStorageEvent(planKey(fromB));
    expect(
      b.docs.state
        .getState()
        .entries.map((e) => e.name)
        .sort(),
    ).toEqual(['Base', 'From A']);
  });
});

describe('saved means saved', () => {
  it('when reading the storage fails, a save is not reported as saved', () => {
    const storage = new MemoryStorage();
    const a = tab(storage);
    a.docs.createPlan(templatePlan('standard'));
    vi.spyOn(storage, 'getItem').mockImplementation(() => {
      throw new Error('The operation is insecure.');
    });
    a.planStore.getState().apply({ ...a.planStore.getState().plan, name: 'Edited' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS + 1);
    expect(a.docs.state.getState().saveProblem).toMatch(/could not be saved in this browser \(The operation is insecure\.\)/);
    expect(a.docs.state.getState().dirty).toBe(true);
  });

  it('a write that does not read back as written is not a save', () => {
    const storage = new MemoryStorage();
    const a = tab(storage);
    const id = a.docs.createPlan(templatePlan('standard'));
    const real = storage.setItem.bind(storage);
    vi.spyOn(storage, 'setItem').mockImplementation((k, v) => real(k, k === planKey(id) ? v.slice(0, 10) : v));
    a.planStore.getState().apply({ ...a.planStore.getState().plan, name: 'Edited' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS + 1);
    expect(a.docs.state.getState().saveProblem).toMatch(/does not read back as written/);
  });
});

describe('looksTruncated', () => {
  it.each([
    ['{"a":', true],
    ['{"a":"b', true],
    ['[1,2', true],
    ['{"a":{"b":[1]}', true],
    ['{"a":1,', true],
    ['{"a":"x\\"', true],
    ['{"a":1}}', false],
    ['{"a":]', false],
    ['{"a" 1}', false],
    ['nul', false],
  ])('%j -> %s', (text, truncated) => {
    expect(looksTruncated(text)).toBe(truncated);
  });
});
