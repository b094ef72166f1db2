/** Every finding of the plan, worst first: severity, rule id, message, source, and one-click fixes. */
import { memo, useDeferredValue, useEffect, useState } from 'react';
import { fixesFor, ruleById, sourceOf } from '../../rules';
import type { Finding } from '../../rules';
import { normalizePoolBoxes } from '../../domain/operations';
import { selectAndFrame } from '../actions';
import { runCommand } from '../commands';
import { SEVERITY_BADGE } from '../canvas/NodeFlag';
import { planStore, useFindings, usePlan } from '../stores';

function applyFix(finding: Finding, index: number) {
  const { plan } = planStore.getState();
  const fix = fixesFor(plan, finding)[index];
  if (fix) runCommand('apply-fix', { change: (p) => normalizePoolBoxes(fix.apply(p)) });
}

/**
 * Each offered fix is tried on a copy of the plan first (a fix that would add an error is not offered), so
 * fixes cost a check each. In a small plan the first findings get theirs at once; the rest, and every
 * finding of a large plan, when the browser is idle, so that an edit of a large plan (the drop of a drag
 * at 3,000 servers: 43 ms of fixes) is not held up by them.
 */
const FIXES_AT_ONCE = 30;
const FIXES_AT_ONCE_UP_TO = 500;

const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
};

/** `atOnce`: its fixes are tried as it renders, not when the browser is next idle. */
const FindingItem = memo(function FindingItem({ finding, atOnce }: { finding: Finding; atOnce: boolean }) {
  const readOnly = usePlan((s) => s.readOnly);
  const [fixesReadyFor, setFixesReadyFor] = useState<Finding | undefined>(undefined);
  const ready = atOnce || fixesReadyFor === finding;
  useEffect(() => (ready ? undefined : whenIdle(() => setFixesReadyFor(finding))), [ready, finding]);
  // Fix labels depend on the plan only through the finding, which is new whenever the plan's rules ran.
  const fixes = readOnly || !ready ? [] : fixesFor(planStore.getState().plan, finding);
  const rule = ruleById(finding.rule);
  const source = sourceOf(
    rule,
    usePlan((s) => s.plan.ocsVersion),
  );
  const targets = finding.nodes.length > 0 ? finding.nodes : finding.pool ? [finding.pool] : [];
  return (
    <li
      data-testid="finding"
      data-rule={finding.rule}
      data-severity={finding.severity}
      className="rounded-md border border-slate-200 bg-white p-2 text-xs dark:border-slate-700 dark:bg-slate-800"
    >
      <button
        type="button"
        className="w-full text-left"
        onClick={() => targets.length > 0 && selectAndFrame(targets)}
        title={targets.length > 0 ? 'Select and show the servers involved' : undefined}
      >
        <span className="flex items-center gap-1.5">
          <span className={`rounded px-1.5 py-px text-[10px] font-semibold uppercase ${SEVERITY_BADGE[finding.severity]}`}>
            {finding.severity}
          </span>
          <span className="font-mono text-[10px] text-slate-500 dark:text-slate-400">{finding.rule}</span>
        </span>
        <span data-testid="finding-message" className="mt-1 block text-slate-800 dark:text-slate-100">
          {finding.message}
        </span>
      </button>
      <span className="mt-1 flex flex-wrap items-center gap-2">
        {source && (
          <a
            href={source.url}
            target="_blank"
            rel="noreferrer noopener"
            className="text-blue-600 underline-offset-2 hover:underline dark:text-blue-400"
          >
            {source.label}
          </a>
        )}
        {fixes.map((fix, i) => (
          <button
            key={fix.id}
            type="button"
            data-testid="finding-fix"
            className="rounded border border-blue-600 px-2 py-0.5 text-left font-medium text-blue-700 hover:bg-blue-600 hover:text-white dark:border-blue-400 dark:text-blue-300"
            onClick={() => applyFix(finding, i)}
          >
            {fix.label}
          </button>
        ))}
      </span>
    </li>
  );
});

export function FindingsPanel() {
  // Deferred: after an edit (the drop of a drag) the canvas is drawn first, the list in a task of its own.
  const findings = useDeferredValue(useFindings((s) => s.findings));
  const small = usePlan((s) => s.plan.nodes.length <= FIXES_AT_ONCE_UP_TO);
  return (
    <section aria-label="Findings" data-testid="findings" className="flex min-h-0 flex-1 flex-col">
      <h2 className="px-3 pt-3 pb-2 text-sm font-semibold text-slate-800 dark:text-slate-100">
        Findings <span className="font-normal text-slate-500">({findings.length})</span>
      </h2>
      {findings.length === 0 ? (
        <p className="px-3 text-xs text-slate-500 dark:text-slate-400">No findings: the plan follows every rule checked.</p>
      ) : (
        <ul className="min-h-0 flex-1 space-y-2 overflow-y-auto px-3 pb-3">
          {findings.map((f, i) => (
            <FindingItem key={`${f.rule}-${f.pool ?? ''}-${f.nodes.join(',')}-${i}`} finding={f} atOnce={small && i < FIXES_AT_ONCE} />
          ))}
        </ul>
      )}
    </section>
  );
}
