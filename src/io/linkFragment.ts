/**
 * Where a share link keeps its plan: the `plan` field of the URL's fragment. Apart from the codec
 * (link.ts), so the app can look for a shared plan at start-up without loading the codec and its
 * compression library unless there is one.
 */
export const HASH_KEY = 'plan';

/** The payload of `#plan=...` (with or without the `#`, among other `&`-separated fields), or undefined. */
export function planPayloadFromHash(hash: string): string | undefined {
  if (typeof hash !== 'string') return undefined;
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq) !== HASH_KEY) continue;
    const value = part.slice(eq + 1);
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}
