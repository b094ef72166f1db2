/** The command-line tool: several inputs, SARIF, the exports for other tools, safe text, encodings. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { templatePlan } from '../domain/templates';
import type { Plan } from '../domain/plan';
import { exportCsv } from '../export/csv';
import { parsePlanText } from '../io/readPlan';
import { exportDrawio } from '../export/drawio';
import { exportMermaid } from '../export/mermaid';
import { embedPlanInPng } from '../export/pngChunk';
import { exportSvg } from '../io/exportSvg';
import { planToJson } from '../io/planJson';
import { checkPlan, RULES } from '../rules';
import { tinyPng } from '../../test/support/png';
import { runCliInMemory } from '../../test/support/cliRun';
import type { CliRunOptions } from '../../test/support/cliRun';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => `${root}fixtures/plans/${name}`;

/** Files given in `files` live in memory; any other path is read from disk. */
const run = (argv: string[], options: CliRunOptions = {}) => runCliInMemory(argv, options);

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('several inputs', () => {
  it('a line per file and the worst exit code', async () => {
    const ok = await run(['check', fixture('standard.json'), fixture('expanded.json')]);
    expect(ok.code).toBe(0);
    expect(ok.stdout.trimEnd().split('\n')).toEqual([
      `${fixture('standard.json')}: Standard Edition (OCS 2007): 0 errors, 0 warnings, 1 info`,
      `${fixture('expanded.json')}: Enterprise expanded (OCS 2007): 0 errors, 0 warnings, 0 info`,
    ]);
    const worse = await run(['check', fixture('standard.json'), fixture('with-errors.json')]);
    expect(worse.code).toBe(1);
    const worst = await run(['check', fixture('with-errors.json'), fixture('missing.json'), fixture('standard.json')]);
    expect(worst.code).toBe(2);
    expect(worst.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(worst.stderr).toBe(`ocs-topology: ${fixture('missing.json')}: no such file\n`);
  });

  it('--format json gives every file with its findings or its error', async () => {
    const r = await run(['check', '--format', 'json', fixture('with-errors.json'), fixture('bad-kind.json')]);
    expect(r.code).toBe(2);
    const { files } = JSON.parse(r.stdout) as { files: { file: string; findings?: unknown[]; error?: string }[] };
    expect(files.map((f) => f.file)).toEqual([fixture('with-errors.json'), fixture('bad-kind.json')]);
    expect(files[0].findings).toHaveLength(checkPlan(JSON.parse(await readFile(fixture('with-errors.json'), 'utf8')) as Plan).length);
    expect(files[1].error).toMatch(/^nodes\[2\]\.kind: /);
  });

  it('"-" may stand beside files', async () => {
    const r = await run(['check', '-', fixture('standard.json')], { stdin: planToJson(templatePlan('consolidated')) });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('<stdin>: Enterprise consolidated (OCS 2007): 0 errors, 0 warnings, 0 info');
  });

  it('a folder of one plan is still a folder: a line per file, and the JSON lists files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocs-plans-'));
    try {
      writeFileSync(join(dir, 'only.json'), readFileSync(fixture('standard.json')));
      writeFileSync(join(dir, 'notes.txt'), 'not a plan');
      const r = await run(['check', dir]);
      expect(r.stdout).toBe(`${dir}/only.json: Standard Edition (OCS 2007): 0 errors, 0 warnings, 1 info\n`);
      const json = await run(['check', dir, '--json']);
      expect(Object.keys(JSON.parse(json.stdout))).toEqual(['files']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a folder without plan files is unreadable input', async () => {
    const r = await run(['check', `${root}docs`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`ocs-topology: ${root}docs: this folder holds no plan files (*.json)\n`);
  });
});

interface SarifLog {
  version: string;
  $schema: string;
  runs: {
    tool: {
      driver: {
        name: string;
        rules: { id: string; helpUri?: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[];
      };
    };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string } }[] }[];
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation?: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn?: number } };
        logicalLocations: { name: string; kind: string; fullyQualifiedName: string }[];
      }[];
    }[];
  }[];
}

