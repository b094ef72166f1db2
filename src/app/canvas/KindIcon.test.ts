import { describe, expect, it } from 'vitest';
import { KINDS } from '../../domain/kinds';
import { NODE_KINDS } from '../../domain/plan';
import { kindIconCss } from './KindIcon';

describe('the canvas look of the kinds', () => {
  it('is the registry’s: its colours in both schemes and its drawing, for every kind', () => {
    const css = kindIconCss();
    for (const kind of NODE_KINDS) {
      const { light, dark, icon } = KINDS[kind].look;
      expect(css).toContain(`.kind-accent-${kind}{color:${light}}`);
      expect(css).toContain(`.kind-accent-${kind}{color:${dark}}`);
      expect(css).toContain(encodeURIComponent(icon));
    }
  });
});
