import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../io/readPlan';
import { checkPlan } from '../rules';
import { runCliInMemory } from '../../test/support/cliRun';

/** The tool run in memory, with no file to read: the plan command reads none. */
const run = (argv: string[], failWrites = false) => runCliInMemory(argv, { disk: false, failWrites });

const ISSUE = [
  'plan',
  '--ocs',
  '2007-r2',
  '--users',
  '60000',
  '--sites',
  'HQ:50000,Oslo:10000',
  '--external',
  '10',
  '--features',
  'conferencing,av,external,federation,voice,archiving,monitoring,cwa,group-chat',
  '--ha',
];

describe('plan', () => {
  it("writes the issue's example as a plan file that reads back, checks clean and keeps its requirements", async () => {
    const r = await run([...ISSUE, '-o', 'plan.json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Wrote plan\.json: 60,000 users, OCS 2007 R2, 2 sites: 3 pools, \d+ servers \(0 errors, 0 warnings, 0 info\)\n$/,
    );
    const read = parsePlanText(r.written.get('plan.json')!);
    if (!read.ok) throw read.error;
    expect(checkPlan(read.plan).filter((f) => f.severity !== 'info')).toEqual([]);
    expect(read.plan.requirements).toEqual({
      ocsVersion: '2007-r2',
      sites: [
        { name: 'HQ', users: 50000 },
        { name: 'Oslo', users: 10000 },
      ],
      features: ['conferencing', 'av', 'external', 'federation', 'voice', 'archiving', 'monitoring', 'cwa', 'group-chat'],
      externalPercent: 10,
      highAvailability: true,
    });
    expect(read.plan.sites?.map((s) => s.name)).toEqual(['HQ', 'Oslo']);
  });

  it('prints the plan with --json, its summary on standard error; --output is the long form of -o', async () => {
    const r = await run(['plan', '--ocs', '2007', '--users', '2000', '--json', '--output', 'x.json', '--name', 'Branch']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).name).toBe('Branch');
    expect(r.written.get('x.json')).toBe(r.stdout);
    expect(r.stderr).toContain('Wrote x.json: Branch: 1 pools, 1 servers');
  });

  it('shares --users among the sites given without a count', async () => {
    const r = await run(['plan', '--ocs', '2007-r2', '--users', '9001', '--sites', 'HQ:5000,Oslo,Rome', '--json']);
    expect(JSON.parse(r.stdout).requirements.sites).toEqual([
      { name: 'HQ', users: 5000 },
      { name: 'Oslo', users: 2001 },
      { name: 'Rome', users: 2000 },
    ]);
  });

  const bad: [string[], string][] = [
    [['plan', '--users', '10', '--json'], 'plan needs --ocs 2007 or --ocs 2007-r2'],
    [['plan', '--ocs', '2007', '--json'], 'plan needs --users or --sites'],
    [['plan', '--ocs', '2007', '--users', '10'], 'plan needs an output: -o <file> or --json'],
    [['plan', '--ocs', '2009', '--users', '10', '--json'], '--ocs must be one of 2007, 2007-r2 (got "2009")'],
    [['plan', '--ocs', '2007', '--users', 'ten', '--json'], '--users must be a whole number (got "ten")'],
    [['plan', '--ocs', '2007', '--users', '10', '--external', 'x', '--json'], '--external must be a percentage from 0 to 100 (got "x")'],
    [
      ['plan', '--ocs', '2007', '--users', '10', '--external', '150', '--json'],
      '--external: expected a number no larger than 100 but got 150',
    ],
    [['plan', '--ocs', '2007', '--users', '10', '--sites', 'A:5,B:6', '--json'], "the sites' users add up to 11, not --users 10"],
    [['plan', '--ocs', '2007', '--sites', 'A:5,,B:6', '--json'], '--sites has an empty entry'],
    [['plan', '--ocs', '2007', '--sites', 'A:5,a:6', '--json'], 'Two sites are named "a"'],
    [['plan', '--ocs', '2007', '--sites', 'A:0', '--json'], '--sites (site 1, users): expected a number >= 1 but got 0'],
    [['plan', '--ocs', '2007', '--users', '10', '--features', 'voice,fax', '--json'], '--features: unknown feature "fax"'],
    [['plan', '--ocs', '2007', '--users', '10', '--features', 'group-chat', '--json'], 'Group Chat needs OCS 2007 R2.'],
    [['plan', '--ocs', '2007', '--users', '10', '--gateways', '0', '--json'], '--gateways: expected a number >= 1 but got 0'],
    [['plan', '--ocs', '2007', '--users', '10', '--domain', 'no_domain', '--json'], '--domain: is not a DNS domain such as contoso.com'],
    [['plan', '--ocs', '2007', '--users', '10', '--json', 'extra'], 'unexpected argument "extra"'],
    [['plan', '--ocs', '2007', '--users', '10', '-x'], 'unknown option "-x" for plan'],
  ];
  for (const [argv, message] of bad) {
    it(`exits 2 with a clear message: ${message}`, async () => {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(message);
      expect(r.stderr).toContain('Usage: ocs-topology plan');
      expect(r.written.size).toBe(0);
    });
  }

  it('exits 2 when the file cannot be written', async () => {
    const r = await run([...ISSUE, '-o', '/nope/plan.json'], true);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot write /nope/plan.json');
  });

  it('is listed in the usage and has its own help', async () => {
    expect((await run(['--help'])).stdout).toContain('ocs-topology plan --ocs 2007|2007-r2');
    const help = await run(['plan', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('-o, --output <file>');
  });
});
