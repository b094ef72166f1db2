/** The functions that took the most time in a Chrome / Node .cpuprofile (self time), for a readable summary. */

/**
 * Top `limit` entries of { self ms, share, function and location }; `total` is the profile's busy
 * sampled time. Idle time is left out; "(program)" is the browser's own work (style, layout, paint).
 */
export function summarizeProfile(profile, limit = 20) {
  const timeById = new Map();
  profile.samples.forEach((id, i) => timeById.set(id, (timeById.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byKey = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const ms = timeById.get(node.id) ?? 0;
    if (ms === 0 || node.callFrame.functionName === '(idle)') continue;
    total += ms;
    const cf = node.callFrame;
    const file = cf.url ? cf.url.replace(/^.*\/(assets|src|node_modules)\//, '$1/') : '';
    const key = `${cf.functionName || '(anonymous)'}${file ? ` ${file}:${cf.lineNumber + 1}:${cf.columnNumber + 1}` : ''}`;
    byKey.set(key, (byKey.get(key) ?? 0) + ms);
  }
  const top = [...byKey]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([fn, ms]) => ({ selfMs: Number(ms.toFixed(1)), share: Number((ms / total).toFixed(3)), fn }));
  return { totalMs: Number(total.toFixed(1)), top };
}
