/**
 * The diagram as a standalone SVG, built from the model (not the DOM): plain rect, path, circle
 * and text, no foreignObject, scripts, web fonts or external references, so it opens in
 * browsers, librsvg, Inkscape, Word and GitHub alike. The plan rides along in <metadata>.
 */
import { membersByPool, NODE_SIZE, nodeCenter, planBounds, poolBox, unionBoxes } from '../domain/geometry';
import type { Box } from '../domain/geometry';
import { BALANCING_LABELS, KIND_INFO, OCS_VERSION_LABELS, POOL_KIND_INFO, ROLE_LABELS, SQL_VERSION_LABELS } from '../domain/kinds';
import { NODE_KINDS, poolTemplateKind } from '../domain/plan';
import type { NodeKind, Plan, PlanNode, Pool } from '../domain/plan';
import type { Finding } from '../rules';
import { KIND_STYLE, kindIcon } from './svgIcons';
import { planMetadata } from './svgMetadata';
import { drawZones } from './svgZones';
import { zoneBoxes } from '../domain/zones';
import { escapeXml, fitLabel, fitText } from './svgText';

export { readPlanFromSvg } from './svgMetadata';

export interface ExportSvgOptions {
  /** Badges on the nodes and pools they name, coloured by the worst severity. */
  findings?: readonly Finding[];
  /** A legend of the kinds used (and of the badges). Default true. */
  legend?: boolean;
  /** The plan in <metadata>, so the SVG can be opened again. Default true. */
  embedPlan?: boolean;
  theme?: 'light';
}

type Severity = Finding['severity'];

const FONT = 'Segoe UI, Arial, Helvetica, sans-serif';
const MARGIN = 32;
const TITLE_HEIGHT = 64;
const LEGEND_GAP = 40;
const LEGEND_WIDTH = 236;
const LEGEND_ROW = 24;
const ICON_AREA = 48;
const TEXT = '#0f172a';
const MUTED = '#475569';
const SEVERITY_COLOR: Record<Severity, string> = { error: '#dc2626', warning: '#d97706', info: '#2563eb' };
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_LABEL: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'info'] };

/** Numbers for attributes: at most two decimals, no "-0". */
const f = (n: number) => {
  const r = Math.round(n * 100) / 100;
  return String(r === 0 ? 0 : r);
};

function text(x: number, y: number, content: string, attrs: string): string {
  return `<text x="${f(x)}" y="${f(y)}" ${attrs}>${escapeXml(content)}</text>`;
}

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

function poolSubtitle(pool: Pool): string {
  const label = POOL_KIND_INFO[poolTemplateKind(pool)]?.label ?? String(pool.edition);
  return pool.users === undefined ? label : `${label} · ${plural(pool.users, ['user', 'users'])}`;
}

function drawPool(pool: Pool, box: Box): string {
  const standard = pool.edition === 'standard';
  return (
    `<rect class="ocs-pool" x="${f(box.x)}" y="${f(box.y)}" width="${f(box.width)}" height="${f(box.height)}" rx="12" fill="#f8fafc" stroke="#94a3b8" stroke-width="1.5"${standard ? ' stroke-dasharray="6 4"' : ''}/>` +
    `<path d="M${f(box.x + 1)} ${f(box.y + 40)}h${f(Math.max(0, box.width - 2))}" stroke="#cbd5e1" stroke-width="1"/>`
  );
}

