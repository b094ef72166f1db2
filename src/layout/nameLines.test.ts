import { describe, expect, it } from 'vitest';
import { textWidth } from '../io/svgText';
import { nameLines } from './nameLines';

const measure = (s: string, size: number) => textWidth(s, size);

describe('nameLines', () => {
  it('keeps a short name on one line at the largest size', () => {
    expect(nameLines('fe01.contoso.com', 122, 30, measure)).toEqual({ lines: ['fe01.contoso.com'], size: 12 });
  });

  it('breaks a long FQDN after dots, never cutting it', () => {
    for (const name of [
      'ocsfe03.emea.corp.fabrikam.com',
      'fe01-renamed.contoso.com',
      'a-really-long-name-of-a-front-end.north-america.corp.fabrikam.com',
    ]) {
      const { lines, size } = nameLines(name, 122, 30, measure);
      expect(lines.join('')).toBe(name);
      expect(lines.length).toBeGreaterThan(1);
      for (const l of lines) expect(textWidth(l, size)).toBeLessThanOrEqual(122);
      expect(lines.length * size * 1.2).toBeLessThanOrEqual(30.01);
    }
    expect(nameLines('ocsfe03.emea.corp.fabrikam.com', 122, 30, measure).lines).toEqual(['ocsfe03.emea.corp.', 'fabrikam.com']);
  });

  it('breaks a name without dots between characters, and shrinks as far as it must', () => {
    const name = 'x'.repeat(300);
    const { lines, size } = nameLines(name, 122, 30, measure);
    expect(lines.join('')).toBe(name);
    for (const l of lines) expect(textWidth(l, size)).toBeLessThanOrEqual(122);
  });
});
