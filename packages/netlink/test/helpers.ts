import { execFileSync } from 'node:child_process';
import { afterEach } from 'vitest';
import { needsFamily, type Need } from '@sock/core/testing';
import { isMalformed, netlinkFamily } from '@sock/netlink';

/** Gate for tests that need real netlink sockets (a failure, not a skip, in the kernel lab). */
export const netlink: Need = needsFamily(netlinkFamily);

export const hasPython: boolean = (() => {
  try {
    execFileSync('python3', ['-c', 'import socket; socket.AF_NETLINK'], { timeout: 10_000, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Runs a python3 snippet (the oracle) with JSON on stdin and parses the JSON it prints. */
export function python<T = unknown>(code: string, input?: unknown): T {
  const out = execFileSync('python3', ['-c', code], { encoding: 'utf8', input: JSON.stringify(input ?? null), timeout: 15_000 });
  return JSON.parse(out) as T;
}

export function thrown(fn: () => unknown): any {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

export async function rejected(p: Promise<unknown>): Promise<any> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

/** Runs a decoder on untrusted bytes: its result, or rethrows anything but the one malformed-data error. */
export function cleanly<T>(fn: () => T): T | 'malformed' {
  try {
    return fn();
  } catch (err) {
    if (isMalformed(err) && typeof err.offset === 'number' && err.message.startsWith('malformed netlink data: ')) return 'malformed';
    throw err;
  }
}

/** Sockets opened by a test, closed after it whatever happens. */
export function socketTracker(): <T extends { close(): void }>(s: T) => T {
  const open = new Set<{ close(): void }>();
  afterEach(() => {
    for (const s of open) s.close();
    open.clear();
  });
  return (s) => {
    open.add(s);
    return s;
  };
}
