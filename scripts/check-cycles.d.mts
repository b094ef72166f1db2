/** Types of scripts/check-cycles.mjs, for the TypeScript files that use it. */
export function importsOf(source: string): string[];
export function cycles(graph: Map<string, string[]>): string[][];
export function importGraph(dirs: string[]): Map<string, string[]>;
