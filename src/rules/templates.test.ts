import { describe, expect, it } from 'vitest';
import { templatePlan } from '../domain/templates';
import { checkPlan } from './index';

describe('the seed templates', () => {
  for (const version of ['2007', '2007-r2'] as const) {
    for (const template of ['standard', 'consolidated', 'expanded'] as const) {
      it(`${template} on ${version} has no errors or warnings`, () => {
        const found = checkPlan(templatePlan(template, version));
        expect(found.filter((f) => f.severity !== 'info')).toEqual([]);
      });
    }
  }

  it('carry the infos the doc predicts', () => {
    expect(checkPlan(templatePlan('standard')).map((f) => f.rule)).toEqual(['SE-NO-HA']);
    expect(checkPlan(templatePlan('expanded', '2007-r2')).map((f) => f.rule)).toEqual(['R2-EXPANDED-CLI']);
    expect(checkPlan(templatePlan('consolidated', '2007-r2'))).toEqual([]);
  });
});
