/**
 * The Report view: the deployment report of the open plan below the diagram (or expanded over it), kept
 * current by the report store while it is shown. Each row links to the servers it concerns: a click selects
 * them and brings them into view, as a finding does. Loaded on first use.
 */
import { useEffect, useMemo, useRef } from 'react';
import { ruleById, sourceOf } from '../../rules';
import { REPORT_TABLE_LABELS } from '../../report/types';
import type { ReportTable, Stoplight, SummaryRow } from '../../report/types';
import { selectAndFrame } from '../actions';
import { CommandButton, NARROW_BUTTON } from '../CommandButton';
import { usePlan } from '../stores';
import { uiStore, useUi } from '../uiStore';
import { flow } from '../viewport';
import { useStore } from 'zustand';
import { reportTables } from '../../report/columns';
import type { DeploymentReport } from '../../report/types';
import { reports } from './reports';
import { ReportTableView } from './ReportTableView';

/** The tables with rows of their own (the summary has its own layout), in report order. */
const ROW_TABLES = ['servers', 'dns', 'certificates', 'firewall', 'loadBalancers', 'capacity'] as const;
type RowTable = (typeof ROW_TABLES)[number];

const EMPTY: Record<RowTable, string> = {
  servers: 'No servers yet: place some from the palette.',
  dns: 'No DNS records: the plan has no pool or Edge Server yet.',
  certificates: 'No certificates: the plan has no server that needs one.',
  firewall: 'No firewall rules: no link of the plan crosses a zone or needs a port.',
  loadBalancers: 'No load balancers in the plan.',
  capacity: 'No pool or role with a documented capacity.',
};

const LIGHT: Record<Stoplight, string> = {
  green: 'bg-emerald-500',
  amber: 'bg-amber-500',
  red: 'bg-red-600',
};

const LIGHT_WORD: Record<Stoplight, string> = { green: 'Good', amber: 'Warnings', red: 'Errors' };

/** After the canvas has taken its new size (React Flow measures it in a resize observer, before the next frame). */
const afterResize = (run: () => void) => requestAnimationFrame(() => requestAnimationFrame(run));

/** Select the row's servers and bring them into view; an expanded report steps aside so they can be seen. */
function show(ids: string[]) {
  if (uiStore.getState().report !== 'expanded') return selectAndFrame(ids);
  uiStore.getState().setReport('open');
  afterResize(() => selectAndFrame(ids));
}

function SummaryCard({ row }: { row: SummaryRow }) {
  const version = usePlan((s) => s.plan.ocsVersion);
  const linked = row.nodeIds.length > 0;
  return (
    <li
      data-testid="report-row"
      data-table="summary"
      data-area={row.area}
      data-status={row.status}
      tabIndex={linked ? 0 : undefined}
      onClick={() => linked && show(row.nodeIds)}
      onKeyDown={(e) => linked && (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), show(row.nodeIds))}
      title={linked ? 'Select and show the servers of these findings' : undefined}
      className={`rounded-md border border-slate-200 bg-white px-2 py-1 text-xs dark:border-slate-700 dark:bg-slate-800 ${linked ? 'cursor-pointer hover:border-blue-400' : ''}`}
    >
      <span className="flex items-center gap-1.5 font-medium text-slate-800 dark:text-slate-100">
        <span className={`h-3 w-3 shrink-0 rounded-full ${LIGHT[row.status]}`} aria-hidden="true" />
        <span className="truncate" title={row.label}>
          {row.label}
        </span>
        <span className="sr-only">: {LIGHT_WORD[row.status]}</span>
      </span>
      <span className="block text-slate-600 dark:text-slate-300" data-testid="report-summary-counts">
        {row.errors} error{row.errors === 1 ? '' : 's'} · {row.warnings} warning{row.warnings === 1 ? '' : 's'} · {row.infos} info
      </span>
      {row.rules.length > 0 && (
        <span className="mt-1 flex flex-wrap gap-x-1.5 font-mono text-[10px]">
          {row.rules.map((id) => {
            const source = sourceOf(ruleById(id), version);
            return source ? (
              <a
                key={id}
                href={source.url}
                title={source.label}
                target="_blank"
                rel="noreferrer noopener"
                data-testid="report-source"
                onClick={(e) => e.stopPropagation()}
                className="text-blue-600 hover:underline dark:text-blue-400"
              >
                {id}
              </a>
            ) : (
              <span key={id}>{id}</span>
            );
          })}
        </span>
      )}
    </li>
  );
}

function Section({ table, children, count }: { table: ReportTable; children: React.ReactNode; count?: number }) {
  return (
    <section data-testid={`report-section-${table}`} id={`report-${table}`} aria-labelledby={`report-${table}-title`} className="space-y-2">
      <h3 id={`report-${table}-title`} className="text-sm font-semibold text-slate-800 dark:text-slate-100">
        {REPORT_TABLE_LABELS[table]}
        {count !== undefined && <span className="ml-1 font-normal text-slate-500">({count})</span>}
      </h3>
      {children}
    </section>
  );
}

