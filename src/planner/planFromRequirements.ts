/**
 * The planner: from an organisation's requirements to a plan that the rule catalog checks clean, laid out in
 * zone columns with the sites side by side, every server and pool with a short why naming the figure it rests on.
 * Deterministic: the same requirements give the same plan, ids included.
 */
import { NODE_SIZE } from '../domain/geometry';
import { OCS_VERSION_LABELS } from '../domain/kinds';
import { DEFAULT_DOMAIN } from '../domain/names';
import type { CwaUsers, OcsVersion, Plan, PlannerFeature, PoolConfiguration, Requirements, RoleDatabase, Site } from '../domain/plan';
import { DEFAULT_EXTERNAL_PERCENT } from '../domain/requirements';
import { linksFrom, plan as makePlan, poolFields } from '../domain/templateParts';
import { BAND_GAP, Board, COL, LB_TO_MEMBERS, ROW, TOP } from './board';
import {
  ARCHIVING_USERS,
  avEdgeServers,
  configurationFor,
  cwaServers,
  edgeServers,
  expandedDedicated,
  externalUsers,
  frontEnds,
  gatewayTotal,
  num,
  poolMaximum,
  referenceText,
  SE_MAX_USERS,
  splitByUsers,
} from './sizing';

/** A pool the planner made, with what other servers link to (its load balancer, or its Standard Edition Server). */
interface PoolMade {
  id: string;
  name: string;
  entry: string;
  users: number;
  enterprise: boolean;
  /** Left edge and width of its band, for what is placed below it. */
  x: number;
  width: number;
}

interface SiteBlock {
  index: number;
  site: Site;
  slug: string;
  users: number;
  x: number;
  pools: PoolMade[];
  /** The Monitoring Server each user pool reports to. */
  monitoring: Map<string, string>;
}

const has = (req: Requirements, f: PlannerFeature) => req.features.includes(f);
const two = (n: number) => String(n).padStart(2, '0');

/** Short, unique host-name prefixes from the site names: letters and digits, at most six. */
function siteSlugs(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name, i) => {
    let base = name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 6);
    if (!/^[a-z]/.test(base)) base = `s${base}`.slice(0, 6);
    if (base === 's') base = `site${i + 1}`.slice(0, 6);
    let slug = base;
    for (let k = 2; used.has(slug); k++) slug = `${base.slice(0, 6 - String(k).length)}${k}`;
    used.add(slug);
    return slug;
  });
}

const SOURCES = {
  lb: (v: OcsVersion) => (v === '2007-r2' ? '[R11][R12]' : '[R9][R10]'),
  backEnd: (v: OcsVersion) => (v === '2007-r2' ? '[R2][R3]' : '[R4]'),
  se: '[R7][R78][R88]',
  director: (v: OcsVersion) => (v === '2007-r2' ? '[R32]' : '[R31]'),
  proxy: (v: OcsVersion) => (v === '2007-r2' ? '[R74]' : '[R76]'),
  edge: (v: OcsVersion) => (v === '2007-r2' ? '[R21]' : '[R20]'),
};

class Planner {
  readonly b: Board;
  readonly v: OcsVersion;
  readonly ha: boolean;
  readonly total: number;
  readonly percent: number;
  readonly external: number;
  readonly needsEdge: boolean;
  readonly cwaUsers: CwaUsers | undefined;
  readonly needsProxy: boolean;
  readonly blocks: SiteBlock[] = [];
  internalLeft = 0;
  perimeter = { left: 0, right: 0 };
  pstn: string | undefined;

  constructor(readonly req: Requirements) {
    this.v = req.ocsVersion;
    this.b = new Board(this.v, req.domain ?? DEFAULT_DOMAIN);
    this.ha = req.highAvailability === true;
    this.total = req.sites.reduce((s, site) => s + site.users, 0);
    this.percent = req.externalPercent ?? DEFAULT_EXTERNAL_PERCENT;
    this.external = externalUsers(this.total, this.percent);
    this.needsEdge = has(req, 'external') || has(req, 'federation');
    this.cwaUsers = has(req, 'cwa') ? (req.cwaUsers ?? (this.needsEdge ? 'both' : 'internal')) : undefined;
    this.needsProxy = this.needsEdge || (this.cwaUsers !== undefined && this.cwaUsers !== 'internal');
  }

  // ---- pools -------------------------------------------------------------------------------------------

