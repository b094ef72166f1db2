/**
 * The servers of a plan as a CSV inventory (RFC 4180: comma-separated, CRLF line ends, fields
 * quoted where needed): one row per server with its id, name, kind, pool, zone, site, the ids of
 * every server it is linked to (`links`), and the same with each link once (`edges`: the ids its
 * links lead to, for a link written from this server). The shape draw.io's CSV import and Visio's
 * Data Visualizer take: an identity column, and a column of references to it that draws each
 * link once.
 *
 * A spreadsheet runs a cell that begins with = + - @ (or a tab or carriage return) as a formula;
 * such cells get a leading apostrophe, so a server named "=HYPERLINK(…)" stays text.
 */
import { kindLabel } from '../domain/kinds';
import { zoneOf } from '../domain/plan';
import type { Plan } from '../domain/plan';

export const CSV_COLUMNS = ['id', 'name', 'kind', 'kindLabel', 'pool', 'zone', 'site', 'links', 'edges'] as const;

/** One cell: formula prefixes disarmed, then quoted when it holds a comma, quote, line break or edge spaces. */
export function csvCell(value: string): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function exportCsv(plan: Plan): string {
  const poolNames = new Map(plan.pools.map((p) => [p.id, p.name]));
  const linked = new Map<string, string[]>();
  const outgoing = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, a: string, b: string) => {
    const list = map.get(a);
    if (list) list.push(b);
    else map.set(a, [b]);
  };
  for (const l of plan.links) {
    add(linked, l.from, l.to);
    add(linked, l.to, l.from);
    add(outgoing, l.from, l.to);
  }
  const rows = [CSV_COLUMNS.join(',')];
  for (const node of plan.nodes) {
    const cells = [
      node.id,
      node.name,
      node.kind,
      kindLabel(node.kind, plan.ocsVersion),
      node.pool === undefined ? '' : (poolNames.get(node.pool) ?? ''),
      zoneOf(node),
      node.site ?? '',
      (linked.get(node.id) ?? []).join(','),
      (outgoing.get(node.id) ?? []).join(','),
    ];
    rows.push(cells.map(csvCell).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}