function RoleCounts({ report }: { report: DeploymentReport }) {
  if (report.roleCounts.length === 0) return null;
  return (
    <ul data-testid="report-role-counts" className="flex flex-wrap gap-1 text-[11px]">
      {report.roleCounts.map((c) => (
        <li key={c.kind} className="rounded bg-slate-200 px-1.5 py-0.5 text-slate-700 dark:bg-slate-700 dark:text-slate-200">
          {c.label}: <span className="font-semibold">{c.count}</span>
        </li>
      ))}
    </ul>
  );
}

const EXPORTS = [
  ['export-report-md', 'Markdown'],
  ['export-report-html', 'HTML'],
  ['export-report-xlsx', 'Excel'],
  ['export-report-json', 'JSON'],
] as const;

export default function ReportPanel() {
  const mode = useUi((s) => s.report);
  const report = useStore(reports.store, (s) => s.report);
  const body = useRef<HTMLDivElement>(null);
  const views = useMemo(() => new Map((report ? reportTables(report) : []).map((v) => [v.table, v])), [report]);
  useEffect(() => {
    reports.watch(true);
    // The diagram has less room now: frame it again in what is left.
    const frame = afterResize(() => void flow()?.fitView({ padding: 0.15, maxZoom: 1, duration: 150 }));
    return () => {
      cancelAnimationFrame(frame);
      reports.watch(false);
    };
  }, []);
  const jump = (table: ReportTable) =>
    body.current?.querySelector(`#report-${table}`)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  return (
    <section
      aria-label="Deployment report"
      data-testid="report-view"
      data-mode={mode}
      className={`flex min-h-0 flex-col border-t border-slate-300 bg-slate-50 dark:border-slate-600 dark:bg-slate-900 ${
        mode === 'expanded' ? 'absolute inset-0 z-30 border-t-0' : 'h-[46%] shrink-0'
      }`}
    >
      <header className="shrink-0 border-b border-slate-200 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900">
        <div className="flex items-center gap-1">
          <h2 className="mr-2 shrink-0 text-sm font-semibold text-slate-800 dark:text-slate-100">Deployment report</h2>
          {report && report.plan.sipDomains.length > 0 && (
            <span className="min-w-0 truncate text-xs text-slate-500 dark:text-slate-400" data-testid="report-sip-domains">
              SIP domain{report.plan.sipDomains.length === 1 ? '' : 's'}:{' '}
              <span className="font-mono">{report.plan.sipDomains.join(', ')}</span>
            </span>
          )}
          <span className="min-w-0 flex-1" />
          <span className="shrink-0 text-xs text-slate-500 dark:text-slate-400">Export:</span>
          {EXPORTS.map(([command, text]) => (
            <CommandButton key={command} command={command} testId={command} className={`${NARROW_BUTTON} text-xs`}>
              {text}
            </CommandButton>
          ))}
          <span className="mx-1 h-4 w-px shrink-0 bg-slate-300 dark:bg-slate-600" aria-hidden="true" />
          <button
            type="button"
            data-testid="report-expand"
            className={`${NARROW_BUTTON} text-xs`}
            aria-pressed={mode === 'expanded'}
            title={mode === 'expanded' ? 'Show the diagram above the report' : 'Show the report over the whole diagram area'}
            onClick={() => uiStore.getState().setReport(mode === 'expanded' ? 'open' : 'expanded')}
          >
            {mode === 'expanded' ? 'Split' : 'Expand'}
          </button>
          <CommandButton command="toggle-report" testId="report-close" className={`${NARROW_BUTTON} text-xs`}>
            Close
          </CommandButton>
        </div>
        <nav aria-label="Report sections" className="flex flex-wrap gap-0.5">
          {(['summary', ...ROW_TABLES] as const).map((t) => (
            <button
              key={t}
              type="button"
              onClick={() => jump(t)}
              className="rounded px-1.5 py-0.5 text-xs text-slate-600 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-700"
            >
              {REPORT_TABLE_LABELS[t]}
            </button>
          ))}
        </nav>
      </header>
      <div ref={body} className="min-h-0 flex-1 space-y-5 overflow-y-auto p-3">
        {report && (
          <>
            <Section table="summary">
              <ul className="grid grid-cols-[repeat(auto-fill,minmax(9rem,1fr))] gap-2">
                {report.summary.map((row) => (
                  <SummaryCard key={row.area} row={row} />
                ))}
              </ul>
            </Section>
            {ROW_TABLES.map((t) => (
              <Section key={t} table={t} count={report[t].length}>
                {t === 'servers' && <RoleCounts report={report} />}
                <ReportTableView view={views.get(t)!} rows={report[t]} empty={EMPTY[t]} onShow={show} />
              </Section>
            ))}
          </>
        )}
      </div>
    </section>
  );
}
