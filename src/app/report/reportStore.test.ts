import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { moveItems, updateNode } from '../../domain/operations';
import { templatePlan } from '../../domain/templates';
import { buildReport } from '../../report';
import { createPlanStore } from '../../store/planStore';
import { createFindingsStore } from '../findings/findingsStore';
import { createReportStore } from './reportStore';

const setup = () => {
  const plans = createPlanStore(templatePlan('consolidated'));
  const findings = createFindingsStore(plans);
  return { plans, report: createReportStore(plans, findings, 200) };
};
const fqdns = (r: ReturnType<typeof setup>['report']) => r.store.getState().report?.servers.map((s) => s.fqdn) ?? [];

describe('the report of the open plan', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is not computed while the view is closed', () => {
    const { plans, report } = setup();
    plans.getState().apply(updateNode(plans.getState().plan, 'fe1', { name: 'renamed.contoso.com' }));
    vi.runAllTimers();
    expect(report.store.getState().report).toBeNull();
  });

  it('is computed when the view opens, as the engine computes it', () => {
    const { plans, report } = setup();
    report.watch(true);
    expect(report.store.getState().report).toEqual(buildReport(plans.getState().plan));
  });

  it('follows edits after a delay, at most once per delay, and never recomputes for a drag', () => {
    const { plans, report } = setup();
    report.watch(true);
    const first = report.store.getState().report;
    plans.getState().beginGesture();
    for (let i = 0; i < 30; i++)
      plans.getState().apply(moveItems(plans.getState().plan, new Map([['fe1', { x: i * 16, y: 0 }]])), { geometryOnly: true });
    plans.getState().endGesture();
    vi.runAllTimers();
    expect(report.store.getState().report).toBe(first);

    const spy = vi.fn();
    report.store.subscribe(spy);
    for (const name of ['a', 'ab', 'abc'])
      plans.getState().apply(updateNode(plans.getState().plan, 'fe1', { name: `${name}.contoso.com` }));
    expect(fqdns(report)).not.toContain('abc.contoso.com');
    vi.advanceTimersByTime(200);
    expect(fqdns(report)).toContain('abc.contoso.com');
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('stops following when the view closes; current() gives the report of the plan as it is', () => {
    const { plans, report } = setup();
    report.watch(true);
    report.watch(false);
    plans.getState().apply(updateNode(plans.getState().plan, 'fe1', { name: 'later.contoso.com' }));
    vi.runAllTimers();
    expect(fqdns(report)).not.toContain('later.contoso.com');
    expect(report.current().servers.map((s) => s.fqdn)).toContain('later.contoso.com');
  });
});
