/** Writes public/plan.schema.json from the zod schema of the plan (`npm run schema`). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planJsonSchema } from '../src/io/jsonSchema';

const target = fileURLToPath(new URL('../public/plan.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${target}`);
