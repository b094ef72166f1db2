/** Writes docs/rules.md from the rule catalog (`npm run docs`). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rulesMarkdown } from './rulesDoc';

const target = fileURLToPath(new URL('../docs/rules.md', import.meta.url));
writeFileSync(target, rulesMarkdown());
console.log(`Wrote ${target}`);
