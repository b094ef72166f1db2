/**
 * The diagram as a standalone SVG, built from the model (not the DOM): plain rect, path, circle
 * and text, no foreignObject, scripts, web fonts or external references, so it opens in
 * browsers, librsvg, Inkscape, Word and GitHub alike. The plan rides along in <metadata>.
 */
import { membersByPool, NODE_SIZE, planBounds, poolBox, unionBoxes } from '../domain/geometry';
import type { Box } from '../domain/geometry';
import { BALANCING_LABELS, KIND_INFO, kindLabel, OCS_VERSION_LABELS, ROLE_LABELS, SQL_VERSION_LABELS } from '../domain/kinds';
import { NODE_KINDS } from '../domain/plan';
import type { NodeKind, OcsVersion, Plan, PlanNode, Pool } from '../domain/plan';
import type { Finding } from '../rules';
import { KIND_STYLE, kindIcon } from './svgIcons';
import { planMetadata } from './svgMetadata';
import { escapeXml, fitText, textWidth } from './svgText';
import { drawZones } from './svgZones';
import { zoneBoxes } from '../domain/zones';
import { nameLines } from '../layout/nameLines';
import { poolSubtitle } from '../layout/poolTitle';
import { createLocalRouter } from '../layout/localRouter';
import { labelAnchor, routePath, routesFor } from '../layout/routes';
import type { RouteMap } from '../layout/routes';

export { readPlanFromSvg } from './svgMetadata';

export interface ExportSvgOptions {
  /** Badges on the nodes and pools they name, coloured by the worst severity. */
  findings?: readonly Finding[];
  /** A legend of the kinds used (and of the badges). Default true. */
  legend?: boolean;
  /** The plan in <metadata>, so the SVG can be opened again. Default true. */
  embedPlan?: boolean;
  theme?: 'light';
  /**
   * The links' routes, as the canvas drew them. Without them the export routes the links itself
   * (the same router as the canvas); a link missing from a given map is drawn straight, from border to border.
   */
  routes?: RouteMap;
  /** The findings as a list under the diagram (with `findings`). Default false. */
  findingsList?: boolean;
  /** The title block's date (default: today, as YYYY-MM-DD). */
  date?: string;
  /** The title block's author (default: the plan's `author` field, where it has one). */
  author?: string;
}

type Severity = Finding['severity'];

const FONT = 'Segoe UI, Arial, Helvetica, sans-serif';
const MARGIN = 32;
const TITLE_HEIGHT = 64;
const LEGEND_GAP = 40;
/** Wide enough for the longest kind label (Group Chat Compliance Server) uncut. */
const LEGEND_WIDTH = 260;
const LEGEND_ROW = 24;
const ICON_AREA = 48;
const TEXT = '#0f172a';
const MUTED = '#475569';
const SEVERITY_COLOR: Record<Severity, string> = { error: '#dc2626', warning: '#d97706', info: '#2563eb' };
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_LABEL: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info', 'info'],
};

/** Numbers for attributes: at most two decimals, no "-0". */
const f = (n: number) => {
  const r = Math.round(n * 100) / 100;
  return String(r === 0 ? 0 : r);
};

function text(x: number, y: number, content: string, attrs: string): string {
  return `<text x="${f(x)}" y="${f(y)}" ${attrs}>${escapeXml(content)}</text>`;
}

/** Lines of text as one text element (tspans), each line `size * 1.2` below the last; `top` is the block's top. */
function lines(x: number, top: number, content: readonly string[], size: number, attrs: string): string {
  const tspans = content.map((l, i) => `<tspan x="${f(x)}" y="${f(top + size * (0.95 + 1.2 * i))}">${escapeXml(l)}</tspan>`).join('');
  return `<text font-size="${f(size)}" ${attrs}>${tspans}</text>`;
}

const measure = (s: string, size: number) => textWidth(s, size);
const measureBold = (s: string, size: number) => textWidth(s, size, true);

