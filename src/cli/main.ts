/** The process around runCli: bounded reads of files and standard input, writes, exit code. */
import { readdir, stat, writeFile } from 'node:fs/promises';
import { readBounded, readFileBounded } from './readBounded';
import { runCli } from './runCli';
import { safeLines, safeText } from './terminalText';

// A closed pipe (`... | head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdin: () => readBounded(process.stdin, undefined, () => process.stdin.destroy()),
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    readFile: (path) => readFileBounded(path),
    writeFile: (path, data) => writeFile(path, data, 'utf8'),
    writeBytes: (path, data) => writeFile(path, data),
    stdoutBytes: (data) => void process.stdout.write(data),
    stdoutIsTTY: process.stdout.isTTY === true,
    listDir: async (path) => {
      const info = await stat(path).catch(() => undefined);
      return info?.isDirectory() ? readdir(path) : undefined;
    },
  });
} catch (error) {
  // A failure of the tool itself: still one of the documented codes (2: could not check), with a one-line message.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(safeLines(`ocs-topology: internal error: ${safeText(message)}\n`));
  process.exitCode = 2;
}
