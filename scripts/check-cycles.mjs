// Fails when modules import each other in a circle (directly or through others): every static
// import and re-export counts, type-only ones included, dynamic import() does not (it loads later).
// Run by the test command; `node scripts/check-cycles.mjs [folder…]` (default: src).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.mjs', '.js'];

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (EXTENSIONS.some((e) => name.endsWith(e)) && !name.endsWith('.d.ts') && !name.endsWith('.d.mts')) out.push(path);
  }
  return out;
}

/** Specifiers of static imports and re-exports (comments and strings elsewhere are not parsed away: good enough for this code). */
export function importsOf(source) {
  const out = [];
  const re = /^\s*(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (let m; (m = re.exec(source));) out.push(m[1]);
  return out;
}

function resolveImport(from, spec) {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => join(base, `index${e}`))];
  if (/\.m?js$/.test(base)) candidates.push(base.replace(/\.m?js$/, '.ts'));
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** Strongly connected components of more than one module, or of one that imports itself (Tarjan). */
export function cycles(graph) {
  let index = 0;
  const stack = [];
  const info = new Map();
  const found = [];
  const visit = (v) => {
    info.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!info.has(w)) {
        visit(w);
        info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
      } else if (info.get(w).onStack) info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
    }
    if (info.get(v).low === info.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        info.get(w).onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.reverse());
    }
  };
  for (const v of graph.keys()) if (!info.has(v)) visit(v);
  return found;
}

export function importGraph(dirs) {
  const graph = new Map();
  for (const dir of dirs) {
    for (const file of files(resolve(root, dir))) {
      const deps = importsOf(readFileSync(file, 'utf8'))
        .map((spec) => resolveImport(file, spec))
        .filter((d) => d !== undefined);
      graph.set(file, [...new Set(deps)]);
    }
  }
  return graph;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dirs = process.argv.slice(2);
  const graph = importGraph(dirs.length > 0 ? dirs : ['src']);
  const found = cycles(graph);
  for (const c of found)
    console.error(`modules that import each other (directly or through the others): ${c.map((f) => relative(root, f)).join(', ')}`);
  console.log(`${graph.size} modules, ${found.length} circular import group${found.length === 1 ? '' : 's'}`);
  process.exit(found.length === 0 ? 0 : 1);
}
