import { describe, expect, it } from 'vitest';
import { templatePlan } from '../domain/templates';
import { tinyPng } from '../../test/support/png';
import { embedPlanInPng, isPng, readPlanFromPng } from './pngChunk';

const types = (png: Uint8Array) => {
  const out: string[] = [];
  for (let at = 8; at < png.length;) {
    const len = new DataView(png.buffer, png.byteOffset).getUint32(at);
    out.push(String.fromCharCode(...png.subarray(at + 4, at + 8)));
    at += 12 + len;
  }
  return out;
};

describe('the plan in a PNG', () => {
  const plan = { ...templatePlan('expanded'), name: 'Zürich – 東京 <plan>' };

  it('rides in an iTXt chunk before IEND and reads back as the same plan', () => {
    const png = embedPlanInPng(tinyPng(), plan);
    expect(isPng(png)).toBe(true);
    expect(types(png)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    expect(readPlanFromPng(png)).toEqual({ ok: true, plan });
  });

  it('replaces the plan a PNG already carries', () => {
    const again = embedPlanInPng(embedPlanInPng(tinyPng(), templatePlan('standard')), plan);
    expect(types(again)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    expect(readPlanFromPng(again)).toEqual({ ok: true, plan });
  });

  it('says why a PNG cannot be read', () => {
    const message = (bytes: Uint8Array) => {
      const r = readPlanFromPng(bytes);
      return r.ok ? 'ok' : r.error.message;
    };
    expect(message(tinyPng())).toMatch(/this PNG holds no plan/);
    const png = embedPlanInPng(tinyPng(), plan);
    const damaged = png.slice();
    damaged[png.length - 30] ^= 0xff;
    expect(message(damaged)).toMatch(/damaged/);
    expect(message(png.subarray(0, png.length - 20))).toMatch(/cut short/);
    expect(message(new TextEncoder().encode('{"format":"ocs-topology-plan"}'))).toMatch(/not a PNG/);
  });

  it('reads the plan through the plan reader: a broken plan inside is refused with its reason', () => {
    const broken = { ...plan, nodes: [{ ...plan.nodes[0], kind: 'router' }] } as unknown as typeof plan;
    const r = readPlanFromPng(embedPlanInPng(tinyPng(), broken));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toMatch(/nodes\[0\]\.kind/);
  });
});
