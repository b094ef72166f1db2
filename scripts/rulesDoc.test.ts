import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules';
import { rulesMarkdown } from './rulesDoc';

describe('docs/rules.md', () => {
  it('is up to date with the rule catalog (run `npm run docs` after changing a rule)', () => {
    expect(readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8')).toBe(rulesMarkdown());
  });

  it('has a row per rule with its severity and source', () => {
    const doc = rulesMarkdown();
    for (const rule of RULES) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${rule.id}\` |`));
      expect(row, rule.id).toBeDefined();
      expect(row).toContain(`| ${rule.severity} |`);
      if (rule.source) expect(row).toContain(`(${rule.source.url})`);
    }
  });
});
