/**
 * The planner's input, checked: the schema of `Requirements` (also the `requirements` field of a plan file),
 * with its limits and the rules between fields, and `readRequirements`, which turns anything into
 * requirements or a list of plain-language problems.
 */
import * as z from 'zod/mini';
import { CWA_USERS, OCS_VERSIONS, PLANNER_FEATURES } from '../domain/plan';
import type { Requirements } from '../domain/plan';
import { REQUIREMENT_LIMITS } from '../domain/requirements';
import { describeIssue, formatPath } from '../io/planErrors';

const L = REQUIREMENT_LIMITS;
const about = (description: string) => z.meta({ description });
const count = (max: number) => z.number().check(z.int(), z.gte(0), z.lte(max));

export const siteRequirementSchema = z.looseObject({
  name: z.string().check(z.minLength(1), z.maxLength(L.nameLength)),
  users: count(L.usersPerSite).check(z.gte(1), about('Users homed at this site.')),
});

export const requirementsSchema = z
  .looseObject({
    ocsVersion: z.enum(OCS_VERSIONS),
    sites: z
      .array(siteRequirementSchema)
      .check(z.minLength(1), z.maxLength(L.sites), about('The sites with their users; the first is the central site.')),
    externalPercent: z
      .optional(z.number().check(z.gte(0), z.lte(100)))
      .check(about('Per cent of the users who connect from outside; absent means 10.')),
    features: z.array(z.enum(PLANNER_FEATURES)).check(about('Features beyond IM and presence, which every plan has.')),
    gateways: z.optional(count(L.gateways).check(z.gte(1))).check(about('Enterprise Voice: PSTN gateways in all.')),
    concurrentCalls: z
      .optional(count(L.concurrentCalls).check(z.gte(1)))
      .check(about('Enterprise Voice: peak concurrent PSTN calls (used when gateways is absent).')),
    cwaUsers: z.optional(z.enum(CWA_USERS)),
    highAvailability: z.optional(z.boolean()),
    name: z.optional(z.string().check(z.maxLength(L.nameLength))),
    domain: z.optional(
      z
        .string()
        .check(
          z.maxLength(200),
          z.regex(/^(?=.{1,200}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i),
        ),
    ),
  })
  .check(about('What the organisation asked of the plan: the planner regenerates the plan from it.'));

/** Problems zod cannot say in one field: totals and fields that need each other. */
function crossProblems(req: Requirements): string[] {
  const out: string[] = [];
  const total = req.sites.reduce((s, site) => s + site.users, 0);
  if (total < 1) out.push('The organisation needs at least one user.');
  if (total > L.totalUsers)
    out.push(`At most ${L.totalUsers.toLocaleString('en-US')} users in all (asked: ${total.toLocaleString('en-US')}).`);
  const names = new Set<string>();
  for (const site of req.sites) {
    const key = site.name.trim().toLowerCase();
    if (key === '') out.push('Every site needs a name.');
    else if (names.has(key)) out.push(`Two sites are named "${site.name.trim()}": give each its own name.`);
    names.add(key);
  }
  if (req.features.includes('group-chat') && req.ocsVersion !== '2007-r2') out.push('Group Chat needs OCS 2007 R2.');
  return out;
}

export type RequirementsResult = { ok: true; requirements: Requirements } | { ok: false; problems: string[] };

/** Requirements from untrusted input, or every problem with it. */
export function readRequirements(input: unknown): RequirementsResult {
  const parsed = requirementsSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => {
        const message = i.code === 'invalid_format' ? 'is not a DNS domain such as contoso.com' : describeIssue(i);
        return i.path.length > 0 ? `${formatPath(i.path)}: ${message}` : message;
      }),
    };
  }
  const req = parsed.data as Requirements;
  const problems = crossProblems(req);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, requirements: req };
}
