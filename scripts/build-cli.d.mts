/** Types of scripts/build-cli.mjs, for the TypeScript files that use it. */
export const CLI_BUNDLE: string;
export function buildCli(): Promise<string>;
