import { describe, expect, it } from 'vitest';
import { sipDomainProblem, splitSipDomains } from './sipDomains';

describe('the SIP domains field', () => {
  it('splits a typed line into domains, dropping empty ones', () => {
    expect(splitSipDomains('contoso.com, fabrikam.com;litware.com  ')).toEqual(['contoso.com', 'fabrikam.com', 'litware.com']);
    expect(splitSipDomains('contoso.com,')).toEqual(['contoso.com']);
    expect(splitSipDomains('  ')).toEqual([]);
  });

  it('names the first domain that is no DNS domain name', () => {
    expect(sipDomainProblem(['contoso.com', 'sub.fabrikam.co.uk'])).toBeUndefined();
    expect(sipDomainProblem([])).toBeUndefined();
    expect(sipDomainProblem(['contoso.com', 'contoso'])).toMatch(/“contoso” is not a DNS domain name/);
    expect(sipDomainProblem(['-bad.com'])).toMatch(/-bad\.com/);
    expect(sipDomainProblem(['a..com'])).toMatch(/a\.\.com/);
  });
});
