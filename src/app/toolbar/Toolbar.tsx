/**
 * The toolbar: plans, history, view, finding counts, import, export and share. Every button is a
 * command of the table: its label, tooltip (with the shortcut) and enabled state come from there.
 */
import { lazy, Suspense } from 'react';
import { runCommand } from '../commands';
import { BUTTON, CommandButton, NARROW_BUTTON } from '../CommandButton';
import { PlansDialog } from '../plans/PlansDialog';
import { useDocuments, useFindings, usePlan } from '../stores';
import { uiStore, useUi } from '../uiStore';
import { SEVERITY_BADGE } from '../canvas/NodeFlag';
import { ShortcutsDialog } from '../help/ShortcutsDialog';

const ShareDialog = lazy(() => import('../share/ShareDialog'));
// The planner (its engine and form) loads when its form is first opened.
const PlannerDialogFor = lazy(() => import('../planner/PlannerDialog').then((m) => ({ default: m.PlannerDialogFor })));

function Separator() {
  return <span className="mx-1 h-5 w-px shrink-0 bg-slate-300 dark:bg-slate-600" aria-hidden="true" />;
}

function SaveStatus() {
  const dirty = useDocuments((s) => s.dirty);
  const problem = useDocuments((s) => s.saveProblem);
  const currentId = useDocuments((s) => s.currentId);
  if (currentId === null) return null;
  const text = problem ? 'Not saved' : dirty ? 'Saving…' : 'Saved';
  return (
    <span
      data-testid="save-status"
      data-state={problem ? 'failed' : dirty ? 'pending' : 'saved'}
      title={problem ?? 'Saved in this browser as you work'}
      className={`shrink-0 whitespace-nowrap text-xs ${problem ? 'font-semibold text-red-600 dark:text-red-400' : 'text-slate-500 dark:text-slate-400'}`}
    >
      {text}
    </span>
  );
}

function Counts() {
  const counts = useFindings((s) => s.counts);
  return (
    <span className="flex shrink-0 items-center gap-1 whitespace-nowrap" aria-label="Findings">
      {(['error', 'warning', 'info'] as const).map((sev) => (
        <span
          key={sev}
          data-testid={`count-${sev}`}
          data-count={counts[sev]}
          title={`${counts[sev]} ${sev === 'info' ? 'info' : `${sev}s`}`}
          className={`whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ${counts[sev] > 0 ? SEVERITY_BADGE[sev] : 'bg-slate-200 text-slate-500 dark:bg-slate-700 dark:text-slate-400'}`}
        >
          {counts[sev]}{' '}
          {sev === 'error'
            ? counts[sev] === 1
              ? 'error'
              : 'errors'
            : sev === 'warning'
              ? counts[sev] === 1
                ? 'warning'
                : 'warnings'
              : 'info'}
        </span>
      ))}
    </span>
  );
}

/** A panel toggle: an icon of the window with the panel's side filled while it is shown. */
function PanelToggle({ panel }: { panel: 'palette' | 'details' }) {
  const collapsed = useUi((s) => s.collapsed[panel]);
  const side = panel === 'palette' ? 'M4 5h5v14H4z' : 'M15 5h5v14h-5z';
  return (
    <CommandButton command={`toggle-${panel}`} pressed={!collapsed} className={NARROW_BUTTON}>
      <svg viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={1.6} aria-hidden="true">
        <rect x="3" y="4" width="18" height="16" rx="2" />
        <path d={side} fill={collapsed ? 'none' : 'currentColor'} stroke="none" />
      </svg>
    </CommandButton>
  );
}

function ReportToggle() {
  const shown = useUi((s) => s.report !== 'closed');
  return <CommandButton command="toggle-report" testId="toggle-report" pressed={shown} />;
}

