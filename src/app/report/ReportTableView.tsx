/** One table of the deployment report: a row per record, its source links, an "unconfirmed" mark, a link to its servers. */
import { memo } from 'react';
import type { ReportRowBase, ReportSource } from '../../report/types';
import type { Column } from './reportColumns';

export function SourceLinks({ sources }: { sources: readonly ReportSource[] }) {
  return (
    <>
      {sources.map((s, i) => (
        <a
          key={`${s.id}-${i}`}
          href={s.url}
          target="_blank"
          rel="noreferrer noopener"
          title={s.label}
          data-testid="report-source"
          onClick={(e) => e.stopPropagation()}
          className="mr-1 inline-block text-blue-600 underline-offset-2 hover:underline dark:text-blue-400"
        >
          {s.id}
        </a>
      ))}
    </>
  );
}

export function Unconfirmed({ note }: { note?: string }) {
  return (
    <span
      data-testid="report-unconfirmed"
      title={note ?? 'A fact of this row is marked unconfirmed in Microsoft’s text'}
      className="ml-1 inline-block rounded bg-amber-100 px-1 text-[10px] font-semibold uppercase text-amber-800 dark:bg-amber-900/50 dark:text-amber-200"
    >
      unconfirmed
    </span>
  );
}

/** A name breaks after its dots (and a list after its commas), never inside a label, as names do on the canvas. */
function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=[.,])/);
  return (
    <>
      {parts.map((part, i) => (
        <span key={i}>
          {part}
          {i < parts.length - 1 && <wbr />}
        </span>
      ))}
    </>
  );
}

const Row = memo(function Row<R extends ReportRowBase>({
  row,
  columns,
  table,
  onShow,
}: {
  row: R;
  columns: readonly Column<R>[];
  table: string;
  onShow(ids: string[]): void;
}) {
  const linked = row.nodeIds.length > 0;
  const show = () => linked && onShow(row.nodeIds);
  return (
    <tr
      data-testid="report-row"
      data-table={table}
      data-node-ids={row.nodeIds.join(' ')}
      tabIndex={linked ? 0 : undefined}
      title={linked ? 'Select and show the servers involved' : undefined}
      onClick={show}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          show();
        }
      }}
      className={`border-t border-slate-200 align-top dark:border-slate-700 ${linked ? 'cursor-pointer hover:bg-blue-50 focus:bg-blue-50 focus:outline-none dark:hover:bg-slate-800 dark:focus:bg-slate-800' : ''}`}
    >
      {columns.map((c) => (
        <td key={c.header} className={`px-2 py-1 ${c.mono ? 'font-mono text-[11px]' : ''}`}>
          {c.mono ? <Breakable text={c.cell(row)} /> : c.cell(row)}
        </td>
      ))}
      <td className="px-2 py-1 whitespace-nowrap">
        <SourceLinks sources={row.sources} />
        {row.unconfirmed && <Unconfirmed note={row.note} />}
      </td>
    </tr>
  );
}) as <R extends ReportRowBase>(props: { row: R; columns: readonly Column<R>[]; table: string; onShow(ids: string[]): void }) => React.ReactElement;

export function ReportTableView<R extends ReportRowBase>({
  rows,
  columns,
  table,
  empty,
  onShow,
}: {
  rows: readonly R[];
  columns: readonly Column<R>[];
  table: string;
  empty: string;
  onShow(ids: string[]): void;
}) {
  if (rows.length === 0) return <p className="text-xs text-slate-500 dark:text-slate-400">{empty}</p>;
  return (
    <table className="w-full border-collapse text-left text-xs text-slate-800 dark:text-slate-100">
      <thead className="bg-slate-100 text-[11px] text-slate-600 dark:bg-slate-800 dark:text-slate-300">
        <tr>
          {columns.map((c) => (
            <th key={c.header} scope="col" className="px-2 py-1 font-medium">
              {c.header}
            </th>
          ))}
          <th scope="col" className="px-2 py-1 font-medium">
            Source
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <Row key={i} row={row} columns={columns} table={table} onShow={onShow} />
        ))}
      </tbody>
    </table>
  );
}
