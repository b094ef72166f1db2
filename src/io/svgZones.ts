/** The zone regions in the SVG export: a layer of labelled rects under everything, the perimeter network between its two firewalls. */
import type { Box } from '../domain/geometry';
import type { Zone } from '../domain/plan';
import { ZONE_LABELS } from '../domain/zones';
import { escapeXml } from './svgText';

const FILL: Record<Zone, string> = { external: '#f0f9ff', perimeter: '#fffbeb', internal: '#f0fdf4' };
const LINE = '#cbd5e1';
const FIREWALL = '#f97316';
const LABEL = '#475569';

const f = (n: number) => String(Math.round(n * 100) / 100 || 0);

function drawZone(zone: Zone, b: Box): string {
  const parts = [
    `<rect x="${f(b.x)}" y="${f(b.y)}" width="${f(b.width)}" height="${f(b.height)}" fill="${FILL[zone]}" stroke="${LINE}" stroke-width="1"/>`,
    `<text x="${f(b.x + 12)}" y="${f(b.y + 24)}" font-size="13" font-weight="600" letter-spacing="0.5" fill="${LABEL}">${escapeXml(ZONE_LABELS[zone].toUpperCase())}</text>`,
  ];
  if (zone === 'perimeter') {
    // The two firewalls: the external one on the Internet side, the internal one on the other.
    for (const x of [b.x, b.x + b.width])
      parts.push(`<line x1="${f(x)}" y1="${f(b.y)}" x2="${f(x)}" y2="${f(b.y + b.height)}" stroke="${FIREWALL}" stroke-width="4"/>`);
  }
  return `<g class="ocs-zone" data-zone="${zone}">${parts.join('')}</g>`;
}

/** The regions' layer; empty when the plan draws none. */
export function drawZones(regions: ReadonlyMap<Zone, Box> | undefined): string {
  if (!regions) return '';
  return `<g class="ocs-zones">${[...regions].map(([zone, box]) => drawZone(zone, box)).join('')}</g>`;
}