function plural(n: number, [one, many]: [string, string]): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function summary(findings: readonly Finding[]): string {
  const count = (s: Severity) => findings.filter((x) => x.severity === s).length;
  return (['error', 'warning', 'info'] as const).map((s) => plural(count(s), SEVERITY_LABEL[s])).join(', ');
}

interface Badge {
  severity: Severity;
  count: number;
  messages: string[];
}

function addBadge(map: Map<string, Badge>, key: string, finding: Finding) {
  const b = map.get(key);
  if (!b) map.set(key, { severity: finding.severity, count: 1, messages: [finding.message] });
  else {
    b.count++;
    b.messages.push(finding.message);
    if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[b.severity]) b.severity = finding.severity;
  }
}

function badge(cx: number, cy: number, b: Badge): string {
  const label = b.count > 9 ? '9+' : String(b.count);
  const title = b.messages.map((m) => `• ${m}`).join('\n');
  return (
    `<g class="ocs-badge" data-severity="${b.severity}"><title>${escapeXml(title)}</title>` +
    `<circle cx="${f(cx)}" cy="${f(cy)}" r="10" fill="${SEVERITY_COLOR[b.severity]}" stroke="#ffffff" stroke-width="2"/>` +
    text(cx, cy + 3.8, label, 'font-size="10.5" font-weight="700" fill="#ffffff" text-anchor="middle"') +
    `</g>`
  );
}

function drawPool(pool: Pool, box: Box): string {
  return `<rect class="ocs-pool" x="${f(box.x)}" y="${f(box.y)}" width="${f(box.width)}" height="${f(box.height)}" rx="12" fill="#f8fafc" data-pool-id="${escapeXml(pool.id)}"/>`;
}

/** The pool's border and title rule, drawn after the links: the gaps under the links do not break them. */
function drawPoolBorder(pool: Pool, box: Box): string {
  const standard = pool.edition === 'standard';
  return (
    `<rect x="${f(box.x)}" y="${f(box.y)}" width="${f(box.width)}" height="${f(box.height)}" rx="12" fill="none" stroke="#94a3b8" stroke-width="1.5"${standard ? ' stroke-dasharray="6 4"' : ''}/>` +
    `<path d="M${f(box.x + 1)} ${f(box.y + 40)}h${f(Math.max(0, box.width - 2))}" stroke="#cbd5e1" stroke-width="1"/>`
  );
}

/** The pool's name and configuration, drawn after the links so that no line hides them. */
function drawPoolLabel(pool: Pool, box: Box, b: Badge | undefined): string {
  const room = box.width - 28 - (b ? 24 : 0);
  return (
    `<g class="ocs-pool-label">` +
    poolName(pool.name, box.x + 14, box.y + 4, room) +
    text(box.x + 14, box.y + 33, fitText(poolSubtitle(pool), room, 11), `font-size="11" fill="${MUTED}"`) +
    (b ? badge(box.x + box.width - 18, box.y + 20, b) : '') +
    `</g>`
  );
}

/** The pool's whole name in its title bar: smaller, or on two lines, where it is long. */
function poolName(name: string, x: number, top: number, room: number): string {
  const fit = nameLines(name, room, 20, measureBold, [13, 12, 11, 10, 9]);
  // Outlined in the pool's colour, so a link passing under the title does not strike it through.
  return lines(
    x,
    top,
    fit.lines,
    fit.size,
    `font-weight="700" fill="${TEXT}" stroke="#f8fafc" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`,
  );
}

function nodeDetail(node: PlanNode): string {
  const parts: string[] = [];
  if (node.sqlVersion) parts.push((SQL_VERSION_LABELS[node.sqlVersion] ?? node.sqlVersion).replace('SQL Server ', 'SQL '));
  if (node.balancing && node.balancing !== 'hardware') parts.push(BALANCING_LABELS[node.balancing] ?? node.balancing);
  if (node.is64bit === false) parts.push('32-bit');
  const roles = node.collocated ?? [];
  if (roles.length === 1) parts.push(`+ ${ROLE_LABELS[roles[0]] ?? roles[0]}`);
  else if (roles.length > 1) parts.push(`+ ${roles.length} roles`);
  return parts.join(' · ');
}

