import { execFileSync } from 'node:child_process';
import { afterEach } from 'vitest';
import { Socket } from '@sock/core';
import { needs, type Need } from '@sock/core/testing';
import { AF_INET6, inet6Family } from '@sock/inet';

/** Runs a python3 snippet (the oracle) and parses the JSON it prints. */
export function python<T = unknown>(code: string, input?: unknown): T {
  const out = execFileSync('python3', ['-c', code], {
    encoding: 'utf8',
    input: input === undefined ? '' : JSON.stringify(input),
    timeout: 15_000,
  });
  return JSON.parse(out) as T;
}

export const hasPython: boolean = (() => {
  try {
    execFileSync('python3', ['-c', 'import socket'], { timeout: 10_000, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

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

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

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

/** What keeps ::1 from working here, or null: the family must be available and a socket bind to ::1. */
function ipv6Missing(): string | null {
  if (!inet6Family.available()) return `AF_INET6: ${inet6Family.unavailableReason()}`;
  try {
    const s = new Socket(AF_INET6, 2);
    try {
      s.bind(['::1', 0]);
      return null;
    } finally {
      s.close();
    }
  } catch (err) {
    return `IPv6 on ::1 (bind failed: ${(err as Error).message})`;
  }
}

/** IPv6 loopback, gated as core's kernel tests are (a failure in the kernel lab). */
export const ipv6: Need = needs(ipv6Missing());

/** A loopback port nothing listens on (bound, read, closed). */
export function closedPort(family: number, host: string): number {
  const s = new Socket(family, 1);
  try {
    s.bind([host, 0]);
    return (s.getsockname() as [string, number])[1];
  } finally {
    s.close();
  }
}
