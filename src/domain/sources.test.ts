/**
 * One table of the [Rnn] sources: every rule and every report row cites its pages from it, and its
 * addresses are the ones the domain research gives (sources-r2.md, section 6, copied below: the file
 * lives outside the repository).
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules';
import { SOURCES } from '../rules/sources';
import { buildReport } from '../report';
import type { ReportSource } from '../report';
import { readableFixturePlans } from '../../test/support/fixturePlans';
import { archivingMonitoringPlan } from '../../test/support/archivingPlan';
import { makeDeploymentPlan } from '../../test/support/deploymentPlan';
import { R_SOURCES } from './sources';
import type { Plan } from './plan';
import { TEMPLATE_LABELS, templatePlan } from './templates';
import type { TemplateName } from './templates';

/** sources-r2.md, section 6: each tag's address, as written there (without the scheme). */
const ADDRESSES: Record<string, string> = {
  R1: 'technet.microsoft.com/hi-in/library/dd425201(en-us,office.13).aspx',
  R2: 'learn.microsoft.com/nl-nl/previous-versions/office/communications-server/dd425285(v=office.13)',
  R3: 'docs.microsoft.com/en-us/previous-versions/office/communications-server/ee323593(v=office.13)',
  R4: 'docs.microsoft.com/en-us/previous-versions/office/communications-server/bb964073(v=office.12)',
  R5: 'technet.microsoft.com/en-us/library/dd425162(v=office.13).aspx',
  R6: 'technet.microsoft.com/en-us/library/dd441235(v=office.13).aspx',
  R7: 'technet.microsoft.com/en-us/library/bb663750(v=office.12).aspx',
  R8: 'technet.microsoft.com/en-us/library/bb964044(v=office.12).aspx',
  R9: 'technet.microsoft.com/en-us/library/bb964010(v=office.12)',
  R10: 'technet.microsoft.com/en-us/library/bb870398(office.12).aspx',
  R11: 'technet.microsoft.com/en-us/library/dd572362(v=office.13).aspx',
  R12: 'docs.microsoft.com/en-us/previous-versions/office/communications-server/dd572360(v=office.13)',
  R14: 'technet.microsoft.com/en-us/library/dd441179(v=office.13).aspx',
  R15: 'blogs.technet.com/b/nexthop/archive/2011/11/03/hardware-load-balancer-requirements-for-lync-server-2010.aspx',
  R16: 'technet.microsoft.com/en-us/library/ff181533(v=ocs.14).aspx',
  R17: 'unifiedpeople.ru/ocs2007r2.en/html/0a48b830-23ad-4605-9d63-947cf3380429.htm',
  R18: 'blogs.technet.com/markga/',
  R19: 'technet.microsoft.com/en-us/library/dd572418(v=office.13).aspx',
  R20: 'technet.microsoft.com/en-us/library/bb894627.aspx',
  R21: 'technet.microsoft.com/en-us/library/dd425171(office.13).aspx',
  R22: 'technet.microsoft.com/en-us/library/dd572683(v=office.13).aspx',
  R23: 'technet.microsoft.com/en-us/library/bb936637(v=office.12).aspx',
  R24: 'technet.microsoft.com/en-us/library/bb803627.aspx',
  R25: 'docs.microsoft.com/en-us/previous-versions/office/communications-server/dd572885(v=office.13)',
  R26: 'technet.microsoft.com/en-us/library/bb803617.aspx',
  R27: 'unifiedpeople.ru/ocs2007r2.en/html/50584280-af47-4001-bca7-2c532136010c.htm',
  R28: 'unifiedpeople.ru/ocs2007r2.en/html/8e99c9ea-f1cd-4cb8-8c6e-f59a19c319ea.htm',
  R29: 'unifiedpeople.ru/ocs2007r2.en/html/4c47101c-ae92-41b0-8c79-ec4777fff356.htm',
  R31: 'technet.microsoft.com/en-us/library/bb964057(v=office.12).aspx',
  R32: 'technet.microsoft.com/en-us/library/dd425338(office.13).aspx',
  R34: 'technet.microsoft.com/en-us/library/bb663730(office.12).aspx',
  R35: 'technet.microsoft.com/en-us/library/dd572179(v=office.13).aspx',
  R36: 'technet.microsoft.com/en-us/library/dd441159(v=office.13)',
  R38: 'learn.microsoft.com/en-us/previous-versions/office/skype-server-2010/gg398971(v=ocs.14)',
  R39: 'technet.microsoft.com/en-us/library/bb870411(v=office.12).aspx',
  R40: 'unifiedpeople.ru/ocs2007r2.en/html/375521eb-8651-4515-a7ba-52372a3a5baf.htm',
  R42: 'learn.microsoft.com/en-us/previous-versions/office/communications-server/dd572527(v=office.13)',
  R43: 'learn.microsoft.com/en-us/previous-versions/office/communications-server/bb963991(v=office.12)',
  R44: 'technet.microsoft.com/en-us/library/dd441136(v=office.13).aspx',
  R46: 'learn.microsoft.com/en-us/previous-versions/cc751558(v=technet.10)',
  R48: 'technet.microsoft.com/en-us/library/bb663570(v=office.12).aspx',
  R49: 'technet.microsoft.com/en-us/library/bb663581(v=office.12).aspx',
  R50: 'learn.microsoft.com/en-us/previous-versions/office/communications-server/dd425169(v=office.13)',
  R51: 'learn.microsoft.com/en-us/previous-versions/office/communications-server/dd441196(v=office.13)',
  R53: 'learn.microsoft.com/pl-pl/previous-versions/office/communications-server/dd441154(v=office.13)',
  R54: 'unifiedpeople.ru/ocs2007r2.en/html/69dcf02c-b432-488b-9dcb-28bcbbec7b3b.htm',
  R58: 'unifiedpeople.ru/ocs2007r2.en/html/63e1a986-4a5d-4410-a477-be2cc61161c1.htm',
  R59: 'technet.microsoft.com/en-us/library/dd425238(office.13).aspx',
  R60: 'unifiedpeople.ru/ocs2007r2.en/html/02b3578a-0e27-4987-8dfe-40c334021721.htm',
  R61: 'technet.microsoft.com/en-us/library/bb967672(v=office.12).aspx',
  R62: 'learn.microsoft.com/es-es/archive/blogs/rogulati/ocs-2007-r2-edge-server-configuration-part-iii-port-requirements',
  R63: 'technet.microsoft.com/en-us/library/bb870331.aspx',
  R64: 'technet.microsoft.com/en-us/library/bb663654(TechNet.10).aspx',
  R65: 'technet.microsoft.com/en-us/library/bb663700(v=Office.12)',
  R66: 'technet.microsoft.com/en-us/library/cc816291(v=office.12)',
  R67: 'unifiedpeople.ru/ocs2007r2.en/html/e34602d8-20f3-46ae-b164-1a3565d612a9.htm',
  R68: 'learn.microsoft.com/en-us/previous-versions/office/communications-server/bb870404(v=office.12)',
  R69: 'unifiedpeople.ru/ocs2007r2.en/html/f05bd2a7-2298-431f-bf3e-e64d15f596a7.htm',
  R70: 'unifiedpeople.ru/ocs2007r2.en/html/4d0564c2-c5ce-4e42-b46f-d7f836b90894.htm',
  R71: 'unifiedpeople.ru/ocs2007r2.en/html/63d25573-01ab-4e42-9427-38e31334894f.htm',
  R72: 'technet.microsoft.com/en-us/library/bb870336(office.12).aspx',
  R73: 'technet.microsoft.com/en-us/library/bb870318(office.12).aspx',
  R74: 'technet.microsoft.com/en-us/library/dd572771(v=office.13).aspx',
  R75: 'learn.microsoft.com/en-us/previous-versions/office/communications-server/dd441312(v=office.13)',
  R76: 'technet.microsoft.com/en-us/library/bb663639.aspx',
  R77: 'learn.microsoft.com/en-us/previous-versions/office/communications-server/dd425159(v=office.13)',
  R78: 'blog.martingibney.com/2009/05/capacity-planning-microsoft-office.html',
  R80: 'systemscenter.ru/hmc_help.en/html/66956b83-d316-4adf-be28-b62b01d67753.htm',
  R83: 'docs.microsoft.com/en-us/previous-versions/office/communications-server/bb964045(v=office.12)',
  R84: 'unifiedpeople.ru/ocs_14_itpro.en/html/ce5ffdb9-1cbd-47a4-b137-e0849d5dbb60.htm',
  R85: 'learn.microsoft.com/en-us/previous-versions/office/skype-server-2010/gg425900(v=ocs.14)',
  R86: 'howtomicrosoftofficetutorials.blogspot.com/2017/03/mediation-server-general.html',
  R88: 'unifiedpeople.ru/ocs2007r2.en/html/994a8a4d-fa3b-4676-ad3b-736316229818.htm',
  R95: 'unifiedpeople.ru/ocs2007r2.en/html/8a207fbe-e1e3-4106-9b2d-788d3d776962.htm',
  R96: 'technet.microsoft.com/en-us/library/bb663587(v=office.12).aspx',
};

