/** Wording of findings and fixes: names the user knows, lists, numbers. */
import { KIND_INFO, kindLabel as registryKindLabel, ROLE_LABELS } from '../domain/kinds';
import type { CollocatedRole, NodeKind, OcsVersion, PlanNode, Pool } from '../domain/plan';
import type { PoolInfo } from './planIndex';
import type { Finding, RuleDefinition } from './types';

/** A node's name, or a stand-in when it has none. */
export function nameOf(item: Pick<PlanNode, 'name'> | Pick<Pool, 'name'>): string {
  const name = item.name.trim();
  return name === '' ? '(unnamed)' : name;
}

/** The kind's name, in the plan's OCS version where it has one of its own ("Archiving and CDR Server" on 2007). */
export function kindLabel(kind: string, ocsVersion?: OcsVersion): string {
  return KIND_INFO[kind as NodeKind] ? registryKindLabel(kind as NodeKind, ocsVersion) : kind;
}

/** "Front End Server fe01.contoso.com" (named as in the plan's OCS version, where given). */
export function server(node: PlanNode, ocsVersion?: OcsVersion): string {
  return `${kindLabel(node.kind, ocsVersion)} ${nameOf(node)}`;
}

/** "pool pool01.contoso.com" */
export function poolName(info: PoolInfo | Pool): string {
  return nameOf('pool' in info ? info.pool : info);
}

export function roleLabel(role: CollocatedRole): string {
  return ROLE_LABELS[role] ?? role;
}

/** "a", "a and b", "a, b and c" (or another conjunction). */
export function list(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** The names of some nodes, as a list. */
export function names(nodes: readonly PlanNode[]): string {
  return list(nodes.map(nameOf));
}

/** 15000 -> "15,000" (the same in every locale). */
export function num(n: number): string {
  const sign = n < 0 ? '-' : '';
  const [int, frac] = String(Math.abs(n)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + grouped + (frac ? `.${frac}` : '');
}

/** "1 Front End", "3 Front Ends". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${num(n)} ${n === 1 ? singular : plural}`;
}

/** "a Front End Server", "an A/V Conferencing Server", "an expanded pool", "an OCS 2007 R2 pool". */
export function article(label: string): string {
  return /^[AEIOUaeiou]/.test(label) ? `an ${label}` : `a ${label}`;
}

/** A finding of a rule, at the rule's severity unless told otherwise. */
export function finding(
  rule: Pick<RuleDefinition, 'id' | 'severity'>,
  message: string,
  nodes: readonly PlanNode[],
  pool?: string,
  severity = rule.severity,
): Finding {
  const ids = [...new Set(nodes.map((n) => n.id))];
  const f: Finding = { rule: rule.id, severity, message, nodes: ids };
  if (pool !== undefined) f.pool = pool;
  return f;
}
