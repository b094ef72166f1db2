/** Test support: a 1×1 white PNG, built from its parts (signature, IHDR, IDAT, IEND), to carry a plan in tests. */
import { zlibSync } from 'fflate';
import { crc32 } from '../../src/io/crc32';

function chunk(type: string, data: Uint8Array): number[] {
  const body = Uint8Array.from([...type].map((c) => c.charCodeAt(0)).concat([...data]));
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(body, 4);
  view.setUint32(8 + data.length, crc32(body));
  return [...out];
}

export function tinyPng(): Uint8Array {
  return Uint8Array.from([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk('IHDR', Uint8Array.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])),
    ...chunk('IDAT', zlibSync(Uint8Array.from([0, 255, 255, 255]))),
    ...chunk('IEND', new Uint8Array()),
  ]);
}
