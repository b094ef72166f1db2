/** The plans the diagram geometry is measured on in tests: the templates, the readable fixtures, generated plans, and the tidied ones. */
import { autoLayout } from '../../src/domain/autoLayout';
import { makeLargePlan } from './largePlan';
import type { Plan } from '../../src/domain/plan';
import { TEMPLATE_LABELS, TEMPLATE_VERSIONS, templatePlan } from '../../src/domain/templates';
import type { TemplateName } from '../../src/domain/templates';
import { readableFixturePlans } from './fixturePlans';

export function diagramPlans(): { label: string; plan: Plan }[] {
  const out: { label: string; plan: Plan }[] = [];
  for (const t of Object.keys(TEMPLATE_LABELS) as TemplateName[]) {
    if (t === 'empty') continue;
    out.push({ label: `template ${t}`, plan: templatePlan(t) });
    if (templatePlan(t, '2007-r2').ocsVersion === '2007-r2' && !TEMPLATE_VERSIONS[t])
      out.push({ label: `template ${t} (R2)`, plan: templatePlan(t, '2007-r2') });
  }
  out.push(...readableFixturePlans());
  out.push({ label: 'generated 60', plan: makeLargePlan(60) });
  const expanded = templatePlan('expanded');
  const long = ['fe01-renamed.contoso.com', 'ocsfe03.emea.corp.fabrikam.com', 'a-very-long-front-end-name.north-america.corp.fabrikam.com'];
  out.push({
    label: 'long names',
    plan: {
      ...expanded,
      pools: expanded.pools.map((p) => ({ ...p, name: 'pool-with-a-long-name.emea.corp.fabrikam.com' })),
      nodes: expanded.nodes.map((n, i) => (i < long.length ? { ...n, name: long[i] } : n)),
    },
  });
  for (const { label, plan } of [...out]) out.push({ label: `${label}, tidied`, plan: autoLayout(plan) });
  return out;
}