describe('check --format sarif', () => {
  it('is SARIF 2.1.0 with the catalog as rules and a result per finding at the line of its server', async () => {
    const file = 'fixtures/plans/with-errors.json';
    const text = await readFile(`${root}${file}`, 'utf8');
    const r = await run(['check', `${root}${file}`, '--format', 'sarif']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as SarifLog;
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const [sarifRun] = log.runs;
    expect(sarifRun.tool.driver.name).toBe('ocs-topology');
    expect(sarifRun.tool.driver.rules.map((x) => x.id)).toEqual(RULES.map((x) => x.id));
    for (const [i, rule] of RULES.entries()) {
      expect(sarifRun.tool.driver.rules[i].shortDescription.text).toBe(rule.title);
      expect(sarifRun.tool.driver.rules[i].helpUri).toBe(rule.source?.url);
    }
    const plan = JSON.parse(text) as Plan;
    const findings = checkPlan(plan);
    expect(sarifRun.results).toHaveLength(findings.length);
    const lines = text.split('\n');
    findings.forEach((f, i) => {
      const result = sarifRun.results[i];
      expect(result.ruleId).toBe(f.rule);
      expect(sarifRun.tool.driver.rules[result.ruleIndex].id).toBe(f.rule);
      expect(result.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[f.severity]);
      expect(result.message.text).toBe(f.message);
      const location = result.locations[0].physicalLocation!;
      expect(location.artifactLocation.uri).toBe(`file://${root}${file}`);
      // The region starts at the object of the first server the finding names.
      const { startLine, startColumn } = location.region;
      expect(lines[startLine - 1][startColumn! - 1]).toBe('{');
      expect(lines[startLine]).toContain(`"id": "${f.nodes[0]}"`);
      const index = plan.nodes.findIndex((n) => n.id === f.nodes[0]);
      expect(result.locations[0].logicalLocations[0]).toEqual({
        name: plan.nodes[index].name,
        kind: 'resource',
        fullyQualifiedName: `/nodes/${index}`,
      });
    });
    expect(sarifRun.invocations[0].executionSuccessful).toBe(true);
  });

  it('relative paths stay relative to the source root; unreadable files are failed notifications', async () => {
    const r = await run(['check', '--format=sarif', './plans/a.json', 'plans/broken.json'], {
      files: { './plans/a.json': await readFile(fixture('with-errors.json')), 'plans/broken.json': '{"format":' },
    });
    expect(r.code).toBe(2);
    const [sarifRun] = (JSON.parse(r.stdout) as SarifLog).runs;
    expect(sarifRun.results.length).toBeGreaterThan(0);
    expect(sarifRun.results[0].locations[0].physicalLocation!.artifactLocation).toMatchObject({
      uri: 'plans/a.json',
      uriBaseId: '%SRCROOT%',
    });
    expect(sarifRun.invocations[0].executionSuccessful).toBe(false);
    expect(sarifRun.invocations[0].toolExecutionNotifications[0]).toMatchObject({
      level: 'error',
      message: { text: expect.stringMatching(/^plans\/broken\.json: the file is not valid JSON/) },
    });
    expect(r.stderr).toMatch(/^ocs-topology: plans\/broken\.json: the file is not valid JSON/);
  });
});

describe('export for other tools', () => {
  it('writes draw.io, Mermaid and CSV files as the core exporters make them', async () => {
    // The tool exports the plan as read: a version-1 file is migrated to version 2 first.
    const read = parsePlanText(await readFile(fixture('expanded.json'), 'utf8'));
    if (!read.ok) throw read.error;
    const plan: Plan = read.plan;
    const r = await run(['export', fixture('expanded.json'), '--drawio', 'o.drawio', '--mermaid', 'o.mmd', '--csv', 'o.csv']);
    expect(r.code).toBe(0);
    expect(r.written.get('o.drawio')).toBe(exportDrawio(plan));
    expect(r.written.get('o.mmd')).toBe(exportMermaid(plan));
    expect(r.written.get('o.csv')).toBe(exportCsv(plan));
    expect(r.stdout).toBe('Wrote o.drawio\nWrote o.mmd\nWrote o.csv\n');
  });
});

describe('text from the plan never reaches the terminal raw', () => {
  const hostile = (): Plan => {
    const plan = templatePlan('consolidated');
    plan.name = 'Evil\u001b]0;owned\u0007 \u009b2J plan\u202e';
    plan.pools = plan.pools.map((p) => ({ ...p, name: 'pool\u001b[31m.contoso.com\u0085' }));
    plan.nodes = plan.nodes.map((n, i) => (i === 0 ? { ...n, name: 'fe\u001b[2J\u009b1m01\nInjected line' } : n));
    plan.links = [];
    return plan;
  };

  it('in the report, the per-file lines, the JSON and the SARIF', async () => {
    const stdin = planToJson(hostile());
    for (const argv of [
      ['check', '-'],
      ['check', '-', fixture('standard.json')],
      ['check', '-', '--json'],
      ['check', '-', '--format', 'sarif'],
    ]) {
      const r = await run(argv, { stdin });
      expect(r.code).toBe(1);
      expect(r.stdout).not.toMatch(RAW_CONTROL);
      expect(r.stdout).not.toContain('Injected line\n');
    }
    const report = await run(['check', '-'], { stdin });
    expect(report.stdout.split('\n')[0]).toBe('Evil\\x1B]0;owned\\x07 \\x9B2J plan\\u202E (OCS 2007): 1 pool, 6 nodes, 0 links');
    expect(report.stdout).toContain('Pool pool\\x1B[31m.contoso.com\\x85 (Enterprise, consolidated)');
  });

  it('in error messages and file names', async () => {
    const bad = JSON.stringify({
      format: 'ocs-topology-plan',
      version: 1,
      name: 'x',
      ocsVersion: '2007\u001b[31m\u009b',
      pools: [],
      nodes: [],
      links: [],
    });
    const r = await run(['check', '-'], { stdin: bad });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toMatch(/^ocs-topology: <stdin>: ocsVersion: /);
    const missing = await run(['check', 'plan\u001b[2J\u0085.json']);
    expect(missing.stderr).toBe('ocs-topology: plan\\x1B[2J\\x85.json: no such file\n');
    const out = await run(['export', fixture('standard.json'), '--csv', 'out\u001b[1m.csv']);
    expect(out.stdout).toBe('Wrote out\\x1B[1m.csv\n');
    const usage = await run(['chec\u001bk']);
    expect(usage.stderr.split('\n')[0]).toBe('ocs-topology: unknown command "chec\\x1Bk"');
  });
});

describe('pictures that carry a plan', () => {
  const png = tinyPng;

  it('checks the plan inside an exported PNG and SVG like the plan file', async () => {
    const plan = JSON.parse(await readFile(fixture('with-errors.json'), 'utf8')) as Plan;
    const r = await run(['check', 'diagram.png', 'diagram.svg', '--json'], {
      files: { 'diagram.png': embedPlanInPng(png(), plan), 'diagram.svg': exportSvg(plan) },
    });
    expect(r.code).toBe(1);
    const { files } = JSON.parse(r.stdout) as { files: { file: string; findings: unknown[] }[] };
    expect(files.map((f) => f.findings)).toEqual([checkPlan(plan), checkPlan(plan)]);
    const none = await run(['check', 'picture.png'], { files: { 'picture.png': png() } });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^ocs-topology: picture\.png: this PNG holds no plan/);
  });
});

describe('encodings', () => {
  const utf16le = (text: string, bom: boolean) => {
    const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
    let i = 0;
    if (bom) {
      out.set([0xff, 0xfe], 0);
      i = 2;
    }
    for (let k = 0; k < text.length; k++, i += 2) out.set([text.charCodeAt(k) & 0xff, text.charCodeAt(k) >> 8], i);
    return out;
  };

  it('reads UTF-16 with a byte order mark, and says "UTF-16" for one without', async () => {
    const json = planToJson({ ...templatePlan('standard'), name: 'Zürich' });
    const ok = await run(['check', 'p.json'], { files: { 'p.json': utf16le(json, true) } });
    expect(ok.code).toBe(0);
    expect(ok.stdout.split('\n')[0]).toBe('Zürich (OCS 2007): 1 pool, 1 node, 0 links');
    const unmarked = await run(['check', '-'], { stdin: utf16le(json, false) });
    expect(unmarked.code).toBe(2);
    expect(unmarked.stderr).toBe(
      'ocs-topology: <stdin>: the file is UTF-16 (little-endian) text without a byte order mark; save it as UTF-8, or as UTF-16 with a byte order mark\n',
    );
  });
});
