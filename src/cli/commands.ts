/** The commands of the tool, declared once: their arguments, options and help. */
import type { CommandSpec } from './args';

export const TOOL = 'ocs-topology';

export const CHECK: CommandSpec = {
  name: 'check',
  args: '<plan|folder|->...',
  summary: [
    'Check plans against the OCS 2007 / 2007 R2 rules. A plan is a plan file (.json), an exported SVG or',
    'PNG; a folder stands for the .json files in it; "-" reads standard input. With one plan the findings',
    'are listed by pool; with several, one line per file. The exit code is the worst of all files.',
  ].join('\n'),
  options: {
    format: {
      type: 'string',
      value: 'format',
      choices: ['text', 'json', 'sarif'],
      description: 'text (default), json, or sarif (SARIF 2.1.0, for code scanning)',
    },
    json: { type: 'boolean', description: 'the same as --format json' },
  },
  positionals: { min: 1, max: Infinity, missing: 'check needs a plan file (or - for standard input)' },
  notes: 'Exit codes: 0 no error finding, 1 at least one error finding, 2 an input unreadable or wrong usage.',
};

export const EXPORT: CommandSpec = {
  name: 'export',
  args: '<plan|->',
  summary: 'Write a plan as a diagram or in the formats other tools read. Give at least one output.',
  options: {
    svg: { type: 'string', value: 'file', description: 'the diagram as SVG (finding badges and legend; the plan embedded)' },
    drawio: { type: 'string', value: 'file', description: 'a draw.io / diagrams.net file (.drawio)' },
    mermaid: { type: 'string', value: 'file', description: 'a Mermaid flowchart (.mmd), a subgraph per pool' },
    csv: { type: 'string', value: 'file', description: 'a CSV inventory: a row per server' },
    json: { type: 'string', value: 'file', description: 'the plan as normalized JSON, with "$schema"' },
    'schema-url': { type: 'string', value: 'url', description: 'the "$schema" the JSON gets (default: the schema\'s $id)' },
    'no-findings': { type: 'boolean', description: 'SVG without finding badges; the plan is not judged (exit 0)' },
    'no-legend': { type: 'boolean', description: 'SVG without the legend' },
    'findings-list': { type: 'boolean', description: 'SVG with the findings listed under the diagram' },
    author: { type: 'string', value: 'name', description: "the author in the SVG's title block" },
  },
  positionals: { min: 1, max: 1, missing: 'export needs a plan file (or - for standard input)' },
  notes:
    'Exit codes: 0 written and no error finding, 1 written with error findings, 2 unreadable input, an output not written, or wrong usage.',
};

export const PLAN: CommandSpec = {
  name: 'plan',
  args: '--ocs <version> (--users N | --sites LIST) (-o <file> | --json)',
  summary: [
    "Make a plan from an organisation's requirements: pools sized from Microsoft's documented capacity, the",
    'servers each feature needs, laid out in zone columns, each server with a short why. The plan keeps the',
    'requirements, so that the app can regenerate it.',
  ].join('\n'),
  options: {
    ocs: { type: 'string', value: 'version', choices: ['2007', '2007-r2'], description: 'the OCS version: 2007 or 2007-r2' },
    users: { type: 'string', value: 'N', description: 'users in all (sites without a count share what the others leave)' },
    sites: {
      type: 'string',
      value: 'list',
      description: 'sites as "Name:users,Name:users"; the first is the central site (default: one site, HQ)',
    },
    external: { type: 'string', value: 'percent', description: 'per cent of users who connect from outside (default 10)' },
    features: {
      type: 'string',
      value: 'list',
      description: 'comma-separated: conferencing, av, external, federation, voice, archiving, monitoring, cwa, group-chat',
    },
    gateways: { type: 'string', value: 'N', description: 'Enterprise Voice: PSTN gateways in all (default one per site)' },
    calls: { type: 'string', value: 'N', description: 'Enterprise Voice: peak concurrent calls, to size the gateways from' },
    cwa: { type: 'string', value: 'users', choices: ['internal', 'external', 'both'], description: 'whom Communicator Web Access serves' },
    ha: { type: 'boolean', description: 'high availability: clustered back ends, two of each server that can be doubled' },
    name: { type: 'string', value: 'text', description: "the plan's name" },
    domain: { type: 'string', value: 'dns', description: "the servers' DNS domain (default contoso.com)" },
    output: { type: 'string', value: 'file', short: 'o', description: 'write the plan file (JSON) there' },
    json: { type: 'boolean', description: 'print the plan file (JSON) on standard output' },
  },
  positionals: { min: 0, max: 0, missing: '' },
  notes: 'Exit codes: 0 written, 1 written but the plan has error findings, 2 wrong usage or an output not written.',
};

export const REPORT: CommandSpec = {
  name: 'report',
  args: '<plan|->',
  summary: [
    'Write the deployment report of a plan: the stoplight summary, servers, DNS records, certificates,',
    'firewall rules, load balancer VIPs and capacity, every row with its sources (docs/report.md).',
  ].join('\n'),
  options: {
    format: {
      type: 'string',
      value: 'format',
      choices: ['md', 'html', 'json', 'xlsx'],
      description: 'md (Markdown, default), html (a printable document), json, or xlsx (a sheet per table)',
    },
    output: {
      type: 'string',
      value: 'file',
      short: 'o',
      description: 'write to this file (-o); else standard output (xlsx: only when not a terminal)',
    },
  },
  positionals: { min: 1, max: 1, missing: 'report needs a plan file (or - for standard input)' },
  notes:
    'Exit codes: 0 written and no error finding, 1 written with error findings, 2 unreadable input, an output not written, or wrong usage.',
};

export const USAGE = `Usage:
  ${TOOL} check <plan|folder|->... [--format text|json|sarif]
      Check plans against the OCS 2007 / 2007 R2 rules.
  ${TOOL} export <plan|-> [--svg F] [--drawio F] [--mermaid F] [--csv F] [--json F]
      Write the diagram (SVG, draw.io, Mermaid), a CSV inventory, or normalized JSON.
  ${TOOL} plan --ocs 2007|2007-r2 --users N [--sites "HQ:50000,Oslo:10000"] [--features LIST] [--ha] -o F | --json
      Make a plan from an organisation's requirements.
  ${TOOL} report <plan|-> [--format md|html|json|xlsx] [-o FILE]
      Write the deployment report: servers, DNS, certificates, firewall rules, load balancers, capacity.
  ${TOOL} <command> --help     the options of a command
  ${TOOL} --version

Exit codes: 0 no errors, 1 at least one error finding, 2 unreadable input or wrong usage.
`;
