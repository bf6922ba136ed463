import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** A private directory for socket paths, removed after the file's tests. */
export function socketDir(): (name: string) => Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), 'sock-core-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name) => Buffer.from(path.join(dir, name));
}

/** Milliseconds an async or sync call took, and what it threw (or returned). */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ ms: number; error?: unknown; value?: T }> {
  const t0 = performance.now();
  try {
    const value = await fn();
    return { ms: performance.now() - t0, value };
  } catch (error) {
    return { ms: performance.now() - t0, error };
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface ChildResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Why the child was killed, when it was. */
  killed?: string;
}

/** CPU time (user + system, clock ticks) a process has used so far, or null without /proc. */
function cpuTicks(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of proc(5) (utime, stime); `fields` starts at field 3.
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/** A child's wall-clock time is no bound on a loaded or emulated machine: this many ms of no CPU use is. */
export const CHILD_IDLE_MS = 10_000;
/** The backstop for a child that keeps using CPU without ending; vitest timeouts of tests that run children exceed it. */
export const CHILD_MAX_MS = 300_000;

/**
 * Runs `node ...args` without blocking this thread (vitest's timers and the
 * test watchdog keep running), bounded by progress rather than by the clock:
 * the child is killed once it has used no CPU for `idleMs` — it waits for
 * something that will not come (a process that does not exit, a hang) —
 * however slowly a loaded or emulated machine runs it. `maxMs` bounds a
 * child that spins.
 */
export function runNode(args: string[], { idleMs = CHILD_IDLE_MS, maxMs = CHILD_MAX_MS } = {}): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed: string | undefined;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const started = performance.now();
    let ticks = -1;
    let progressAt = started;
    const kill = (why: string): void => {
      killed = why;
      child.kill('SIGKILL');
    };
    const watch = setInterval(() => {
      const now = performance.now();
      const t = child.pid === undefined ? null : cpuTicks(child.pid);
      if (t !== null && t !== ticks) {
        ticks = t;
        progressAt = now;
      }
      if (now - started > maxMs) kill(`still running after ${maxMs} ms`);
      else if (t !== null && now - progressAt > idleMs) kill(`no CPU used for ${idleMs} ms: it waits for something that does not come`);
    }, 250);
    child.on('error', (err) => {
      clearInterval(watch);
      reject(err);
    });
    child.on('close', (status, signal) => {
      clearInterval(watch);
      resolve({ status, signal, stdout, stderr, ...(killed ? { killed } : {}) });
    });
  });
}
