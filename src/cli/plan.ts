/** `plan`: a plan made from an organisation's requirements, written to a file or printed. */
import type { PlannerFeature, Requirements, SiteRequirement } from '../domain/plan';
import { PLANNER_FEATURES } from '../domain/plan';
import { planToJson, PLAN_SCHEMA_ID } from '../io/planJson';
import { planFromRequirements } from '../planner/planFromRequirements';
import { readRequirements } from '../planner/requirements';
import { checkPlan } from '../rules';
import type { ParsedArgs } from './args';
import { UsageError } from './args';
import { PLAN, TOOL } from './commands';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE } from './io';
import type { CliIo } from './io';
import { fileProblem } from './loadInputs';
import { summaryLine } from './report';
import { safeLines, safeText } from './terminalText';

const fail = (message: string): never => {
  throw new UsageError(message, PLAN);
};

function whole(option: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,9}$/.test(text.trim())) fail(`--${option} must be a whole number (got "${text}")`);
  return Number(text.trim());
}

/** "HQ:50000,Oslo:10000"; a site without a count shares what `--users` leaves. */
function sitesFrom(list: string | undefined, users: number | undefined): SiteRequirement[] {
  if (list === undefined) {
    if (users === undefined) fail('plan needs --users or --sites');
    return [{ name: 'HQ', users: users! }];
  }
  const parts = list.split(',').map((p) => p.trim());
  if (parts.some((p) => p === '')) fail(`--sites has an empty entry (got "${list}")`);
  const parsed = parts.map((part) => {
    const m = /^(.*?)(?::\s*(\S*))?$/.exec(part)!;
    const name = m[1].trim();
    if (name === '') fail(`--sites: "${part}" has no site name`);
    return { name, users: m[2] === undefined ? undefined : whole(`sites (${name})`, m[2]) };
  });
  const counted = parsed.reduce((s, p) => s + (p.users ?? 0), 0);
  const open = parsed.filter((p) => p.users === undefined);
  if (open.length > 0) {
    if (users === undefined) fail(`--sites: give every site its users ("${open[0].name}:N"), or --users for them to share`);
    const rest = users! - counted;
    if (rest < open.length) fail(`--users ${users} leaves ${Math.max(0, rest)} users for ${open.length} site(s) without a count`);
    open.forEach((p, i) => (p.users = Math.floor(rest / open.length) + (i < rest % open.length ? 1 : 0)));
  } else if (users !== undefined && users !== counted) {
    fail(`the sites' users add up to ${counted}, not --users ${users}`);
  }
  return parsed.map((p) => ({ name: p.name, users: p.users! }));
}

function featuresFrom(list: string | undefined): PlannerFeature[] {
  if (list === undefined || list.trim() === '') return [];
  const out: PlannerFeature[] = [];
  for (const raw of list.split(',')) {
    const f = raw.trim().toLowerCase();
    if (f === 'im' || f === 'presence') continue; // always there
    if (!(PLANNER_FEATURES as readonly string[]).includes(f))
      fail(`--features: unknown feature "${raw.trim()}" (known: ${PLANNER_FEATURES.join(', ')})`);
    if (!out.includes(f as PlannerFeature)) out.push(f as PlannerFeature);
  }
  return out;
}

const OPTION_OF: Record<string, string> = {
  externalPercent: '--external',
  gateways: '--gateways',
  concurrentCalls: '--calls',
  domain: '--domain',
  name: '--name',
  sites: '--sites',
};

/** A problem of the requirements as the options name it: "externalPercent: …" reads "--external: …". */
function asOption(problem: string): string {
  const m = /^([a-zA-Z]+)((?:\[\d+\])?(?:\.[a-z]+)?): (.*)$/.exec(problem);
  if (!m || !OPTION_OF[m[1]]) return problem;
  return `${OPTION_OF[m[1]]}${m[1] === 'sites' && m[2] ? ` (site ${Number(/\d+/.exec(m[2])?.[0] ?? 0) + 1}${m[2].endsWith('.users') ? ', users' : ''})` : ''}: ${m[3]}`;
}

export function requirementsFromArgs(values: ParsedArgs['values']): Requirements {
  const get = (name: string) => values.get(name) as string | undefined;
  const ocs = get('ocs');
  if (ocs === undefined) fail('plan needs --ocs 2007 or --ocs 2007-r2');
  const external = get('external');
  if (external !== undefined && !/^\d{1,3}(\.\d+)?%?$/.test(external.trim()))
    fail(`--external must be a percentage from 0 to 100 (got "${external}")`);
  const req: Requirements = {
    ocsVersion: ocs as Requirements['ocsVersion'],
    sites: sitesFrom(get('sites'), whole('users', get('users'))),
    features: featuresFrom(get('features')),
    ...(external !== undefined ? { externalPercent: Number(external.trim().replace('%', '')) } : {}),
    ...(get('gateways') !== undefined ? { gateways: whole('gateways', get('gateways')) } : {}),
    ...(get('calls') !== undefined ? { concurrentCalls: whole('calls', get('calls')) } : {}),
    ...(get('cwa') !== undefined ? { cwaUsers: get('cwa') as Requirements['cwaUsers'] } : {}),
    ...(values.has('ha') ? { highAvailability: true } : {}),
    ...(get('name') !== undefined ? { name: get('name') } : {}),
    ...(get('domain') !== undefined ? { domain: get('domain') } : {}),
  };
  const read = readRequirements(req);
  if (!read.ok) fail(read.problems.map(asOption).join('; '));
  return req;
}

export async function runPlan(args: ParsedArgs, io: CliIo): Promise<number> {
  const output = args.values.get('output') as string | undefined;
  const print = args.values.has('json');
  const req = requirementsFromArgs(args.values);
  if (output === undefined && !print) fail('plan needs an output: -o <file> or --json');
  const plan = planFromRequirements(req);
  const json = planToJson(plan, { schema: PLAN_SCHEMA_ID });
  const findings = checkPlan(plan);
  if (output !== undefined) {
    try {
      await io.writeFile(output, json);
    } catch (error) {
      io.stderr(safeLines(`${TOOL}: cannot write ${safeText(output)}: ${safeText(fileProblem(error))}\n`));
      return EXIT_UNREADABLE;
    }
  }
  if (print) io.stdout(json);
  const servers = plan.nodes.filter((n) => n.kind !== 'pstn').length;
  const line = `${output !== undefined ? `Wrote ${safeText(output)}: ` : ''}${safeText(plan.name)}: ${plan.pools.length} pools, ${servers} servers (${summaryLine(findings)})\n`;
  // With --json the plan owns standard output: the summary goes to standard error.
  if (print) io.stderr(safeLines(line));
  else io.stdout(safeLines(line));
  return findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}
