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
  AV_NAT_TYPES,
  BALANCER_SIDES,
  BALANCING_TYPES,
  COLLOCATED_ROLES,
  CWA_USERS,
  EDGE_SERVICES,
  EDITIONS,
  GATEWAY_TYPES,
  NODE_KINDS,
  OCS_VERSIONS,
  PLAN_FORMAT,
  PLAN_VERSION,
  POOL_CONFIGURATIONS,
  POOL_PURPOSES,
  ROLE_DATABASES,
  SQL_EDITIONS,
  SQL_VERSIONS,
  ZONES,
} from '../domain/plan';
import type { Plan } from '../domain/plan';
import { requirementsSchema } from '../planner/requirements';
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
  purpose: z
    .optional(z.enum(POOL_PURPOSES))
    .check(z.meta({ description: 'A Director is a pool that hosts no users; absent means "users".', default: 'users' })),
  position: z.optional(poolPositionSchema),
  size: z.optional(sizeSchema),
  webInternalFqdn: z
    .optional(z.string())
    .check(about('Enterprise pools: the internal web farm FQDN (Web Components URLs); absent means the pool FQDN.')),
  webExternalFqdn: z.optional(z.string()).check(about('The external web farm FQDN, published by the reverse proxy.')),
  why: z.optional(z.string()).check(about('Why the planner made this pool.')),
});

/** One string per edge service. */
const edgeServiceValues = (description: string) =>
  z
    .optional(
      z.looseObject({
        access: z.optional(z.string()),
        'web-conferencing': z.optional(z.string()),
        av: z.optional(z.string()),
      }),
    )
    .check(about(description));

export const nodeSchema = z.looseObject({
  id: idSchema,
  kind: z.enum(NODE_KINDS),
  name: z.string().check(about("The computer's FQDN.")),
  pool: z.optional(z.string()).check(about('Id of the pool the node belongs to; absent for a node outside any pool.')),
  position: positionSchema,
  collocated: z.optional(z.array(z.enum(COLLOCATED_ROLES))).check(about('More roles on the same computer.')),
  sqlVersion: z.optional(z.enum(SQL_VERSIONS)).check(about('back-end-sql only.')),
  is64bit: z
    .optional(z.boolean())
    .check(about('Absent means true on OCS 2007 R2 and false on OCS 2007 (its server roles run on 32-bit Windows).')),
  balancing: z
    .optional(z.enum(BALANCING_TYPES))
    .check(z.meta({ description: 'hardware-load-balancer only; absent means "hardware".', default: 'hardware' })),
  zone: z
    .optional(z.enum(ZONES))
    .check(
      z.meta({ description: 'The network zone; written on every node of a version-2 plan; absent means "internal".', default: 'internal' }),
    ),
  site: z.optional(z.string()).check(about('Id of a site of `sites`; absent means the central site.')),
  edgeServices: z
    .optional(z.array(z.enum(EDGE_SERVICES)).check(z.minLength(1), z.maxLength(EDGE_SERVICES.length)))
    .check(about('edge-server only: the edge services it runs (a non-empty subset); absent means all three.')),
  avNat: z
    .optional(z.enum(AV_NAT_TYPES))
    .check(z.meta({ description: 'edge-server only: NAT on the A/V Edge external address.', default: 'none' })),
  gatewayType: z.optional(z.enum(GATEWAY_TYPES)).check(
    z.meta({
      description: 'media-gateway only: basic needs a Mediation Server; basic-hybrid and advanced carry their own.',
      default: 'basic',
    }),
  ),
  cwaUsers: z.optional(z.enum(CWA_USERS)).check(z.meta({ description: 'cwa-server only: which users it serves.', default: 'both' })),
  sqlEdition: z.optional(z.enum(SQL_EDITIONS)).check(z.meta({ description: 'back-end-sql and sql-server only.', default: 'standard' })),
  databases: z
    .optional(z.array(z.enum(ROLE_DATABASES)).check(z.maxLength(ROLE_DATABASES.length)))
    .check(about("back-end-sql and sql-server only: role databases also kept there (a back end always holds its pool's own).")),
  cluster: z
    .optional(z.string())
    .check(about('back-end-sql only: back ends of one pool with the same value are the nodes of one active/passive cluster.')),
  side: z.optional(z.enum(BALANCER_SIDES)).check(about('hardware-load-balancer in front of Edge Servers: which network it faces.')),
  ip: z.optional(z.string()).check(about("The computer's (internal) IP address; for a load balancer, its virtual IP (VIP).")),
  externalFqdns: edgeServiceValues('edge-server only: the external FQDN of each edge service it runs.'),
  externalIps: edgeServiceValues('edge-server only: the external IP address of each edge service it runs.'),
  gatewayIp: z.optional(z.string()).check(about('mediation-server only: the address on the gateway side.')),
  why: z.optional(z.string()).check(about('Why the planner made this server.')),
});

export const siteSchema = z.looseObject({
  id: idSchema,
  name: z.string(),
  central: z.optional(z.boolean()).check(about('The central site; nodes without `site` are in it too.')),
});

export const zoneLayoutSchema = z
  .looseObject({
    id: z.enum(ZONES),
    position: z.optional(poolPositionSchema),
    size: z.optional(sizeSchema),
  })
  .check(about("The drawn region of a zone on the canvas (layout only: a node's zone is its `zone` field)."));

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
    sites: z.optional(z.array(siteSchema)),
    zones: z.optional(z.array(zoneLayoutSchema)),
    sipDomains: z
      .optional(z.array(z.string().check(z.minLength(1))))
      .check(about('The SIP domain(s) of the organisation; absent means the domain part of the pool FQDNs.')),
    autoSignInPool: z
      .optional(z.string())
      .check(about('Id of the pool designated for automatic sign-in; absent means the first user pool.')),
    requirements: z.optional(requirementsSchema),
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
