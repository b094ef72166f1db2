/**
 * Bytes of a plan file to text, the same in the app's import and in the command-line tool:
 * UTF-8 (with or without a byte order mark) and UTF-16 with a byte order mark are read;
 * UTF-32 and UTF-16 without a mark are named, not mistaken for broken JSON.
 */
export type DecodeResult = { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { ok: false; message: string };

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1];
    out[i + 1] = bytes[i];
  }
  return out;
}

/** Zero bytes in every other place of the first bytes: UTF-16 text written without a mark. */
function looksUtf16WithoutMark(bytes: Uint8Array): 'le' | 'be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 64);
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.75 && evenZeros === 0) return 'le';
  if (evenZeros >= pairs * 0.75 && oddZeros === 0) return 'be';
  return undefined;
}

export function decodePlanBytes(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, 0x00, 0x00, 0xfe, 0xff) || startsWith(bytes, 0xff, 0xfe, 0x00, 0x00)) {
    return { ok: false, message: 'the file is UTF-32 text; save it as UTF-8 (or UTF-16) and try again' };
  }
  if (startsWith(bytes, 0xff, 0xfe)) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (startsWith(bytes, 0xfe, 0xff)) {
    // Decoded through the little-endian decoder, which every engine has.
    return { ok: true, text: new TextDecoder('utf-16le').decode(swapPairs(bytes.subarray(2))), encoding: 'utf-16be' };
  }
  const unmarked = looksUtf16WithoutMark(bytes);
  if (unmarked) {
    return {
      ok: false,
      message: `the file is UTF-16 (${unmarked === 'le' ? 'little' : 'big'}-endian) text without a byte order mark; save it as UTF-8, or as UTF-16 with a byte order mark`,
    };
  }
  // A UTF-8 mark is dropped by the decoder; bytes that are not UTF-8 become U+FFFD, as a browser reads them.
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
}
