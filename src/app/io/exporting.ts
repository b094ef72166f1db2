/** Downloads of the plan (JSON) and the diagram (SVG, PNG with the plan inside, draw.io). Loaded on first use. */
import { exportDrawio } from '../../export/drawio';
import { embedPlanInPng } from '../../export/pngChunk';
import { safeFileName } from '../../io/fileName';
import { planFileName, planToJson } from '../../io/planJson';
import { exportSvg } from '../../io/exportSvg';
import { checkPlan } from '../../rules';
import type { Plan } from '../../domain/plan';
import { routesNow } from '../canvas/linkRoutes';

export function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The diagram as on the canvas: links along the canvas's routes (straight should the router not load). */
export async function diagramSvg(plan: Plan): Promise<string> {
  return exportSvg(plan, { findings: checkPlan(plan), legend: true, routes: await routesNow(plan) });
}

/** Where this app publishes the plan's JSON Schema: beside its page. */
export const schemaUrl = () => new URL('plan.schema.json', document.baseURI).href;

export function downloadJson(plan: Plan) {
  download(new Blob([planToJson(plan, { schema: schemaUrl() })], { type: 'application/json' }), planFileName(plan));
}

export function downloadDrawio(plan: Plan) {
  download(new Blob([exportDrawio(plan)], { type: 'application/vnd.jgraph.mxfile' }), safeFileName(plan.name, 'drawio'));
}

export async function downloadSvg(plan: Plan) {
  download(new Blob([await diagramSvg(plan)], { type: 'image/svg+xml' }), safeFileName(plan.name, 'svg'));
}

/** PNG at twice the SVG's size, rendered from the same SVG by the browser. */
export async function renderPng(svg: string, scale = 2): Promise<Blob> {
  const width = Number(/<svg[^>]*\swidth="([\d.]+)/.exec(svg)?.[1] ?? 800);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)/.exec(svg)?.[1] ?? 600);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw the picture (no 2D canvas).');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The PNG carries the plan in a text chunk, so it imports again like the SVG. */
export async function downloadPng(plan: Plan) {
  const png = new Uint8Array(await (await renderPng(await diagramSvg(plan))).arrayBuffer());
  download(new Blob([embedPlanInPng(png, plan) as Uint8Array<ArrayBuffer>], { type: 'image/png' }), safeFileName(plan.name, 'png'));
}
