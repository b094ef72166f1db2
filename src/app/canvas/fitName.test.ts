import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemes } from '../../io/svgText';
import { fitToWidth } from './fitName';

/** Every cluster 10 px wide: a measure whose answers are easy to check by hand. */
const tenEach = (s: string) => graphemes(s).length * 10;

describe('fitToWidth', () => {
  it('keeps a name that fits', () => {
    expect(fitToWidth('se01.contoso.com', 160, tenEach)).toBe('se01.contoso.com');
  });

  it('cuts a long name to the longest start that fits with its ellipsis', () => {
    // 100 px: nine clusters and the ellipsis.
    expect(fitToWidth('pool01-fe01.contoso.com', 100, tenEach)).toBe('pool01-fe…');
  });

  it('never splits a cluster: emoji sequences and accents stay whole', () => {
    const name = 'e\u0301👩‍💻e\u0301👩‍💻e\u0301👩‍💻';
    const out = fitToWidth(name, 40, tenEach);
    expect(out).toBe('e\u0301👩‍💻e\u0301…');
  });

  it('always fits and is always a start of the name (or the name itself)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.integer({ min: 10, max: 400 }), (name, width) => {
        const out = fitToWidth(name, width, tenEach);
        expect(tenEach(out)).toBeLessThanOrEqual(width);
        if (out !== name) {
          expect(out.endsWith('…')).toBe(true);
          expect(name.startsWith(out.slice(0, -1))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
