import { afterEach } from 'vitest';
import { needsFamily, pythonMissing, type Need } from '@sock/core/testing';
import { isMalformed, netlinkFamily } from '@sock/netlink';

/** Gate for tests that need real netlink sockets (a failure, not a skip, in the kernel lab). */
export const netlink: Need = needsFamily(netlinkFamily);

/** python3 with socket.AF_NETLINK runs here (the oracle's gate). */
export const hasPython: boolean = pythonMissing('socket.AF_NETLINK') === null;

export { python, rejected, thrown } from '@sock/core/testing';

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
