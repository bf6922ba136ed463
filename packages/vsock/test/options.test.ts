/**
 * Options at level AF_VSOCK: 64-bit integers both ways (CPython's "K"), the
 * buffer form of getsockopt refused, and the struct timeval connect timeout
 * Python cannot reach. None of this needs a transport: the values live on
 * the socket until it connects.
 */
import { describe, expect, it } from 'vitest';
import { OSError, SOL_SOCKET, SO_TYPE, Socket, SOCK_STREAM } from '@sock/core';
import {
  AF_VSOCK,
  getConnectTimeout,
  packConnectTimeout,
  setConnectTimeout,
  SO_VM_SOCKETS_BUFFER_MAX_SIZE,
  SO_VM_SOCKETS_BUFFER_MIN_SIZE,
  SO_VM_SOCKETS_BUFFER_SIZE,
} from '@sock/vsock';
import { vsock } from './helpers.js';

describe('AF_VSOCK socket options', () => {
  it.skipIf(vsock.skip)(`reads and writes the buffer sizes as numbers (t:2586)${vsock.title}`, () => {
    using s = new Socket(AF_VSOCK, SOCK_STREAM);
    const size = s.getsockopt(AF_VSOCK, SO_VM_SOCKETS_BUFFER_SIZE);
    const min = s.getsockopt(AF_VSOCK, SO_VM_SOCKETS_BUFFER_MIN_SIZE);
    const max = s.getsockopt(AF_VSOCK, SO_VM_SOCKETS_BUFFER_MAX_SIZE);
    expect([typeof size, typeof min, typeof max]).toEqual(['number', 'number', 'number']);
    expect(size).toBe(262144);
    for (const [opt, before] of [
      [SO_VM_SOCKETS_BUFFER_MAX_SIZE, max],
      [SO_VM_SOCKETS_BUFFER_SIZE, size],
      [SO_VM_SOCKETS_BUFFER_MIN_SIZE, min],
    ] as const) {
      const doubled = (before as number) * 2;
      expect(doubled).not.toBe(before);
      s.setsockopt(AF_VSOCK, opt, doubled);
      expect(s.getsockopt(AF_VSOCK, opt)).toBe(doubled);
    }
  });

  it.skipIf(vsock.skip)(`carries values past 2**32 and 2**53 in 64 bits${vsock.title}`, () => {
    using s = new Socket(AF_VSOCK, SOCK_STREAM);
    const huge = 2n ** 63n + 5n;
    expect(s.getsockopt(AF_VSOCK, SO_VM_SOCKETS_BUFFER_MAX_SIZE)).not.toBe(huge);
    s.setsockopt(AF_VSOCK, SO_VM_SOCKETS_BUFFER_MAX_SIZE, huge);
    expect(s.getsockopt(AF_VSOCK, SO_VM_SOCKETS_BUFFER_MAX_SIZE)).toBe(huge);
    const big = 2 ** 33 + 7;
    s.setsockopt(AF_VSOCK, SO_VM_SOCKETS_BUFFER_SIZE, big);
    expect(s.getsockopt(AF_VSOCK, SO_VM_SOCKETS_BUFFER_SIZE)).toBe(big);
    s.setsockopt(AF_VSOCK, SO_VM_SOCKETS_BUFFER_MAX_SIZE, 2n ** 64n - 1n);
    expect(s.getsockopt(AF_VSOCK, SO_VM_SOCKETS_BUFFER_MAX_SIZE)).toBe(2n ** 64n - 1n);
  });

  it.skipIf(vsock.skip)(`refuses the buffer form of getsockopt and values outside 0..2**64-1, as CPython does${vsock.title}`, () => {
    using s = new Socket(AF_VSOCK, SOCK_STREAM);
    let caught: unknown;
    try {
      s.getsockopt(AF_VSOCK, SO_VM_SOCKETS_BUFFER_SIZE, 8);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(OSError);
    expect((caught as OSError).message).toBe('getsockopt string buffer not allowed');
    expect((caught as OSError).errno).toBeNull();
    expect(() => s.setsockopt(AF_VSOCK, SO_VM_SOCKETS_BUFFER_SIZE, -1)).toThrow(RangeError);
    expect(() => s.setsockopt(AF_VSOCK, SO_VM_SOCKETS_BUFFER_SIZE, 2n ** 64n)).toThrow(RangeError);
  });

  it.skipIf(vsock.skip)(`reads SOL_SOCKET options through the same 64-bit path${vsock.title}`, () => {
    using s = new Socket(AF_VSOCK, SOCK_STREAM);
    expect(s.getsockopt(SOL_SOCKET, SO_TYPE)).toBe(SOCK_STREAM);
  });

  it.skipIf(vsock.skip)(`reads and writes SO_VM_SOCKETS_CONNECT_TIMEOUT as seconds${vsock.title}`, () => {
    using s = new Socket(AF_VSOCK, SOCK_STREAM);
    expect(getConnectTimeout(s)).toBe(2);
    setConnectTimeout(s, 5.5);
    expect(getConnectTimeout(s)).toBe(5.5);
    setConnectTimeout(s, 0);
    expect(getConnectTimeout(s)).toBe(2);
    s.close();
    expect(() => getConnectTimeout(s)).toThrow(expect.objectContaining({ code: 'EBADF' }));
  });

  it('packs the connect timeout as this platform\'s struct timeval and refuses what it cannot hold', () => {
    const tv = packConnectTimeout(1.25);
    expect(tv.length).toBe(16);
    expect(tv.readBigInt64LE(0)).toBe(1n);
    expect(tv.readBigInt64LE(8)).toBe(250000n);
    expect(() => packConnectTimeout(-1)).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
    expect(() => packConnectTimeout(NaN)).toThrow(RangeError);
    expect(() => packConnectTimeout(2 ** 31)).toThrow(RangeError);
  });
});
