/** What the commands need from the outside world; main.ts gives the process's, tests their own. */
export interface CliIo {
  /** All of standard input (bounded by the reader). */
  stdin(): Promise<Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** A file's bytes (bounded by the reader). */
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string): Promise<void>;
  /** A binary file (the report's spreadsheet); where absent, binary output cannot be written. */
  writeBytes?(path: string, data: Uint8Array): Promise<void>;
  /** Bytes to standard output; where absent, binary output cannot go there. */
  stdoutBytes?(data: Uint8Array): void;
  /** Whether standard output is a terminal (binary output is not written to one). */
  stdoutIsTTY?: boolean;
  /** The names in a folder, or undefined when the path is not a folder. */
  listDir(path: string): Promise<string[] | undefined>;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNREADABLE = 2;
