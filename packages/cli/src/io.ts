/** Where a command reads and writes: the process's stdio, or streams a test passes in. */
import type { Readable, Writable } from 'node:stream';

export interface Io {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Writes text to stdout. */
  out(text: string): void;
  /** Writes one line to stderr. */
  err(text: string): void;
}

export function processIo(): Io {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(`${text}\n`),
  };
}
