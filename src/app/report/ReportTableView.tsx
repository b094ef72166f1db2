/** One table of the deployment report: a row per record, its source links, an "unconfirmed" mark, a link to its servers. */
import { memo } from 'react';
import type { TableView } from '../../report/columns';
import type { ReportRowBase, ReportSource } from '../../report/types';

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

/** Headings whose cells hold names or addresses: set in a monospace face, broken only after dots. */
const MONO = new Set([
  'FQDN',
  'Pool',
  'IP address',
  'Name',
  'Target',
  'Address',
  'Server',
  'Subject',
  'Subject alternative names',
  'From',
  'To',
  'Ports',
  'VIP',
  'FQDNs',
  'Servers',
  'Pool or server',
]);

const Row = memo(function Row({
  cells,
  mono,
  sources,
  unconfirmed,
  note,
  nodeIds,
  table,
  onShow,
}: {
  cells: readonly string[];
  mono: readonly boolean[];
  sources: readonly ReportSource[];
  unconfirmed: boolean;
  note: string | undefined;
  nodeIds: readonly string[];
  table: string;
  onShow(ids: string[]): void;
}) {
  const linked = nodeIds.length > 0;
  const show = () => linked && onShow([...nodeIds]);
  return (
    <tr
      data-testid="report-row"
      data-table={table}
      data-node-ids={nodeIds.join(' ')}
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
      {cells.map((text, i) => (
        <td key={i} className={`px-2 py-1 ${mono[i] ? 'font-mono text-[11px]' : ''}`}>
          {text === '' ? '—' : mono[i] ? <Breakable text={text} /> : text}
        </td>
      ))}
      <td className="px-2 py-1 whitespace-nowrap">
        <SourceLinks sources={sources} />
        {unconfirmed && <Unconfirmed note={note} />}
      </td>
    </tr>
  );
});

/** A table of the engine's text view of the report; `rows` are the report's own records, for their servers. */
export function ReportTableView({
  view,
  rows,
  empty,
  onShow,
}: {
  view: TableView;
  rows: readonly ReportRowBase[];
  empty: string;
  onShow(ids: string[]): void;
}) {
  if (view.rows.length === 0) return <p className="text-xs text-slate-500 dark:text-slate-400">{empty}</p>;
  const mono = view.headings.map((h) => MONO.has(h));
  return (
    <table className="w-full border-collapse text-left text-xs text-slate-800 dark:text-slate-100">
      <thead className="bg-slate-100 text-[11px] text-slate-600 dark:bg-slate-800 dark:text-slate-300">
        <tr>
          {view.headings.map((h) => (
            <th key={h} scope="col" className="px-2 py-1 font-medium">
              {h}
            </th>
          ))}
          <th scope="col" className="px-2 py-1 font-medium">
            Source
          </th>
        </tr>
      </thead>
      <tbody>
        {view.rows.map((cells, i) => (
          <Row
            key={i}
            cells={cells}
            mono={mono}
            sources={view.sources[i]}
            unconfirmed={view.unconfirmed[i]}
            note={view.notes[i]}
            nodeIds={rows[i]?.nodeIds ?? []}
            table={view.table}
            onShow={onShow}
          />
        ))}
      </tbody>
    </table>
  );
}
