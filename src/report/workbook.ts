/**
 * The report as a spreadsheet: an XLSX workbook with one sheet per table (write-excel-file, loaded on first
 * use so the app's first load does not carry it). Runs in Node (the CLI) and in the browser alike.
 */
import { reportTables } from './columns';
import type { DeploymentReport } from './types';

/** Excel's limit on a sheet name's length. */
const SHEET_NAME_MAX = 31;

/** A cell's text: Excel keeps at most 32,767 characters in a cell. */
function cellText(s: string): string {
  return s.length > 32_767 ? s.slice(0, 32_766) + '…' : s;
}

export async function reportWorkbook(report: DeploymentReport): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const tables = reportTables(report);
  const sheets = tables.map((t) => {
    const withSources = t.table !== 'summary';
    const headings = withSources ? [...t.headings, 'Sources', 'Note'] : t.headings;
    const header = headings.map((h) => ({ value: h, fontWeight: 'bold' as const }));
    const rows = t.rows.map((r, i) => {
      const cells = r.map((c) => cellText(c));
      if (withSources) {
        cells.push(cellText(t.sources[i].map((s) => `${s.id} ${s.url}`).join('\n')));
        cells.push(cellText(t.notes[i] ? `${t.unconfirmed[i] ? 'Unconfirmed: ' : ''}${t.notes[i]}` : ''));
      }
      return cells;
    });
    return {
      sheet: t.title.slice(0, SHEET_NAME_MAX),
      data: [header, ...rows],
      stickyRowsCount: 1,
      columns: headings.map((h) => ({
        width: Math.min(60, Math.max(10, h.length + 2, ...t.rows.map((r) => (r[headings.indexOf(h)] ?? '').length / 2))),
      })),
    };
  });
  const blob = await writeXlsxFile(sheets).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
