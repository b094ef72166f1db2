/**
 * Findings as a SARIF 2.1.0 log, the format code-scanning services (GitHub's among them) read to
 * annotate files: one run, the whole rule catalog as the tool's rules (id, title, severity, the
 * source as help URI), a result per finding pointing at the plan file and, for a JSON plan, at the
 * line of the first server (or the pool) it names. A file that could not be read is a failed
 * tool execution notification, so the log is written even then.
 */
import type { Plan } from '../domain/plan';
import { RULES } from '../rules';
import type { Finding, Severity } from '../rules';
import { jsonValueOffsets, positionAt } from './jsonLocations';
import type { TextPosition } from './jsonLocations';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export type SarifInput =
  { file: string; ok: true; plan: Plan; findings: readonly Finding[]; text?: string } | { file: string; ok: false; message: string };

/**
 * A file name as a URI: relative to the working folder (SARIF's %SRCROOT%, which is what code
 * scanning resolves against the repository) or, for an absolute path, a file: URI.
 * Standard input has none.
 */
export function artifactUri(file: string): { uri: string; relative: boolean } | undefined {
  if (file === '-') return undefined;
  const slashed = file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  const parts = slashed.split('/');
  const encoded = parts.map((part, i) => (i === 0 && /^[A-Za-z]:$/.test(part) ? part : encodeURIComponent(part))).join('/');
  if (slashed.startsWith('/')) return { uri: `file://${encoded}`, relative: false };
  if (/^[A-Za-z]:\//.test(slashed)) return { uri: `file:///${encoded}`, relative: false };
  return { uri: encoded, relative: true };
}

function locator(input: Extract<SarifInput, { ok: true }>): (f: Finding) => TextPosition | undefined {
  if (input.text === undefined || !/^\s*\{/.test(input.text)) return () => undefined;
  const text = input.text;
  const offsets = jsonValueOffsets(text);
  const nodeIndex = new Map(input.plan.nodes.map((n, i) => [n.id, i]));
  const poolIndex = new Map(input.plan.pools.map((p, i) => [p.id, i]));
  return (f) => {
    const node = f.nodes.map((id) => nodeIndex.get(id)).find((i) => i !== undefined);
    const pool = f.pool === undefined ? undefined : poolIndex.get(f.pool);
    const offset = node !== undefined ? offsets.get(`/nodes/${node}`) : pool !== undefined ? offsets.get(`/pools/${pool}`) : undefined;
    return offset === undefined ? undefined : positionAt(text, offset);
  };
}

export function sarifLog(inputs: readonly SarifInput[], toolVersion: string): Record<string, unknown> {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const rules = RULES.map((r) => ({
    id: r.id,
    name: r.id
      .toLowerCase()
      .split('-')
      .map((w) => w[0].toUpperCase() + w.slice(1))
      .join(''),
    shortDescription: { text: r.title },
    fullDescription: { text: r.source ? `${r.title}. Source: ${r.source.label}.` : `${r.title}.` },
    ...(r.source ? { helpUri: r.source.url } : {}),
    help: { text: r.source ? `${r.title}. See ${r.source.label}: ${r.source.url}` : r.title },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: ['ocs-topology'] },
  }));
  const results: Record<string, unknown>[] = [];
  const notifications: Record<string, unknown>[] = [];
  const artifacts: Record<string, unknown>[] = [];
  const artifactIndex = new Map<string, number>();
  const artifactOf = (file: string) => {
    const found = artifactUri(file);
    if (found === undefined) return undefined;
    const location = found.relative ? { uri: found.uri, uriBaseId: '%SRCROOT%' } : { uri: found.uri };
    let index = artifactIndex.get(found.uri);
    if (index === undefined) {
      index = artifacts.length;
      artifactIndex.set(found.uri, index);
      artifacts.push({ location });
    }
    return { ...location, index };
  };
  for (const input of inputs) {
    const artifactLocation = artifactOf(input.file);
    if (!input.ok) {
      notifications.push({
        level: 'error',
        message: { text: `${input.file === '-' ? 'standard input' : input.file}: ${input.message}` },
        ...(artifactLocation ? { locations: [{ physicalLocation: { artifactLocation } }] } : {}),
      });
      continue;
    }
    const where = locator(input);
    for (const f of input.findings) {
      const position = where(f);
      const physicalLocation = artifactLocation
        ? { artifactLocation, region: position ? { startLine: position.line, startColumn: position.column } : { startLine: 1 } }
        : undefined;
      // Logical locations: the servers by name, each with its JSON pointer in the plan file.
      const named = f.nodes.flatMap((id) => {
        const i = input.plan.nodes.findIndex((n) => n.id === id);
        return i < 0 ? [] : [{ name: input.plan.nodes[i].name, kind: 'resource', fullyQualifiedName: `/nodes/${i}` }];
      });
      results.push({
        ruleId: f.rule,
        ruleIndex: ruleIndex.get(f.rule),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            ...(physicalLocation ? { physicalLocation } : {}),
            logicalLocations: named.length > 0 ? named : [{ name: input.plan.name, kind: 'resource', fullyQualifiedName: '' }],
          },
        ],
        properties: { nodes: f.nodes, ...(f.pool !== undefined ? { pool: f.pool } : {}) },
      });
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ocs-topology',
            fullName: 'OCS Topology Designer plan check',
            version: toolVersion,
            semanticVersion: toolVersion,
            rules,
          },
        },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        artifacts,
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}
