/** Local plans: start a new one (empty or from a template), open, rename, duplicate, delete. */
import { useState } from 'react';
import { OCS_VERSION_LABELS } from '../../domain/kinds';
import type { OcsVersion } from '../../domain/plan';
import { OCS_VERSIONS } from '../../domain/plan';
import { EDGE_TEMPLATES } from '../../domain/edgeTemplates';
import { TEMPLATE_LABELS, templatePlan } from '../../domain/templates';
import type { TemplateName } from '../../domain/templates';
import { safeFileName } from '../../io/fileName';
import type { PlanEntry } from '../../store/localPlans';
import { buttonClass, dangerButtonClass, Dialog, primaryButtonClass } from '../dialogs/Dialog';
import { documents, sessionStore, useDocuments } from '../stores';
import { uiStore } from '../uiStore';

const TEMPLATES: TemplateName[] = [
  'empty',
  'standard',
  'consolidated',
  'expanded',
  ...EDGE_TEMPLATES,
  'enterprise-voice',
  'r2-data-centre',
];

const plural = (n: number, one: string) => `${n.toLocaleString()} ${one}${n === 1 ? '' : 's'}`;

/** The full date and time of a save, in the user's language; "date unknown" for lists rebuilt from old records. */
function savedDate(time: number): string {
  return time > 0 ? new Date(time).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' }) : 'date unknown';
}

/** Download a stored record as it is (a plan that cannot be read), so that nothing of it is lost. */
async function downloadStoredText(entry: PlanEntry) {
  const text = documents.rawRecord(entry.id);
  if (text === undefined) {
    sessionStore.getState().notify('error', `“${entry.name}” is no longer stored in this browser.`);
    return;
  }
  const { download } = await import('../io/exporting');
  download(new Blob([text], { type: 'text/plain' }), safeFileName(`${entry.name} stored`, 'txt'));
}

/** A row's text: name, OCS version, size and full date; why it cannot be read, when it cannot. */
function PlanSummary({ entry, open }: { entry: PlanEntry; open: boolean }) {
  const facts = [
    entry.ocsVersion && OCS_VERSION_LABELS[entry.ocsVersion],
    entry.servers !== undefined && plural(entry.servers, 'server'),
    entry.pools !== undefined && plural(entry.pools, 'pool'),
    savedDate(entry.updatedAt),
  ].filter(Boolean);
  return (
    <span className="min-w-0 flex-1" title={entry.name}>
      <span className="block truncate">
        <span data-testid="plan-row-name">{entry.name}</span>
        {open && <span className="ml-2 text-xs text-blue-600 dark:text-blue-400">(open)</span>}
      </span>
      <span data-testid="plan-row-facts" className="block text-xs text-slate-500 dark:text-slate-400">
        {facts.join(' · ')}
      </span>
      {entry.unreadable && (
        <span data-testid="plan-row-problem" className="block text-xs text-red-700 dark:text-red-300">
          Cannot be read: {entry.unreadable}. Kept as it is.
        </span>
      )}
    </span>
  );
}

export function startNewPlan(template: TemplateName, version: OcsVersion) {
  documents.createPlan(templatePlan(template, version), 'unique');
  sessionStore.getState().requestFit();
}

export function PlansDialog({ onClose }: { onClose(): void }) {
  const entries = useDocuments((s) => s.entries);
  const currentId = useDocuments((s) => s.currentId);
  const [version, setVersion] = useState<OcsVersion>('2007');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  return (
    <Dialog title="Plans" onClose={onClose} testId="plans-dialog" wide>
      <section className="mb-4">
        <h3 className="mb-2 text-xs font-semibold tracking-wider text-slate-500 uppercase">New plan</h3>
        <div className="mb-2 flex items-center gap-2 text-sm">
          <label htmlFor="new-plan-version">Version</label>
          <select
            id="new-plan-version"
            value={version}
            onChange={(e) => setVersion(e.target.value as OcsVersion)}
            className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-800"
          >
            {OCS_VERSIONS.map((v) => (
              <option key={v} value={v}>
                {OCS_VERSION_LABELS[v]}
              </option>
            ))}
          </select>
        </div>
        <div className="grid grid-cols-2 gap-2">
          {TEMPLATES.map((t) => (
            <button
              key={t}
              type="button"
              data-testid={`new-plan-${t}`}
              className={`${buttonClass} text-left`}
              onClick={() => {
                startNewPlan(t, version);
                onClose();
              }}
            >
              {TEMPLATE_LABELS[t]}
            </button>
          ))}
          <button
            type="button"
            data-testid="new-plan-requirements"
            className={`${buttonClass} text-left font-medium`}
            onClick={() => uiStore.getState().openDialog('planner')}
          >
            From requirements…
          </button>
        </div>
      </section>
      <section>
        <h3 className="mb-2 text-xs font-semibold tracking-wider text-slate-500 uppercase">Plans in this browser</h3>
        {entries.length === 0 && <p className="text-sm text-slate-500">None yet.</p>}
        <ul className="max-h-72 space-y-1 overflow-y-auto" data-testid="plans-list">
          {entries.map((e) => (
            <li key={e.id} data-testid="plan-row" data-plan-id={e.id} data-unreadable={e.unreadable ? 'true' : undefined}>
              <div
                data-testid="plans-entry"
                className={`flex items-center gap-2 rounded px-2 py-1 text-sm ${e.id === currentId ? 'bg-blue-50 dark:bg-blue-950' : ''}`}
              >
                {renaming?.id === e.id ? (
                  <form
                    className="flex flex-1 gap-2"
                    onSubmit={(ev) => {
                      ev.preventDefault();
                      if (renaming.name.trim()) documents.renamePlan(e.id, renaming.name.trim());
                      setRenaming(null);
                    }}
                  >
                    <input
                      autoFocus
                      aria-label="New name"
                      value={renaming.name}
                      onChange={(ev) => setRenaming({ id: e.id, name: ev.target.value })}
                      className="flex-1 rounded border border-slate-300 px-2 py-0.5 dark:border-slate-600 dark:bg-slate-800"
                    />
                    <button type="button" className={buttonClass} onClick={() => setRenaming(null)}>
                      Cancel
                    </button>
                    <button type="submit" className={primaryButtonClass}>
                      Save
                    </button>
                  </form>
                ) : (
                  <>
                    <PlanSummary entry={e} open={e.id === currentId} />
                    {e.id !== currentId && (
                      <button type="button" className={buttonClass} onClick={() => documents.openPlan(e.id) && onClose()}>
                        Open
                      </button>
                    )}
                    {e.unreadable ? (
                      <button
                        type="button"
                        data-testid="download-stored-text"
                        className={buttonClass}
                        onClick={() => void downloadStoredText(e)}
                      >
                        Download text
                      </button>
                    ) : (
                      <>
                        <button type="button" className={buttonClass} onClick={() => setRenaming({ id: e.id, name: e.name })}>
                          Rename
                        </button>
                        <button type="button" className={buttonClass} onClick={() => documents.duplicatePlan(e.id)}>
                          Duplicate
                        </button>
                      </>
                    )}
                    {confirmDelete === e.id ? (
                      <button
                        type="button"
                        className={dangerButtonClass}
                        onClick={() => {
                          documents.deletePlan(e.id, () => templatePlan('empty'));
                          setConfirmDelete(null);
                        }}
                      >
                        Really delete
                      </button>
                    ) : (
                      <button type="button" className={buttonClass} onClick={() => setConfirmDelete(e.id)}>
                        Delete
                      </button>
                    )}
                  </>
                )}
              </div>
            </li>
          ))}
        </ul>
      </section>
    </Dialog>
  );
}
