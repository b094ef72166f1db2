/**
 * Reading input in Node without trusting its size: a file, a device such as /dev/zero, a pipe or
 * standard input is read chunk by chunk and dropped the moment it passes the limit.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { formatBytes, MAX_INPUT_BYTES } from '../io/inputLimits';

export class InputTooLarge extends Error {
  readonly code = 'E2BIG';
  constructor(limit: number) {
    super(`the input is larger than ${formatBytes(limit)}, more than any plan; reading stopped there`);
  }
}

/** Every chunk of `source` until its end, or InputTooLarge as soon as the total passes `limit`. */
export async function readBounded(
  source: AsyncIterable<Uint8Array | string>,
  limit = MAX_INPUT_BYTES,
  stop?: () => void,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.length;
    if (size > limit) {
      stop?.();
      throw new InputTooLarge(limit);
    }
    chunks.push(bytes);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export async function readFileBounded(path: string, limit = MAX_INPUT_BYTES): Promise<Uint8Array> {
  const info = await stat(path);
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  // The size stat gives is only a hint (0 for devices and pipes): the stream is what is bounded.
  if (info.isFile() && info.size > limit) throw new InputTooLarge(limit);
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    return await readBounded(stream, limit, () => stream.destroy());
  } finally {
    stream.destroy();
  }
}
