// Builds the command-line tool into one plain-JavaScript file, dist-cli/ocs-topology.mjs: the
// package's bin runs it with Node alone (no TypeScript loader, no dependencies at run time).
// Run by `npm run build:cli`, and by `prepare` (npm ci, npm pack) so a clone and a package have it.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const CLI_BUNDLE = fileURLToPath(new URL('../dist-cli/ocs-topology.mjs', import.meta.url));

export async function buildCli() {
  await build({
    entryPoints: [fileURLToPath(new URL('../src/cli/main.ts', import.meta.url))],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    minify: true,
    legalComments: 'linked',
    logLevel: 'warning',
  });
  return CLI_BUNDLE;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await buildCli();
  console.log(`Built ${out}`);
}
