/** The SIP domains field of the plan inspector: one line of domains, and what is wrong with one. */

/** The domains of a line typed by the user: separated by commas, semicolons or spaces; empty ones dropped. */
export function splitSipDomains(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((d) => d.trim())
    .filter((d) => d.length > 0);
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;

/** A message for the first domain that is not a DNS domain name of two labels or more (the list is kept). */
export function sipDomainProblem(domains: readonly string[]): string | undefined {
  const bad = domains.find((d) => {
    const labels = d.replace(/\.$/, '').split('.');
    return labels.length < 2 || !labels.every((l) => LABEL.test(l));
  });
  return bad === undefined ? undefined : `“${bad}” is not a DNS domain name such as contoso.com. The value is kept.`;
}
