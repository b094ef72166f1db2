/** The vocabulary of the rules engine: rule ids, severities, findings, rule definitions and fixes. */
import type { OcsVersion, Plan } from '../domain/plan';
import type { PlanIndex } from './planIndex';

export type Severity = 'error' | 'warning' | 'info';

/** Errors first, then warnings, then infos. */
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Every rule of the catalog (domain doc, section 3), in the doc's order. */
export const RULE_IDS = [
  'SE-SINGLE-SERVER',
  'SE-USER-LIMIT',
  'SE-NO-HA',
  'SE-EXTERNAL-SQL',
  'SE-OUTSIDE-SE-POOL',
  'EE-BACKEND-MISSING',
  'EE-BACKEND-MULTIPLE',
  'EE-BACKEND-DEDICATED',
  'EE-BACKEND-SHARED',
  'EE-BACKEND-LINK',
  'EE-FRONTEND-MISSING',
  'EE-LB-MISSING',
  'EE-SINGLE-FE',
  'LB-SOFTWARE',
  'FE-NOT-IDENTICAL',
  'CONSOLIDATED-HAS-DEDICATED',
  'EXPANDED-MISSING-DEDICATED',
  'EXPANDED-FE-COLLOCATION',
  'EXPANDED-WEB-LB',
  'POOL-MEMBERSHIP',
  'POOL-CAPACITY',
  'SQL-VERSION',
  'R2-64BIT',
  'ROLE-ON-DC',
  'NAME-FQDN',
  'NAME-DUPLICATE',
  'R2-EXPANDED-CLI',
  // Part 2: zones, versions, the perimeter network and Directors (topology.md section 4).
  'ZONE-PLACEMENT',
  'VERSION-KIND',
  'EDGE-NEEDS-REVERSE-PROXY',
  'EDGE-NEEDS-ACCESS',
  'EDGE-INTERNAL-HOP',
  'EDGE-DIRECTOR-VIP',
  'EDGE-2007-COUNTERPART',
  'EDGE-ARRAY-LB',
  'EDGE-ARRAY-IDENTICAL',
  'EDGE-R2-SERVICES',
  'EDGE-AV-NAT',
  'EDGE-DIRECTOR-RECOMMENDED',
  'RP-TARGET',
  'DIRECTOR-SE-ARRAY',
  'DIRECTOR-HOSTS-USERS',
  // Part 2: voice, archiving, monitoring, CWA, Group Chat, collocation and SQL (topology.md section 4).
  'SERVER-COLLOCATION',
  'SQL-EDITION',
  'OCS2007-64BIT',
  'MEDIATION-NEXT-HOP',
  'MEDIATION-GATEWAY-1TO1',
  'GATEWAY-NEEDS-MEDIATION',
  'MEDIATION-NEEDS-GATEWAY',
  'ARCHIVING-DB',
  'ARCHIVING-POOL',
  'ARCHIVING-CAPACITY',
  'MONITORING-DB',
  'MONITORING-ONE-PER-POOL',
  'CWA-NEEDS-POOL',
  'CWA-ARRAY-LB',
  'CWA-EXTERNAL-RP',
  'GROUPCHAT-MAX-SERVERS',
  'GROUPCHAT-DB',
  'GROUPCHAT-COMPLIANCE-DB',
  'GROUPCHAT-NEEDS-POOL',
  'BE-SHARED-INSTANCE',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface Finding {
  rule: RuleId;
  /** The actual severity (EE-BACKEND-SHARED depends on the plan's OCS version). */
  severity: Severity;
  /** What is wrong and how to fix it, in names the user knows. */
  message: string;
  /** Ids of the nodes involved: the ones to badge. */
  nodes: string[];
  /** The pool id, when the finding is about a pool. */
  pool?: string;
}

/** A mechanical repair: a pure function from plan to new plan. */
export interface Fix {
  id: string;
  label: string;
  apply(plan: Plan): Plan;
}

export interface RuleSource {
  label: string;
  url: string;
}

export interface RuleDefinition {
  id: RuleId;
  /** The rule's severity; a finding may carry a lower one where the doc says so (EE-BACKEND-SHARED on 2007). */
  severity: Severity;
  title: string;
  /** The page the rule comes from. */
  source?: RuleSource;
  /** The page for plans of one OCS version, where that version has a page of its own (else `source`). */
  sources?: Partial<Record<OcsVersion, RuleSource>>;
  check(ctx: PlanIndex): Finding[];
  /** The fixes offered for one of this rule's findings; none where no repair is clearly right. */
  fixes?(ctx: PlanIndex, finding: Finding): Fix[];
}
