import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { errno, ifNametoindex, OSError, Socket, SOCK_DGRAM } from '@sock/core';
import { getFilter, ifIndexToName, ifNameToIndex, setsockoptFprog } from '@sock/core/family';
import { AF_PACKET, setsockoptProgram } from '@sock/packet';
import { packageDir, packet } from './helpers.js';

const addon = createRequire(import.meta.url)('node-gyp-build')(packageDir) as Record<string, unknown>;

/** What core's entries may do with bad input: return, raise OSError, or throw a coded TypeError/RangeError. */
function clean(fn: () => unknown): void {
  try {
    fn();
  } catch (err) {
    if (err instanceof OSError) return;
    expect(err instanceof TypeError || err instanceof RangeError).toBe(true);
    expect(typeof (err as { code?: unknown }).code).toBe('string');
  }
}

const anything = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.constant(null),
  fc.constant(undefined),
  fc.uint8Array({ maxLength: 40 }),
  fc.uint8Array({ maxLength: 40 }).map((a) => new DataView(a.buffer)),
  fc.uint8Array({ maxLength: 40 }).map((a) => new Uint16Array(a.buffer, 0, a.length >> 1)),
  fc.bigInt(),
  fc.object(),
);

/** No fuzzed call may reach a real fd of this process (vitest's own sockets among them): small fds become one that is never open. */
const notAnFd = (v: unknown): unknown => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 0x100000 ? 0x7ffffff0 : v);

describe('native entry points', () => {
  it('the addon holds constants and layouts only: the fprog setsockopt and the interface ioctls are core\'s', () => {
    expect(Object.keys(addon).sort()).toEqual(['constants', 'layout']);
  });

  it('core\'s fprog and ioctl entries take any arguments without crashing: a result, OSError, or a coded error (fuzz)', () => {
    fc.assert(
      fc.property(anything.map(notAnFd), anything, anything, anything, (a, b, c, d) => {
        clean(() => setsockoptFprog(a as number, b as number, c as number, d as Uint8Array));
        clean(() => getFilter(a as number));
        clean(() => ifNameToIndex(a as number, b as string));
        clean(() => ifIndexToName(a as number, b as number));
      }),
      { numRuns: 2000 },
    );
  });

  it('program lengths are checked: whole struct sock_filter only, at most 65535', () => {
    expect(() => setsockoptFprog(0x7ffffff0, 1, 26, new Uint8Array(7))).toThrow(RangeError);
    expect(() => setsockoptFprog(0x7ffffff0, 1, 26, new Uint8Array(65536 * 8))).toThrow(RangeError);
    expect(() => setsockoptFprog(-1, 1, 26, new Uint8Array(8))).toThrow(expect.objectContaining({ errno: errno.EBADF }));
    expect(() => getFilter(0x7ffffff0)).toThrow(expect.objectContaining({ errno: errno.EBADF }));
  });

  it.skipIf(packet.skip)(`interface ioctls answer on a packet socket, ENODEV for a name of IFNAMSIZ bytes${packet.title}`, () => {
    const sock = new Socket(AF_PACKET, SOCK_DGRAM, 0);
    try {
      const fd = sock.fileno();
      expect(ifNameToIndex(fd, 'lo')).toBe(ifNametoindex('lo'));
      expect(ifIndexToName(fd, ifNametoindex('lo'))).toBe('lo');
      expect(() => ifNameToIndex(fd, 'x'.repeat(16))).toThrow(expect.objectContaining({ errno: errno.ENODEV }));
      expect(() => ifIndexToName(fd, 0)).toThrow(expect.objectContaining({ errno: errno.ENODEV }));
      expect(() => ifNameToIndex(fd, 'l\0o')).toThrow(TypeError);
      expect(() => setsockoptProgram(sock, 1, 26, [])).toThrow(OSError);
    } finally {
      sock.close();
    }
  });
});
