import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_STEM, safeFileName } from './fileName';

describe('safeFileName', () => {
  it.each([
    ['Contoso HQ', 'contoso-hq.json'],
    ['  Fabrikam / Berlin (R2) ', 'fabrikam-berlin-r2.json'],
    ['Zürich Café', 'zurich-cafe.json'],
    ['<script>alert(1)</script>', 'script-alert-1-script.json'],
    ['../../etc/passwd', 'etc-passwd.json'],
    ['a<b>c:d"e/f\\g|h?i*j', 'a-b-c-d-e-f-g-h-i-j.json'],
    ['tab\there\u0000nul\u001b[31mred\u009bc1\u007f', 'tab-here-nul-31mred-c1.json'],
    ['right\u202eto-left\u200b', 'right-to-left.json'],
    ['trailing dots...', 'trailing-dots.json'],
    ['trailing spaces   ', 'trailing-spaces.json'],
    ['.hidden', 'hidden.json'],
    ['漢字', '漢字.json'],
    ['Москва', 'москва.json'],
    ['', 'plan.json'],
    ['...', 'plan.json'],
    ['x'.repeat(200), `${'x'.repeat(60)}.json`],
  ])('%j -> %s', (name, file) => {
    expect(safeFileName(name, 'json')).toBe(file);
  });

  it.each([
    ['CON', 'con-plan.json'],
    ['con', 'con-plan.json'],
    ['NUL', 'nul-plan.json'],
    ['aux', 'aux-plan.json'],
    ['PRN', 'prn-plan.json'],
    ['COM1', 'com1-plan.json'],
    ['lpt9', 'lpt9-plan.json'],
    ['COM0', 'com0-plan.json'],
    ['CONIN$', 'conin.json'],
    ['ＣＯＮ', 'con-plan.json'],
    ['ｎｕｌ', 'nul-plan.json'],
    ['ＣＯＭ１', 'com1-plan.json'],
    ['COM¹', 'com1-plan.json'],
    ['LPT²', 'lpt2-plan.json'],
    ['CON.', 'con-plan.json'],
    ['  aux  ', 'aux-plan.json'],
  ])('Windows device name %j -> %s', (name, file) => {
    expect(safeFileName(name, 'json')).toBe(file);
  });

  it('names that only look like device names stay as they are', () => {
    expect(safeFileName('console', 'svg')).toBe('console.svg');
    expect(safeFileName('COM10', 'png')).toBe('com10.png');
    expect(safeFileName('con pool', 'json')).toBe('con-pool.json');
  });

  it('without an extension gives the stem; a reserved fallback is made safe too', () => {
    expect(safeFileName('Contoso', undefined)).toBe('contoso');
    expect(safeFileName('', undefined, 'nul')).toBe('nul-file');
    expect(safeFileName(undefined, 'json')).toBe('plan.json');
  });

  it('any name gives a name every common file system accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom('json', 'svg', 'png'), (name, ext) => {
        const file = safeFileName(name, ext);
        const stem = file.slice(0, -(ext.length + 1));
        expect(file.endsWith(`.${ext}`)).toBe(true);
        expect(stem.length).toBeGreaterThan(0);
        expect([...stem].length).toBeLessThanOrEqual(MAX_FILE_STEM);
        expect(new TextEncoder().encode(file).length).toBeLessThanOrEqual(255);
        expect(stem).not.toMatch(/[\p{C}<>:"/\\|?*. ]/u);
        expect(stem).not.toMatch(/^-|-$/);
        expect(stem.normalize('NFKC').toLowerCase()).not.toMatch(/^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/);
        // No lone surrogate halves (a cut in the middle of a pair).
        expect(stem).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
      { numRuns: 2000 },
    );
  });
});
