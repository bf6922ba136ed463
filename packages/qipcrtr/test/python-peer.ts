/**
 * A CPython process as the other end of a test: its first stdout line is
 * awaited (it prints its port once bound), its exit must be clean, and it
 * runs under a process timeout so that a peer that hangs fails the test.
 */
import { spawn } from 'node:child_process';

export const PYTHON_TIMEOUT = 60_000;

export interface Peer {
  /** Resolves with the first line of stdout; rejects if the child exits first. */
  firstLine: Promise<string>;
  /** Resolves with all of stdout when the child exits with status 0; rejects with its stderr otherwise. */
  done: Promise<string>;
  kill(): void;
  /** Closes the child's stdin (a peer that reads stdin to its end then exits). */
  end(): void;
}

export function python3(script: string, ...args: Array<string | number>): Peer {
  const child = spawn('python3', ['-c', script, ...args.map(String)], { stdio: ['pipe', 'pipe', 'pipe'], timeout: PYTHON_TIMEOUT });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<string>((resolve, reject) => {
    child.on('close', (code, signal) => (code === 0 ? resolve(out) : reject(new Error(`python3 exited with ${code ?? signal}: ${err}`))));
  });
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
    });
    done.then(() => reject(new Error(`python3 exited without a line: ${err}`)), reject);
  });
  done.catch(() => {});
  firstLine.catch(() => {});
  return { firstLine, done, kill: () => child.kill(), end: () => child.stdin.end() };
}
