/** Test support: a tiny builder for plans, and shortcuts to the findings of one rule. */
import { KIND_INFO, POOL_KIND_INFO } from '../../src/domain/kinds';
import { nextName } from '../../src/domain/names';
import type { Link, NodeKind, OcsVersion, Plan, PlanNode, Pool, PoolTemplateKind } from '../../src/domain/plan';
import { PLAN_FORMAT, PLAN_VERSION } from '../../src/domain/plan';
import { checkPlan } from '../../src/rules/check';
import { subjectOf } from '../../src/rules/subject';
import type { Finding, RuleId } from '../../src/rules/types';

export class PlanBuilder {
  readonly pools: Pool[] = [];
  readonly nodes: PlanNode[] = [];
  readonly links: Link[] = [];
  private readonly taken = new Set<string>();

  constructor(readonly ocsVersion: OcsVersion = '2007') {}

  /** A pool; returns its id. Named pool01.contoso.com, sepool01.contoso.com, ... unless told. */
  pool(kind: PoolTemplateKind, fields: Partial<Pool> = {}): string {
    const id = `p${this.pools.length + 1}`;
    const name = fields.name ?? nextName(POOL_KIND_INFO[kind].namePrefix, 'contoso.com', this.taken);
    const edition = kind === 'standard' ? 'standard' : 'enterprise';
    const pool: Pool = { id, name, edition, ...(kind === 'standard' ? {} : { configuration: kind }), ...fields };
    this.pools.push(pool);
    return id;
  }

  /** A node; returns its id. Named fe01.contoso.com, sql01.contoso.com, ... unless told; placed on a grid. */
  node(kind: NodeKind, fields: Partial<PlanNode> = {}): string {
    const i = this.nodes.length;
    const id = fields.id ?? `n${i + 1}`;
    const name = fields.name ?? nextName(KIND_INFO[kind].namePrefix, 'contoso.com', this.taken);
    const node: PlanNode = { id, kind, name, position: { x: (i % 8) * 224, y: Math.floor(i / 8) * 160 }, ...fields };
    if (kind === 'back-end-sql' && !('sqlVersion' in fields)) node.sqlVersion = '2005-sp2';
    this.nodes.push(node);
    return id;
  }

  link(a: string, b: string): this {
    this.links.push({ id: `l${this.links.length + 1}`, from: a, to: b });
    return this;
  }

  /** A valid Standard Edition pool with its server. */
  standardPool(fields: Partial<Pool> = {}): { pool: string; se: string } {
    const pool = this.pool('standard', { users: 1000, ...fields });
    return { pool, se: this.node('standard-edition-server', { pool }) };
  }

  /**
   * A valid Enterprise pool: Front Ends behind one load balancer, linked to one back end;
   * an expanded pool also gets one of each dedicated server (Web Components behind the Front Ends' load balancer,
   * the conferencing servers linked to the back end).
   */
  enterprisePool(configuration: 'consolidated' | 'expanded' = 'consolidated', options: { frontEnds?: number; users?: number } = {}) {
    const pool = this.pool(configuration, { users: options.users ?? 1000 });
    const lb = this.node('hardware-load-balancer');
    const sql = this.node('back-end-sql', { pool });
    const fes: string[] = [];
    for (let i = 0; i < (options.frontEnds ?? 2); i++) {
      const fe = this.node('front-end-server', { pool });
      this.link(fe, lb).link(fe, sql);
      fes.push(fe);
    }
    const dedicated: Partial<Record<NodeKind, string>> = {};
    if (configuration === 'expanded') {
      for (const kind of ['web-components-server', 'web-conferencing-server', 'av-conferencing-server'] as const)
        dedicated[kind] = this.node(kind, { pool });
      this.link(dedicated['web-components-server']!, lb);
      this.link(dedicated['web-conferencing-server']!, sql).link(dedicated['av-conferencing-server']!, sql);
      // R2's expanded set also has an Application Sharing Server [R1].
      if (this.ocsVersion === '2007-r2') dedicated['application-sharing-server'] = this.node('application-sharing-server', { pool });
    }
    return {
      pool,
      lb,
      sql,
      fes,
      web: dedicated['web-components-server'],
      wcs: dedicated['web-conferencing-server'],
      av: dedicated['av-conferencing-server'],
      appSharing: dedicated['application-sharing-server'],
    };
  }

  /** Changes a node already added. */
  set(id: string, fields: Partial<PlanNode>): this {
    const i = this.nodes.findIndex((n) => n.id === id);
    this.nodes[i] = { ...this.nodes[i], ...fields };
    return this;
  }

  build(): Plan {
    return {
      format: PLAN_FORMAT,
      version: PLAN_VERSION,
      name: 'Test plan',
      ocsVersion: this.ocsVersion,
      pools: this.pools.map((p) => ({ ...p })),
      nodes: this.nodes.map((n) => ({ ...n })),
      links: this.links.map((l) => ({ ...l })),
    };
  }
}

/** checkPlan's findings of one rule. */
export function findingsOf(plan: Plan, rule: RuleId): Finding[] {
  return checkPlan(plan).filter((f) => f.rule === rule);
}

/** The errors of a plan (a valid plan has none). */
export function errorsOf(plan: Plan): Finding[] {
  return checkPlan(plan).filter((f) => f.severity === 'error');
}

/** The errors of `after` about a subject that had no error of that rule in `before`. */
export function newErrors(before: Plan, after: Plan): Finding[] {
  const had = new Set(errorsOf(before).map(subjectOf));
  return errorsOf(after).filter((f) => !had.has(subjectOf(f)));
}
export { subjectOf };

/**
 * Whether the finding is still reported: a finding of the same rule about the same subject
 * (the same pool for a finding about a pool or with no nodes; else the same first node, in any pool).
 */
export function stillReported(plan: Plan, finding: Finding): boolean {
  const subject = subjectOf(finding);
  return checkPlan(plan).some((f) => subjectOf(f) === subject);
}

/** A deep-frozen copy: a fix that mutates its input throws. */
export function frozen<T>(value: T): T {
  const copy = structuredClone(value);
  const freeze = (v: unknown) => {
    if (v && typeof v === 'object') {
      Object.freeze(v);
      for (const x of Object.values(v)) freeze(x);
    }
  };
  freeze(copy);
  return copy;
}
