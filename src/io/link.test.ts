import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDGE_TEMPLATES } from '../domain/edgeTemplates';
import { templatePlan } from '../domain/templates';
import { fuzzRuns, planArbitrary } from '../../test/support/arbitraries';
import { buildShareUrl, decodePlanLink, encodePlanLink, LINK_FORMAT, planPayloadFromHash } from './link';
import { toBase64url } from './base64url';
import { PlanReadError } from './readPlan';
import type { ReadResult } from './readPlan';
import { deflateSync, strToU8 } from 'fflate';
import { crc32 } from './crc32';
import { LIMITS } from './limits';

const TEMPLATES = ['standard', 'consolidated', 'expanded'] as const;

function messageOf(result: ReadResult): string {
  if (result.ok) throw new Error('expected the link to be refused');
  expect(result.error).toBeInstanceOf(PlanReadError);
  return result.error.message;
}

/** A payload with any bytes inside, built the way encodePlanLink builds its own. */
function payloadOf(json: string | Uint8Array, format = LINK_FORMAT): string {
  const bytes = typeof json === 'string' ? strToU8(json) : json;
  const packed = deflateSync(bytes, { level: 1 });
  const out = new Uint8Array(4 + packed.length);
  new DataView(out.buffer).setUint32(0, crc32(bytes));
  out.set(packed, 4);
  return `${format}.${toBase64url(out)}`;
}

/**
 * A checksum field and a raw deflate stream of `size` bytes of "a", written by hand (one fixed
 * Huffman block: a literal, then matches of 258 at distance 1), so the test need not compress 21 MB.
 */
function deflateBomb(size: number): Uint8Array {
  const out: number[] = [0, 0, 0, 0];
  let acc = 0;
  let bits = 0;
  const push = (value: number, count: number) => {
    acc |= value << bits;
    bits += count;
    while (bits >= 8) {
      out.push(acc & 0xff);
      acc >>>= 8;
      bits -= 8;
    }
  };
  // Huffman codes go most significant bit first.
  const code = (value: number, count: number) => {
    for (let i = count - 1; i >= 0; i--) push((value >> i) & 1, 1);
  };
  push(1, 1); // final block
  push(1, 2); // fixed Huffman codes
  code(0x30 + 0x61, 8); // literal "a"
  let n = 1;
  for (; n + 258 <= size; n += 258) {
    code(0xc0 + (285 - 280), 8); // length 258
    code(0, 5); // distance 1
  }
  for (; n < size; n++) code(0x30 + 0x61, 8); // the rest as literals: exactly `size` bytes

  code(0, 7); // end of block
  push(0, 7);
  return Uint8Array.from(out);
}

