import { describe, expect, it } from 'vitest';
import { templatePlan } from '../domain/templates';
import { embedPlanInPng } from '../export/pngChunk';
import { decodeRequest } from './decodeRequest';
import { exportSvg } from './exportSvg';
import { fileSizeProblem, looksSvg } from './fileKind';
import { encodePlanLink } from './link';
import { LIMITS } from './limits';
import { planToJson } from './planJson';
import { PlanReadError } from './planErrors';
import { fromWire, toWire } from './readResultWire';

describe('decodeRequest (what the worker runs)', () => {
  const plan = templatePlan('consolidated');

  it('reads plan files, exported SVGs (by name or by content) and share links', async () => {
    expect(await decodeRequest({ kind: 'file', name: 'a.json', file: new Blob([planToJson(plan)]) })).toEqual({ ok: true, plan });
    expect(await decodeRequest({ kind: 'file', name: 'a.svg', file: new Blob([exportSvg(plan)]) })).toEqual({ ok: true, plan });
    expect(await decodeRequest({ kind: 'file', name: 'diagram', file: new Blob([exportSvg(plan)]) })).toEqual({ ok: true, plan });
    expect(await decodeRequest({ kind: 'link', payload: encodePlanLink(plan) })).toEqual({ ok: true, plan });
  });

  it('refuses a file over its limit unread: 20 MB for plan files, 64 MB for SVG', async () => {
    expect(fileSizeProblem('a.json', LIMITS.planFileBytes)).toBeUndefined();
    expect(fileSizeProblem('a.json', LIMITS.planFileBytes + 1)).toBe(
      '“a.json” is 20.0 MB; plan files over 20 MB are refused (the limit is 20,000,000 bytes)',
    );
    expect(fileSizeProblem('a.SVG', LIMITS.svgFileBytes)).toBeUndefined();
    expect(fileSizeProblem('a.SVG', LIMITS.svgFileBytes + 1)).toMatch(/^“a.SVG” is 64.0 MB; SVG files over 64 MB are refused/);
    const unread = { size: LIMITS.planFileBytes + 1, text: () => Promise.reject(new Error('read')) } as unknown as Blob;
    const result = await decodeRequest({ kind: 'file', name: 'big.json', file: unread });
    expect(!result.ok && result.error.message).toMatch(/plan files over 20 MB are refused/);
  });

  it('turns a failing read into an error result', async () => {
    const broken = { size: 10, arrayBuffer: () => Promise.reject(new Error('disk gone')) } as unknown as Blob;
    const result = await decodeRequest({ kind: 'file', name: 'a.json', file: broken });
    expect(!result.ok && result.error.message).toBe('the plan cannot be read (disk gone)');
  });

  it('sniffs SVG only from the start of the text', () => {
    expect(looksSvg('x.json', '  <svg xmlns="http://www.w3.org/2000/svg">')).toBe(true);
    expect(looksSvg('x.json', '<svgfoo>')).toBe(false);
    expect(looksSvg('x.json', '{"format": "<svg "}')).toBe(false);
  });

  it('results cross the worker boundary as plain data and come back as PlanReadErrors', async () => {
    const refused = await decodeRequest({ kind: 'link', payload: 'nonsense' });
    const wire = toWire(refused);
    const back = fromWire(structuredClone(wire));
    expect(!back.ok && back.error).toBeInstanceOf(PlanReadError);
    expect(back).toEqual(refused);
    const ok = await decodeRequest({ kind: 'link', payload: encodePlanLink(plan) });
    expect(fromWire(structuredClone(toWire(ok)))).toEqual(ok);
  });
});

describe('decodeRequest reads files as the command-line tool does', () => {
  it('reads a UTF-16 plan file with a byte order mark', async () => {
    const text = JSON.stringify({
      format: 'ocs-topology-plan',
      version: 1,
      name: 'Wide',
      ocsVersion: '2007-r2',
      pools: [],
      nodes: [],
      links: [],
    });
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    const result = await decodeRequest({ kind: 'file', name: 'wide.json', file: new Blob([bytes]) });
    expect(result.ok && result.plan.name).toBe('Wide');
  });

  it('reads the plan carried by an exported PNG', async () => {
    const plan = templatePlan('standard', '2007-r2');
    // The PNG signature and its closing IEND chunk: enough of a PNG to carry the plan.
    const png = embedPlanInPng(
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]),
      plan,
    );
    const result = await decodeRequest({ kind: 'file', name: 'diagram.png', file: new Blob([png as Uint8Array<ArrayBuffer>]) });
    expect(result.ok && result.plan.nodes.map((n) => n.id)).toEqual(plan.nodes.map((n) => n.id));
  });
});
