/**
 * The plan's schema (domain doc, section 2), written once: the reader validates with it
 * and `jsonSchema.ts` derives the published JSON Schema from it.
 *
 * Objects are loose: fields this app does not know are kept, so a plan written by a newer
 * or different tool loses nothing when it passes through. No defaults are injected: a field
 * that was absent stays absent (the doc's defaults, such as `is64bit: true`, are only
 * documented here and applied by whoever reads the field).
 */
import * as z from 'zod/mini';
import {
  BALANCING_TYPES,
  COLLOCATED_ROLES,
  EDITIONS,
  NODE_KINDS,
  OCS_VERSIONS,
  PLAN_FORMAT,
  PLAN_VERSION,
  POOL_CONFIGURATIONS,
  SQL_VERSIONS,
} from '../domain/plan';
import type { Plan } from '../domain/plan';
import { LIMITS } from './limits';

// zod's tree-shakable form ("zod/mini": checks and descriptions are passed to `.check()`): the app's
// first download carries only the parts of zod this schema uses.
const about = (description: string) => z.meta({ description });

const idSchema = z.string().check(z.minLength(1), about('Unique among the ids of all pools, nodes and links of the plan.'));

/** A coordinate within ±limit (finite by construction: zod refuses Infinity and NaN). */
const coordinate = (limit: number) => z.number().check(z.gte(-limit), z.lte(limit));

const position = (limit: number) =>
  z.looseObject({ x: coordinate(limit), y: coordinate(limit) }).check(about('Top-left corner in absolute canvas coordinates.'));

/** A server's position. */
export const positionSchema = position(LIMITS.nodeCoordinate);

/** A pool's position and size: its box lies within ±LIMITS.poolCoordinate (the far edge is checked by the reader). */
export const poolPositionSchema = position(LIMITS.poolCoordinate);

const extent = z.number().check(z.nonnegative(), z.lte(2 * LIMITS.poolCoordinate));

export const sizeSchema = z.looseObject({ width: extent, height: extent });

export const poolSchema = z.looseObject({
  id: idSchema,
  name: z.string().check(about('The pool FQDN.')),
  edition: z.enum(EDITIONS),
  configuration: z
    .optional(z.enum(POOL_CONFIGURATIONS))
    .check(about('Enterprise pools only; an Enterprise pool without it is treated as consolidated.')),
  users: z.optional(z.int().check(z.nonnegative())).check(about('Planned user count.')),
  position: z.optional(poolPositionSchema),
  size: z.optional(sizeSchema),
});

export const nodeSchema = z.looseObject({
  id: idSchema,
  kind: z.enum(NODE_KINDS),
  name: z.string().check(about("The computer's FQDN.")),
  pool: z.optional(z.string()).check(about('Id of the pool the node belongs to; absent for a node outside any pool.')),
  position: positionSchema,
  collocated: z.optional(z.array(z.enum(COLLOCATED_ROLES))).check(about('More roles on the same computer.')),
  sqlVersion: z.optional(z.enum(SQL_VERSIONS)).check(about('back-end-sql only.')),
  is64bit: z.optional(z.boolean()).check(z.meta({ description: 'Absent means true.', default: true })),
  balancing: z
    .optional(z.enum(BALANCING_TYPES))
    .check(z.meta({ description: 'hardware-load-balancer only; absent means "hardware".', default: 'hardware' })),
});

export const linkSchema = z
  .looseObject({
    id: idSchema,
    from: z.string().check(about('Id of a node.')),
    to: z.string().check(about('Id of another node.')),
    label: z.optional(z.string()).check(about('Text drawn on the link, such as a protocol or a port.')),
  })
  .check(about('An undirected network connection between two nodes.'));

export const planSchema = z
  .looseObject({
    format: z.literal(PLAN_FORMAT),
    version: z.literal(PLAN_VERSION),
    name: z.string(),
    ocsVersion: z.enum(OCS_VERSIONS),
    pools: z.array(poolSchema),
    nodes: z.array(nodeSchema),
    links: z.array(linkSchema),
  })
  .check(
    z.meta({
      title: 'OCS Topology Designer plan',
      description:
        'A planned Office Communications Server 2007 / 2007 R2 topology: pools, servers and the network links between them. Unknown fields are kept.',
    }),
  );

export type PlanSchemaOutput = z.output<typeof planSchema>;

/** Compile-time guard: what the schema accepts is a Plan. */
export const schemaOutputIsPlan: (p: PlanSchemaOutput) => Plan = (p) => p;
