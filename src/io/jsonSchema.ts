/** The published JSON Schema of the plan file, derived from the zod schema (never written by hand). */
import * as z from 'zod/mini';
import { PLAN_VERSION } from '../domain/plan';
import { PLAN_SCHEMA_ID } from './planJson';
import { planSchema } from './schema';

export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(planSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: PLAN_SCHEMA_ID,
    $comment: `Plan format version ${PLAN_VERSION}. Generated from src/io/schema.ts by \`npm run schema\`; do not edit. Field references (ids) and version upgrades are checked by the app's reader, not by this schema.`,
    ...rest,
  };
}
