/**
 * Initial JavaScript of a production build, gzipped: the entry script of dist/index.html, its
 * modulepreload links and every chunk those import statically (dynamic `import()`s are left out:
 * they load later). The app's is compared with the bare React Flow page's, built the same way.
 * Run: `node bench/bundle.bench.mjs [appDist] [bareDist]` after both builds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAX_RATIO = 1.4;

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => Number((n / 1024).toFixed(1));

/** URLs of the scripts index.html loads at once: the module entries and their modulepreloads. */
function htmlScripts(html) {
  const urls = [];
  for (const m of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) urls.push(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) urls.push(m[1]);
  return urls;
}

/** Chunks a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`), not `import("./x.js")`. */
function staticImports(code) {
  const out = [];
  const re = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
  for (const m of code.matchAll(re)) out.push(m[1]);
  return out;
}

/** The initial JavaScript of a build: files, raw and gzipped bytes; and the lazy chunks. */
export function initialJs(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const seen = new Set();
  const queue = htmlScripts(html).map((u) => posix.normalize(u.replace(/^\//, '')));
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const rel of staticImports(code)) queue.push(posix.normalize(posix.join(posix.dirname(file), rel)));
  }
  const files = [...seen].map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, bytes: bytes.length, gzip: gz(bytes) };
  });
  const assets = join(dist, 'assets');
  const lazy = (existsSync(assets) ? readdirSync(assets) : [])
    .filter((f) => f.endsWith('.js') && !seen.has(`assets/${f}`))
    .map((f) => {
      const bytes = readFileSync(join(assets, f));
      return { file: `assets/${f}`, bytes: bytes.length, gzip: gz(bytes) };
    });
  return { files, gzip: files.reduce((s, f) => s + f.gzip, 0), bytes: files.reduce((s, f) => s + f.bytes, 0), lazy };
}

export function runBundleBench(appDist = join(ROOT, 'dist'), bareDist = join(ROOT, 'bench/bare/dist')) {
  const app = initialJs(appDist);
  const bare = initialJs(bareDist);
  const ratio = app.gzip / bare.gzip;
  const chunkName = (f) => f.file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '');
  return [
    {
      id: 'initial-js-app',
      name: 'Initial JavaScript, app (gzip)',
      value: kb(app.gzip),
      unit: 'KiB',
      detail: { files: app.files, rawKiB: kb(app.bytes) },
    },
    {
      id: 'initial-js-bare',
      name: 'Initial JavaScript, bare React Flow (gzip)',
      value: kb(bare.gzip),
      unit: 'KiB',
      detail: { files: bare.files, rawKiB: kb(bare.bytes) },
    },
    {
      id: 'initial-js-ratio',
      name: 'Initial JavaScript, app ÷ bare',
      value: Number(ratio.toFixed(3)),
      unit: '×',
      target: { max: MAX_RATIO, text: `≤ ${MAX_RATIO}×` },
      pass: ratio <= MAX_RATIO,
    },
    {
      id: 'lazy-chunks-app',
      name: `Lazy chunks, app: ${app.lazy.map(chunkName).join(', ') || 'none'} (gzip, total)`,
      value: kb(app.lazy.reduce((s, f) => s + f.gzip, 0)),
      unit: 'KiB',
      detail: { chunks: app.lazy },
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [appDist, bareDist] = process.argv.slice(2);
  console.log(JSON.stringify(runBundleBench(appDist, bareDist), null, 2));
}
