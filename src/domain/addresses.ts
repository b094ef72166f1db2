/**
 * IP addresses typed by the user (a server's address, a load balancer's VIP, an Edge service's external
 * address). The plan keeps whatever is typed; this only says what is wrong with it, for an inline message.
 */

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const HEXTET = /^[0-9a-f]{1,4}$/i;

export function isIpv4(text: string): boolean {
  return IPV4.test(text);
}

/** An IPv6 address in text form: eight groups, or fewer with one `::`, an IPv4 tail allowed; no zone or prefix. */
export function isIpv6(text: string): boolean {
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = (half: string) => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const all = [...head, ...tail];
  // An IPv4 tail (::ffff:192.0.2.1) counts as two groups.
  const last = all.at(-1);
  const v4Tail = last !== undefined && last.includes('.');
  if (v4Tail && !isIpv4(last)) return false;
  const hextets = v4Tail ? all.slice(0, -1) : all;
  if (!hextets.every((g) => HEXTET.test(g))) return false;
  const count = hextets.length + (v4Tail ? 2 : 0);
  return halves.length === 2 ? count <= 7 : count === 8;
}

/** What is wrong with an IP address as typed, or undefined when it is an IPv4 or IPv6 address (or empty). */
export function ipAddressProblem(text: string): string | undefined {
  const value = text.trim();
  if (value === '' || isIpv4(value) || isIpv6(value)) return undefined;
  if (/^[\d.]+$/.test(value)) return 'Not an IPv4 address: four numbers from 0 to 255, separated by dots (e.g. 192.0.2.10).';
  return 'Not an IP address: an IPv4 address (e.g. 192.0.2.10) or an IPv6 address (e.g. 2001:db8::10). The value is kept.';
}
