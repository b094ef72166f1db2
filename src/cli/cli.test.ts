import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { templatePlan } from '../domain/templates';
import { readPlanFromSvg } from '../io/exportSvg';
import { PLAN_SCHEMA_ID, planToJson } from '../io/planJson';
import { parsePlanText } from '../io/readPlan';
import { checkPlan } from '../rules';
import type { Finding } from '../rules';
import { commandHelp } from './args';
import { CHECK, EXPORT } from './commands';
import { USAGE } from './runCli';
import { runCliInMemory } from '../../test/support/cliRun';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => `${root}fixtures/plans/${name}`;

/** runCli against real fixture files, with standard input and written files in memory. */
const run = (argv: string[], stdin: string | Uint8Array = '', failWrites = false) => runCliInMemory(argv, { stdin, failWrites });

const withErrors = async () => {
  const r = parsePlanText(await readFile(fixture('with-errors.json'), 'utf8'));
  if (!r.ok) throw r.error;
  return r.plan;
};

describe('check', () => {
  it('exits 0 for a plan without errors and prints a report with a summary', async () => {
    const r = await run(['check', fixture('expanded.json')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const infos = checkPlan(templatePlan('expanded')).filter((f) => f.severity === 'info').length;
    expect(r.stdout.startsWith('Enterprise expanded (OCS 2007): 1 pool, 11 nodes, 12 links\n')).toBe(true);
    expect(r.stdout.endsWith(`\n0 errors, 0 warnings, ${infos} info\n`)).toBe(true);
  });

  it('exits 1 when the plan has errors, grouped under their pool', async () => {
    const r = await run(['check', fixture('with-errors.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const findings = checkPlan(await withErrors());
    const lines = r.stdout.split('\n');
    const heading = lines.indexOf('Pool pool01.contoso.com (Enterprise, consolidated)');
    expect(heading).toBeGreaterThan(0);
    expect(lines[heading + 1]).toMatch(/^ {2}error {3}EE-LB-MISSING {2,}The Front Ends of pool pool01\.contoso\.com/);
    for (const f of findings) expect(r.stdout).toContain(`${f.severity.padEnd(7)} ${f.rule}`);
    const errors = findings.filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThanOrEqual(3);
    expect(r.stdout).toContain(`\n${errors} errors, `);
  });

  it('--json prints exactly { "findings": [...] } and nothing else', async () => {
    const r = await run(['check', fixture('with-errors.json'), '--json']);
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.stdout) as { findings: Finding[] };
    expect(Object.keys(parsed)).toEqual(['findings']);
    expect(parsed.findings).toEqual(checkPlan(await withErrors()));
    const clean = await run(['check', '--json', fixture('standard.json')]);
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout)).toEqual({ findings: checkPlan(templatePlan('standard')) });
  });

  it('reads standard input for "-"', async () => {
    const r = await run(['check', '-', '--json'], planToJson(templatePlan('consolidated')));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ findings: checkPlan(templatePlan('consolidated')) });
  });

  it.each([
    ['missing.json', /^ocs-topology: .*missing\.json: no such file\n$/],
    ['not-json.json', /^ocs-topology: .*not-json\.json: the file is not valid JSON: .*\(line 11, column \d+\)\n$/],
    ['not-a-plan.json', /^ocs-topology: .*not-a-plan\.json: format: missing; this is not an OCS Topology Designer plan/],
    ['newer-version.json', /^ocs-topology: .*newer-version\.json: version: this plan was saved by a newer version/],
    ['bad-kind.json', /^ocs-topology: .*bad-kind\.json: nodes\[2\]\.kind: expected one of standard-edition-server, .* but got "router"\n$/],
    ['dangling-link.json', /^ocs-topology: .*dangling-link\.json: links\[0\]\.to: no node has the id "hlb9"\n$/],
  ])('exits 2 with one message for %s', async (name, message) => {
    for (const json of [[], ['--json']]) {
      const r = await run(['check', fixture(name), ...json]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
  });

  it('names standard input and the field path when stdin is not a plan', async () => {
    const r = await run(['check', '-'], '{"format":"ocs-topology-plan","version":1,"name":5}');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ocs-topology: <stdin>: name: expected a string but got 5 (and 4 more problems)\n');
  });

  it('a folder stands for its .json files: a line per file, the worst exit code', async () => {
    const r = await run(['check', fixture('')]);
    expect(r.code).toBe(2);
    const good = ['consolidated.json', 'expanded.json', 'long-names.json', 'standard.json', 'with-errors.json'];
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => l.replace(/:.*/, '').replace(/.*\//, '')),
    ).toEqual(good);
    expect(r.stdout).toMatch(/with-errors\.json: Contoso HQ with errors \(OCS 2007 R2\): 3 errors, 0 warnings, 0 info\n$/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(5);
    expect(r.stderr).toMatch(/^ocs-topology: .*plans\/bad-kind\.json: nodes\[2\]\.kind/);
  });
});

describe('export', () => {
  it('writes the SVG with badges and legend, and the normalized JSON', async () => {
    const r = await run(['export', fixture('with-errors.json'), '--svg', 'out.svg', '--json=out.json']);
    const plan = await withErrors();
    expect(r.code).toBe(1);
    const svg = r.written.get('out.svg')!;
    expect(svg).toContain('class="ocs-badge"');
    expect(svg).toContain('class="ocs-legend"');
    expect(readPlanFromSvg(svg)).toEqual({ ok: true, plan });
    expect(r.written.get('out.json')).toBe(planToJson(plan, { schema: PLAN_SCHEMA_ID }));
    expect(JSON.parse(r.written.get('out.json')!).$schema).toBe(PLAN_SCHEMA_ID);
    expect(r.stdout).toMatch(/^Wrote out\.svg \(\d+ errors, .*\)\nWrote out\.json\n$/);
  });

  it('--no-findings leaves the badges out and does not judge the plan', async () => {
    const r = await run(['export', fixture('with-errors.json'), '--no-findings', '--svg', 'out.svg']);
    expect(r.code).toBe(0);
    expect(r.written.get('out.svg')).not.toContain('ocs-badge');
    expect(r.stdout).toBe('Wrote out.svg\n');
  });

  it('exits 2 when the input is unreadable or the output cannot be written', async () => {
    const bad = await run(['export', fixture('bad-kind.json'), '--svg', 'out.svg']);
    expect(bad.code).toBe(2);
    expect(bad.written.size).toBe(0);
    const denied = await run(['export', fixture('standard.json'), '--svg', '/nope/out.svg'], '', true);
    expect(denied.code).toBe(2);
    expect(denied.stderr).toBe('ocs-topology: cannot write /nope/out.svg: permission denied\n');
  });
});

describe('usage', () => {
  it('--help prints the usage on stdout and exits 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(USAGE);
      expect(r.stderr).toBe('');
    }
  });

  it('each command has its own --help, listing its options', async () => {
    for (const [argv, spec] of [
      [['check', '--help'], CHECK],
      [['check', 'a.json', '-h'], CHECK],
      [['help', 'export'], EXPORT],
      [['export', '--help'], EXPORT],
    ] as const) {
      const r = await run([...argv]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(commandHelp('ocs-topology', spec));
      for (const option of Object.keys(spec.options)) expect(r.stdout).toContain(`--${option}`);
    }
  });

  it.each([
    [[], 'no command given', USAGE],
    [['lint', 'x.json'], 'unknown command "lint"', USAGE],
    [['check'], 'check needs a plan file (or - for standard input)', CHECK],
    [['check', 'a.json', '--yaml'], 'unknown option "--yaml" for check', CHECK],
    [['check', 'a.json', '-x'], 'unknown option "-x" for check', CHECK],
    [['check', 'a.json', '--format', 'xml'], '--format must be one of text, json, sarif (got "xml")', CHECK],
    [['check', 'a.json', '--format'], '--format needs a format', CHECK],
    [['export', 'a.json', 'b.json', '--svg', 'x.svg'], 'unexpected argument "b.json"', EXPORT],
    [['check', 'a.json', '--json=x'], '--json takes no value', CHECK],
    [['export', 'a.json'], 'export needs at least one output: --svg, --drawio, --mermaid, --csv or --json <file>', EXPORT],
    [['export', 'a.json', '--svg'], '--svg needs a file', EXPORT],
    [['export', 'a.json', '--svg', '--json', 'x.json'], '--svg needs a file', EXPORT],
    [['export', 'a.json', '--svg', 'x.svg', '--svg', 'y.svg'], '--svg given twice', EXPORT],
  ])('%j is a usage error: exit 2, the usage on stderr', async (argv, message, help) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`ocs-topology: ${message}\n\n${typeof help === 'string' ? help : commandHelp('ocs-topology', help)}`);
  });
});
