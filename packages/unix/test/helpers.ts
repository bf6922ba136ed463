import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import type { Socket } from '@sock/core';
import { needsFamily, type Need } from '@sock/core/testing';
import { unixFamily } from '@sock/unix';

/** Gate for tests that need real AF_UNIX sockets (a failure, not a skip, in the kernel lab). */
export const unix: Need = needsFamily(unixFamily);

/** A private directory for socket files, removed after the file's tests; returns a path maker. */
export function socketDir(): (name: string) => string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sock-unix-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name) => path.join(dir, name);
}

let abstractCounter = 0;
/** A fresh name in Linux's abstract namespace, unique to this process. */
export function abstractName(tag = 'x'): Buffer {
  return Buffer.from(`\0sock-unix-test-${process.pid}-${tag}-${abstractCounter++}`);
}

/** How many fds this process has open (/proc/self/fd, minus the one readdir itself uses). */
export function fdCount(): number {
  return readdirSync('/proc/self/fd').length;
}

/** Sockets closed when the scope ends (`using s = scoped(a, b)`). */
export function scoped<T extends Socket[]>(...socks: T): T & Disposable {
  const out = socks as T & Disposable;
  out[Symbol.dispose] = () => {
    for (const s of socks) s.close();
  };
  return out;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Milliseconds an async or sync call took, and what it threw. */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ ms: number; error?: unknown; value?: T }> {
  const t0 = performance.now();
  try {
    const value = await fn();
    return { ms: performance.now() - t0, value };
  } catch (error) {
    return { ms: performance.now() - t0, error };
  }
}
