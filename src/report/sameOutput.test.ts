/**
 * The report's JSON, byte for byte: a SHA-256 of `JSON.stringify(buildReport(plan))` per plan, recorded before the
 * report was made faster. Any change to a table, a field's order or a value changes a hash; where a change of output
 * is meant, the tests that read the rows (templates.test.ts, buildReport.test.ts) say what changed and these hashes
 * are recorded again.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../domain/plan';
import { TEMPLATE_LABELS, templatePlan } from '../domain/templates';
import type { TemplateName } from '../domain/templates';
import { checkPlan } from '../rules';
import { arbitraryPlan, planArbitrary } from '../../test/support/arbitraries';
import { archivingMonitoringPlan } from '../../test/support/archivingPlan';
import { makeDeploymentPlan } from '../../test/support/deploymentPlan';
import { makeLargePlan } from '../../test/support/largePlan';
import { buildReport } from './buildReport';
import { readableFixturePlans } from '../../test/support/fixturePlans';

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** The deployment plan with every input the report reads given: SIP domains, addresses, web farm and Edge names. */
function withInputs(plan: Plan): Plan {
  let i = 0;
  return {
    ...plan,
    sipDomains: ['Contoso.com', 'fabrikam.com', ' contoso.com '],
    autoSignInPool: plan.pools[plan.pools.length - 1]?.id,
    pools: plan.pools.map((p, k) => ({
      ...p,
      ...(k % 2 === 0 ? { webInternalFqdn: `web-int-${k}.contoso.com` } : {}),
      ...(k % 3 !== 2 ? { webExternalFqdn: `web-ext-${k}.contoso.com` } : {}),
    })),
    nodes: plan.nodes.map((n) => {
      i++;
      const ip = `10.${(i >> 8) & 255}.${i & 255}.1`;
      if (n.kind === 'edge-server')
        return {
          ...n,
          ip,
          externalIps: { access: `131.107.${i & 255}.1`, av: `131.107.${i & 255}.3` },
          ...(i % 2 === 0 ? { externalFqdns: { access: `sip-${i}.contoso.com` } } : {}),
        };
      if (n.kind === 'mediation-server') return { ...n, ip, gatewayIp: `192.168.${i & 255}.1` };
      return i % 4 === 0 ? n : { ...n, ip };
    }),
  };
}

function plans(): { label: string; plan: Plan }[] {
  const out: { label: string; plan: Plan }[] = [];
  for (const t of Object.keys(TEMPLATE_LABELS) as TemplateName[])
    for (const v of ['2007', '2007-r2'] as const) out.push({ label: `template ${t} ${v}`, plan: templatePlan(t, v) });
  for (const v of ['2007', '2007-r2'] as const) out.push({ label: `archiving ${v}`, plan: archivingMonitoringPlan(v) });
  out.push(...readableFixturePlans());
  const deployment = makeDeploymentPlan(1000);
  out.push({ label: 'deployment 1000', plan: deployment });
  out.push({ label: 'deployment 1000 on 2007', plan: { ...deployment, ocsVersion: '2007' } });
  out.push({ label: 'deployment 1000 with inputs', plan: withInputs(deployment) });
  out.push({ label: 'deployment 1000 with inputs on 2007', plan: { ...withInputs(deployment), ocsVersion: '2007' } });
  out.push({ label: 'deployment 10000', plan: makeDeploymentPlan(10000) });
  out.push({ label: 'large 1000', plan: makeLargePlan(1000) });
  out.push({ label: 'large 1000 R2', plan: makeLargePlan(1000, '2007-r2') });
  fc.sample(arbitraryPlan(), { numRuns: 150, seed: 2026 }).forEach((plan, i) => out.push({ label: `as drawn ${i}`, plan }));
  fc.sample(planArbitrary, { numRuns: 50, seed: 2027 }).forEach((plan, i) => out.push({ label: `awkward ${i}`, plan }));
  return out;
}

