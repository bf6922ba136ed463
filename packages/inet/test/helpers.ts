import { afterEach } from 'vitest';
import { Socket } from '@sock/core';
import { needs, pythonMissing, type Need } from '@sock/core/testing';
import { AF_INET6, inet6Family } from '@sock/inet';

export { python, rejected, thrown } from '@sock/core/testing';

/** python3 with its socket module runs here (the oracle's gate). */
export const hasPython: boolean = pythonMissing() === null;

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
