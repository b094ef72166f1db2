import { describe, expect, it } from 'vitest';
import { moveItems, updateNode } from '../../domain/operations';
import { templatePlan } from '../../domain/templates';
import { checkPlan } from '../../rules';
import { createPlanStore } from '../../store/planStore';
import { createFindingsStore } from './findingsStore';

describe('findings of the open plan', () => {
  it('are re-checked on a rule-relevant change, not on a move', () => {
    const planStore = createPlanStore(templatePlan('consolidated'));
    const findings = createFindingsStore(planStore);
    const first = findings.getState();
    expect(first.findings).toEqual([]);

    planStore.getState().beginGesture();
    for (let i = 0; i < 20; i++) {
      planStore.getState().apply(moveItems(planStore.getState().plan, new Map([['fe1', { x: i * 16, y: 0 }]])), { geometryOnly: true });
    }
    planStore.getState().endGesture();
    // Not re-checked: the very same state object.
    expect(findings.getState()).toBe(first);

    planStore.getState().apply(updateNode(planStore.getState().plan, 'sql1', { sqlVersion: '2008' }));
    const after = findings.getState();
    expect(after).not.toBe(first);
    expect(after.findings).toEqual(checkPlan(planStore.getState().plan));
    expect(after.findings.map((f) => f.rule)).toEqual(['SQL-VERSION']);
    expect(after.worstByNode.get('sql1')).toBe('error');
    expect(after.counts).toEqual({ error: 1, warning: 0, info: 0 });

    planStore.getState().undo();
    expect(findings.getState().findings).toEqual([]);
  });
});