export function Toolbar() {
  const name = usePlan((s) => s.plan.name);
  const dialog = useUi((s) => s.dialog);
  const close = () => uiStore.getState().openDialog(null);
  return (
    <header
      data-testid="toolbar"
      className="flex h-11 shrink-0 items-center gap-1 overflow-hidden border-b border-slate-200 bg-white px-2 dark:border-slate-700 dark:bg-slate-900"
    >
      <PanelToggle panel="palette" />
      <span
        className="mr-1 flex shrink-0 items-center gap-2 whitespace-nowrap text-sm font-semibold text-slate-900 dark:text-white"
        title="OCS Topology Designer"
      >
        <svg viewBox="0 0 24 24" className="h-5 w-5 text-blue-600" fill="none" stroke="currentColor" strokeWidth={2} aria-hidden="true">
          <circle cx="6" cy="6" r="3" />
          <circle cx="18" cy="6" r="3" />
          <circle cx="12" cy="18" r="3" />
          <path d="M8.5 7.5l2 8M15.5 7.5l-2 8M9 6h6" />
        </svg>
        {/* Below 1536 px wide the name shortens to "OCS" (the full name stays in the tooltip), leaving room for the plan's name. */}
        <span>
          OCS<span className="hidden 2xl:inline"> Topology Designer</span>
        </span>
      </span>
      <Separator />
      <CommandButton command="open-plans" testId="open-plans" />
      <span
        className="min-w-0 max-w-52 shrink truncate whitespace-nowrap text-sm text-slate-600 dark:text-slate-300"
        data-testid="plan-name"
        title={name}
      >
        {name}
      </span>
      <SaveStatus />
      <Separator />
      {/* Below 1536 px wide the longer labels shorten, so nothing wraps at 1366 × 768. */}
      <CommandButton command="undo" testId="undo">
        ↶<span className="hidden 2xl:inline"> Undo</span>
      </CommandButton>
      <CommandButton command="redo" testId="redo">
        ↷<span className="hidden 2xl:inline"> Redo</span>
      </CommandButton>
      <CommandButton command="zoom-fit" testId="zoom-fit">
        Fit
      </CommandButton>
      <CommandButton command="tidy-layout" testId="auto-layout">
        Tidy<span className="hidden 2xl:inline"> layout</span>
      </CommandButton>
      <CommandButton command="find" testId="open-find" className={NARROW_BUTTON}>
        <svg viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth={2} aria-hidden="true">
          <circle cx="10.5" cy="10.5" r="6" />
          <path d="M15 15l5 5" />
        </svg>
      </CommandButton>
      <CommandButton command="help" testId="open-help" className={`${BUTTON} font-semibold`}>
        ?
      </CommandButton>
      <ReportToggle />
      <span className="min-w-0 flex-1" />
      <Counts />
      <Separator />
      <CommandButton command="import" testId="import" />
      <input
        type="file"
        accept=".json,.svg,.png,application/json,image/svg+xml,image/png"
        className="hidden"
        data-testid="import-input"
        onChange={(e) => {
          const files = e.currentTarget.files;
          if (files) runCommand('import-files', { files: [...files] });
          e.currentTarget.value = '';
        }}
      />
      <CommandButton command="export-json" testId="export-json" className={NARROW_BUTTON}>
        JSON
      </CommandButton>
      <CommandButton command="export-svg" testId="export-svg" className={NARROW_BUTTON}>
        SVG
      </CommandButton>
      <CommandButton command="export-png" testId="export-png" className={NARROW_BUTTON}>
        PNG
      </CommandButton>
      <CommandButton command="export-drawio" testId="export-drawio" className={NARROW_BUTTON}>
        draw.io
      </CommandButton>
      <CommandButton
        command="share"
        testId="share-link"
        className="ml-1 shrink-0 whitespace-nowrap rounded bg-blue-600 px-3 py-1 text-sm font-medium text-white hover:bg-blue-700"
      />
      <PanelToggle panel="details" />
      {dialog === 'plans' && <PlansDialog onClose={close} />}
      {dialog === 'share' && (
        <Suspense fallback={null}>
          <ShareDialog onClose={close} />
        </Suspense>
      )}
      {dialog === 'help' && <ShortcutsDialog onClose={close} />}
      {(dialog === 'planner' || dialog === 'planner-edit') && (
        <Suspense fallback={null}>
          <PlannerDialogFor edit={dialog === 'planner-edit'} onClose={close} />
        </Suspense>
      )}
    </header>
  );
}
