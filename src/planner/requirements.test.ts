import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../domain/plan';
import { defaultRequirements } from '../domain/requirements';
import { readPlan } from '../io/readPlan';
import { readRequirements } from './requirements';

describe('readRequirements', () => {
  it('accepts the form defaults and keeps fields it does not know', () => {
    const r = readRequirements({ ...defaultRequirements(), note: 'kept' });
    expect(r.ok && r.requirements).toMatchObject({ ocsVersion: '2007-r2', note: 'kept' });
  });

  it('names every problem with its field, in plain words', () => {
    const r = readRequirements({ ocsVersion: '2010', sites: [{ name: '', users: 1.5 }], features: ['fax'], externalPercent: -1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      'ocsVersion: expected one of 2007, 2007-r2 but got "2010"',
      'sites[0].name: must not be empty',
      'sites[0].users: expected a whole number but got 1.5',
      'externalPercent: expected a number >= 0 but got -1',
      expect.stringMatching(/^features\[0\]: expected one of conferencing/),
    ]);
  });

  it('checks what needs two fields: the total, unique site names, Group Chat on R2 only', () => {
    const r = readRequirements({
      ocsVersion: '2007',
      sites: [
        { name: 'Oslo', users: 500_000 },
        { name: 'oslo ', users: 500_000 },
        { name: 'Rome', users: 1 },
      ],
      features: ['group-chat'],
    });
    expect(!r.ok && r.problems).toEqual([
      'At most 1,000,000 users in all (asked: 1,000,001).',
      'Two sites are named "oslo": give each its own name.',
      'Group Chat needs OCS 2007 R2.',
    ]);
  });

  it("is the schema of a plan file's requirements field", () => {
    expect(readPlan({ ...emptyPlan(), requirements: defaultRequirements() }).ok).toBe(true);
    const bad = readPlan({ ...emptyPlan(), requirements: { ...defaultRequirements(), sites: [] } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.message).toContain('requirements.sites');
  });
});
