/**
 * The plan as a draw.io / diagrams.net file (`.drawio`, an uncompressed mxfile): each pool a
 * container cell, each server a cell labelled with its name and kind (one style per kind, the
 * colours of the SVG export) inside its pool, each link an edge between two servers. Geometry is
 * the canvas's: pools where the canvas draws them, servers at their positions (relative to their
 * pool, as draw.io wants children). Labels are plain text (`html=0`): a name is never markup.
 */
import { membersByPool, NODE_SIZE, poolBox } from '../domain/geometry';
import type { Box } from '../domain/geometry';
import { GRID } from '../domain/geometry';
import { kindLabel, POOL_KIND_INFO } from '../domain/kinds';
import { poolTemplateKind } from '../domain/plan';
import type { Plan } from '../domain/plan';
import { KIND_STYLE } from '../io/svgIcons';

/** Characters XML 1.0 cannot carry at all, not even as references. */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for an XML attribute value: line breaks kept as character references. */
export function xmlAttr(text: string): string {
  return String(text)
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#xa;')
    .replace(/\r/g, '&#xd;')
    .replace(/\t/g, '&#x9;');
}

const n = (v: number) => String(Math.round(v * 100) / 100);
const geometry = (b: Box) => `<mxGeometry x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" as="geometry"/>`;

/** Style keys draw.io does not know are kept by it: `ocsKind` and `ocsPool` say what a cell is. */
export const POOL_STYLE =
  'swimlane;container=1;collapsible=0;startSize=40;rounded=1;arcSize=4;html=0;whiteSpace=wrap;fontStyle=1;fillColor=#f8fafc;swimlaneFillColor=#f8fafc;strokeColor=#64748b;fontColor=#0f172a;';
export const LINK_STYLE = 'endArrow=none;startArrow=none;html=0;rounded=0;strokeColor=#64748b;strokeWidth=1.5;';

export function serverStyle(kind: Plan['nodes'][number]['kind']): string {
  const { color, tint } = KIND_STYLE[kind];
  return `rounded=1;arcSize=12;whiteSpace=wrap;html=0;fillColor=${tint};strokeColor=${color};strokeWidth=2;fontColor=#0f172a;ocsKind=${kind};`;
}

/** Cell ids: plan ids with a prefix, so that none can be draw.io's own "0" and "1". */
export const poolCellId = (id: string) => `pool:${id}`;
export const nodeCellId = (id: string) => `node:${id}`;
export const linkCellId = (id: string) => `link:${id}`;

export function exportDrawio(plan: Plan): string {
  const cells: string[] = ['<mxCell id="0"/>', '<mxCell id="1" parent="0"/>'];
  const members = membersByPool(plan);
  const boxes = new Map<string, Box>();
  for (const pool of plan.pools) {
    const box = poolBox(pool, members.get(pool.id) ?? []);
    boxes.set(pool.id, box);
    const kind = poolTemplateKind(pool);
    const label = `${pool.name}\n${POOL_KIND_INFO[kind].label}`;
    cells.push(
      `<mxCell id="${xmlAttr(poolCellId(pool.id))}" value="${xmlAttr(label)}" style="${POOL_STYLE}ocsPool=${kind};" vertex="1" parent="1">${geometry(box)}</mxCell>`,
    );
  }
  for (const node of plan.nodes) {
    const pool = node.pool === undefined ? undefined : boxes.get(node.pool);
    const box: Box = {
      x: node.position.x - (pool?.x ?? 0),
      y: node.position.y - (pool?.y ?? 0),
      ...NODE_SIZE,
    };
    const parent = pool && node.pool !== undefined ? poolCellId(node.pool) : '1';
    const label = `${node.name}\n${kindLabel(node.kind, plan.ocsVersion)}`;
    cells.push(
      `<mxCell id="${xmlAttr(nodeCellId(node.id))}" value="${xmlAttr(label)}" style="${serverStyle(node.kind)}" vertex="1" parent="${xmlAttr(parent)}">${geometry(box)}</mxCell>`,
    );
  }
  for (const link of plan.links) {
    cells.push(
      `<mxCell id="${xmlAttr(linkCellId(link.id))}" style="${LINK_STYLE}" edge="1" parent="1" source="${xmlAttr(nodeCellId(link.from))}" target="${xmlAttr(nodeCellId(link.to))}"><mxGeometry relative="1" as="geometry"/></mxCell>`,
    );
  }
  const model = `<mxGraphModel dx="0" dy="0" grid="1" gridSize="${GRID}" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="0" pageScale="1" math="0" shadow="0"><root>${cells.join('')}</root></mxGraphModel>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<mxfile host="OCS Topology Designer" type="device"><diagram id="ocs-topology-plan" name="${xmlAttr(plan.name || 'Plan')}">${model}</diagram></mxfile>\n`;
}
