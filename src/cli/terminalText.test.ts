import { describe, expect, it } from 'vitest';
import { safeJson, safeLines, safeText } from './terminalText';

const ESC = '\u001b';
const CSI = '\u009b';

describe('terminal text', () => {
  it('escapes ESC sequences, C1 controls, DEL and reordering characters', () => {
    expect(safeText(`${ESC}]0;pwned\u0007fe01`)).toBe('\\x1B]0;pwned\\x07fe01');
    expect(safeText(`a${CSI}2Jb\u0085c\u007f`)).toBe('a\\x9B2Jb\\x85c\\x7F');
    expect(safeText('evil\u202Etxt.json\u2028x')).toBe('evil\\u202Etxt.json\\u2028x');
    expect(safeText('two\nlines\r')).toBe('two\\x0Alines\\x0D');
    expect(safeText('Zürich 東京 – ok')).toBe('Zürich 東京 – ok');
  });

  it('keeps the newlines of a block but nothing else', () => {
    expect(safeLines(`line one${ESC}[31m\nline\ttwo\n`)).toBe('line one\\x1B[31m\nline\\x09two\n');
  });

  it('JSON stays JSON with the same value', () => {
    const value = { name: `a${ESC}b${CSI}c\u202Ed\u0085` };
    const text = safeJson(JSON.stringify(value));
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