function reportPlans(): Plan[] {
  const plans: Plan[] = [];
  for (const t of Object.keys(TEMPLATE_LABELS) as TemplateName[])
    for (const v of ['2007', '2007-r2'] as const) plans.push(templatePlan(t, v));
  for (const v of ['2007', '2007-r2'] as const) plans.push(archivingMonitoringPlan(v));
  plans.push(...readableFixturePlans().map((f) => f.plan));
  const deployment = makeDeploymentPlan(200);
  for (const v of ['2007', '2007-r2'] as const) {
    // With the inputs some rows need: SIP domains and the Edge Servers' external addresses.
    plans.push({
      ...deployment,
      ocsVersion: v,
      sipDomains: ['contoso.com'],
      nodes: deployment.nodes.map((n, i) => (n.kind === 'edge-server' ? { ...n, externalIps: { access: `131.107.0.${i % 250}` } } : n)),
    });
  }
  return plans;
}

/** Every `sources` list anywhere in a report. */
function citedIn(value: unknown, out: ReportSource[] = []): ReportSource[] {
  if (Array.isArray(value)) for (const v of value) citedIn(v, out);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(v)) out.push(...(v as ReportSource[]));
      else citedIn(v, out);
    }
  }
  return out;
}

describe('the sources table', () => {
  it('holds the address sources-r2.md gives for each tag, and a title', () => {
    expect(Object.keys(R_SOURCES).sort()).toEqual(Object.keys(ADDRESSES).sort());
    for (const [tag, { label, url }] of Object.entries(R_SOURCES)) {
      expect(url, tag).toBe(`https://${ADDRESSES[tag]}`);
      expect(label.trim(), tag).not.toBe('');
    }
  });

  it('is where every rule takes its [Rnn] pages from (the rest are the pool doc’s numbered references)', () => {
    const tagged = new Set<object>(Object.values(R_SOURCES));
    const numbered = new Set<object>(Object.values(SOURCES));
    let cited = 0;
    for (const rule of RULES) {
      for (const source of [rule.source, ...Object.values(rule.sources ?? {})]) {
        if (!source) continue;
        // The table's own object, not a copy with the same words: one entry per tag.
        expect(tagged.has(source) || numbered.has(source), `${rule.id}: ${source.label}`).toBe(true);
        if (tagged.has(source)) cited++;
      }
    }
    expect(cited).toBeGreaterThan(0);
  });

  it('is what every report row cites, by tag, with the table’s label and address', () => {
    const tags = new Set<string>();
    for (const plan of reportPlans()) {
      for (const source of citedIn(buildReport(plan))) {
        const entry = R_SOURCES[source.id as keyof typeof R_SOURCES];
        expect(entry, source.id).toBeDefined();
        expect({ label: source.label, url: source.url }, source.id).toEqual({ label: entry.label, url: entry.url });
        tags.add(source.id);
      }
    }
    expect(tags.size).toBeGreaterThan(20);
  });
});
