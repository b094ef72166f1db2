/** `npm run cli -- ...` and bin/ocs-topology.mjs: runCli wired to the process. */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { MAX_PLAN_TEXT_LENGTH } from '../io/readPlan';
import { runCli } from './runCli';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    // Enough to tell parsePlanText that it is too long, without holding an endless stream.
    if (size > 4 * MAX_PLAN_TEXT_LENGTH) break;
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readPlanFile(path: string): Promise<string> {
  const info = await stat(path);
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (info.size > 4 * MAX_PLAN_TEXT_LENGTH) {
    throw new Error(`the file is too large to be a plan (${info.size.toLocaleString('en-US')} bytes)`);
  }
  return readFile(path, 'utf8');
}

// A closed pipe (`... | head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdin: readStdin,
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    readFile: readPlanFile,
    writeFile: (path, data) => writeFile(path, data, 'utf8'),
  });
} catch (error) {
  process.stderr.write(`ocs-topology: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 70;
}