  /** A hardware load balancer above the servers it serves (centred over `columns` columns from `x`). */
  private loadBalancer(id: string, host: string, x: number, columns: number, y: number, why: string): string {
    return this.b.node({ id, kind: 'hardware-load-balancer', host, x: x + ((columns - 1) * COL) / 2, y, why });
  }

  /** Servers in rows of at most `perRow`, from (x, y); returns their ids and the next free row's y. */
  private rows(
    count: number,
    perRow: number,
    x: number,
    y: number,
    make: (i: number, x: number, y: number) => string,
    width = perRow,
  ): { ids: string[]; y: number } {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const row = Math.floor(i / perRow);
      const inRow = Math.min(perRow, count - row * perRow);
      const offset = ((width - inRow) * COL) / 2;
      ids.push(make(i, x + offset + (i % perRow) * COL, y + row * ROW));
    }
    return { ids, y: y + Math.ceil(count / perRow) * ROW };
  }

  /** Back ends: one, or two nodes of one active/passive cluster when high availability is asked. */
  private backEnds(pool: string, nameOf: (i: number) => string, x: number, width: number, y: number): { ids: string[]; y: number } {
    const n = this.ha ? 2 : 1;
    const src = SOURCES.backEnd(this.v);
    const clusterNote =
      this.v === '2007' ? " (for OCS 2007 back-end clustering is shown only by the hosted guide's example [R33]: unconfirmed)" : '';
    return this.rows(
      n,
      2,
      x,
      y,
      (i, nx, ny) =>
        this.b.node({
          id: `${pool}-sql${i + 1}`,
          kind: 'back-end-sql',
          host: nameOf(i),
          x: nx,
          y: ny,
          why: this.ha
            ? `Back-End SQL Server, node ${i + 1} of an active/passive cluster: high availability was asked; an Enterprise pool has one back end on a computer of its own ${src}${clusterNote}`
            : `Back-End SQL Server: an Enterprise pool keeps its databases on one SQL Server on a computer of its own ${src}`,
          fields: { pool, ...(this.ha ? { cluster: `${pool}-cluster` } : {}) },
        }),
      width,
    );
  }

  /**
   * An Enterprise pool at (x, y): its load balancer on top, the Front Ends in rows of four, the dedicated servers of an
   * expanded pool, the back end at the bottom. Returns the pool and the y below it.
   */
  private enterprisePool(o: {
    id: string;
    host: string;
    names: { fe: (i: number) => string; lb: string; sql: (i: number) => string; dedicated: (kind: string, i: number) => string };
    configuration: PoolConfiguration;
    users: number;
    frontEnds: { count: number; why: string };
    why: string;
    director?: boolean;
    x: number;
    y: number;
    site: string;
  }): { made: PoolMade; bottom: number } {
    const feCount = o.frontEnds.count;
    const dedicated = o.configuration === 'expanded' ? expandedDedicated(feCount) : undefined;
    const width = Math.max(2, Math.min(4, Math.max(feCount, dedicated ? Math.max(dedicated.conferencing, dedicated.av) : 0)));
    const lb = this.loadBalancer(
      `${o.id}-lb`,
      o.names.lb,
      o.x,
      width,
      o.y,
      `Hardware load balancer for the ${num(feCount)} Front Ends${dedicated ? ' and Web Components Servers' : ''} of ${o.host}: the servers of an Enterprise pool share one ${SOURCES.lb(this.v)}`,
    );
    const fes = this.rows(
      feCount,
      4,
      o.x,
      o.y + LB_TO_MEMBERS,
      (i, x, y) =>
        this.b.node({
          id: `${o.id}-fe${i + 1}`,
          kind: 'front-end-server',
          host: o.names.fe(i),
          x,
          y,
          why: o.director
            ? `Director Front End ${i + 1} of ${feCount}: ${o.frontEnds.why}`
            : `Front End ${i + 1} of ${feCount}: ${o.frontEnds.why}`,
          fields: { pool: o.id, site: o.site },
        }),
      width,
    );
    let y = fes.y;
    const web: string[] = [];
    const conferencing: string[] = [];
    if (dedicated) {
      const kinds = [
        ['web-components-server', dedicated.web, 'web', 'Web Components Server'],
        ['web-conferencing-server', dedicated.conferencing, 'wc', 'Web Conferencing Server'],
        ['av-conferencing-server', dedicated.av, 'av', 'A/V Conferencing Server'],
      ] as const;
      for (const [kind, n, short, label] of kinds) {
        const r = this.rows(
          n,
          4,
          o.x,
          y,
          (i, x, ny) =>
            this.b.node({
              id: `${o.id}-${short}${i + 1}`,
              kind,
              host: o.names.dedicated(short, i),
              x,
              y: ny,
              why: `${label} ${i + 1} of ${n} of the expanded pool: ${dedicated.why}`,
              fields: { pool: o.id, site: o.site },
            }),
          width,
        );
        if (kind === 'web-components-server') web.push(...r.ids);
        else conferencing.push(...r.ids);
        y = r.y;
      }
    }
    const sql = this.backEnds(o.id, o.names.sql, o.x, width, y);
    for (const n of this.b.nodes) if (sql.ids.includes(n.id)) n.site = o.site;
    this.b.nodes.find((n) => n.id === lb)!.site = o.site;
    for (const fe of fes.ids) this.b.link(fe, lb).link(fe, sql.ids[0]);
    for (const w of web) this.b.link(w, lb);
    for (const c of conferencing) this.b.link(c, sql.ids[0]);
    if (sql.ids.length > 1) this.b.link(sql.ids[0], sql.ids[1]);
    const pool = this.b.pool({
      id: o.id,
      name: `${o.host}.${this.b.domain}`,
      ...poolFields(o.configuration),
      users: o.director ? 0 : o.users,
      ...(o.director ? { purpose: 'director' as const } : {}),
      why: o.why,
    });
    const bottom = pool.position!.y + pool.size!.height;
    return { made: { id: o.id, name: pool.name, entry: lb, users: o.users, enterprise: true, x: o.x, width }, bottom };
  }

  /** A Standard Edition pool: one server, every service and SQL Server Express on it. */
  private standardPool(o: {
    id: string;
    host: string;
    server: string;
    users: number;
    why: string;
    serverWhy: string;
    director?: boolean;
    x: number;
    y: number;
    site: string;
  }): { made: PoolMade; bottom: number } {
    const se = this.b.node({
      id: `${o.id}-se`,
      kind: 'standard-edition-server',
      host: o.server,
      x: o.x,
      y: o.y + LB_TO_MEMBERS,
      why: o.serverWhy,
      fields: { pool: o.id, site: o.site },
    });
    const pool = this.b.pool({
      id: o.id,
      name: `${o.host}.${this.b.domain}`,
      ...poolFields('standard'),
      users: o.director ? 0 : o.users,
      ...(o.director ? { purpose: 'director' as const } : {}),
      why: o.why,
    });
    return {
      made: { id: o.id, name: pool.name, entry: se, users: o.users, enterprise: false, x: o.x, width: 1 },
      bottom: pool.position!.y + pool.size!.height,
    };
  }

  /** The user pools of a site, side by side from x at y. */
  private sitePools(block: SiteBlock, y: number): number {
    const { users, slug, site } = block;
    const label = site.name;
    const archiving = has(this.req, 'archiving');
    let bottom = y;
    if (users <= SE_MAX_USERS && !this.ha) {
      const r = this.standardPool({
        id: `${site.id}-p1`,
        host: `${slug}-pool1`,
        server: `${slug}-se01`,
        users,
        why: `Standard Edition pool for the ${num(users)} users of ${label}: fewer than 5,000 users and no high availability asked ${SOURCES.se}`,
        serverWhy: `Standard Edition Server: every service and SQL Server Express on one computer, for fewer than 5,000 users ${SOURCES.se}; no high availability`,
        x: block.x,
        y,
        site: site.id,
      });
      block.pools.push(r.made);
      return r.bottom;
    }
    const configuration = configurationFor(this.v, users);
    const max = poolMaximum(this.v, configuration, archiving);
    const count = Math.ceil(users / max);
    const reason =
      this.ha && users <= SE_MAX_USERS
        ? 'high availability was asked, and a Standard Edition Server has none'
        : `${num(users)} users are 5,000 or more, beyond Standard Edition ${SOURCES.se}`;
    const config =
      this.v === '2007-r2'
        ? "consolidated, Microsoft's recommendation on R2 [R5]"
        : configuration === 'expanded'
          ? `expanded: more than the consolidated reference's 30,000 users [R78]`
          : 'consolidated';
    let x = block.x;
    let fe = 0;
    let lbs = 0;
    let sqls = 0;
    const dedicated = new Map<string, number>();
    for (let k = 0; k < count; k++) {
      const poolUsers = Math.floor(users / count) + (k < users % count ? 1 : 0);
      const split =
        count > 1
          ? `; pool ${k + 1} of ${count}: ${label}'s ${num(users)} users are more than one pool carries (${num(max)}${this.v === '2007' && archiving && max === ARCHIVING_USERS ? ', what one Archiving and CDR Server serves [R39]' : ''})`
          : '';
      const sized = frontEnds(this.v, configuration, poolUsers);
      const id = `${site.id}-p${k + 1}`;
      const r = this.enterprisePool({
        id,
        host: `${slug}-pool${k + 1}`,
        names: {
          fe: () => `${slug}-fe${two(++fe)}`,
          lb: `${slug}-lb${two(++lbs)}`,
          sql: () => `${slug}-sql${two(++sqls)}`,
          dedicated: (short) => {
            const n = (dedicated.get(short) ?? 0) + 1;
            dedicated.set(short, n);
            return `${slug}-${short}${two(n)}`;
          },
        },
        configuration,
        users: poolUsers,
        frontEnds: sized,
        why: `Enterprise pool, ${config}, for ${num(poolUsers)} users of ${label}: ${reason}${split}; ${referenceText(this.v, configuration)}`,
        x,
        y,
        site: site.id,
      });
      block.pools.push(r.made);
      bottom = Math.max(bottom, r.bottom);
      x += (r.made.width + 0.5) * COL;
    }
    return bottom;
  }

  // ---- sites -------------------------------------------------------------------------------------------

  /** The Director (central site, with external access): an Enterprise pool of two, or a Standard Edition one. */
  private director(block: SiteBlock, y: number): { made: PoolMade; bottom: number } {
    const src = SOURCES.director(this.v);
    const enterprise = this.ha || this.total > SE_MAX_USERS;
    const base = `Director: recommended with Edge Servers; it authenticates external users and forwards them to their pools, hosting none ${src}`;
    if (!enterprise) {
      return this.standardPool({
        id: 'dir',
        host: 'dirpool',
        server: 'dir01',
        users: 0,
        director: true,
        why: `${base}; Standard Edition for ${num(this.total)} users in all (Microsoft gives no Director capacity: unconfirmed)`,
        serverWhy: `Standard Edition Director: ${base}; Microsoft gives no Director capacity (unconfirmed)`,
        x: block.x,
        y,
        site: block.site.id,
      });
    }
    return this.enterprisePool({
      id: 'dir',
      host: 'dirpool',
      names: {
        fe: (i) => `dir${two(i + 1)}`,
        lb: 'dirlb01',
        sql: (i) => `dirsql${two(i + 1)}`,
        dedicated: (s, i) => `dir${s}${two(i + 1)}`,
      },
      configuration: 'consolidated',
      users: 0,
      frontEnds: {
        count: 2,
        why: `two Directors behind a load balancer, so that external sign-in survives the loss of one ${src}; Microsoft gives no Director capacity (unconfirmed)`,
      },
      director: true,
      why: `${base}; an Enterprise pool of two for ${num(this.total)} users in all${this.ha ? ' and high availability' : ''}`,
      x: block.x,
      y,
      site: block.site.id,
    });
  }

  private roleServers(block: SiteBlock, y: number, central: boolean, width: number): number {
    const { slug, site } = block;
    const sid = site.id;
    const databases: RoleDatabase[] = [];
    const dbUsers: string[] = [];
    let bottom = y;
    let x = block.x;
    const userPools = block.pools;
    const first = userPools[0];
    // Communicator Web Access (central site): an array behind its own load balancer where there are two or more.
    if (central && this.cwaUsers) {
      const internal = this.cwaUsers !== 'external';
      const externalUse = this.cwaUsers !== 'internal';
      const connections = Math.max(1, (externalUse ? this.external : 0) + (internal ? externalUsers(this.total, this.percent) : 0));
      const basis =
        this.cwaUsers === 'both'
          ? `the external users and as many internal ones, ${this.percent}% each: an assumption, Microsoft gives no CWA usage share`
          : externalUse
            ? `the ${this.percent}% external users`
            : `${this.percent}% of the users: an assumption, Microsoft gives no CWA usage share`;
      const sized = cwaServers(connections, this.ha, basis);
      let top = y;
      let entry: string | undefined;
      const cols = Math.min(4, sized.count);
      if (sized.count > 1) {
        entry = this.loadBalancer(
          'cwa-lb',
          'cwalb01',
          x,
          cols,
          y,
          `Hardware load balancer for the ${sized.count} Communicator Web Access servers: an array of them shares one [R51]`,
        );
        top = y + ROW;
      }
      const r = this.rows(
        sized.count,
        4,
        x,
        top,
        (i, nx, ny) =>
          this.b.node({
            id: `cwa${i + 1}`,
            kind: 'cwa-server',
            host: `cwa${two(i + 1)}`,
            x: nx,
            y: ny,
            why: `Communicator Web Access ${i + 1} of ${sized.count} (${this.cwaUsers} users): ${sized.why}`,
            fields: { cwaUsers: this.cwaUsers, site: sid },
          }),
        cols,
      );
      for (const c of r.ids) {
        if (entry) this.b.link(c, entry);
        this.b.link(c, first.entry);
      }
      this.cwaEntry = entry ?? r.ids[0];
      bottom = Math.max(bottom, r.y - ROW + NODE_SIZE.height);
      x += (cols + 0.5) * COL;
    }
    const items: { id: string; make: (x: number, y: number) => void }[] = [];
    if (has(this.req, 'archiving')) {
      const groups: PoolMade[][] = [];
      for (const p of userPools) {
        const last = groups[groups.length - 1];
        if (last && last.reduce((s, q) => s + q.users, 0) + p.users <= ARCHIVING_USERS) last.push(p);
        else groups.push([p]);
      }
      const r2 = this.v === '2007-r2' ? ' (an OCS 2007 figure: R2 capacity is unconfirmed)' : '';
      groups.forEach((g, i) => {
        const id = `${sid}-arc${i + 1}`;
        const users = g.reduce((s, q) => s + q.users, 0);
        items.push({
          id,
          make: (nx, ny) => {
            this.b.node({
              id,
              kind: 'archiving-server',
              host: `${slug}-arc${two(i + 1)}`,
              x: nx,
              y: ny,
              why: `Archiving Server for the ${num(users)} users of ${g.map((q) => q.name).join(', ')}: one handles IM archiving and CDR for up to ${num(ARCHIVING_USERS)} users (125,000 for CDR only) [R39]${r2}`,
              fields: { site: sid },
            });
            for (const q of g) this.b.link(id, q.entry);
          },
        });
      });
      databases.push('archiving');
      dbUsers.push(...groups.map((_, i) => `${sid}-arc${i + 1}`));
    }
    if (has(this.req, 'monitoring')) {
      userPools.forEach((p, i) => {
        const id = `${sid}-mon${i + 1}`;
        block.monitoring.set(p.id, id);
        items.push({
          id,
          make: (nx, ny) => {
            this.b.node({
              id,
              kind: 'monitoring-server',
              host: `${slug}-mon${two(i + 1)}`,
              x: nx,
              y: ny,
              why: `Monitoring Server (QoE and CDR) for ${p.name}: a pool reports to one Monitoring Server [R43]; Microsoft advises one per Enterprise pool in large environments [R46] (its capacity is unconfirmed)`,
              fields: { site: sid },
            });
            this.b.link(id, p.entry);
          },
        });
        dbUsers.push(id);
      });
      databases.push('monitoring');
    }
    if (central && has(this.req, 'group-chat')) {
      const n = this.ha ? 2 : 1;
      for (let i = 0; i < n; i++) {
        const id = `gc${i + 1}`;
        items.push({
          id,
          make: (nx, ny) => {
            this.b.node({
              id,
              kind: 'group-chat-server',
              host: `gc${two(i + 1)}`,
              x: nx,
              y: ny,
              why: `Group Chat Server ${i + 1} of ${n}${this.ha ? ' (two for high availability)' : ''}: up to three per deployment [R54]; users per server are unconfirmed (20,000 per server is a Lync 2010 figure)`,
              fields: { site: sid },
            });
            this.b.link(id, first.entry);
          },
        });
        dbUsers.push(id);
      }
      items.push({
        id: 'gcc1',
        make: (nx, ny) => {
          this.b.node({
            id: 'gcc1',
            kind: 'group-chat-compliance-server',
            host: 'gcc01',
            x: nx,
            y: ny,
            why: 'Group Chat Compliance Server: records what is said in the chat rooms for compliance, with its database on the SQL Server [R53][R54]',
            fields: { site: sid },
          });
          for (let i = 0; i < n; i++) this.b.link('gcc1', `gc${i + 1}`);
        },
      });
      dbUsers.push('gcc1');
      databases.push('group-chat', 'compliance');
    }
    // Role servers in rows across the site's width, their SQL Server below them.
    const perRow = Math.max(2, width - Math.round((x - block.x) / COL));
    items.forEach((item, i) => item.make(x + (i % perRow) * COL, y + Math.floor(i / perRow) * ROW));
    if (items.length > 0) bottom = Math.max(bottom, y + (Math.ceil(items.length / perRow) - 1) * ROW + NODE_SIZE.height);
    if (databases.length > 0) {
      const dbY = y + Math.ceil(items.length / perRow) * ROW;
      const id = `${sid}-db1`;
      this.b.node({
        id,
        kind: 'sql-server',
        host: `${slug}-db01`,
        x: x + ((Math.min(perRow, items.length) - 1) * COL) / 2,
        y: dbY,
        why: `SQL Server for the ${databases.join(', ')} database${databases.length > 1 ? 's' : ''} of ${site.name}: a role server keeps its database on a SQL Server${databases.includes('group-chat') ? ', the Group Chat database on another computer than the Group Chat Server [R53]' : ''} [R1][R44]`,
        fields: { databases, site: sid },
      });
      for (const u of dbUsers) this.b.link(u, id);
      bottom = Math.max(bottom, dbY + NODE_SIZE.height);
    }
    return bottom;
  }

  cwaEntry: string | undefined;

  private voice(block: SiteBlock, y: number, gateways: number, why: string, width: number): number {
    const { slug, site } = block;
    const sid = site.id;
    const pairs = Math.max(1, Math.floor(width / 2));
    const first = block.pools[0];
    const mon = block.monitoring.get(first.id);
    for (let i = 0; i < gateways; i++) {
      const x = block.x + (i % pairs) * 2 * COL;
      const ny = y + Math.floor(i / pairs) * ROW;
      const gw = this.b.node({
        id: `${sid}-gw${i + 1}`,
        kind: 'media-gateway',
        host: `${slug}-gw${two(i + 1)}`,
        x,
        y: ny,
        why: `Basic media gateway ${i + 1} of ${gateways} at ${site.name}, with a Mediation Server of its own [R38]: ${why}`,
        fields: { gatewayType: 'basic', site: sid },
      });
      const med = this.b.node({
        id: `${sid}-med${i + 1}`,
        kind: 'mediation-server',
        host: `${slug}-med${two(i + 1)}`,
        x: x + COL,
        y: ny,
        why: `Mediation Server for ${slug}-gw${two(i + 1)}: one Mediation Server per basic media gateway before Lync Server 2010 [R38][R34]; concurrent calls per server are unconfirmed`,
        fields: { site: sid },
      });
      this.b.link(gw, this.pstn!).link(gw, med).link(med, first.entry);
      if (mon) this.b.link(med, mon);
    }
    return y + (Math.ceil(gateways / pairs) - 1) * ROW + NODE_SIZE.height;
  }

  // ---- perimeter -----------------------------------------------------------------------------------------

  /** Edge Servers of one service set: one, or an array between an external and an internal load balancer. */
  private edgeSet(
    prefix: string,
    count: number,
    why: string,
    services: Plan['nodes'][number]['edgeServices'],
    x: number,
    y: number,
    next: string,
  ): number {
    const lbWhy = (side: string) =>
      `${side} load balancer of the Edge array: an Edge array sits between an internal and an external hardware load balancer [R11][R14]`;
    if (count === 1) {
      const e = this.b.node({
        id: `${prefix}1`,
        kind: 'edge-server',
        host: `${prefix}01`,
        x: x + COL,
        y,
        why,
        fields: { edgeServices: services },
      });
      this.b.link(e, next);
      return y + NODE_SIZE.height;
    }
    const mid = y + ((count - 1) * ROW) / 2;
    const ext = this.b.node({
      id: `${prefix}-lbext`,
      kind: 'hardware-load-balancer',
      host: `${prefix}lbx`,
      x,
      y: mid,
      why: lbWhy('External'),
      fields: { zone: 'perimeter', side: 'external' },
    });
    const int = this.b.node({
      id: `${prefix}-lbint`,
      kind: 'hardware-load-balancer',
      host: `${prefix}lbi`,
      x: x + 2 * COL,
      y: mid,
      why: lbWhy('Internal'),
      fields: { zone: 'perimeter', side: 'internal' },
    });
    for (let i = 0; i < count; i++) {
      const e = this.b.node({
        id: `${prefix}${i + 1}`,
        kind: 'edge-server',
        host: `${prefix}${two(i + 1)}`,
        x: x + COL,
        y: y + i * ROW,
        why: `Edge Server ${i + 1} of ${count}: ${why}`,
        fields: { edgeServices: services },
      });
      this.b.link(ext, e).link(e, int);
    }
    this.b.link(int, next);
    return y + (count - 1) * ROW + NODE_SIZE.height;
  }

  private perimeterServers(x: number, y: number, directorEntry: string | undefined, proxyY: number): void {
    let bottom = y - 72;
    if (this.needsEdge && directorEntry) {
      const src = SOURCES.edge(this.v);
      const wants = [has(this.req, 'external') && 'remote access', has(this.req, 'federation') && 'federation and public IM']
        .filter(Boolean)
        .join(', ');
      if (this.v === '2007-r2') {
        const sized = edgeServers(this.v, this.external, this.ha, this.percent);
        bottom = this.edgeSet(
          'edge',
          sized.count,
          `Access, Web Conferencing and A/V Edge on one computer, as on every R2 Edge Server ${src}, for ${wants}; ${sized.why}`,
          undefined,
          x,
          y,
          directorEntry,
        );
      } else {
        const services: ('access' | 'web-conferencing')[] = has(this.req, 'conferencing') ? ['access', 'web-conferencing'] : ['access'];
        const sized = edgeServers(this.v, this.external, this.ha, this.percent);
        bottom = this.edgeSet(
          'edge',
          sized.count,
          `${services.includes('web-conferencing') ? 'Access and Web Conferencing Edge' : 'Access Edge'} for ${wants} ${src}; ${sized.why}`,
          services,
          x,
          y,
          directorEntry,
        );
        if (has(this.req, 'av') && has(this.req, 'external')) {
          const av = avEdgeServers(this.external, this.ha);
          bottom = this.edgeSet(
            'avedge',
            av.count,
            `A/V Edge on a computer of its own, as in Microsoft's 2007 topologies ${src}; ${av.why}`,
            ['av'],
            x,
            bottom + 72,
            directorEntry,
          );
        }
      }
    }
    if (this.needsProxy) {
      const cwaOnly = !this.needsEdge;
      const rp = this.b.node({
        id: 'rp1',
        kind: 'reverse-proxy',
        host: 'rp01',
        x: x + (this.perimeterColumns() > 1 ? COL : 0),
        y: Math.max(proxyY, bottom + 72),
        why: cwaOnly
          ? `Reverse proxy: publishes Communicator Web Access to external users [R49]`
          : `Reverse proxy: publishes the pools' Web Components (address book, meeting content, group expansion) to external users, as every Edge deployment needs ${SOURCES.proxy(this.v)}`,
      });
      for (const block of this.blocks) for (const p of block.pools) this.b.link(rp, p.entry);
      if (this.cwaEntry && this.cwaUsers !== 'internal') this.b.link(rp, this.cwaEntry);
    }
  }

  /** Columns of the perimeter network: an external load balancer, the Edge Servers, an internal one; one for a reverse proxy alone. */
  perimeterColumns(): number {
    if (!this.needsEdge) return this.needsProxy ? 1 : 0;
    return 3;
  }

  // ---- the whole -----------------------------------------------------------------------------------------

  build(): Plan {
    const req = this.req;
    const slugs = siteSlugs(req.sites.map((s) => s.name));
    const sites: Site[] = req.sites.map((s, i) => ({ id: `site${i + 1}`, name: s.name.trim(), ...(i === 0 ? { central: true } : {}) }));
    const voice = has(req, 'voice');
    const perimeterCols = this.perimeterColumns();
    const outside = voice || perimeterCols > 0;
    // Columns: the Internet (the PSTN), the perimeter network, then the internal network with the sites side by side.
    const externalRight = 240;
    this.perimeter = { left: 260, right: 260 + Math.max(1, perimeterCols) * COL + 40 };
    this.internalLeft = outside ? this.perimeter.right + 20 : 0;
    let x = this.internalLeft + 72;
    const gateways = voice ? gatewayTotal(req.sites.length, this.ha, req.gateways, req.concurrentCalls) : undefined;
    // As asked or from the calls: split among the sites by their users; by default, one (two) at every site.
    const sized = req.gateways !== undefined || req.concurrentCalls !== undefined;
    const perSite = !gateways
      ? []
      : sized
        ? splitByUsers(
            gateways.count,
            req.sites.map((s) => s.users),
          )
        : req.sites.map(() => (this.ha ? 2 : 1));
    if (voice) this.pstn = 'pstn';
    let directorEntry: string | undefined;
    let poolsY = TOP;
    const voiceYs: number[] = [];
    req.sites.forEach((s, i) => {
      const block: SiteBlock = { index: i, site: sites[i], slug: slugs[i], users: s.users, x, pools: [], monitoring: new Map() };
      this.blocks.push(block);
      let y = TOP;
      let width = 2;
      if (i === 0 && this.needsEdge) {
        const d = this.director(block, y);
        directorEntry = d.made.entry;
        width = Math.max(width, d.made.width);
        y = d.bottom + BAND_GAP;
        poolsY = y;
      }
      // Remote sites start their pools on the central site's pool row, so that the rows line up.
      if (i > 0) y = poolsY;
      y = this.sitePools(block, y) + BAND_GAP;
      const poolsWidth = Math.round((block.pools.reduce((s2, p) => s2 + p.width + 0.5, 0) - 0.5) * 2) / 2;
      width = Math.max(width, Math.ceil(poolsWidth), i === 0 && this.cwaUsers ? 4 : 2);
      const rolesBottom = this.roleServers(block, y, i === 0, Math.max(width, 3));
      if (rolesBottom > y) y = rolesBottom + BAND_GAP;
      voiceYs.push(y);
      const used = this.b.nodes.filter((n) => n.site === block.site.id);
      const right = Math.max(x + width * COL, ...used.map((n) => n.position.x + NODE_SIZE.width + 24));
      x = right + COL / 2;
    });
    // Voice last, on one row for all sites, so that the PSTN's links run along it.
    if (voice) {
      const vy = Math.max(...voiceYs);
      this.b.node({
        id: 'pstn',
        kind: 'pstn',
        host: 'pstn',
        x: 28,
        y: vy,
        why: 'The public telephone network, which Enterprise Voice reaches through the media gateways [R34]',
      });
      this.blocks.forEach((block, i) => {
        if (perSite[i] > 0)
          this.voice(
            block,
            vy,
            perSite[i],
            gateways!.why,
            Math.max(
              2,
              block.pools.reduce((s, p) => s + p.width, 0),
            ),
          );
      });
    }
    if (perimeterCols > 0) this.perimeterServers(this.perimeter.left + 20, TOP + LB_TO_MEMBERS, directorEntry, poolsY);
    // The Director forwards external users to the pool that hosts them.
    if (directorEntry) for (const block of this.blocks) for (const p of block.pools) this.b.link(directorEntry, p.entry);
    // Every node carries its site (the perimeter's and the PSTN belong to the central one).
    for (const n of this.b.nodes) if (n.site === undefined) n.site = sites[0].id;
    const name =
      req.name?.trim() ||
      `${num(this.total)} users, ${OCS_VERSION_LABELS[this.v]}${req.sites.length > 1 ? `, ${req.sites.length} sites` : ''}`;
    const out: Plan = {
      ...makePlan(name, this.v, this.b.pools, this.b.nodes, linksFrom(this.b.pairs)),
      sites,
      requirements: req,
    };
    if (outside) {
      const right =
        Math.max(...this.b.nodes.map((n) => n.position.x + NODE_SIZE.width), ...this.b.pools.map((p) => p.position!.x + p.size!.width)) +
        72;
      out.zones = this.b.zoneLayout({
        external: { left: 0, right: externalRight },
        perimeter: this.perimeter,
        internal: { left: this.internalLeft, right },
      });
    }
    return out;
  }
}

/** A plan for these requirements (which the caller has read with `readRequirements`). */
export function planFromRequirements(req: Requirements): Plan {
  return new Planner(req).build();
}