describe('share links', () => {
  it('round-trips the templates and keeps their links short', () => {
    for (const t of TEMPLATES) {
      for (const version of ['2007', '2007-r2'] as const) {
        const plan = templatePlan(t, version);
        const payload = encodePlanLink(plan);
        expect(payload).toMatch(/^1\.[A-Za-z0-9_-]+$/);
        // Eleven servers at most (R2's expanded pool has an Application Sharing Server too).
        expect(payload.length).toBeLessThan(460);
        expect(decodePlanLink(payload)).toEqual({ ok: true, plan });
      }
    }
    // The templates with external access: up to fourteen servers and their zone regions.
    for (const t of EDGE_TEMPLATES) {
      const plan = templatePlan(t);
      const payload = encodePlanLink(plan);
      expect(payload.length).toBeLessThan(800);
      expect(decodePlanLink(payload)).toEqual({ ok: true, plan });
    }
  });

  it('round-trips generated plans exactly (plan -> link -> plan)', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        expect(decodePlanLink(encodePlanLink(plan))).toEqual({ ok: true, plan });
      }),
      { numRuns: 200 },
    );
  });

  it('builds a share URL and finds the payload in a hash', () => {
    const plan = templatePlan('standard');
    const url = buildShareUrl('https://example.org/app/?lang=en#old=1', plan);
    expect(url.startsWith('https://example.org/app/?lang=en#plan=1.')).toBe(true);
    const hash = new URL(url).hash;
    const payload = planPayloadFromHash(hash);
    expect(payload).toBe(encodePlanLink(plan));
    expect(decodePlanLink(payload!)).toEqual({ ok: true, plan });
    expect(planPayloadFromHash(`x=1&plan=${encodeURIComponent(payload!)}&y=2`)).toBe(payload);
    expect(planPayloadFromHash('#other=1')).toBeUndefined();
    expect(planPayloadFromHash('')).toBeUndefined();
    expect(planPayloadFromHash('#plan=%E0%A4%A')).toBe('%E0%A4%A');
  });

  describe('refuses what it cannot read, with a clear message', () => {
    const good = encodePlanLink(templatePlan('expanded'));

    it('empty and foreign payloads', () => {
      expect(messageOf(decodePlanLink(''))).toBe('The link holds no plan.');
      expect(messageOf(decodePlanLink('hello world'))).toBe('This is not an OCS Topology Designer plan link.');
      expect(messageOf(decodePlanLink('1.not base64!'))).toMatch(/damaged.*characters that do not belong/);
    });

    it('a newer link format', () => {
      expect(messageOf(decodePlanLink(`2.${good.slice(2)}`))).toMatch(
        /newer version of OCS Topology Designer \(link format 2; this version reads format 1\)/,
      );
    });

    it('a truncated link', () => {
      for (const keep of [3, 10, good.length - 7, good.length - 2]) {
        expect(messageOf(decodePlanLink(good.slice(0, keep)))).toMatch(/damaged or incomplete/);
      }
    });

    it('a link with one character changed', () => {
      const i = Math.floor(good.length / 2);
      const changed = good.slice(0, i) + (good[i] === 'A' ? 'B' : 'A') + good.slice(i + 1);
      expect(messageOf(decodePlanLink(changed))).toMatch(/damaged or incomplete/);
    });

    it('a well-formed link whose plan is invalid names the field', () => {
      // The compact form of a plan whose only node has an unknown kind index.
      const result = decodePlanLink(payloadOf('["x",0,[],[["n1","router","r1",0,0]],[]]'));
      expect(messageOf(result)).toMatch(/^The link holds a plan that cannot be read: nodes\[0\]\.kind: expected one of /);
      expect(!result.ok && result.error.path).toBe('nodes[0].kind');
      expect(messageOf(decodePlanLink(payloadOf('{"a":1}')))).toMatch(/damaged.*the plan is not a list/);
      expect(messageOf(decodePlanLink(payloadOf('["x",0,[],[7],[]]')))).toMatch(/node 1 is not a list/);
    });

    it('a link that inflates beyond the size limit (at the limit it is read; one byte more, refused)', () => {
      const bomb = `${LINK_FORMAT}.${toBase64url(deflateBomb(LIMITS.linkUnpackedBytes + 1))}`;
      expect(bomb.length).toBeLessThan(200_000);
      expect(messageOf(decodePlanLink(bomb))).toBe(
        'The link unpacks to more than 20,000,000 bytes, more than any plan holds; the limit is 20,000,000',
      );
      expect(messageOf(decodePlanLink(`${LINK_FORMAT}.${toBase64url(deflateBomb(LIMITS.linkUnpackedBytes))}`))).toMatch(
        /checksum does not match/,
      );
      // The same stream, small: it inflates fine, and only the (zero) checksum is wrong.
      expect(messageOf(decodePlanLink(`${LINK_FORMAT}.${toBase64url(deflateBomb(1000))}`))).toMatch(/checksum does not match/);
    });
  });

  describe('limits (limits.ts), checked before the plan is expanded', () => {
    const ms = (f: () => void) => {
      const t = performance.now();
      f();
      return performance.now() - t;
    };
    /** The compact form of a plan with two servers and `links` links between them. */
    const compactWithLinks = (links: number) =>
      `["L",1,[],[["a",1,"a.contoso.com",0,0],["b",1,"b.contoso.com",300,0]],[${new Array(links).fill('[0,1]').join(',')}]]`;

    it('3,000,000 links in a link of under 50 KB are refused at once, with the count and the limit', () => {
      const bomb = payloadOf(compactWithLinks(3_000_000));
      expect(bomb.length).toBeLessThan(50_000);
      // Refused on the count, before 3,000,000 link records are built and checked (which crashed the tab).
      expect(messageOf(decodePlanLink(bomb))).toBe('The link holds 3,000,000 links; the limit is 50,000');
    });

    it('a link with 50,000 links opens; with 50,001, it is refused', () => {
      const at = decodePlanLink(payloadOf(compactWithLinks(LIMITS.links)));
      expect(at.ok && at.plan.links.length).toBe(50_000);
      expect(messageOf(decodePlanLink(payloadOf(compactWithLinks(LIMITS.links + 1))))).toBe(
        'The link holds 50,001 links; the limit is 50,000',
      );
      const servers = `["S",1,[],[${new Array(LIMITS.servers + 1).fill('["a",1,"a"]').join(',')}],[]]`;
      expect(messageOf(decodePlanLink(payloadOf(servers)))).toBe('The link holds 20,001 servers; the limit is 20,000');
    });

    it('a plan nested to the depth limit travels; deeper, or a million levels, is refused quickly', () => {
      let deep: unknown = [];
      for (let i = 2; i < LIMITS.depth; i++) deep = [deep];
      const plan = { ...templatePlan('standard'), deep };
      const back = decodePlanLink(encodePlanLink(plan));
      expect(back.ok && back.plan).toEqual(plan);
      const million = payloadOf(`["x",0,[],[],[],{"deep":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}]`);
      let message = '';
      expect(ms(() => (message = messageOf(decodePlanLink(million))))).toBeLessThan(3000);
      expect(message).toBe('The link holds a plan nested more than 64 levels deep; the limit is 64');
    });

    it('a string over the limit is refused before the plan is expanded', () => {
      expect(messageOf(decodePlanLink(payloadOf(`["${'x'.repeat(LIMITS.stringLength + 1)}",0,[],[],[]]`)))).toMatch(
        /^The link holds a plan over a limit: a text of 10,001 characters .*; the limit is 10,000$/,
      );
    });

    it('a payload of 2,000,000 characters is looked at; one more is refused unread', () => {
      expect(messageOf(decodePlanLink(`1.${'A'.repeat(LIMITS.linkLength - 2)}`))).toMatch(/damaged/);
      expect(messageOf(decodePlanLink(`1.${'A'.repeat(LIMITS.linkLength - 1)}`))).toBe(
        'The link is too long to hold a plan (2,000,001 characters; the limit is 2,000,000).',
      );
    });
  });

  describe('fuzz', () => {
    const isReadResult = (result: ReadResult) =>
      result.ok ? result.plan.format === 'ocs-topology-plan' : result.error instanceof PlanReadError && result.error.message.length > 0;
    const payloads = fc.sample(planArbitrary, { numRuns: 100, seed: 2009 }).map(encodePlanLink);
    const plans = payloads.map((p) => {
      const r = decodePlanLink(p);
      if (!r.ok) throw r.error;
      return r.plan;
    });
    const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

    const mutation = fc.oneof(
      fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('flip' as const), at: fc.nat(), char: fc.constantFrom(...BASE64URL) }),
      fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 3 }) }),
      fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('prefix' as const), text: fc.constantFrom('', '0.', '2.', '1', '1..', 'x.', '01.') }),
    );
    type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;
    const apply = (s: string, m: Mutation): string => {
      const body = s.slice(2);
      switch (m.op) {
        case 'truncate':
          return s.slice(0, m.at % (s.length + 1));
        case 'flip': {
          const i = m.at % s.length;
          return s.slice(0, i) + m.char + s.slice(i + 1);
        }
        case 'insert': {
          const i = m.at % (s.length + 1);
          return s.slice(0, i) + m.text + s.slice(i);
        }
        case 'delete': {
          const i = m.at % s.length;
          return s.slice(0, i) + s.slice(i + 1);
        }
        case 'prefix':
          return m.text + body;
      }
    };

    it(`never throws on ${fuzzRuns('linkDamaged').toLocaleString('en-US')} damaged links, and never returns a different plan`, () => {
      let refused = 0;
      fc.assert(
        fc.property(fc.nat(payloads.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), (pick, mutations) => {
          const damaged = mutations.reduce(apply, payloads[pick]);
          const result = decodePlanLink(damaged);
          if (!result.ok) refused++;
          // The checksum makes a damaged link either fail or still carry the very same plan.
          if (result.ok && damaged !== payloads[pick]) expect(result.plan).toEqual(plans[pick]);
          return isReadResult(result);
        }),
        { numRuns: fuzzRuns('linkDamaged') },
      );
      expect(refused).toBeGreaterThan(fuzzRuns('linkDamaged') * 0.8);
    });

    it(`never throws on ${fuzzRuns('linkRandom').toLocaleString('en-US')} random strings and well-formed payloads of random bytes`, () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 200 }), (s) => isReadResult(decodePlanLink(s)) && isReadResult(decodePlanLink(`1.${s}`))),
        { numRuns: fuzzRuns('linkRandom', 4) },
      );
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => isReadResult(decodePlanLink(`1.${toBase64url(bytes)}`))),
        { numRuns: fuzzRuns('linkRandom', 2) },
      );
    });
  });
});
