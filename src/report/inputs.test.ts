import { describe, expect, it } from 'vitest';
import { buildNode } from '../domain/kinds';
import type { Plan } from '../domain/plan';
import { emptyPlan } from '../domain/plan';
import { templatePlan } from '../domain/templates';
import { domainOf, resolveReportInputs } from './inputs';

describe('the report inputs and their defaults', () => {
  it('the domain part of an FQDN is everything after the first label', () => {
    expect(domainOf('pool01.eu.contoso.com')).toBe('eu.contoso.com');
    expect(domainOf('Pool01.Contoso.COM.')).toBe('contoso.com');
    expect(domainOf('pool01')).toBeUndefined();
    expect(domainOf('pool01.')).toBeUndefined();
  });

  it('defaults: SIP domains from the pool FQDNs (each once), the first user pool, the pool FQDN as web farm, sip./webconf./av. names', () => {
    const p = templatePlan('r2-remote-access');
    p.pools = [
      ...p.pools,
      { id: 'p2', name: 'pool02.fabrikam.com', edition: 'standard' },
      { id: 'p3', name: 'pool03.contoso.com', edition: 'standard' },
    ];
    const inputs = resolveReportInputs(p);
    expect(inputs.sipDomains).toEqual(['contoso.com', 'fabrikam.com']);
    expect(inputs.defaultSipDomains).toEqual(['contoso.com', 'fabrikam.com']);
    // The Director pool comes first in the plan, but it hosts no users.
    expect(inputs.autoSignInPool).toBe('p1');
    expect(inputs.webInternalFqdn).toMatchObject({ dir: 'director.contoso.com', p1: 'pool01.contoso.com' });
    expect(inputs.webExternalFqdn).toEqual({});
    expect(inputs.edgeExternalFqdns).toEqual({
      edge1: { access: 'sip.contoso.com', 'web-conferencing': 'webconf.contoso.com', av: 'av.contoso.com' },
    });
  });

  it('the plan’s values win; a designated pool that does not exist falls back to the default', () => {
    const p: Plan = {
      ...templatePlan('r2-remote-access'),
      sipDomains: [' Fabrikam.com ', 'fabrikam.com', ''],
      autoSignInPool: 'dir',
    };
    p.pools = p.pools.map((x) =>
      x.id === 'p1' ? { ...x, webInternalFqdn: 'web-int.contoso.com', webExternalFqdn: 'web.contoso.com' } : x,
    );
    p.nodes = p.nodes.map((n) => (n.kind === 'edge-server' ? { ...n, externalFqdns: { av: 'media.fabrikam.com' } } : n));
    const inputs = resolveReportInputs(p);
    expect(inputs.sipDomains).toEqual(['fabrikam.com']);
    expect(inputs.defaultSipDomains).toEqual(['contoso.com']);
    expect(inputs.autoSignInPool).toBe('dir');
    expect(inputs.defaultAutoSignInPool).toBe('p1');
    expect(inputs.webInternalFqdn.p1).toBe('web-int.contoso.com');
    expect(inputs.webExternalFqdn).toEqual({ p1: 'web.contoso.com' });
    expect(inputs.edgeExternalFqdns.edge1).toEqual({
      access: 'sip.fabrikam.com',
      'web-conferencing': 'webconf.fabrikam.com',
      av: 'media.fabrikam.com',
    });
    expect(inputs.defaultEdgeExternalFqdns.edge1.av).toBe('av.fabrikam.com');
    expect(resolveReportInputs({ ...p, autoSignInPool: 'gone' }).autoSignInPool).toBe('p1');
  });

  it('an Edge Server names only the services it runs; a plan without pools takes the domain of its servers; none without dotted names', () => {
    const p = emptyPlan('x', '2007');
    p.nodes = [
      buildNode('edge-server', '2007', { id: 'e', name: 'edge01.contoso.com', position: { x: 0, y: 0 } }, { edgeServices: ['av'] }),
    ];
    expect(resolveReportInputs(p).edgeExternalFqdns).toEqual({ e: { av: 'av.contoso.com' } });
    p.nodes = [{ ...p.nodes[0], name: 'edge' }];
    const none = resolveReportInputs(p);
    expect(none.sipDomains).toEqual([]);
    // No domain: no name is invented (the report falls back to the server's own FQDN).
    expect(none.edgeExternalFqdns).toEqual({ e: {} });
  });
});
