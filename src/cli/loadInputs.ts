/** Inputs of a command: files, folders (their .json files) and "-" for standard input, each read into a plan. */
import type { Plan } from '../domain/plan';
import { readPlanBytes } from '../io/readPlanBytes';
import type { CliIo } from './io';

export type Loaded = { file: string; ok: true; plan: Plan; text?: string } | { file: string; ok: false; message: string };

export function fileProblem(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a plan file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

const joinPath = (dir: string, name: string) => (/[\\/]$/.test(dir) ? `${dir}${name}` : `${dir}/${name}`);

/** The arguments with every folder replaced by its .json files (sorted); a folder without any is an error entry. */
export async function expandInputs(args: readonly string[], io: CliIo): Promise<(string | { file: string; message: string })[]> {
  const out: (string | { file: string; message: string })[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push(arg);
      continue;
    }
    let entries: string[] | undefined;
    try {
      entries = await io.listDir(arg);
    } catch (error) {
      out.push({ file: arg, message: fileProblem(error) });
      continue;
    }
    if (entries === undefined) {
      out.push(arg);
      continue;
    }
    const plans = entries.filter((name) => /\.json$/i.test(name)).sort();
    if (plans.length === 0) out.push({ file: arg, message: 'this folder holds no plan files (*.json)' });
    for (const name of plans) out.push(joinPath(arg, name));
  }
  return out;
}

export async function loadInput(file: string, io: CliIo): Promise<Loaded> {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await io.stdin() : await io.readFile(file);
  } catch (error) {
    return { file, ok: false, message: fileProblem(error) };
  }
  const { result, text } = readPlanBytes(file, bytes);
  return result.ok ? { file, ok: true, plan: result.plan, text } : { file, ok: false, message: result.error.message };
}

export const inputLabel = (file: string) => (file === '-' ? '<stdin>' : file);
