/**
 * Running `sock` as a child process, always bounded in time: a child still
 * running at its deadline is killed (SIGKILL) and the test fails with what it
 * printed so far.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';

export const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

/**
 * How much slower than the host a machine is: the kernel lab emulates its
 * CPU (TCG), where starting node alone takes seconds. Every deadline here,
 * and the tests' own, is multiplied by it.
 */
export const SLOW = process.env.SOCK_KERNEL_LAB === '1' ? 4 : 1;
vi.setConfig({ testTimeout: 20_000 * SLOW, hookTimeout: 20_000 * SLOW });

export function assertBuilt(): void {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: build the CLI first (pnpm --filter @sock/cli run build)`);
}

export interface Result {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  out: Buffer;
  /** The deadline passed and the child was killed. */
  killed: boolean;
}

export interface RunOptions {
  input?: string | Buffer;
  /** Milliseconds before the child is killed; default 10 s. */
  timeout?: number;
  env?: NodeJS.ProcessEnv;
  /** Keep stdin open (no input, no EOF) until the child exits. */
  keepStdin?: boolean;
}

const children = new Set<ChildProcess>();

/** Kills every child a test left running (call in afterEach). */
export function killAll(): void {
  for (const c of children) c.kill('SIGKILL');
  children.clear();
}

export interface Running {
  child: ChildProcess;
  result: Promise<Result>;
  /** Resolves when stderr or stdout has matched `re` (rejects when the child exits first or after `ms`). */
  waitFor(re: RegExp, ms?: number): Promise<string>;
  write(data: string | Buffer): void;
  end(data?: string | Buffer): void;
}

export function start(args: readonly string[], options: RunOptions = {}): Running {
  const child = spawn(options.env?.SOCK_CMD ?? process.execPath, options.env?.SOCK_CMD ? args : [BIN, ...args], {
    env: { ...process.env, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.add(child);
  const out: Buffer[] = [];
  let stderr = '';
  let seen = '';
  const watchers = new Set<() => void>();
  child.stdout!.on('data', (d: Buffer) => {
    out.push(d);
    seen += d.toString('latin1');
    for (const w of watchers) w();
  });
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
    seen += d.toString('latin1');
    for (const w of watchers) w();
  });
  child.stdin!.on('error', () => {});
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    child.kill('SIGKILL');
  }, (options.timeout ?? 10_000) * SLOW);
  const result = new Promise<Result>((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      for (const w of watchers) w();
      const buf = Buffer.concat(out);
      resolve({ code, signal, stdout: buf.toString(), stderr, out: buf, killed });
    });
  });
  let exited = false;
  void result.then(() => (exited = true));
  if (options.input !== undefined) child.stdin!.end(options.input);
  else if (!options.keepStdin) child.stdin!.end();
  return {
    child,
    result,
    write: (d) => void child.stdin!.write(d),
    end: (d) => void (d === undefined ? child.stdin!.end() : child.stdin!.end(d)),
    waitFor(re, wait = 8000) {
      const ms = wait * SLOW;
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => {
          watchers.delete(check);
          reject(new Error(`no ${re} within ${ms} ms; output so far: ${seen}`));
        }, ms);
        const check = (): void => {
          const m = re.exec(seen);
          if (m) {
            clearTimeout(t);
            watchers.delete(check);
            resolve(m[0]);
          } else if (exited) {
            clearTimeout(t);
            watchers.delete(check);
            reject(new Error(`exited before ${re}; output: ${seen}`));
          }
        };
        watchers.add(check);
        check();
      });
    },
  };
}

export function run(args: readonly string[], options: RunOptions = {}): Promise<Result> {
  return start(args, options).result;
}