function drawNode(node: PlanNode, ocsVersion: OcsVersion): string {
  const { x, y } = node.position;
  const { width, height } = NODE_SIZE;
  const style = KIND_STYLE[node.kind] ?? { color: MUTED, tint: '#f1f5f9' };
  const info = KIND_INFO[node.kind];
  const tx = x + ICON_AREA + 8;
  const room = width - ICON_AREA - 14;
  const detail = nodeDetail(node);
  // The whole name, broken after dots onto more lines (and smaller) where it is long.
  const nameRoom = detail ? 26 : 38;
  const name = nameLines(node.name, room, nameRoom, measure);
  const used = name.lines.length * name.size * 1.2;
  const block = 14 + used + (detail ? 14 : 0);
  const top = y + Math.max(3, (height - block) / 2);
  return (
    `<g class="ocs-node" data-node-id="${escapeXml(node.id)}" data-kind="${escapeXml(node.kind)}"><title>${escapeXml(`${info ? kindLabel(node.kind, ocsVersion) : node.kind}: ${node.name}`)}</title>` +
    `<rect x="${f(x)}" y="${f(y)}" width="${width}" height="${height}" rx="8" fill="#ffffff" stroke="${style.color}" stroke-width="1.5"/>` +
    `<path d="M${f(x + 8)} ${f(y + 0.75)}H${f(x + ICON_AREA)}V${f(y + height - 0.75)}H${f(x + 8)}a7.25 7.25 0 0 1 -7.25 -7.25V${f(y + 8)}a7.25 7.25 0 0 1 7.25 -7.25z" fill="${style.tint}"/>` +
    kindIcon(node.kind, x + ICON_AREA / 2, y + height / 2) +
    text(tx, top + 10.5, info?.tag ?? node.kind, `font-size="11" font-weight="700" fill="${style.color}"`) +
    lines(tx, top + 14, name.lines, name.size, `class="ocs-node-name" fill="${TEXT}"`) +
    (detail ? text(tx, top + 14 + used + 10.5, fitText(detail, room, 10), `font-size="10" fill="${MUTED}"`) : '') +
    `</g>`
  );
}

/**
 * Each link as its route, in a group carrying its id. A wide stroke of the background runs under
 * every line, so where a later link crosses an earlier one the earlier shows a gap: the crossing
 * reads as a crossing, not as a junction.
 */
function drawLinks(plan: Plan, routes: RouteMap): string {
  let out = '';
  let labels = '';
  for (const link of plan.links) {
    const route = routes.get(link.id);
    if (!route || route.length < 2) continue;
    const d = routePath(route);
    out +=
      `<g class="ocs-link" data-link-id="${escapeXml(link.id)}">` +
      `<path d="${d}" stroke="#ffffff" stroke-width="7" class="ocs-link-gap"/>` +
      `<path d="${d}" stroke="#64748b" stroke-width="2"/></g>`;
    const label = typeof link.label === 'string' ? link.label.trim() : '';
    if (label) {
      const at = labelAnchor(route);
      const w = textWidth(label, 10.5) + 8;
      labels +=
        `<g class="ocs-link-label" data-link-label="${escapeXml(link.id)}">` +
        `<rect x="${f(at.x - w / 2)}" y="${f(at.y - 8)}" width="${f(w)}" height="16" rx="3" fill="#ffffff" stroke="#cbd5e1" stroke-width="0.75"/>` +
        text(at.x, at.y + 3.7, label, `font-size="10.5" fill="${TEXT}" text-anchor="middle"`) +
        `</g>`;
    }
  }
  return `<g fill="none" stroke-linecap="round" stroke-linejoin="round">${out}</g>${labels ? `<g>${labels}</g>` : ''}`;
}

