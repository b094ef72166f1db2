/** The toolbar: plans, history, view, finding counts, import, export and share. */
import { lazy, Suspense, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { tidyLayout } from '../actions';
import { commandById } from '../commands';
import { importFiles } from '../io/importFile';
import { PlansDialog } from '../plans/PlansDialog';
import { planStore, sessionStore, useDocuments, useFindings, usePlan } from '../stores';
import { SEVERITY_BADGE } from '../canvas/NodeFlag';

const ShareDialog = lazy(() => import('../share/ShareDialog'));

const exporting = () => import('../io/exporting');

function ToolButton({ onClick, children, testId, title, disabled }: { onClick(): void; children: ReactNode; testId?: string; title?: string; disabled?: boolean }) {
  return (
    <button
      type="button"
      data-testid={testId}
      title={title}
      aria-label={title}
      disabled={disabled}
      onClick={onClick}
      className="rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-200 disabled:opacity-40 disabled:hover:bg-transparent dark:text-slate-200 dark:hover:bg-slate-700"
    >
      {children}
    </button>
  );
}

function Separator() {
  return <span className="mx-1 h-5 w-px bg-slate-300 dark:bg-slate-600" aria-hidden="true" />;
}

function SaveStatus() {
  const dirty = useDocuments((s) => s.dirty);
  const problem = useDocuments((s) => s.saveProblem);
  const currentId = useDocuments((s) => s.currentId);
  if (currentId === null) return null;
  const text = problem ? 'Not saved' : dirty ? 'Saving…' : 'Saved';
  return (
    <span data-testid="save-status" data-state={problem ? 'failed' : dirty ? 'pending' : 'saved'} title={problem ?? 'Saved in this browser as you work'} className={`text-xs ${problem ? 'font-semibold text-red-600 dark:text-red-400' : 'text-slate-500 dark:text-slate-400'}`}>
      {text}
    </span>
  );
}

function Counts() {
  const counts = useFindings((s) => s.counts);
  return (
    <span className="flex items-center gap-1" aria-label="Findings">
      {(['error', 'warning', 'info'] as const).map((sev) => (
        <span key={sev} data-testid={`count-${sev}`} data-count={counts[sev]} title={`${counts[sev]} ${sev === 'info' ? 'info' : `${sev}s`}`} className={`rounded-full px-2 py-0.5 text-xs font-semibold ${counts[sev] > 0 ? SEVERITY_BADGE[sev] : 'bg-slate-200 text-slate-500 dark:bg-slate-700 dark:text-slate-400'}`}>
          {counts[sev]} {sev === 'error' ? (counts[sev] === 1 ? 'error' : 'errors') : sev === 'warning' ? (counts[sev] === 1 ? 'warning' : 'warnings') : 'info'}
        </span>
      ))}
    </span>
  );
}

async function runExport(kind: 'json' | 'svg' | 'png') {
  try {
    const m = await exporting();
    const plan = planStore.getState().plan;
    if (kind === 'json') m.downloadJson(plan);
    else if (kind === 'svg') m.downloadSvg(plan);
    else await m.downloadPng(plan);
  } catch (error) {
    sessionStore.getState().notify('error', `Export failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function Toolbar() {
  const name = usePlan((s) => s.plan.name);
  const canUndo = usePlan((s) => s.past.length > 0 && !s.readOnly);
  const canRedo = usePlan((s) => s.future.length > 0 && !s.readOnly);
  const readOnly = usePlan((s) => s.readOnly);
  const [dialog, setDialog] = useState<'plans' | 'share' | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <header className="flex h-11 shrink-0 items-center gap-1 border-b border-slate-200 bg-white px-2 dark:border-slate-700 dark:bg-slate-900">
      <span className="mr-1 flex items-center gap-2 text-sm font-semibold text-slate-900 dark:text-white">
        <svg viewBox="0 0 24 24" className="h-5 w-5 text-blue-600" fill="none" stroke="currentColor" strokeWidth={2} aria-hidden="true">
          <circle cx="6" cy="6" r="3" />
          <circle cx="18" cy="6" r="3" />
          <circle cx="12" cy="18" r="3" />
          <path d="M8.5 7.5l2 8M15.5 7.5l-2 8M9 6h6" />
        </svg>
        OCS Topology Designer
      </span>
      <Separator />
      <ToolButton testId="open-plans" title="Plans: new, open, rename, duplicate, delete" onClick={() => setDialog('plans')}>
        Plans
      </ToolButton>
      <span className="max-w-52 truncate text-sm text-slate-600 dark:text-slate-300" data-testid="plan-name" title={name}>
        {name}
      </span>
      <SaveStatus />
      <Separator />
      <ToolButton testId="undo" title="Undo (Ctrl+Z)" disabled={!canUndo} onClick={commandById('undo').run}>
        ↶ Undo
      </ToolButton>
      <ToolButton testId="redo" title="Redo (Ctrl+Shift+Z)" disabled={!canRedo} onClick={commandById('redo').run}>
        ↷ Redo
      </ToolButton>
      <ToolButton testId="zoom-fit" title="Zoom to fit (Shift+1)" onClick={commandById('zoom-fit').run}>
        Fit
      </ToolButton>
      <ToolButton testId="auto-layout" title="Tidy the layout: arrange servers by their links, pools kept together" disabled={readOnly} onClick={() => void tidyLayout()}>
        Tidy layout
      </ToolButton>
      <span className="flex-1" />
      <Counts />
      <Separator />
      <ToolButton testId="import" title="Import a plan file (JSON, or an exported SVG or PNG)" onClick={() => fileInput.current?.click()}>
        Import
      </ToolButton>
      <input
        ref={fileInput}
        type="file"
        accept=".json,.svg,.png,application/json,image/svg+xml,image/png"
        className="hidden"
        data-testid="import-input"
        onChange={(e) => {
          const files = e.currentTarget.files;
          if (files) void importFiles([...files]);
          e.currentTarget.value = '';
        }}
      />
      <ToolButton testId="export-json" title="Export the plan as JSON" onClick={() => void runExport('json')}>
        JSON
      </ToolButton>
      <ToolButton testId="export-svg" title="Export the diagram as SVG" onClick={() => void runExport('svg')}>
        SVG
      </ToolButton>
      <ToolButton testId="export-png" title="Export the diagram as PNG (twice the size, the plan inside)" onClick={() => void runExport('png')}>
        PNG
      </ToolButton>
      <ToolButton testId="export-drawio" title={commandById('export-drawio').label} onClick={commandById('export-drawio').run}>
        draw.io
      </ToolButton>
      <button type="button" data-testid="share-link" onClick={() => setDialog('share')} className="ml-1 rounded bg-blue-600 px-3 py-1 text-sm font-medium text-white hover:bg-blue-700">
        Share link
      </button>
      {dialog === 'plans' && <PlansDialog onClose={() => setDialog(null)} />}
      {dialog === 'share' && (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setDialog(null)} />
        </Suspense>
      )}
    </header>
  );
}
