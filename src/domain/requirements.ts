/**
 * The planner's input (`Requirements`, declared with the plan model in plan.ts, as it is kept in the plan):
 * the features' labels, the limits and the defaults of the form.
 */
import type { OcsVersion, PlannerFeature, Requirements } from './plan';

export const PLANNER_FEATURE_LABELS: Record<PlannerFeature, string> = {
  conferencing: 'Web conferencing',
  av: 'A/V conferencing',
  external: 'External access (remote users)',
  federation: 'Federation and public IM',
  voice: 'Enterprise Voice',
  archiving: 'Archiving',
  monitoring: 'Monitoring (QoE and CDR)',
  cwa: 'Communicator Web Access',
  'group-chat': 'Group Chat (R2 only)',
};

/** Bounds of what the planner accepts (the schema enforces them). */
export const REQUIREMENT_LIMITS = {
  sites: 20,
  usersPerSite: 500_000,
  totalUsers: 1_000_000,
  gateways: 60,
  concurrentCalls: 1_800,
  nameLength: 200,
} as const;

export const DEFAULT_EXTERNAL_PERCENT = 10;

/** The requirements a new form starts from. */
export function defaultRequirements(ocsVersion: OcsVersion = '2007-r2'): Requirements {
  return {
    ocsVersion,
    sites: [{ name: 'HQ', users: 10_000 }],
    externalPercent: DEFAULT_EXTERNAL_PERCENT,
    features: ['conferencing', 'av', 'external'],
    highAvailability: false,
  };
}
