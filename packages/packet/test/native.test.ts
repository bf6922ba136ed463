import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { errno, native as core, SOCK_DGRAM } from '@sock/core';
import { AF_PACKET } from '@sock/packet';
import type { PacketBinding } from '../src/native.js';
import { packageDir, packet } from './helpers.js';

const addon = createRequire(import.meta.url)('node-gyp-build')(packageDir) as PacketBinding;

/** What a native entry point may do with bad input: return a number or string, or throw a coded TypeError/RangeError. */
function clean(fn: () => unknown): void {
  try {
    const r = fn();
    expect(['number', 'string'].includes(typeof r) || Buffer.isBuffer(r)).toBe(true);
  } catch (err) {
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
  it('take any arguments without crashing: a result, -errno, or a coded error (fuzz)', () => {
    fc.assert(
      fc.property(anything.map(notAnFd), anything, anything, anything, (a, b, c, d) => {
        clean(() => addon.setsockoptFprog(a as number, b as number, c as number, d as Uint8Array));
        clean(() => addon.getFilter(a as number));
        clean(() => addon.ifNameToIndex(a as number, b as string));
        clean(() => addon.ifIndexToName(a as number, b as number));
      }),
      { numRuns: 2000 },
    );
  });

  it('check program lengths themselves: whole struct sock_filter only, at most 65535', () => {
    expect(() => addon.setsockoptFprog(0, 1, 26, new Uint8Array(7))).toThrow(RangeError);
    expect(() => addon.setsockoptFprog(0, 1, 26, new Uint8Array(65536 * 8))).toThrow(RangeError);
    expect(addon.setsockoptFprog(-1, 1, 26, new Uint8Array(8))).toBe(-errno.EBADF!);
    expect(addon.getFilter(0x7ffffff0)).toBe(-errno.EBADF!);
  });

  it.skipIf(packet.skip)(`answer interface ioctls on a socket, ENODEV for a name of IFNAMSIZ bytes${packet.title}`, () => {
    const fd = core.socket(AF_PACKET, SOCK_DGRAM, 0);
    try {
      expect(addon.ifNameToIndex(fd, 'lo')).toBe(core.ifNametoindex('lo'));
      expect(addon.ifIndexToName(fd, core.ifNametoindex('lo'))).toBe('lo');
      expect(addon.ifNameToIndex(fd, 'x'.repeat(16))).toBe(-errno.ENODEV!);
      expect(addon.ifIndexToName(fd, 0)).toBe(-errno.ENODEV!);
      expect(() => addon.ifNameToIndex(fd, 'l\0o')).toThrow(TypeError);
    } finally {
      core.close(fd);
    }
  });
});
