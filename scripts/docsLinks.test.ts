import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const docs = [
  'README.md',
  ...readdirSync(`${root}docs`)
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

describe('documentation links', () => {
  it.each(docs)('%s links only to files inside the repository that exist', (doc) => {
    const text = readFileSync(`${root}${doc}`, 'utf8');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?:|mailto:|#)/.test(target)) continue;
      const path = resolve(dirname(`${root}${doc}`), decodeURIComponent(target.replace(/#.*$/, '')));
      expect(relative(root, path).startsWith('..'), `${doc} -> ${target} leaves the repository`).toBe(false);
      expect(existsSync(path), `${doc} -> ${target} does not exist`).toBe(true);
    }
  });
});
