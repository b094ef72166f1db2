/** What a finding is about, to tell whether a change added a finding or kept one. */
import type { Finding, RuleId } from './types';

/** Rules whose findings are about a pool as a whole (their nodes are only the ones to badge). */
const ABOUT_A_POOL = new Set<RuleId>([
  'SE-SINGLE-SERVER',
  'SE-USER-LIMIT',
  'SE-NO-HA',
  'EE-BACKEND-MISSING',
  'EE-BACKEND-MULTIPLE',
  'EE-BACKEND-LINK',
  'EE-FRONTEND-MISSING',
  'EE-LB-MISSING',
  'EE-SINGLE-FE',
  'FE-NOT-IDENTICAL',
  'CONSOLIDATED-HAS-DEDICATED',
  'EXPANDED-MISSING-DEDICATED',
  'POOL-CAPACITY',
  'R2-EXPANDED-CLI',
]);

/** What a finding is about: its rule and pool for a finding about a pool (or with no nodes), else its rule and first node. */
export function subjectOf(finding: Finding): string {
  const aboutPool = ABOUT_A_POOL.has(finding.rule) || finding.nodes.length === 0;
  return aboutPool ? `${finding.rule} pool ${finding.pool ?? ''}` : `${finding.rule} node ${finding.nodes[0]}`;
}