interface Legend {
  svg: string;
  height: number;
}

interface LegendUse {
  links: boolean;
  enterprise: boolean;
  standard: boolean;
}

function drawLegend(
  x: number,
  y: number,
  kinds: readonly NodeKind[],
  ocsVersion: OcsVersion,
  used: LegendUse,
  findings: readonly Finding[] | undefined,
): Legend {
  const rows: string[] = [];
  let cy = y + 40;
  const row = (icon: string, label: string, tag?: string, color?: string) => {
    const tagText = tag ? text(x + 52, cy + 4, tag, `font-size="11" font-weight="700" fill="${color}"`) : '';
    const lx = tag ? x + 88 : x + 52;
    rows.push(icon + tagText + text(lx, cy + 4, fitText(label, x + LEGEND_WIDTH - 12 - lx, 11), `font-size="11" fill="${TEXT}"`));
    cy += LEGEND_ROW;
  };
  for (const kind of kinds) {
    row(
      `<g transform="translate(${f(x + 28)} ${f(cy)}) scale(0.7)">${kindIcon(kind, 0, 0)}</g>`,
      kindLabel(kind, ocsVersion),
      KIND_INFO[kind].tag,
      KIND_STYLE[kind].color,
    );
  }
  if (used.links) row(`<path d="M${f(x + 14)} ${f(cy)}h28" stroke="#64748b" stroke-width="2" stroke-linecap="round"/>`, 'Network link');
  if (used.enterprise)
    row(
      `<rect x="${f(x + 14)}" y="${f(cy - 8)}" width="28" height="16" rx="4" fill="#f8fafc" stroke="#94a3b8" stroke-width="1.2"/>`,
      'Enterprise pool',
    );
  if (used.standard)
    row(
      `<rect x="${f(x + 14)}" y="${f(cy - 8)}" width="28" height="16" rx="4" fill="#f8fafc" stroke="#94a3b8" stroke-width="1.2" stroke-dasharray="4 3"/>`,
      'Standard Edition pool',
    );
  if (findings) {
    for (const s of ['error', 'warning', 'info'] as const) {
      const n = findings.filter((x) => x.severity === s).length;
      if (n === 0) continue;
      row(
        `<circle cx="${f(x + 28)}" cy="${f(cy)}" r="7" fill="${SEVERITY_COLOR[s]}"/>`,
        `${s[0].toUpperCase()}${s.slice(1)} (${n.toLocaleString('en-US')})`,
      );
    }
  }
  const height = cy - y - LEGEND_ROW / 2 + 16;
  const svg =
    `<g class="ocs-legend">` +
    `<rect x="${f(x)}" y="${f(y)}" width="${LEGEND_WIDTH}" height="${f(height)}" rx="8" fill="#ffffff" stroke="#cbd5e1"/>` +
    text(x + 14, y + 22, 'Legend', `font-size="12" font-weight="700" fill="${TEXT}"`) +
    rows.join('') +
    `</g>`;
  return { svg, height };
}

