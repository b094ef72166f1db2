/**
 * Node benchmarks of the domain core: the rules check, the deployment report, reading a plan file, share links, SVG export and link routing.
 * Run: `npx tsx bench/core.bench.ts [out.json]` (scripts/bench.mjs runs it and prints the table).
 */
import { writeFileSync } from 'node:fs';
import { makeDeploymentPlan } from '../test/support/deploymentPlan';
import { makeLargePlan } from '../test/support/largePlan';
import { templatePlan } from '../src/domain/templates';
import { exportSvg } from '../src/io/exportSvg';
import { buildShareUrl, decodePlanLink, encodePlanLink } from '../src/io/link';
import { planToJson } from '../src/io/planJson';
import { parsePlanText } from '../src/io/readPlan';
import { checkPlan } from '../src/rules';
import { buildReport } from '../src/report/buildReport';
import { figure } from './figures';
import { runRoutingBench } from './routing';
import type { Figure } from './figures';
import { sinkValue, timeIt } from './timing';
import type { Timing } from './timing';

/** A plausible deployed address; the figures also give the fragment alone, which does not depend on it. */
export const SHARE_BASE_URL = 'https://ocs-designer.example.org/';

const round = (v: number, digits = 3) => Number(v.toFixed(digits));
const spread = (t: Timing) => ({ minMs: round(t.min, 4), maxMs: round(t.max, 4), samples: t.samples, callsPerSample: t.callsPerSample });

function log(message: string) {
  process.stderr.write(`[core] ${message}\n`);
}