/** The pool's name and configuration, drawn after the links so that no line hides them. */
function drawPoolLabel(pool: Pool, box: Box, b: Badge | undefined): string {
  const room = box.width - 28 - (b ? 24 : 0);
  return (
    `<g class="ocs-pool-label">` +
    text(box.x + 14, box.y + 18, fitText(pool.name, room, 13, true), `font-size="13" font-weight="700" fill="${TEXT}"`) +
    text(box.x + 14, box.y + 33, fitText(poolSubtitle(pool), room, 11), `font-size="11" fill="${MUTED}"`) +
    (b ? badge(box.x + box.width - 18, box.y + 20, b) : '') +
    `</g>`
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

function drawNode(node: PlanNode): string {
  const { x, y } = node.position;
  const { width, height } = NODE_SIZE;
  const style = KIND_STYLE[node.kind] ?? { color: MUTED, tint: '#f1f5f9' };
  const info = KIND_INFO[node.kind];
  const tx = x + ICON_AREA + 8;
  const room = width - ICON_AREA - 14;
  const detail = nodeDetail(node);
  const [tagY, nameY] = detail ? [y + 20, y + 37] : [y + 26, y + 44];
  // Long host names shrink a little before they are cut.
  const name = fitLabel(node.name, room, [12, 11, 10]);
  return (
    `<g class="ocs-node" data-kind="${escapeXml(node.kind)}"><title>${escapeXml(`${info?.label ?? node.kind}: ${node.name}`)}</title>` +
    `<rect x="${f(x)}" y="${f(y)}" width="${width}" height="${height}" rx="8" fill="#ffffff" stroke="${style.color}" stroke-width="1.5"/>` +
    `<path d="M${f(x + 8)} ${f(y + 0.75)}H${f(x + ICON_AREA)}V${f(y + height - 0.75)}H${f(x + 8)}a7.25 7.25 0 0 1 -7.25 -7.25V${f(y + 8)}a7.25 7.25 0 0 1 7.25 -7.25z" fill="${style.tint}"/>` +
    kindIcon(node.kind, x + ICON_AREA / 2, y + height / 2) +
    text(tx, tagY, info?.tag ?? node.kind, `font-size="11" font-weight="700" fill="${style.color}"`) +
    text(tx, nameY, name.text, `font-size="${name.size}" fill="${TEXT}"`) +
    (detail ? text(tx, y + 53, fitText(detail, room, 10), `font-size="10" fill="${MUTED}"`) : '') +
    `</g>`
  );
}

function drawLinks(plan: Plan): string {
  const byId = new Map(plan.nodes.map((n) => [n.id, n]));
  let out = '';
  for (const link of plan.links) {
    const a = byId.get(link.from);
    const b = byId.get(link.to);
    if (!a || !b) continue;
    const p = nodeCenter(a);
    const q = nodeCenter(b);
    out += `<line class="ocs-link" x1="${f(p.x)}" y1="${f(p.y)}" x2="${f(q.x)}" y2="${f(q.y)}"/>`;
  }
  return `<g stroke="#64748b" stroke-width="2" stroke-linecap="round">${out}</g>`;
}

interface Legend {
  svg: string;
  height: number;
}

function drawLegend(x: number, y: number, kinds: readonly NodeKind[], findings: readonly Finding[] | undefined): Legend {
  const rows: string[] = [];
  let cy = y + 40;
  const row = (icon: string, label: string, tag?: string, color?: string) => {
    const tagText = tag ? text(x + 52, cy + 4, tag, `font-size="11" font-weight="700" fill="${color}"`) : '';
    const lx = tag ? x + 88 : x + 52;
    rows.push(icon + tagText + text(lx, cy + 4, fitText(label, x + LEGEND_WIDTH - 12 - lx, 11), `font-size="11" fill="${TEXT}"`));
    cy += LEGEND_ROW;
  };
  for (const kind of kinds) {
    row(`<g transform="translate(${f(x + 28)} ${f(cy)}) scale(0.7)">${kindIcon(kind, 0, 0)}</g>`, KIND_INFO[kind].label, KIND_INFO[kind].tag, KIND_STYLE[kind].color);
  }
  row(`<path d="M${f(x + 14)} ${f(cy)}h28" stroke="#64748b" stroke-width="2" stroke-linecap="round"/>`, 'Network link');
  row(`<rect x="${f(x + 14)}" y="${f(cy - 8)}" width="28" height="16" rx="4" fill="#f8fafc" stroke="#94a3b8" stroke-width="1.2"/>`, 'Enterprise pool');
  row(`<rect x="${f(x + 14)}" y="${f(cy - 8)}" width="28" height="16" rx="4" fill="#f8fafc" stroke="#94a3b8" stroke-width="1.2" stroke-dasharray="4 3"/>`, 'Standard Edition pool');
  if (findings) {
    for (const s of ['error', 'warning', 'info'] as const) {
      const n = findings.filter((x) => x.severity === s).length;
      row(`<circle cx="${f(x + 28)}" cy="${f(cy)}" r="7" fill="${SEVERITY_COLOR[s]}"/>`, `${s[0].toUpperCase()}${s.slice(1)} (${n.toLocaleString('en-US')})`);
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

  const nodeBadges = new Map<string, Badge>();
  const poolBadges = new Map<string, Badge>();
  for (const finding of findings ?? []) {
    if (finding.nodes.length > 0) for (const id of new Set(finding.nodes)) addBadge(nodeBadges, id, finding);
    else if (finding.pool !== undefined) addBadge(poolBadges, finding.pool, finding);
  }

  const boxes = plan.pools.map((p) => poolBox(p, members.get(p.id) ?? []));
  const kindsUsed = NODE_KINDS.filter((k) => plan.nodes.some((n) => n.kind === k));
  const legendX = MARGIN + bounds.width + LEGEND_GAP;
  const top = MARGIN + TITLE_HEIGHT;
  const drawnLegend = legend ? drawLegend(legendX, top, kindsUsed, findings) : undefined;
  const width = Math.ceil(MARGIN + bounds.width + (drawnLegend ? LEGEND_GAP + LEGEND_WIDTH : 0) + MARGIN);
  const height = Math.ceil(top + Math.max(bounds.height, drawnLegend?.height ?? 0) + MARGIN);

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
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<title>${escapeXml(plan.name)}</title>`,
    `<desc>${escapeXml(`OCS topology plan “${plan.name}”: ${facts}. Made with OCS Topology Designer.`)}</desc>`,
    embedPlan ? planMetadata(plan) : '',
    `<rect class="ocs-background" width="100%" height="100%" fill="#ffffff"/>`,
    text(MARGIN, MARGIN + 18, fitText(plan.name, titleRoom, 20, true), `font-size="20" font-weight="700" fill="${TEXT}"`),
    text(MARGIN, MARGIN + 40, fitText(facts, titleRoom, 12), `font-size="12" fill="${MUTED}"`),
    plan.nodes.length === 0 && pools === 0 ? text(MARGIN, top + 40, 'This plan is empty.', `font-size="13" fill="${MUTED}"`) : '',
    `<g transform="translate(${f(MARGIN - bounds.x)} ${f(top - bounds.y)})">`,
    drawZones(regions),
    ...plan.pools.map((p, i) => drawPool(p, boxes[i])),
    drawLinks(plan),
    ...plan.pools.map((p, i) => drawPoolLabel(p, boxes[i], poolBadges.get(p.id))),
    ...plan.nodes.map(drawNode),
    ...plan.nodes.flatMap((n) => {
      const b = nodeBadges.get(n.id);
      return b ? [badge(n.position.x + NODE_SIZE.width - 2, n.position.y + 2, b)] : [];
    }),
    `</g>`,
    drawnLegend?.svg ?? '',
    `</svg>`,
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n${parts.filter(Boolean).join('\n')}\n`;
}
