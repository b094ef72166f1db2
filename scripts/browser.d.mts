/** Types of scripts/browser.mjs, for the TypeScript files that use it. */
export const CHROMIUM_ARGS: string[];
export function systemChromium(): string | undefined;
export function ensureBrowser(options?: { install?: boolean }): Promise<string | undefined>;
