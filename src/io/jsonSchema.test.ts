import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../domain/plan';
import { planJsonSchema } from './jsonSchema';
import { PLAN_SCHEMA_ID } from './planJson';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

describe('planJsonSchema', () => {
  const schema = planJsonSchema() as Json;

  it('is derived from the zod schema: the contract fields, loose objects, no injected defaults', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['format', 'version', 'name', 'ocsVersion', 'pools', 'nodes', 'links']);
    expect(schema.properties.format.const).toBe('ocs-topology-plan');
    const node = schema.properties.nodes.items;
    expect(node.properties.kind.enum).toEqual([...NODE_KINDS]);
    expect(node.required).toEqual(['id', 'kind', 'name', 'position']);
    expect(node.properties.is64bit.default).toBeUndefined(); // the default depends on the OCS version
    expect(node.properties.zone.default).toBe('internal');
    for (const o of [schema, node, schema.properties.pools.items, schema.properties.links.items])
      expect(o.additionalProperties).toEqual({});
  });

  it('matches public/plan.schema.json (run `npm run schema` after changing src/io/schema.ts)', () => {
    const file = JSON.parse(readFileSync(new URL('../../public/plan.schema.json', import.meta.url), 'utf8')) as Json;
    expect(file).toEqual(schema);
  });
});

describe('$id', () => {
  it('the published schema names itself', () => {
    expect(planJsonSchema().$id).toBe(PLAN_SCHEMA_ID);
  });
});
