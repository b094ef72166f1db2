/**
 * How much any incoming plan may hold, whatever way it comes in (file, SVG, share link, `loadPlan`).
 * Far above any real OCS 2007 deployment (the largest run a few hundred servers), far below what
 * would exhaust the tab. Each limit is checked before the expensive work it guards: sizes before
 * reading or inflating, counts and depth before the schema check. The README states them ("Limits").
 */
export const LIMITS = {
  /** Servers (`nodes`) in a plan. */
  servers: 20_000,
  /** Network links in a plan. */
  links: 50_000,
  /** Pools in a plan. */
  pools: 10_000,
  /** Sites in a plan (`sites`). */
  sites: 10_000,
  /** Characters in any one string (names, ids, unknown fields) and in any field name. */
  stringLength: 10_000,
  /** JSON values (objects, lists, strings, numbers, booleans, nulls) in a whole plan. */
  values: 2_000_000,
  /** Levels of nesting: the plan object is level 1, `nodes[0].position.x` level 4. */
  depth: 64,
  /** Bytes of a plan file (JSON), and characters of the JSON text read from anywhere. */
  planFileBytes: 20_000_000,
  /** Bytes of an SVG file to read a plan from (the drawing of a 20,000-server plan is about 25 MB). */
  svgFileBytes: 64_000_000,
  /** Characters of a share link's payload (Chromium opens no longer URL). */
  linkLength: 2_000_000,
  /** Bytes a share link may unpack to. */
  linkUnpackedBytes: 20_000_000,
  /** |x| and |y| of a server's position. */
  nodeCoordinate: 1_000_000,
  /**
   * A pool's box (position and size) lies within ±poolCoordinate on both axes. Wider than the
   * servers' range, so that a pool grown around any servers it may hold still fits.
   */
  poolCoordinate: 2_000_000,
} as const;

/** 20000 -> "20,000". */
export const count = (n: number): string => n.toLocaleString('en-US');
