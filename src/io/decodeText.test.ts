import { describe, expect, it } from 'vitest';
import { templatePlan } from '../domain/templates';
import { decodePlanBytes } from './decodeText';
import { planToJson } from './planJson';
import { parsePlanText } from './readPlan';

const utf16le = (text: string, bom = true) => {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let i = 0;
  if (bom) {
    out.set([0xff, 0xfe], 0);
    i = 2;
  }
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    out[i++] = c & 0xff;
    out[i++] = c >> 8;
  }
  return out;
};
const swap = (b: Uint8Array) => b.map((_, i) => b[i % 2 === 0 ? i + 1 : i - 1]);

describe('decodePlanBytes', () => {
  const plan = { ...templatePlan('consolidated'), name: 'Zürich – 東京' };
  const json = planToJson(plan);

  it('reads UTF-8 with and without a byte order mark', () => {
    const bytes = new TextEncoder().encode(json);
    expect(decodePlanBytes(bytes)).toEqual({ ok: true, text: json, encoding: 'utf-8' });
    const marked = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodePlanBytes(marked)).toEqual({ ok: true, text: json, encoding: 'utf-8' });
  });

  it('reads UTF-16 little- and big-endian with a byte order mark into the same plan', () => {
    for (const [bytes, encoding] of [
      [utf16le(json), 'utf-16le'],
      [swap(utf16le(json)), 'utf-16be'],
    ] as const) {
      const r = decodePlanBytes(bytes);
      expect(r).toEqual({ ok: true, text: json, encoding });
      if (!r.ok) continue;
      const read = parsePlanText(r.text);
      expect(read.ok && read.plan.name).toBe('Zürich – 東京');
    }
  });

  it('names UTF-16 without a mark and UTF-32 instead of calling them broken JSON', () => {
    const le = decodePlanBytes(utf16le(json, false));
    expect(le).toEqual({
      ok: false,
      message: expect.stringMatching(/^the file is UTF-16 \(little-endian\) text without a byte order mark/),
    });
    const be = decodePlanBytes(swap(utf16le(json, false)));
    expect(be.ok).toBe(false);
    expect(!be.ok && be.message).toMatch(/UTF-16 \(big-endian\)/);
    const utf32 = decodePlanBytes(new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]));
    expect(!utf32.ok && utf32.message).toMatch(/UTF-32/);
  });

  it('leaves short and binary input to the plan reader', () => {
    expect(decodePlanBytes(new Uint8Array([]))).toEqual({ ok: true, text: '', encoding: 'utf-8' });
    expect(decodePlanBytes(new Uint8Array([0x7b, 0x7d]))).toEqual({ ok: true, text: '{}', encoding: 'utf-8' });
  });
});
