import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../domain/plan';
import { defaultRequirements } from '../domain/requirements';
import { decodePlanLink, encodePlanLink } from '../io/link';
import { planToJson } from '../io/planJson';
import { parsePlanText, readPlan } from '../io/readPlan';
import { planFromRequirements } from './planFromRequirements';
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

describe('a planner plan through a share link and a plan file', () => {
  it('keeps its requirements and every why', () => {
    const plan = planFromRequirements({
      ocsVersion: '2007-r2',
      sites: [
        { name: 'HQ', users: 50_000 },
        { name: 'Oslo', users: 10_000 },
      ],
      features: ['external', 'voice'],
    });
    const viaLink = decodePlanLink(encodePlanLink(plan));
    expect(viaLink.ok && viaLink.plan).toEqual(plan);
    const viaFile = parsePlanText(planToJson(plan));
    expect(viaFile.ok && viaFile.plan).toEqual(plan);
  });
});
