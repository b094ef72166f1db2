/**
 * docs/rules.md, generated from the rule catalog (`npm run docs` writes it; a test fails when the
 * file is out of date): per rule its id, severity, what it checks, whether a fix is offered (with
 * the fixes the example plans get, as they read in the app) and its source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { templatePlan } from '../src/domain/templates';
import type { Plan } from '../src/domain/plan';
import { parsePlanText } from '../src/io/readPlan';
import { checkPlan, fixesFor, RULES } from '../src/rules';
import type { RuleId } from '../src/rules';

const FIXTURES = fileURLToPath(new URL('../fixtures/plans/', import.meta.url));

function examplePlans(): Plan[] {
  const plans: Plan[] = (['standard', 'consolidated', 'expanded'] as const).map((k) => templatePlan(k));
  for (const name of readdirSync(FIXTURES).sort()) {
    if (!name.endsWith('.json')) continue;
    const r = parsePlanText(readFileSync(`${FIXTURES}${name}`, 'utf8'));
    if (r.ok) plans.push(r.plan);
  }
  return plans;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function rulesMarkdown(): string {
  const examples = new Map<RuleId, Set<string>>();
  for (const plan of examplePlans()) {
    for (const f of checkPlan(plan)) {
      for (const fix of fixesFor(plan, f)) {
        const set = examples.get(f.rule) ?? new Set<string>();
        set.add(fix.label);
        examples.set(f.rule, set);
      }
    }
  }
  const lines = [
    '# Rules',
    '',
    '<!-- Generated from src/rules/catalog by `npm run docs`; do not edit. A test fails when this file is out of date. -->',
    '',
    `The ${RULES.length} rules every plan is checked against, in the app (the Findings panel) and by`,
    '`ocs-topology check`. Each finding names its rule id, its severity, the servers and pool involved and',
    'what to do. Severities: **error** (the plan breaks a documented rule: `check` exits 1), **warning**',
    '(likely wrong, or documented only for one version), **info** (worth knowing). A fix, where one is',
    'offered, is one click (one undoable step) in the Findings panel.',
    '',
    '| id | severity | what it checks | fix offered | source |',
    '|---|---|---|---|---|',
  ];
  for (const rule of RULES) {
    const seen = [...(examples.get(rule.id) ?? [])];
    const fix = rule.fixes ? (seen.length > 0 ? `yes, e.g. “${seen[0]}”` : 'yes') : 'no';
    const source = rule.source ? `[${rule.source.label}](${rule.source.url})` : '';
    lines.push(`| \`${rule.id}\` | ${rule.severity} | ${cell(rule.title)} | ${cell(fix)} | ${source} |`);
  }
  lines.push(
    '',
    '`EE-BACKEND-SHARED` is an error on OCS 2007 R2 and a warning on OCS 2007, where the rule is not',
    "confirmed by Microsoft's text. In SARIF output (`check --format sarif`) error is `error`, warning is",
    '`warning` and info is `note`; each rule there carries its source as `helpUri`.',
    '',
  );
  return lines.join('\n');
}