export function runCoreBench(): Figure[] {
  const figures: Figure[] = [];

  // Rules check at three sizes, and how its cost grows.
  const checkTargets: Record<number, number> = { 1000: 2, 10000: 20 };
  const checkMs: Record<number, number> = {};
  for (const n of [100, 1000, 10000]) {
    const plan = makeLargePlan(n);
    const t = timeIt(() => checkPlan(plan));
    checkMs[n] = t.median;
    const max = checkTargets[n];
    figures.push(
      figure({
        id: `rules-check-${n}`,
        name: `Rules check, ${n.toLocaleString('en-US')} servers`,
        value: round(t.median, 4),
        unit: 'ms',
        target: max === undefined ? undefined : { max, text: `< ${max} ms` },
        detail: { ...spread(t), links: plan.links.length, pools: plan.pools.length, findings: checkPlan(plan).length },
      }),
    );
    log(`checkPlan ${n}: ${t.median.toFixed(3)} ms`);
  }
  // The same check on the whole deployment: every kind of part 2 in the plan (the data centre template, a site per copy).
  for (const n of [1000, 10000]) {
    const plan = makeDeploymentPlan(n);
    const t = timeIt(() => checkPlan(plan));
    const max = checkTargets[n];
    figures.push(
      figure({
        id: `rules-check-deployment-${n}`,
        name: `Rules check, whole deployment, ${plan.nodes.length.toLocaleString('en-US')} servers`,
        value: round(t.median, 4),
        unit: 'ms',
        target: { max, text: `< ${max} ms` },
        detail: {
          ...spread(t),
          links: plan.links.length,
          pools: plan.pools.length,
          sites: plan.sites?.length,
          findings: checkPlan(plan).length,
        },
      }),
    );
    log(`checkPlan deployment ${plan.nodes.length}: ${t.median.toFixed(3)} ms`);
  }
  // The deployment report of the whole deployment (the app passes the findings it has; the check is timed above).
  const reportTargets: Record<number, number> = { 1000: 10, 10000: 50 };
  for (const n of [1000, 10000]) {
    const plan = makeDeploymentPlan(n);
    const findings = checkPlan(plan);
    const t = timeIt(() => buildReport(plan, findings));
    const report = buildReport(plan, findings);
    const max = reportTargets[n];
    figures.push(
      figure({
        id: `report-deployment-${n}`,
        name: `Deployment report (buildReport), whole deployment, ${plan.nodes.length.toLocaleString('en-US')} servers`,
        value: round(t.median, 4),
        unit: 'ms',
        target: { max, text: `≤ ${max} ms` },
        detail: {
          ...spread(t),
          dns: report.dns.length,
          certificates: report.certificates.length,
          firewall: report.firewall.length,
          loadBalancers: report.loadBalancers.length,
          capacity: report.capacity.length,
        },
      }),
    );
    log(`buildReport deployment ${plan.nodes.length}: ${t.median.toFixed(3)} ms`);
  }
  for (const [a, b] of [
    [100, 1000],
    [1000, 10000],
  ]) {
    // Time ∝ n^k: k = 1 is linear growth.
    const k = Math.log(checkMs[b] / checkMs[a]) / Math.log(b / a);
    figures.push(
      figure({
        id: `rules-check-growth-${a}-${b}`,
        name: `Rules check growth ${a.toLocaleString('en-US')}→${b.toLocaleString('en-US')} (exponent k, time ∝ n^k)`,
        value: round(k, 2),
        unit: '',
        detail: { ratio: round(checkMs[b] / checkMs[a], 2) },
      }),
    );
  }

  // Reading, links and export at 1,000 and 10,000 servers, and how each grows (linear: k near 1).
  const formatMs: Record<string, Record<number, number>> = {};
  for (const n of [1000, 10000]) {
    const label = n.toLocaleString('en-US');
    const plan = makeLargePlan(n);
    const text = planToJson(plan);
    const payload = encodePlanLink(plan);
    const findings = checkPlan(plan);
    const decoded = decodePlanLink(payload);
    const parsed = parsePlanText(text);
    if (!decoded.ok || !parsed.ok) throw new Error(`The ${label}-server plan did not read back.`);
    const svg = exportSvg(plan, { findings, legend: true });
    // Fewer samples at 10,000: each call takes up to a second there.
    const options = n > 1000 ? { samples: 5, minSampleMs: 0, warmupMs: 0 } : {};
    const cases: [string, string, () => unknown, Record<string, unknown>][] = [
      [
        'read-plan',
        `Read and validate plan JSON (parsePlanText), ${label} servers`,
        () => parsePlanText(text),
        { characters: text.length },
      ],
      ['link-encode', `Encode share link (encodePlanLink), ${label} servers`, () => encodePlanLink(plan), { characters: payload.length }],
      ['link-decode', `Decode and validate share link (decodePlanLink), ${label} servers`, () => decodePlanLink(payload), {}],
      [
        'svg-export',
        `SVG export with findings (exportSvg), ${label} servers`,
        () => exportSvg(plan, { findings, legend: true }),
        { characters: svg.length },
      ],
    ];
    for (const [id, name, fn, extra] of cases) {
      const t = timeIt(fn, options);
      (formatMs[id] ??= {})[n] = t.median;
      figures.push(figure({ id: `${id}-${n}`, name, value: round(t.median, 3), unit: 'ms', detail: { ...spread(t), ...extra } }));
      log(`${id}-${n}: ${t.median.toFixed(3)} ms`);
    }
  }
  for (const [id, ms] of Object.entries(formatMs)) {
    const k = Math.log(ms[10000] / ms[1000]) / Math.log(10);
    figures.push(
      figure({
        id: `${id}-growth-1000-10000`,
        name: `${id} growth 1,000→10,000 (exponent k, time ∝ n^k)`,
        value: round(k, 2),
        unit: '',
        target: { max: 1.25, text: 'k ≤ 1.25 (linear)' },
        detail: { ms1000: round(ms[1000], 3), ms10000: round(ms[10000], 3) },
      }),
    );
  }

  // Share-link length of the three seed configurations.
  for (const t of ['standard', 'consolidated', 'expanded'] as const) {
    const url = buildShareUrl(SHARE_BASE_URL, templatePlan(t));
    const fragment = url.slice(url.indexOf('#'));
    figures.push(
      figure({
        id: `share-link-${t}`,
        name: `Share link length, ${t} seed (fragment #plan=…)`,
        value: fragment.length,
        unit: 'chars',
        detail: { fullUrlLength: url.length, baseUrl: SHARE_BASE_URL },
      }),
    );
  }
  log(`(sink ${sinkValue()})`);
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = [...runCoreBench(), ...(await runRoutingBench())];
  const out = process.argv[2];
  if (out) writeFileSync(out, JSON.stringify(figures, null, 2));
  else console.log(JSON.stringify(figures, null, 2));
}
