/**
 * Fuzzing the app's import as a user meets it: damaged plan files and SVGs go through importFiles
 * (decoded here: Node has no Web Worker); each one either opens or is refused with a notice, and a
 * refused one leaves the open plan, its history and the selection exactly as they were.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { templatePlan } from '../../domain/templates';
import { fuzzRuns, limitValue, mutate, mutationArbitrary, planArbitrary } from '../../../test/support/arbitraries';
import { exportSvg } from '../../io/exportSvg';
import { planToJson } from '../../io/planJson';
import { planStore, sessionStore } from '../stores';
import { importFiles } from './importFile';

describe('importFiles fuzz', () => {
  const plans = fc.sample(planArbitrary, { numRuns: 40, seed: 16 });
  const texts = plans.flatMap((p) => [
    { name: 'plan.json', text: planToJson(p) },
    { name: 'plan.svg', text: exportSvg(p) },
  ]);

  it(`${fuzzRuns('importFiles').toLocaleString('en-US')} damaged files: each opens or is refused with a notice, and a refused one changes nothing`, async () => {
    planStore.getState().apply(templatePlan('expanded'));
    const inputs = fc.sample(
      fc.tuple(
        fc.nat(texts.length - 1),
        fc.nat(),
        fc.oneof(
          fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }).map((m) => ({ kind: 'plan' as const, m })),
          fc
            .tuple(fc.nat(), fc.constantFrom('<ocs-plan>', '<![CDATA[', '&', '[', '{"a":', '\u0000', ''), fc.integer({ min: 1, max: 5000 }))
            .map((t) => ({ kind: 'text' as const, t })),
          limitValue.map((v) => ({ kind: 'limit' as const, v })),
        ),
      ),
      { numRuns: fuzzRuns('importFiles'), seed: 1616 },
    );
    let refused = 0;
    for (const [pick, at, change] of inputs) {
      const { name, text } = texts[pick];
      let damaged: string;
      if (change.kind === 'plan') damaged = JSON.stringify(mutate(plans[pick >> 1], change.m));
      else if (change.kind === 'limit')
        damaged = JSON.stringify({ ...plans[pick >> 1], nodes: [{ ...plans[pick >> 1].nodes[0], position: change.v }] });
      else {
        const [where, fragment, times] = change.t;
        const i = where % (text.length + 1);
        damaged = text.slice(0, i) + fragment.repeat(times) + text.slice(i + (at % 50));
      }
      const before = planStore.getState();
      sessionStore.setState({ notices: [] });
      const imported = await importFiles([new File([damaged], change.kind === 'text' ? name : 'plan.json')]);
      const notices = sessionStore.getState().notices;
      if (imported) {
        expect(notices.map((n) => n.kind)).toEqual(['info']);
        continue;
      }
      refused++;
      expect(planStore.getState()).toBe(before);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ kind: 'error', text: expect.stringMatching(/ was not imported: .+\. Nothing was changed\.$/s) });
    }
    expect(refused).toBeGreaterThan(fuzzRuns('importFiles') * 0.3);
  });
});
