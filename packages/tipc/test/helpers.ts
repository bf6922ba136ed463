import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { Socket } from '@sock/core';
import { needs, needsFamily, pythonMissing, type Need } from '@sock/core/testing';
import { AF_TIPC, tipcFamily } from '@sock/tipc';

export const tipc: Need = needsFamily(tipcFamily);

/** python3 with AF_TIPC that can open a TIPC socket (the kernel has the module). */
export const pythonTipc: Need = tipc.skip
  ? tipc
  : needs(pythonMissing('s = socket.socket(socket.AF_TIPC, socket.SOCK_RDM); s.close()'));

/** iproute2's `tipc` tool (on PATH or in /usr/sbin). */
export const TIPC_TOOL: string | null = ['tipc', '/usr/sbin/tipc', '/sbin/tipc'].find((t) => spawnSync(t, ['--help'], { stdio: 'ignore' }).error === undefined) ?? null;
export const tipcTool: Need = tipc.skip ? tipc : needs(TIPC_TOOL ? null : "iproute2's tipc tool: apt-get install iproute2");

/** A service type of our own, >= 64 (TIPC_RESERVED_TYPES), so that test files running side by side never share one. */
export function serviceType(): number {
  return 100_000 + Math.floor(Math.random() * 1_000_000_000);
}

/** An AF_TIPC socket with a timeout, so that a blocking call in a test ends. */
export function tipcSocket(type: number, timeout = 10): Socket<'AF_TIPC'> {
  const s = new Socket(AF_TIPC, type, 0);
  s.settimeout(timeout);
  return s;
}

/** A python3 process running `code` (with `import socket, json, sys` done), whose stdout lines are JSON. */
export class PythonPeer {
  readonly child: ChildProcessWithoutNullStreams;
  readonly #lines: string[] = [];
  readonly #waiting: Array<(line: string) => void> = [];
  readonly #stderr: string[] = [];
  readonly exited: Promise<number | null>;

  constructor(code: string, input: unknown = null) {
    this.child = spawn('python3', ['-c', `import socket, json, sys\nARGS = json.loads(sys.argv[1])\n${code}`, JSON.stringify(input)], { stdio: ['pipe', 'pipe', 'pipe'] });
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      const w = this.#waiting.shift();
      if (w) w(line);
      else this.#lines.push(line);
    });
    this.child.stderr.on('data', (d: Buffer) => this.#stderr.push(d.toString()));
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code)));
    const kill = setTimeout(() => this.child.kill('SIGKILL'), 60_000);
    kill.unref();
    void this.exited.then(() => clearTimeout(kill));
  }

  /** The next JSON line the peer prints (rejects if it exits first or takes over 30 s). */
  next<T = unknown>(): Promise<T> {
    const queued = this.#lines.shift();
    if (queued !== undefined) return Promise.resolve(JSON.parse(queued) as T);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`python peer sent nothing in 30 s; stderr: ${this.#stderr.join('')}`)), 30_000);
      void this.exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`python peer exited (${code}); stderr: ${this.#stderr.join('')}`));
      });
      this.#waiting.push((line) => {
        clearTimeout(timer);
        resolve(JSON.parse(line) as T);
      });
    });
  }

  /** Closes its stdin (a peer that reads it then ends) and waits for the exit status. */
  async end(): Promise<number | null> {
    this.child.stdin.end();
    const code = await this.exited;
    if (code !== 0) throw new Error(`python peer exited with ${code}: ${this.#stderr.join('')}`);
    return code;
  }
}