/** The whole plan as SVG text. */
export function exportSvg(plan: Plan, options: ExportSvgOptions = {}): string {
  const { findings, legend = true, embedPlan = true } = options;
  const members = membersByPool(plan);
  const regions = zoneBoxes(plan);
  const content = planBounds(plan);
  const bounds = unionBoxes([...(content ? [content] : []), ...(regions?.values() ?? [])]) ?? { x: 0, y: 0, width: 360, height: 120 };
  const routes = options.routes ? withStraightFallback(plan, options.routes) : routesFor(plan, createLocalRouter());

  const nodeBadges = new Map<string, Badge>();
  const poolBadges = new Map<string, Badge>();
  for (const finding of findings ?? []) {
    if (finding.nodes.length > 0) for (const id of new Set(finding.nodes)) addBadge(nodeBadges, id, finding);
    else if (finding.pool !== undefined) addBadge(poolBadges, finding.pool, finding);
  }

  const boxes = plan.pools.map((p) => poolBox(p, members.get(p.id) ?? []));
  const kindsUsed = NODE_KINDS.filter((k) => plan.nodes.some((n) => n.kind === k));
  const legendUse: LegendUse = {
    links: plan.links.length > 0,
    enterprise: plan.pools.some((p) => p.edition !== 'standard'),
    standard: plan.pools.some((p) => p.edition === 'standard'),
  };
  const sideX = MARGIN + bounds.width + LEGEND_GAP;
  const top = MARGIN + TITLE_HEIGHT;
  const drawnLegend = legend ? drawLegend(sideX, top, kindsUsed, plan.ocsVersion, legendUse, findings) : undefined;
  const author =
    options.author ?? (typeof (plan as { author?: unknown }).author === 'string' ? ((plan as { author?: string }).author ?? '') : '');
  const block = drawTitleBlock(
    sideX,
    top + (drawnLegend ? drawnLegend.height + 16 : 0),
    plan,
    options.date ?? new Date().toISOString().slice(0, 10),
    author,
  );
  const sideHeight = (drawnLegend ? drawnLegend.height + 16 : 0) + block.height;
  const listed =
    options.findingsList && findings && findings.length > 0
      ? drawFindingsList(MARGIN, top + bounds.height + 32, Math.max(bounds.width, 480), plan, findings)
      : undefined;
  const width = Math.ceil(
    Math.max(MARGIN + bounds.width, listed ? MARGIN + Math.max(bounds.width, 480) : 0) + LEGEND_GAP + LEGEND_WIDTH + MARGIN,
  );
  const height = Math.ceil(Math.max(top + bounds.height + (listed ? 32 + listed.height : 0), top + sideHeight) + MARGIN);

  const pools = plan.pools.length;
  const balancers = plan.nodes.filter((n) => n.kind === 'hardware-load-balancer').length;
  const facts = [
    OCS_VERSION_LABELS[plan.ocsVersion] ?? plan.ocsVersion,
    plural(pools, ['pool', 'pools']),
    plural(plan.nodes.length - balancers, ['server', 'servers']),
    ...(balancers > 0 ? [plural(balancers, ['load balancer', 'load balancers'])] : []),
    ...(findings ? [summary(findings)] : []),
  ].join(' · ');

  const titleRoom = width - 2 * MARGIN;
  const title = nameLines(plan.name, titleRoom, 26, measureBold, [20, 18, 16, 14]);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<title>${escapeXml(plan.name)}</title>`,
    `<desc>${escapeXml(`OCS topology plan “${plan.name}”: ${facts}. Made with OCS Topology Designer.`)}</desc>`,
    embedPlan ? planMetadata(plan) : '',
    `<rect class="ocs-background" width="100%" height="100%" fill="#ffffff"/>`,
    lines(MARGIN, MARGIN, title.lines, title.size, `class="ocs-title" font-weight="700" fill="${TEXT}"`),
    text(MARGIN, MARGIN + 40, fitText(facts, titleRoom, 12), `font-size="12" fill="${MUTED}"`),
    plan.nodes.length === 0 && pools === 0 ? text(MARGIN, top + 40, 'This plan is empty.', `font-size="13" fill="${MUTED}"`) : '',
    `<g class="ocs-diagram" transform="translate(${f(MARGIN - bounds.x)} ${f(top - bounds.y)})">`,
    drawZones(regions),
    ...plan.pools.map((p, i) => drawPool(p, boxes[i])),
    drawLinks(plan, routes),
    ...plan.pools.map((p, i) => drawPoolBorder(p, boxes[i])),
    ...plan.pools.map((p, i) => drawPoolLabel(p, boxes[i], poolBadges.get(p.id))),
    ...plan.nodes.map((n) => drawNode(n, plan.ocsVersion)),
    ...plan.nodes.flatMap((n) => {
      const b = nodeBadges.get(n.id);
      return b ? [badge(n.position.x + NODE_SIZE.width - 2, n.position.y + 2, b)] : [];
    }),
    `</g>`,
    drawnLegend?.svg ?? '',
    block.svg,
    listed?.svg ?? '',
    `</svg>`,
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n${parts.filter(Boolean).join('\n')}\n`;
}

