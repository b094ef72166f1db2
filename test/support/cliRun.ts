/**
 * The command-line tool run in memory, for tests: standard input, output and written files are kept,
 * and plan files are read from disk (or from `files`, which shadow the disk).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/runCli';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Binary output sent to standard output, one entry a write. */
  bytes: Uint8Array[];
  /** Text files written, by path. */
  written: Map<string, string>;
  /** Binary files written, by path. */
  writtenBytes: Map<string, Uint8Array>;
}

export interface CliRunOptions {
  stdin?: string | Uint8Array;
  /** Files in memory, by path, read before the disk. */
  files?: Record<string, string | Uint8Array>;
  /** false: no file can be read and no folder listed (a command that must read none). */
  disk?: boolean;
  /** Standard output is a terminal. */
  tty?: boolean;
  /** false: the tool is given no way to write binary output (no writeBytes, no stdoutBytes). */
  binary?: boolean;
  /** Every write fails as a file system refusing it would. */
  failWrites?: boolean;
}

const asBytes = (v: string | Uint8Array) => (typeof v === 'string' ? new TextEncoder().encode(v) : v);

export async function runCliInMemory(argv: string[], options: CliRunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const bytes: Uint8Array[] = [];
  const written = new Map<string, string>();
  const writtenBytes = new Map<string, Uint8Array>();
  const refuse = () => {
    if (options.failWrites) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
  };
  const io: CliIo = {
    stdin: async () => asBytes(options.stdin ?? ''),
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readFile: async (path) => {
      const mem = options.files?.[path];
      if (mem !== undefined) return asBytes(mem);
      if (options.disk === false) throw new Error('no files');
      return new Uint8Array(await readFile(path));
    },
    listDir: async (path) => {
      if (options.disk === false || options.files?.[path] !== undefined) return undefined;
      return (await stat(path).catch(() => undefined))?.isDirectory() ? readdir(path) : undefined;
    },
    writeFile: async (path, data) => {
      refuse();
      written.set(path, data);
    },
    ...(options.binary === false
      ? {}
      : {
          writeBytes: async (path: string, data: Uint8Array) => {
            refuse();
            writtenBytes.set(path, data);
          },
          stdoutBytes: (data: Uint8Array) => void bytes.push(data),
        }),
    stdoutIsTTY: options.tty ?? false,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr, bytes, written, writtenBytes };
}
