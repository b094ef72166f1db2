import { deflateSync, strToU8 } from 'fflate';
import { makeLargePlan } from '/work/wt/s14scale/test/support/largePlan';
import { toCompact } from '/work/wt/s14scale/src/io/linkCompact';
import { toBase64url } from '/work/wt/s14scale/src/io/base64url';
for (const n of [1000, 10000, 1000, 10000]) {
  const plan = makeLargePlan(n);
  let t = performance.now(); const c = JSON.stringify(toCompact(plan as never)); const a = performance.now() - t;
  const bytes = strToU8(c);
  t = performance.now(); const p9 = deflateSync(bytes, { level: 9 }); const b = performance.now() - t;
  t = performance.now(); const p6 = deflateSync(bytes, { level: 6 }); const d = performance.now() - t;
  t = performance.now(); toBase64url(p9); const e = performance.now() - t;
  console.log(n, 'compact', a.toFixed(1), 'deflate9', b.toFixed(1), p9.length, 'deflate6', d.toFixed(1), p6.length, 'b64', e.toFixed(1), 'load', 0);
}
