import { describe, expect, it } from 'vitest';
import { ipAddressProblem, isIpv4, isIpv6 } from './addresses';

describe('IP addresses', () => {
  it('takes IPv4 addresses in dotted decimal form only', () => {
    for (const ok of ['0.0.0.0', '10.0.0.1', '192.0.2.255', '255.255.255.255']) expect(isIpv4(ok), ok).toBe(true);
    for (const bad of ['256.1.1.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.4 ', 'a.b.c.d', '']) expect(isIpv4(bad), bad).toBe(false);
  });

  it('takes IPv6 addresses, compressed or not, with an IPv4 tail', () => {
    for (const ok of ['::', '::1', '2001:db8::10', 'fe80:0:0:0:0:0:0:1', '2001:DB8:0:0:8:800:200C:417A', '::ffff:192.0.2.1', '1::'])
      expect(isIpv6(ok), ok).toBe(true);
    for (const bad of ['1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '1::2::3', '12345::', 'g::1', '::ffff:300.0.0.1', '1:2:3:4:5:6:7::8', ':1'])
      expect(isIpv6(bad), bad).toBe(false);
  });

  it('says what is wrong, and nothing for an empty field or a good address', () => {
    expect(ipAddressProblem('')).toBeUndefined();
    expect(ipAddressProblem(' 192.0.2.10 ')).toBeUndefined();
    expect(ipAddressProblem('2001:db8::10')).toBeUndefined();
    expect(ipAddressProblem('192.0.2.300')).toMatch(/Not an IPv4 address/);
    expect(ipAddressProblem('sip.contoso.com')).toMatch(/Not an IP address/);
  });
});
