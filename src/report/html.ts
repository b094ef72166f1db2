/**
 * The report as one self-contained HTML document that prints cleanly (Ctrl+P): no scripts, no outside
 * resources, every text escaped, a table per section, sources as links.
 */
import { OCS_VERSION_LABELS } from '../domain/kinds';
import { reportTables } from './columns';
import type { DeploymentReport, Stoplight } from './types';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Only http(s) links are written as links. */
function safeUrl(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

const STYLE = `
:root { color-scheme: light; }
body { font: 10.5pt/1.4 system-ui, "Segoe UI", Arial, sans-serif; color: #111; margin: 2rem; }
h1 { font-size: 1.6em; margin: 0 0 .25em; }
h2 { font-size: 1.2em; margin: 1.6em 0 .4em; border-bottom: 1px solid #999; break-after: avoid; page-break-after: avoid; }
p.meta { margin: 0 0 1em; color: #333; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; }
th, td { border: 1px solid #bbb; padding: .25em .4em; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { background: #eee; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.sources a { white-space: nowrap; margin-right: .3em; }
.note { display: block; color: #444; font-size: .92em; }
.unconfirmed { color: #8a4b00; }
.status { font-weight: 600; padding: 0 .4em; border-radius: 3px; }
.status-green { background: #d9f2d9; color: #14521b; }
.status-amber { background: #fbe7bf; color: #6b4500; }
.status-red { background: #f8d0d0; color: #7a1212; }
.counts { margin: .2em 0 .6em; }
@media print {
  body { margin: 0; font-size: 9pt; }
  a { color: inherit; text-decoration: none; }
  .status { border: 1px solid currentColor; }
}
@page { size: A4 landscape; margin: 12mm; }
`;

/** A cell's text, escaped, with a break opportunity after each dot of a name (a long FQDN wraps at its labels, never inside one). */
function cellHtml(text: string): string {
  return escapeHtml(text).replace(/([a-z0-9-])\.(?=[a-z0-9-])/gi, '$1.<wbr>');
}

function statusCell(status: string): string {
  const s = status as Stoplight;
  return `<span class="status status-${escapeHtml(s)}">${escapeHtml(s)}</span>`;
}

export function renderReportHtml(report: DeploymentReport): string {
  const out: string[] = [];
  const title = `Deployment report: ${report.plan.name}`;
  out.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">');
  out.push(`<title>${escapeHtml(title)}</title>`);
  out.push(`<style>${STYLE}</style>`, '</head>', '<body>');
  out.push(`<h1>${escapeHtml(title)}</h1>`);
  const meta = [
    OCS_VERSION_LABELS[report.plan.ocsVersion],
    `SIP domains: ${report.plan.sipDomains.join(', ') || 'none'}`,
    ...(report.plan.autoSignInPool ? [`automatic sign-in pool: ${report.plan.autoSignInPool}`] : []),
  ];
  out.push(`<p class="meta">${escapeHtml(meta.join(' · '))}</p>`);
  for (const t of reportTables(report)) {
    out.push(`<section id="${t.table}">`, `<h2>${escapeHtml(t.title)}</h2>`);
    if (t.table === 'servers' && report.roleCounts.length > 0)
      out.push(`<p class="counts">${escapeHtml(report.roleCounts.map((c) => `${c.label}: ${c.count}`).join(' · '))}</p>`);
    if (t.rows.length === 0) {
      out.push('<p>None in this plan.</p>', '</section>');
      continue;
    }
    const withSources = t.table !== 'summary';
    const statusColumn = t.table === 'summary' ? t.headings.indexOf('Status') : -1;
    out.push('<table>', '<thead><tr>');
    for (const h of withSources ? [...t.headings, 'Sources'] : t.headings) out.push(`<th scope="col">${escapeHtml(h)}</th>`);
    out.push('</tr></thead>', '<tbody>');
    t.rows.forEach((r, i) => {
      const cells = r.map((c, j) => `<td>${j === statusColumn ? statusCell(c) : cellHtml(c)}</td>`);
      if (withSources) {
        const links = t.sources[i].map((s) => {
          const url = safeUrl(s.url);
          return url
            ? `<a href="${escapeHtml(url)}" title="${escapeHtml(s.label)}">${escapeHtml(s.id)}</a>`
            : `<span title="${escapeHtml(s.label)}">${escapeHtml(s.id)}</span>`;
        });
        const note = t.notes[i]
          ? `<span class="note${t.unconfirmed[i] ? ' unconfirmed' : ''}">${t.unconfirmed[i] ? 'Unconfirmed: ' : ''}${escapeHtml(t.notes[i] ?? '')}</span>`
          : '';
        cells.push(`<td class="sources">${links.join(' ')}${note}</td>`);
      }
      out.push(`<tr${t.unconfirmed[i] ? ' class="unconfirmed-row"' : ''}>${cells.join('')}</tr>`);
    });
    out.push('</tbody>', '</table>', '</section>');
  }
  out.push('</body>', '</html>', '');
  return out.join('\n');
}
