import { describe, expect, it } from 'vitest';
import { copyPlanName, uniquePlanName } from './planNames';

describe('plan names', () => {
  it('a new plan takes the first free number when its name is taken', () => {
    expect(uniquePlanName('Enterprise consolidated', [])).toBe('Enterprise consolidated');
    expect(uniquePlanName('Enterprise consolidated', ['Standard Edition'])).toBe('Enterprise consolidated');
    expect(uniquePlanName('Enterprise consolidated', ['enterprise consolidated '])).toBe('Enterprise consolidated (2)');
    expect(uniquePlanName('Enterprise consolidated', ['Enterprise consolidated', 'Enterprise consolidated (2)'])).toBe(
      'Enterprise consolidated (3)',
    );
    expect(uniquePlanName('Untitled plan (2)', ['Untitled plan', 'Untitled plan (2)'])).toBe('Untitled plan (3)');
  });

  it('a copy says it is one, and never takes another copy’s name', () => {
    expect(copyPlanName('Contoso HQ', ['Contoso HQ'])).toBe('Contoso HQ (copy)');
    expect(copyPlanName('Contoso HQ', ['Contoso HQ', 'Contoso HQ (copy)'])).toBe('Contoso HQ (copy 2)');
    expect(copyPlanName('Contoso HQ (copy)', ['Contoso HQ', 'Contoso HQ (copy)'])).toBe('Contoso HQ (copy 2)');
  });
});