/** Recorded on the report's code before it was made faster. */
const EXPECTED: Record<string, string> = {
  'archiving 2007': '490140682da9e638',
  'archiving 2007-r2': '56b183205bb04f83',
  'as drawn 0': '714ded5734762cf4',
  'as drawn 1': '0ed265769e03f1c6',
  'as drawn 10': 'c24b4cb423b00b9b',
  'as drawn 100': '95a380e4e6ace1a3',
  'as drawn 101': '66f97c4c28a6ab70',
  'as drawn 102': '0347dd2dd5e3f175',
  'as drawn 103': '84497db5ffaa22aa',
  'as drawn 104': 'f41ee3c158214344',
  'as drawn 105': 'ed8ac2a4ad8bb423',
  'as drawn 106': '70f09500a923e5bd',
  'as drawn 107': '4a88458052e30e7a',
  'as drawn 108': '0d88da5cd5824ca5',
  'as drawn 109': '34a5cbfe4a9cb745',
  'as drawn 11': '7215eca9342d9452',
  'as drawn 110': '65f6bcc509d91a91',
  'as drawn 111': '873a23ca51f79317',
  'as drawn 112': 'b50d8c0e11cd382e',
  'as drawn 113': 'd489ec8cd24262fa',
  'as drawn 114': '5b2500deea4b18ac',
  'as drawn 115': '13d9d9e4153c2a0d',
  'as drawn 116': '47c3e6c336fd8b96',
  'as drawn 117': 'd6deb1d25db03c00',
  'as drawn 118': 'f6dbb6dcafaae7b6',
  'as drawn 119': 'caeed1ea28368764',
  'as drawn 12': '5e0062998a2ae6d3',
  'as drawn 120': 'edab9b23e7159ed1',
  'as drawn 121': '2f927a98c4a08a00',
  'as drawn 122': '03c0a81db4485aa1',
  'as drawn 123': 'bc18b0afbdbcb13a',
  'as drawn 124': '1f25a93ab5f58427',
  'as drawn 125': 'fbf0b2606cffa2fe',
  'as drawn 126': 'f60a5d1c88282323',
  'as drawn 127': '4aa60ebb4621de7e',
  'as drawn 128': '62510c434d2345f5',
  'as drawn 129': 'b10458d0c4a70021',
  'as drawn 13': '7b9a3491d9fe4173',
  'as drawn 130': '1423d298bf1897a9',
  'as drawn 131': '84497db5ffaa22aa',
  'as drawn 132': '1ea0639eb1ed8fb3',
  'as drawn 133': '61acbb811cf6d974',
  'as drawn 134': 'f8509e35cda32240',
  'as drawn 135': 'ce95d2f689137eca',
  'as drawn 136': '1ce1e72792071bfc',
  'as drawn 137': '8aa8bea482006370',
  'as drawn 138': '5dd23d344cff6bca',
  'as drawn 139': '600bd2986a9ce827',
  'as drawn 14': '173f15e3ee18653d',
  'as drawn 140': '84bb30da47a67da8',
  'as drawn 141': 'e6dcd4d9dd915543',
  'as drawn 142': 'f5e7e55cd77d9cac',
  'as drawn 143': 'c60ffbea72dec324',
  'as drawn 144': 'e2020c3bdffdb5ed',
  'as drawn 145': '0eda5db5205b19a6',
  'as drawn 146': '9bba0d139d0e5725',
  'as drawn 147': '333dad7543742800',
  'as drawn 148': 'abf0b75ddaedfcba',
  'as drawn 149': '10bb475e532b48b3',
  'as drawn 15': 'bc3be182b92c8726',
  'as drawn 16': '218b1c79e2ca407c',
  'as drawn 17': 'e2285b9c15fd672e',
  'as drawn 18': '1aac9a50c81e1305',
  'as drawn 19': '1f33fa941883ee9d',
  'as drawn 2': 'b73ad18dd0a14f10',
  'as drawn 20': 'a6e0d149b4115678',
  'as drawn 21': '44ff9611a933f10c',
  'as drawn 22': '1038b6b0b78e9c99',
  'as drawn 23': '83362656d503ebee',
  'as drawn 24': 'b7630af2578492cd',
  'as drawn 25': '584eb673dd3c22a0',
  'as drawn 26': 'fa5f2dc58e9e2c15',
  'as drawn 27': 'c9d602657b29a39b',
  'as drawn 28': '99697c0d8fea2656',
  'as drawn 29': '7aabc4fe4a2c1ec3',
  'as drawn 3': '119a6393b2529f85',
  'as drawn 30': '96759de546ab8ba1',
  'as drawn 31': 'bde9eb33297b15ad',
  'as drawn 32': '265fc837eadfef09',
  'as drawn 33': '1e40d6077fa7711b',
  'as drawn 34': '1d9be6efc3baa8b4',
  'as drawn 35': '55976190e1b07351',
  'as drawn 36': '688e4a0b9fac237a',
  'as drawn 37': 'bf826f3fd29e9a50',
  'as drawn 38': '1a2eca9b006578cc',
  'as drawn 39': 'a39c162dd498b252',
  'as drawn 4': 'c17d0a88e534fe1a',
  'as drawn 40': 'a65ace00fc2143c4',
  'as drawn 41': 'e3cc7f5e9e7a1d97',
  'as drawn 42': 'bf0b25ebd0537a80',
  'as drawn 43': 'e2c12e258c2fb708',
  'as drawn 44': '35261a1a86282c40',
  'as drawn 45': 'e73937b34d1800e4',
  'as drawn 46': 'b25c5171422bd4a4',
  'as drawn 47': '7cc54fbd6c7a7678',
  'as drawn 48': 'ce268665502f8ae3',
  'as drawn 49': '742675665b58cf53',
  'as drawn 5': '679418160e3bc26a',
  'as drawn 50': '082a6e53f90dcca4',
  'as drawn 51': '857f8af462eec93a',
  'as drawn 52': 'ee0a6c0aabc9ea28',
  'as drawn 53': '0dae2e08f3187cf1',
  'as drawn 54': 'dc2ccd78570766be',
  'as drawn 55': '049a3f67d5758639',
  'as drawn 56': '5727fae51086e020',
  'as drawn 57': 'c31a81298c92ccd8',
  'as drawn 58': '18f1382251e24bdf',
  'as drawn 59': '9cb5f007fa97eb6b',
  'as drawn 6': '680b5a32c1bc9e03',
  'as drawn 60': '2e2b5f5363b2b08b',
  'as drawn 61': 'cec906020b55e0d6',
  'as drawn 62': '3568458899275cce',
  'as drawn 63': '2652d035fdbdcfc2',
  'as drawn 64': '89328527e623cd6b',
  'as drawn 65': '9e7f88648f057af6',
  'as drawn 66': '07c1e4a38a5c26e2',
  'as drawn 67': '5112603ecdc895cb',
  'as drawn 68': '9d7bae2ab5b8f7a4',
  'as drawn 69': 'ece01a6ed1920aff',
  'as drawn 7': '7c92a7fd66d34775',
  'as drawn 70': '202f21d508060c58',
  'as drawn 71': '4f905ce0c9df539d',
  'as drawn 72': 'ada41882c4c552d9',
  'as drawn 73': '2cbcde181e8b3f43',
  'as drawn 74': 'b2a4c6e0920ade7c',
  'as drawn 75': '869a424cc4b5faa4',
  'as drawn 76': '8f05d243c138b777',
  'as drawn 77': 'df45afbf5c38273b',
  'as drawn 78': '890b944f73a7ab04',
  'as drawn 79': '41a8fd7f96be26fc',
  'as drawn 8': 'ebac5dc785ee7b69',
  'as drawn 80': '1d0c8b8a0399c8fb',
  'as drawn 81': 'd01dd1d6d01411e4',
  'as drawn 82': 'd1d1c79b145ebd3f',
  'as drawn 83': 'cb9e56449d82551b',
  'as drawn 84': '56fb63f71c9784e9',
  'as drawn 85': 'c71445a9ca6994a4',
  'as drawn 86': 'bae63e80da3c194f',
  'as drawn 87': 'd2a414d67fc66c25',
  'as drawn 88': 'f555f02afcc61453',
  'as drawn 89': '43303fff66d9b3ba',
  'as drawn 9': '7db4831d07ce326f',
  'as drawn 90': '907aeeb41f5f9c30',
  'as drawn 91': 'f019987bf3c8cefe',
  'as drawn 92': 'de4f46e1294d5c06',
  'as drawn 93': '2e16b3b45b240bad',
  'as drawn 94': '13f6b20775655287',
  'as drawn 95': 'b7f9bf5dc77ac54e',
  'as drawn 96': '3da3bdd1b949c8b8',
  'as drawn 97': '40b803bf0ea35b11',
  'as drawn 98': 'e0d2e36895986675',
  'as drawn 99': '2b8797aa7e7cf01c',
  'awkward 0': '65ab9b34c4a8a682',
  'awkward 1': '7c863ecf796713e8',
  'awkward 10': '6d0cc96fc67b4105',
  'awkward 11': 'a059a73d713d593e',
  'awkward 12': '3fd71051b3c8124f',
  'awkward 13': '59f518bc743d8baa',
  'awkward 14': '42842167d45a6c4a',
  'awkward 15': 'e162254300c9cc60',
  'awkward 16': '1d219468c3097764',
  'awkward 17': '4886a7231e8e9da8',
  'awkward 18': 'b8142b9acdd93ff4',
  'awkward 19': '346fc6171e014c3b',
  'awkward 2': '4ede1b79e5b5164e',
  'awkward 20': 'd35572d2801f966b',
  'awkward 21': '5ac9fae43b3a6435',
  'awkward 22': '5f4bcd094ac6af9a',
  'awkward 23': '154a82e1470e2d76',
  'awkward 24': '4960fecf41707f8c',
  'awkward 25': 'f6305cf3059344b3',
  'awkward 26': '8f0fe32e303ca12b',
  'awkward 27': '2ee85f75695807bc',
  'awkward 28': '14ec11d130b30403',
  'awkward 29': '3c2980304d390102',
  'awkward 3': '615e5d40faa986a7',
  'awkward 30': '92a0bf3a591d3649',
  'awkward 31': 'e45cfd3016c50d7c',
  'awkward 32': 'ef80a7bbe899fdc7',
  'awkward 33': 'dda43f5fdb985c6a',
  'awkward 34': 'c3c882bbb7dec006',
  'awkward 35': '7100644d5e6ee2c4',
  'awkward 36': 'b26f66340c37fe00',
  'awkward 37': '40d8a4e5904b620f',
  'awkward 38': '5f818690d7a3252c',
  'awkward 39': '3e8caeca5773a19e',
  'awkward 4': 'fb25c108d76cedc9',
  'awkward 40': 'f53ded2ea323287f',
  'awkward 41': '6559780b76f92f8d',
  'awkward 42': '3b63c02d36d8a8a1',
  'awkward 43': 'a5768779a2d00f50',
  'awkward 44': '4ffe7db3c15a3949',
  'awkward 45': '3396a9e16cd88a2e',
  'awkward 46': '71a82db7940a71ee',
  'awkward 47': '4556352087ccb85b',
  'awkward 48': '8c83adbf49a738c1',
  'awkward 49': '014a7ef20937aa9d',
  'awkward 5': 'd8f006639c98f78d',
  'awkward 6': '002bbb645940c3e5',
  'awkward 7': '951d615f889a00b8',
  'awkward 8': '4ec6636f0dce3f73',
  'awkward 9': '467d6c13d250b1d2',
  'deployment 1000': '545b8d16e284e0d9',
  'deployment 1000 on 2007': '37f0b84fe082226b',
  'deployment 1000 with inputs': '73b432dbaeddb90b',
  'deployment 1000 with inputs on 2007': '21d51d4d65203c1f',
  'deployment 10000': 'e717f6b6fef51c4c',
  'fixture consolidated.json': '1bb7d7f68b323c1b',
  'fixture expanded.json': '0f3d175632212f79',
  'fixture long-names.json': '403d0d639ac780f4',
  'fixture standard.json': 'c602c83104f2337a',
  'fixture with-errors.json': '7510b533df0c9f84',
  'large 1000': 'd999251542037d88',
  'large 1000 R2': '57f33f1338e3a4cf',
  'template 2007-single-site-edge 2007': 'ffb6176ad1a99231',
  'template 2007-single-site-edge 2007-r2': 'ffb6176ad1a99231',
  'template consolidated 2007': '1bb7d7f68b323c1b',
  'template consolidated 2007-r2': 'db80aaccfbe97eff',
  'template empty 2007': '5ebbc69b81d54328',
  'template empty 2007-r2': '43c7f9fcbf86cf04',
  'template enterprise-voice 2007': 'da9333f26dcd0d35',
  'template enterprise-voice 2007-r2': '174255f700f4d0d6',
  'template expanded 2007': '0f3d175632212f79',
  'template expanded 2007-r2': '0b289704f8ecf3f3',
  'template r2-data-centre 2007': 'b45d001e98f7b1c3',
  'template r2-data-centre 2007-r2': 'b45d001e98f7b1c3',
  'template r2-remote-access 2007': '064dd8ad6aca254d',
  'template r2-remote-access 2007-r2': '064dd8ad6aca254d',
  'template r2-scaled-edge 2007': '72e9963444d8f2d6',
  'template r2-scaled-edge 2007-r2': '72e9963444d8f2d6',
  'template standard 2007': 'c602c83104f2337a',
  'template standard 2007-r2': '9585379e547cea26',
};

describe('the report JSON stays byte-identical', () => {
  it('for every template, fixture, large and generated plan', () => {
    const actual: Record<string, string> = {};
    for (const { label, plan } of plans()) actual[label] = hash(JSON.stringify(buildReport(plan, checkPlan(plan))));
    expect(actual).toEqual(EXPECTED);
  });
  it('whether the findings are passed or computed', () => {
    const plan = makeDeploymentPlan(200);
    expect(JSON.stringify(buildReport(plan))).toBe(JSON.stringify(buildReport(plan, checkPlan(plan))));
  });
});
