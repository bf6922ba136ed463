import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CMSG_LEN, close, fromfd, ifIndextoname, ifNametoindex, setdefaulttimeout, type Socket } from '@sock/core';
import { native } from '../src/native.js';
import { fakeSocketpair } from '@sock/core/testing';

const junk = [undefined, null, NaN, -1, 2 ** 53, -(2 ** 53), 1.5, Infinity, 'str', {}, [], Symbol('s'), 10n, () => 0, new ArrayBuffer(4)];
const clean = (err: unknown): boolean =>
  err instanceof Error && (typeof (err as { code?: unknown }).code === 'string' || (err as { errno?: unknown }).errno !== undefined);

/** Calls fn with each junk value in position i; every failure must be a coded error, never a crash. */
function expectCleanFailures(name: string, arity: number, fn: (...args: unknown[]) => unknown, valid: unknown[]): void {
  for (let i = 0; i < arity; i++) {
    for (const bad of junk) {
      const args = [...valid];
      args[i] = bad;
      try {
        const r = fn(...args);
        if (r instanceof Promise) r.catch(() => {});
      } catch (err) {
        expect(clean(err), `${name}(arg ${i} = ${String(typeof bad === 'symbol' ? 'symbol' : bad)}) threw ${String(err)}`).toBe(true);
      }
    }
  }
}

describe('bad input gets a clear error', () => {
  it('every Socket method', async () => {
    const [a, b] = fakeSocketpair();
    const methods: Array<[keyof Socket, unknown[]]> = [
      ['recvSync', [1, 0]], ['recvfromSync', [1, 0]], ['recvIntoSync', [Buffer.alloc(1), 0, 0]],
      ['recvfromIntoSync', [Buffer.alloc(1), 0, 0]], ['recvmsgSync', [1, 0, 0]], ['recvmsgIntoSync', [[Buffer.alloc(1)], 0, 0]],
      ['sendSync', [Buffer.alloc(0), 0]], ['sendmsgSync', [[Buffer.alloc(0)], [], 0, null]],
      ['getsockopt', [1, 3, 4]], ['setsockopt', [1, 2, 0]], ['settimeout', [1]], ['listen', [1]], ['shutdown', [0]],
      ['bind', [Buffer.alloc(0)]], ['recv', [1, 0, {}]], ['send', [Buffer.alloc(0), 0, {}]], ['sendall', [Buffer.alloc(0), 0, {}]],
      ['sendmmsgSync', [[Buffer.alloc(0)], {}]], ['sendmmsg', [[Buffer.alloc(0)], {}]],
    ];
    b.settimeout(0);
    for (const [m, valid] of methods) {
      expectCleanFailures(String(m), valid.length, (...args) => (b[m] as (...x: unknown[]) => unknown)(...args), valid);
    }
    a.close();
    b.close();
  });

  it('module functions', () => {
    expectCleanFailures('CMSG_LEN', 1, (n) => CMSG_LEN(n as number), [1]);
    expectCleanFailures('ifNametoindex', 1, (n) => ifNametoindex(n as string), ['lo']);
    expectCleanFailures('ifIndextoname', 1, (n) => ifIndextoname(n as number), [1]);
    expectCleanFailures('close', 1, (n) => close(n as number), [-1]);
    expectCleanFailures('fromfd', 3, (fd, f, t) => fromfd(fd as number, f as number, t as number), [-1, 1, 1]);
    expectCleanFailures('setdefaulttimeout', 1, (t) => setdefaulttimeout(t as number), [null]);
    setdefaulttimeout(null);
    expect(() => ifNametoindex('no-such-if0')).toThrow(expect.objectContaining({ errno: null, message: 'no interface with this name' }));
    expect(() => ifIndextoname(0x7ffffff0)).toThrow(expect.objectContaining({ code: 'ENXIO' }));
  });
});

describe('native entry points survive random arguments (fuzz)', () => {
  const arb = fc.oneof(
    fc.integer({ min: -5, max: 70000 }),
    fc.integer(),
    fc.double(),
    fc.constantFrom(undefined, null, true, '', 'x', Symbol.iterator),
    fc.uint8Array({ maxLength: 300 }),
    fc.array(fc.uint8Array({ maxLength: 8 }), { maxLength: 4 }),
    fc.array(fc.integer(), { maxLength: 3 }),
    fc.constant(new Uint8Array(new ArrayBuffer(8), 2, 4)),
    fc.constant(new DataView(new ArrayBuffer(16))),
  );
  // Calls that could touch fds this process needs (close, dup on real fds) get fds well above any in use.
  const safeFd = (v: unknown): unknown => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 4096 ? v + 100_000 : v);
  const fns = [
    'socket', 'socketpair', 'bind', 'connect', 'listen', 'accept', 'acceptNoAddr', 'shutdown', 'close', 'dup',
    'getInheritable', 'setInheritable', 'getNonblocking', 'setNonblocking', 'getsockname', 'getpeername',
    'getsockoptInt', 'getsockoptBytes', 'setsockoptInt', 'setsockoptBytes', 'send', 'sendto', 'recv', 'recvfrom',
    'sendmsg', 'recvmsg', 'sendmmsg', 'recvmmsg', 'poll', 'sendfile', 'ifNametoindex', 'ifIndextoname', 'strerror',
  ] as const;

  it.each(fns)('%s', (fn) => {
    const call = (native as unknown as Record<string, (...a: unknown[]) => unknown>)[fn]!;
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 7 }), (args) => {
        const safe = args.map((v, i) => (i === 0 ? safeFd(v) : v));
        if (fn === 'poll') safe[2] = 0;
        let r: unknown;
        try {
          r = call(...safe);
        } catch (err) {
          expect(err).toBeInstanceOf(Error);
          expect(['TypeError', 'RangeError']).toContain((err as Error).name);
          return;
        }
        if (fn === 'socket' && typeof r === 'number' && r >= 0) native.close(r);
        if (fn === 'socketpair' && r === 0) {
          native.close(native.out[0]!);
          native.close(native.out[1]!);
        }
      }),
      { numRuns: process.env.CI ? 3000 : 1000 },
    );
  });
});
