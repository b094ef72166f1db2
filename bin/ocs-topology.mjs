#!/usr/bin/env node
// The package's command: runs the bundled tool (dist-cli/ocs-topology.mjs, built by `npm run build:cli`,
// which `npm ci` and `npm pack` run). Without the bundle it says so and exits 2, the code for
// "could not check", never 1, which means "the plan has errors".
try {
  await import('../dist-cli/ocs-topology.mjs');
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist-cli')) {
    process.stderr.write('ocs-topology: the tool is not built yet. Run `npm ci` (or `npm run build:cli`) in the project first.\n');
    process.exit(2);
  }
  throw error;
}
