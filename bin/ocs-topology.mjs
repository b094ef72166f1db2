#!/usr/bin/env node
// The package's command: loads the TypeScript CLI through tsx's ESM API (no build step).
import { tsImport } from 'tsx/esm/api';

await tsImport('../src/cli/main.ts', import.meta.url);
