/**
 * The fixes offered for a finding: asked of the finding's rule, against the plan as it is now.
 * A fix never makes things worse: one that would add an error (a finding of error severity about a
 * subject that had no error of that rule) is not offered. Each rule's repairs try to avoid that
 * themselves (copying only allowed roles, linking what they add, reusing existing servers); this is
 * the guarantee for what they cannot foresee in a broken plan.
 */
import type { Plan } from '../domain/plan';
import { errorFindings, ruleById } from './check';
import { buildPlanIndex } from './planIndex';
import { subjectOf } from './subject';
import type { Finding, Fix } from './types';

/** The fixes the finding's rule proposes, without the check that they add no error. */
export function proposedFixes(plan: Plan, finding: Finding): Fix[] {
  const rule = ruleById(finding.rule);
  if (!rule.fixes) return [];
  return rule.fixes(buildPlanIndex(plan), finding).map((fix) => ({ ...fix, id: `${rule.id}/${fix.id}` }));
}

/** The subjects of each plan's errors, computed once per plan object. */
const errorSubjects = new WeakMap<Plan, Set<string>>();

function errorsAbout(plan: Plan): Set<string> {
  let subjects = errorSubjects.get(plan);
  if (!subjects) {
    subjects = new Set(errorFindings(plan).map(subjectOf));
    errorSubjects.set(plan, subjects);
  }
  return subjects;
}

/** Whether applying the fix adds an error that the plan did not have. */
export function addsError(plan: Plan, fix: Fix): boolean {
  const before = errorsAbout(plan);
  return errorFindings(fix.apply(plan)).some((f) => !before.has(subjectOf(f)));
}

export function fixesFor(plan: Plan, finding: Finding): Fix[] {
  return proposedFixes(plan, finding).filter((fix) => !addsError(plan, fix));
}
