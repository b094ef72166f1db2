import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { templatePlan } from '../domain/templates';
import { parsePlanText } from '../io/readPlan';
import { buildReport } from '../report/buildReport';
import { renderReportHtml } from '../report/html';
import { renderReportMarkdown } from '../report/markdown';
import { runCliInMemory } from '../../test/support/cliRun';
import type { CliRunOptions } from '../../test/support/cliRun';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => `${root}fixtures/plans/${name}`;

/** The tool run in memory; `tty`: standard output is a terminal; `binary: false`: no binary writers. */
const run = (argv: string[], options: CliRunOptions = {}) => runCliInMemory(argv, options);

async function fixturePlan(name: string) {
  const r = parsePlanText(await readFile(fixture(name), 'utf8'));
  if (!r.ok) throw r.error;
  return r.plan;
}

describe('report', () => {
  it('json: exactly buildReport of the same plan (the app and the CLI agree)', async () => {
    const r = await run(['report', fixture('expanded.json'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(buildReport(await fixturePlan('expanded.json')));
  });

  it('json from standard input, and for every template', async () => {
    for (const [template, version] of [
      ['r2-data-centre', '2007-r2'],
      ['2007-single-site-edge', '2007'],
      ['enterprise-voice', '2007'],
    ] as const) {
      const plan = templatePlan(template, version);
      const r = await run(['report', '-', '--format=json'], { stdin: JSON.stringify(plan) });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(buildReport(plan))));
    }
  });

  it('md is the default; html; each to a file with -o, saying so', async () => {
    const plan = await fixturePlan('consolidated.json');
    const md = await run(['report', fixture('consolidated.json')]);
    expect(md.code).toBe(0);
    expect(md.stdout).toBe(renderReportMarkdown(buildReport(plan)) + '\n');
    const html = await run(['report', fixture('consolidated.json'), '--format', 'html', '-o', 'out.html']);
    expect(html.code).toBe(0);
    expect(html.written.get('out.html')).toBe(renderReportHtml(buildReport(plan)));
    expect(html.stdout).toMatch(/^Wrote out\.html \(0 errors, /);
    const long = await run(['report', fixture('consolidated.json'), '--format', 'md', '--output', 'out.md']);
    expect(long.written.get('out.md')).toBe(md.stdout);
  });

  it('xlsx to a file, or to standard output when it is not a terminal; never to a terminal', async () => {
    const file = await run(['report', fixture('expanded.json'), '--format', 'xlsx', '-o', 'r.xlsx']);
    expect(file.code).toBe(0);
    const bytes = file.writtenBytes.get('r.xlsx')!;
    const sheets = unzipSync(bytes);
    expect(strFromU8(sheets['xl/workbook.xml'])).toContain('name="DNS records"');
    expect(strFromU8(sheets['xl/sharedStrings.xml'])).toContain('_sipinternaltls._tcp.contoso.com');

    const piped = await run(['report', fixture('expanded.json'), '--format', 'xlsx']);
    expect(piped.code).toBe(0);
    expect(piped.bytes).toHaveLength(1);
    expect(Object.keys(unzipSync(piped.bytes[0]))).toContain('xl/worksheets/sheet7.xml');

    const tty = await run(['report', fixture('expanded.json'), '--format', 'xlsx'], { tty: true });
    expect(tty.code).toBe(2);
    expect(tty.bytes).toEqual([]);
    expect(tty.stderr).toMatch(/give -o <file>, or redirect standard output/);

    const noBinary = await run(['report', fixture('expanded.json'), '--format', 'xlsx'], { binary: false });
    expect(noBinary.code).toBe(2);
  });

  it('exit 1 for a plan with error findings (the report is still written); exit 2 with the reason for bad input or usage', async () => {
    const errors = await run(['report', fixture('with-errors.json'), '--format', 'json']);
    expect(errors.code).toBe(1);
    expect(JSON.parse(errors.stdout).summary.some((s: { status: string }) => s.status === 'red')).toBe(true);

    const notJson = await run(['report', fixture('not-json.json')]);
    expect(notJson.code).toBe(2);
    expect(notJson.stdout).toBe('');
    expect(notJson.stderr).toMatch(/not-json\.json: /);

    const missing = await run(['report', fixture('no-such.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);

    const format = await run(['report', fixture('expanded.json'), '--format', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/--format must be one of md, html, json, xlsx \(got "pdf"\)/);

    const none = await run(['report']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/report needs a plan file/);

    const two = await run(['report', fixture('expanded.json'), fixture('standard.json')]);
    expect(two.code).toBe(2);

    const short = await run(['report', fixture('expanded.json'), '-x']);
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/unknown option "-x"/);
  });

  it('a write that fails is exit 2 with the reason', async () => {
    const r = await run(['report', fixture('expanded.json'), '-o', '/x.md'], { failWrites: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write \/x\.md: permission denied/);
  });

  it('is listed in the usage and has its help', async () => {
    const usage = await run(['--help']);
    expect(usage.stdout).toMatch(/report <plan\|-> \[--format md\|html\|json\|xlsx\] \[-o FILE\]/);
    const help = await run(['report', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/-o, --output <file>/);
  });
});
