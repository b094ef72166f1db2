import { describe, expect, it } from 'vitest';
import { InputTooLarge, readBounded } from './readBounded';

async function* endless(chunk: Uint8Array, pulled: { n: number }) {
  for (;;) {
    pulled.n++;
    yield chunk;
  }
}

describe('readBounded', () => {
  it('stops an endless source as soon as it passes the limit, and says so', async () => {
    const pulled = { n: 0 };
    let stopped = false;
    await expect(readBounded(endless(new Uint8Array(1000), pulled), 10_000, () => (stopped = true))).rejects.toBeInstanceOf(InputTooLarge);
    expect(pulled.n).toBe(11);
    expect(stopped).toBe(true);
    await expect(readBounded(endless(new Uint8Array(1), { n: 0 }), 5)).rejects.toThrow(
      'the input is larger than 5 bytes, more than any plan; reading stopped there',
    );
  });

  it('gives every byte of a source within the limit, strings as UTF-8', async () => {
    async function* parts() {
      yield new Uint8Array([1, 2]);
      yield 'é';
      yield new Uint8Array([3]);
    }
    expect([...(await readBounded(parts(), 5))]).toEqual([1, 2, 0xc3, 0xa9, 3]);
    await expect(readBounded(parts(), 4)).rejects.toBeInstanceOf(InputTooLarge);
  });
});
