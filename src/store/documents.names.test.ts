import { describe, expect, it } from 'vitest';
import { templatePlan } from '../domain/templates';
import { createDocuments } from './documents';
import { LocalPlans, MemoryStorage } from './localPlans';
import { createPlanStore } from './planStore';
import { createSessionStore } from './sessionStore';

function tab() {
  const planStore = createPlanStore();
  const docs = createDocuments(new LocalPlans(new MemoryStorage()), planStore, createSessionStore());
  return { planStore, docs };
}

describe('names in the Plans list', () => {
  it('new plans from the same template get names no other plan has', () => {
    const { docs } = tab();
    for (let i = 0; i < 3; i++) docs.createPlan(templatePlan('consolidated'), 'unique');
    docs.createPlan(templatePlan('empty'), 'unique');
    docs.createPlan(templatePlan('empty'), 'unique');
    expect(
      docs.state
        .getState()
        .entries.map((e) => e.name)
        .sort(),
    ).toEqual([
      'Enterprise consolidated',
      'Enterprise consolidated (2)',
      'Enterprise consolidated (3)',
      'Untitled plan',
      'Untitled plan (2)',
    ]);
  });

  it('“Edit a copy” of a shared plan names it “… (copy)”; a duplicate too; an import keeps its name', () => {
    const { docs, planStore } = tab();
    docs.viewShared({ ...templatePlan('standard'), name: 'Contoso HQ' });
    docs.editSharedCopy();
    expect(planStore.getState().plan.name).toBe('Contoso HQ (copy)');
    docs.duplicatePlan(docs.state.getState().currentId!);
    docs.createPlan({ ...templatePlan('standard'), name: 'Contoso HQ (copy)' });
    expect(
      docs.state
        .getState()
        .entries.map((e) => e.name)
        .sort(),
    ).toEqual(['Contoso HQ (copy 2)', 'Contoso HQ (copy)', 'Contoso HQ (copy)']);
  });
});
