import { describe, expect, it } from 'vitest';
import { copyName, idFactory, nextName, planDomain, takenNames } from './names';
import { templatePlan } from './templates';

describe('names', () => {
  it('finds the plan’s usual domain, or contoso.com', () => {
    expect(planDomain(templatePlan('consolidated'))).toBe('contoso.com');
    const plan = { nodes: [{ name: 'a.fabrikam.net' }, { name: 'b.fabrikam.net' }, { name: 'c.contoso.com' }], pools: [] };
    expect(planDomain(plan as never)).toBe('fabrikam.net');
    expect(planDomain({ nodes: [], pools: [] })).toBe('contoso.com');
  });

  it('numbers new names past the taken ones, ignoring case', () => {
    const taken = new Set(['fe01.contoso.com', 'FE02.CONTOSO.COM'.toLowerCase()]);
    expect(nextName('fe', 'contoso.com', taken)).toBe('fe03.contoso.com');
    expect(nextName('fe', 'contoso.com', taken)).toBe('fe04.contoso.com');
  });

  it('names a copy after its original with the next free number', () => {
    const taken = takenNames(templatePlan('consolidated'));
    expect(copyName('fe01.contoso.com', taken)).toBe('fe05.contoso.com');
    expect(copyName('fe01.contoso.com', taken)).toBe('fe06.contoso.com');
    expect(copyName('web.contoso.com', new Set(['web.contoso.com']))).toBe('web-2.contoso.com');
    expect(copyName('edge', new Set(['edge']))).toBe('edge-2');
  });

  it('makes ids that collide with nothing in the plan', () => {
    const plan = templatePlan('consolidated');
    const next = idFactory(plan);
    const ids = [next('fe'), next('fe'), next('l'), next('p')];
    expect(ids).toEqual(['fe5', 'fe6', 'l9', 'p2']);
  });
});
