import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { templatePlan } from '../domain/templates';
import { buildReport } from './buildReport';
import { renderReportHtml } from './html';
import { reportJson } from './json';
import { renderReportMarkdown } from './markdown';
import { REPORT_TABLE_LABELS, REPORT_TABLES } from './types';
import { reportWorkbook } from './workbook';

const scaled = buildReport(templatePlan('r2-scaled-edge'));

/** A plan whose names carry markup and table syntax. */
function hostile() {
  const p = templatePlan('r2-remote-access');
  p.name = 'A <script>alert(1)</script> | "plan" & co';
  p.nodes = p.nodes.map((n) => (n.id === 'edge1' ? { ...n, name: 'edge<b>|01.contoso.com', why: 'because | <i>' } : n));
  return buildReport(p);
}

describe('Markdown', () => {
  it('a heading and a table per section, sources as links, unconfirmed facts marked', () => {
    const md = renderReportMarkdown(scaled);
    for (const t of REPORT_TABLES) expect(md).toContain(`\n## ${REPORT_TABLE_LABELS[t]}\n`);
    expect(md).toContain('| Zone | Type | Name | Target | Address | Port | Purpose | Sources |');
    expect(md).toMatch(
      /\| internal \| SRV \| _sipinternaltls\._tcp\.contoso\.com \| pool01\.contoso\.com \| {2}\| 5061 \| [^|]+\| \[R63\]\(https:\/\/technet\.microsoft\.com\/en-us\/library\/bb870331\.aspx "[^"]*"\)/,
    );
    expect(md).toContain('**Unconfirmed:** Port 443 is the Access Edge remote-user port');
    expect(md).toContain('Front End Server: 4 · Back-End SQL Server: 2 · Hardware Load Balancer: 4 · Edge Server: 2 · Reverse Proxy: 1');
    // Parentheses in a URL would end the link early: they are escaped.
    expect(md).not.toMatch(/\]\([^ )]*\([^)]*\) "/);
  });

  it('escapes the pipes of a name inside a table and the markup of the title', () => {
    const md = renderReportMarkdown(hostile());
    expect(md.split('\n')[0]).toBe('# Deployment report: A \\<script\\>alert(1)\\</script\\> \\| "plan" & co');
    expect(md).toContain('| edge<b>\\|01.contoso.com | Edge Server |');
    // Every table row has as many cells as its heading.
    for (const block of md.split('\n\n').filter((b) => b.startsWith('|'))) {
      const rows = block.split('\n').filter((r) => r.length > 0);
      const cells = (r: string) => r.replace(/\\\|/g, '').split('|').length;
      for (const r of rows) expect(cells(r)).toBe(cells(rows[0]));
    }
  });
});

describe('HTML', () => {
  it('one self-contained document that prints: no script, no outside resource, print CSS, a table per section', () => {
    const html = renderReportHtml(scaled);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('@media print');
    expect(html).toContain('@page');
    expect(html).not.toMatch(/<script|<link|<img|src=|@import/i);
    expect(html.match(/<table>/g)).toHaveLength(REPORT_TABLES.length);
    expect(html).toContain(
      '<a href="https://technet.microsoft.com/en-us/library/bb870331.aspx" title="OCS 2007 DNS (Domain Name Service) Table 24">R63</a>',
    );
    expect(html).toContain('<span class="status status-green">green</span>');
    expect(html).toContain('<span class="note unconfirmed">Unconfirmed: ');
  });

  it('escapes every text', () => {
    const html = renderReportHtml(hostile());
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<title>Deployment report: A &lt;script&gt;alert(1)&lt;/script&gt; | &quot;plan&quot; &amp; co</title>');
    expect(html).toContain('<td>edge&lt;b&gt;|01.<wbr>contoso.<wbr>com</td>');
    expect(html).toContain('<td>because | &lt;i&gt;</td>');
  });
});

describe('JSON', () => {
  it('is the report itself, stable: the same plan gives the same text', () => {
    const text = reportJson(scaled);
    expect(JSON.parse(text)).toEqual(scaled);
    expect(reportJson(buildReport(templatePlan('r2-scaled-edge')))).toBe(text);
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'version',
      'plan',
      'summary',
      'servers',
      'roleCounts',
      'dns',
      'certificates',
      'firewall',
      'loadBalancers',
      'capacity',
    ]);
  });
});

describe('the spreadsheet', () => {
  it('opens as an XLSX workbook with one sheet per table, holding the rows', async () => {
    const bytes = await reportWorkbook(scaled);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/sharedStrings.xml']));
    const workbook = strFromU8(files['xl/workbook.xml']);
    const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(REPORT_TABLES.map((t) => REPORT_TABLE_LABELS[t]));
    const strings = strFromU8(files['xl/sharedStrings.xml']);
    for (const text of ['_sipinternaltls._tcp.contoso.com', 'edge02.contoso.com', 'TCP 5062 (A/V authentication)', 'Unconfirmed: Port 443'])
      expect(strings).toContain(text);
    // The DNS sheet: a heading row and a row per record.
    const dns = strFromU8(files[`xl/worksheets/sheet${REPORT_TABLES.indexOf('dns') + 1}.xml`]);
    expect(dns.match(/<row /g)).toHaveLength(scaled.dns.length + 1);
    const firewall = strFromU8(files[`xl/worksheets/sheet${REPORT_TABLES.indexOf('firewall') + 1}.xml`]);
    expect(firewall.match(/<row /g)).toHaveLength(scaled.firewall.length + 1);
  });
});