/** The given routes, and a straight line for a link they lack. */
function withStraightFallback(plan: Plan, routes: RouteMap): RouteMap {
  if (plan.links.every((l) => routes.has(l.id))) return routes;
  const straight = routesFor(plan);
  return new Map(
    plan.links.flatMap((l) => {
      const r = routes.get(l.id) ?? straight.get(l.id);
      return r ? [[l.id, r] as const] : [];
    }),
  );
}

/** The drawing's title block: plan, OCS version, date and author, as on a drawing sheet. */
function drawTitleBlock(x: number, y: number, plan: Plan, date: string, author: string): Legend {
  const rows: [string, string][] = [
    ['Plan', plan.name],
    ['OCS version', OCS_VERSION_LABELS[plan.ocsVersion] ?? plan.ocsVersion],
    ['Date', date],
    ...(author.trim() ? [['Author', author.trim()] as [string, string]] : []),
  ];
  let cy = y;
  let out = '';
  const room = LEGEND_WIDTH - 96;
  for (const [key, value] of rows) {
    const v = nameLines(value, room, 1e6, measure, [11]);
    const h = Math.max(22, v.lines.length * v.size * 1.2 + 9);
    if (cy > y) out += `<path d="M${f(x)} ${f(cy)}h${LEGEND_WIDTH}" stroke="#cbd5e1" stroke-width="1"/>`;
    out += text(x + 10, cy + 15, key, `font-size="10" font-weight="700" fill="${MUTED}"`);
    out += lines(x + 86, cy + 5, v.lines, v.size, `data-title-field="${key.toLowerCase().replace(' ', '-')}" fill="${TEXT}"`);
    cy += h;
  }
  const height = cy - y;
  return {
    svg: `<g class="ocs-title-block"><rect x="${f(x)}" y="${f(y)}" width="${LEGEND_WIDTH}" height="${f(height)}" rx="6" fill="#ffffff" stroke="#94a3b8" stroke-width="1.2"/>${out}</g>`,
    height,
  };
}

/** The findings as a list under the diagram: severity, rule and message, worst first, wrapped to the width. */
function drawFindingsList(x: number, y: number, width: number, plan: Plan, findings: readonly Finding[]): Legend {
  const sorted = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  let out = text(x, y + 14, `Findings (${findings.length.toLocaleString('en-US')})`, `font-size="13" font-weight="700" fill="${TEXT}"`);
  let cy = y + 26;
  const room = width - 120;
  for (const finding of sorted) {
    const words = finding.message.replace(/\s+/g, ' ').trim().split(' ');
    const wrapped: string[] = [];
    let line = '';
    for (const w of words) {
      if (line && textWidth(`${line} ${w}`, 11) > room) {
        wrapped.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    if (line) wrapped.push(line);
    out +=
      `<g class="ocs-finding" data-severity="${finding.severity}">` +
      `<circle cx="${f(x + 6)}" cy="${f(cy + 7)}" r="5" fill="${SEVERITY_COLOR[finding.severity]}"/>` +
      text(x + 18, cy + 11, finding.rule, `font-size="10" font-weight="700" fill="${MUTED}"`) +
      lines(x + 120, cy + 1, wrapped, 11, `fill="${TEXT}"`) +
      `</g>`;
    cy += Math.max(1, wrapped.length) * 13.2 + 6;
  }
  void plan;
  return { svg: `<g class="ocs-findings-list">${out}</g>`, height: cy - y };
}
