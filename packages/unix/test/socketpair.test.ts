import { describe, expect, it } from 'vitest';
import { errno, getdefaulttimeout, setdefaulttimeout, SOCK_DGRAM, SOCK_NONBLOCK, SOCK_SEQPACKET, SOCK_STREAM, Socket } from '@sock/core';
import { headerFamilies } from '@sock/core/family';
import { AF_UNIX, socketpair } from '@sock/unix';
import { scoped, unix } from './helpers.js';

const AF_INET = headerFamilies.AF_INET!;

describe.skipIf(unix.skip)(`socketpair${unix.title}`, () => {
  it('defaults to AF_UNIX / SOCK_STREAM / 0; both ends named ""', () => {
    const [a, b] = socketpair();
    using _ = scoped(a, b);
    for (const s of [a, b]) {
      expect([s.family, s.type, s.proto]).toEqual([AF_UNIX, SOCK_STREAM, 0]);
      expect(s.getsockname()).toBe('');
      expect(s.getpeername()).toBe('');
      expect(s.getInheritable()).toBe(false);
      expect(s).toBeInstanceOf(Socket);
    }
    a.sendallSync(Buffer.from('hello'));
    expect(b.recvSync(10).toString()).toBe('hello');
  });

  it('family null means AF_UNIX, as in Python', () => {
    const [a, b] = socketpair(null, SOCK_DGRAM);
    using _ = scoped(a, b);
    expect([a.family, a.type]).toEqual([AF_UNIX, SOCK_DGRAM]);
  });

  it.each([
    ['SOCK_STREAM', SOCK_STREAM],
    ['SOCK_DGRAM', SOCK_DGRAM],
    ['SOCK_SEQPACKET', SOCK_SEQPACKET],
  ])('pairs %s sockets that talk both ways', async (_n, type) => {
    const [a, b] = socketpair(AF_UNIX, type);
    using _ = scoped(a, b);
    expect(a.type).toBe(type);
    await a.send(Buffer.from('ab'));
    expect((await b.recv(10)).toString()).toBe('ab');
    b.sendSync(Buffer.from('ba'));
    expect(a.recvSync(10).toString()).toBe('ba');
  });

  it('SOCK_NONBLOCK in the type makes both ends non-blocking and is stripped from .type', () => {
    const [a, b] = socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK!);
    using _ = scoped(a, b);
    expect([a.type, a.gettimeout(), b.gettimeout()]).toEqual([SOCK_STREAM, 0, 0]);
  });

  it('both ends take the default timeout', () => {
    const before = getdefaulttimeout();
    setdefaulttimeout(2.5);
    try {
      const [a, b] = socketpair();
      using _ = scoped(a, b);
      expect([a.gettimeout(), b.gettimeout()]).toEqual([2.5, 2.5]);
    } finally {
      setdefaulttimeout(before);
    }
  });

  it('reports what the kernel refuses as CPython does (EINVAL for an unknown type, EOPNOTSUPP for AF_INET)', () => {
    expect(() => socketpair(AF_UNIX, 99)).toThrow(expect.objectContaining({ syscall: 'socketpair', errno: errno.EINVAL }));
    expect(() => socketpair(AF_INET, SOCK_STREAM)).toThrow(expect.objectContaining({ errno: errno.EOPNOTSUPP }));
    expect(() => socketpair(AF_UNIX, 'x' as never)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
  });
});
