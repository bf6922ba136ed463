import { closeSync, openSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  OSError,
  Socket,
  SOCK_DGRAM,
  SOCK_STREAM,
  SOL_SOCKET,
  SO_RCVBUF,
  SO_REUSEADDR,
  SO_TYPE,
  SOCK_NONBLOCK,
  SOCK_CLOEXEC,
  fromfd,
  getdefaulttimeout,
  setdefaulttimeout,
  socket,
} from '@sock/core';
import { native } from '../src/native.js';
import { AF_FAKE, fakeSocket, fakeSocketpair } from '@sock/core/testing';
import { socketDir } from './helpers.js';

const sockPath = socketDir();
const AF_UNIX = native.families.AF_UNIX!;

afterEach(() => setdefaulttimeout(null));

describe('construction', () => {
  it('fails clearly for a family nobody registered, naming the package', () => {
    expect(() => new Socket(native.families.AF_CAN ?? 29, 3, 1)).toThrow(/AF_CAN is not registered: install @sock\/can/);
    expect(() => new Socket()).toThrow(/AF_INET is not registered: install @sock\/inet/);
    for (const [name, pkg] of [['AF_TIPC', 'tipc'], ['AF_BLUETOOTH', 'bluetooth'], ['AF_RDS', 'rds'], ['AF_QIPCRTR', 'qipcrtr'], ['AF_ALG', 'alg']] as const) {
      const family = native.families[name];
      if (family === undefined) continue; // this platform's headers lack the name: no number to ask about
      expect(() => new Socket(family, 5), name).toThrow(new RegExp(`${name} is not registered: install @sock/${pkg}`));
    }
    expect(() => socket(250)).toThrow(/no @sock package serves it/);
  });

  it('adopts an fd and detects type and proto (SO_TYPE, SO_PROTOCOL)', () => {
    const fd = native.socket(AF_UNIX, SOCK_DGRAM, 0);
    const s = new Socket(AF_FAKE, null, null, fd);
    expect(s.type).toBe(SOCK_DGRAM);
    expect(s.proto).toBe(0);
    expect(s.family).toBe(AF_FAKE);
    expect(s.fileno()).toBe(fd);
    s.close();
  });

  it('detects the family too (SO_DOMAIN) and keeps an unregistered one as a number', () => {
    const fd = native.socket(AF_UNIX, SOCK_STREAM, 0);
    const s = new Socket(undefined, undefined, undefined, fd);
    expect(s.family).toBe(AF_UNIX);
    expect(s.type).toBe(SOCK_STREAM);
    s.close();
  });

  it('refuses bad filenos as Python does: negative, non-integer, not a socket, closed', () => {
    expect(() => new Socket(AF_FAKE, SOCK_STREAM, 0, -1)).toThrow(/negative file descriptor/);
    expect(() => new Socket(AF_FAKE, SOCK_STREAM, 0, -42)).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
    expect(() => new Socket(AF_FAKE, SOCK_STREAM, 0, 1.5)).toThrow(TypeError);
    expect(() => new Socket(AF_FAKE, SOCK_STREAM, 0, '3' as unknown as number)).toThrow(TypeError);
    const file = openSync('/dev/null', 'r');
    try {
      expect(() => new Socket(AF_FAKE, SOCK_STREAM, 0, file)).toThrow(expect.objectContaining({ code: 'ENOTSOCK' }));
    } finally {
      closeSync(file);
    }
    expect(() => new Socket(AF_FAKE, SOCK_STREAM, 0, 100000)).toThrow(expect.objectContaining({ code: 'EBADF' }));
  });

  it('strips SOCK_NONBLOCK/SOCK_CLOEXEC from type; SOCK_NONBLOCK means timeout 0', () => {
    const fd = native.socket(AF_UNIX, SOCK_STREAM, 0);
    const s = new Socket(AF_FAKE, SOCK_STREAM | (SOCK_NONBLOCK ?? 0) | (SOCK_CLOEXEC ?? 0), 0, fd);
    expect(s.type).toBe(SOCK_STREAM);
    expect(s.gettimeout()).toBe(SOCK_NONBLOCK === undefined ? null : 0);
    s.settimeout(2);
    expect(s.type).toBe(SOCK_STREAM);
    s.close();
  });

  it('keeps family, type and proto read-only', () => {
    const s = fakeSocket();
    expect(() => {
      (s as { family: number }).family = 3;
    }).toThrow(TypeError);
    s.close();
  });
});

describe('timeout modes', () => {
  it('follow the state table: null/blocking, 0/non-blocking, t/timeout', () => {
    const s = fakeSocket();
    expect([s.gettimeout(), s.getblocking(), s.timeout]).toEqual([null, true, null]);
    s.settimeout(0);
    expect([s.gettimeout(), s.getblocking()]).toEqual([0, false]);
    s.settimeout(2.5);
    expect([s.gettimeout(), s.getblocking()]).toEqual([2.5, true]);
    s.setblocking(false);
    expect(s.gettimeout()).toBe(0);
    s.setblocking(true);
    expect(s.gettimeout()).toBeNull();
    s.close();
  });

  it('refuse negative, NaN and non-number timeouts; accept huge ones', () => {
    const s = fakeSocket();
    expect(() => s.settimeout(-1)).toThrow(RangeError);
    expect(() => s.settimeout(NaN)).toThrow(RangeError);
    expect(() => s.settimeout('x' as unknown as number)).toThrow(TypeError);
    s.settimeout(2 ** 40);
    expect(s.gettimeout()).toBe(2 ** 40);
    s.close();
    expect(() => setdefaulttimeout(-1)).toThrow(RangeError);
    expect(() => setdefaulttimeout('spam' as unknown as number)).toThrow(TypeError);
  });

  it('setdefaulttimeout applies to sockets created afterwards', () => {
    expect(getdefaulttimeout()).toBeNull();
    setdefaulttimeout(0);
    const a = fakeSocket();
    setdefaulttimeout(2);
    const [b, c] = fakeSocketpair();
    setdefaulttimeout(null);
    const d = fakeSocket();
    expect([a.gettimeout(), b.gettimeout(), c.gettimeout(), d.gettimeout()]).toEqual([0, 2, 2, null]);
    for (const s of [a, b, c, d]) s.close();
  });

  it('on a closed socket settimeout stores the mode then raises EBADF; getblocking reads the mode (CPython)', () => {
    const s = fakeSocket();
    s.close();
    expect(() => s.settimeout(1)).toThrow(expect.objectContaining({ code: 'EBADF' }));
    expect(s.gettimeout()).toBe(1);
    expect(s.getblocking()).toBe(true);
    expect(() => s.settimeout(0)).toThrow(expect.objectContaining({ code: 'EBADF' }));
    expect(s.getblocking()).toBe(false);
  });
});

describe('closing, detaching, duplicating', () => {
  it('close() is idempotent and fileno() becomes -1', () => {
    const s = fakeSocket();
    expect(s.fileno()).toBeGreaterThanOrEqual(0);
    s.close();
    s.close();
    expect(s.fileno()).toBe(-1);
    expect(s.closed).toBe(true);
    expect(String(s)).toMatch(/^<Socket \[closed\] fd=-1, family=AF_FAKE, type=SOCK_STREAM, proto=0>$/);
  });

  it('operations on a closed socket raise EBADF; recv(0) still returns empty', () => {
    const [a, b] = fakeSocketpair();
    a.close();
    b.close();
    expect(() => a.sendSync(Buffer.from('x'))).toThrow(expect.objectContaining({ code: 'EBADF' }));
    expect(() => a.recvSync(1)).toThrow(expect.objectContaining({ code: 'EBADF' }));
    expect(() => a.getsockname()).toThrow(expect.objectContaining({ code: 'EBADF' }));
    expect(a.recvSync(0)).toEqual(Buffer.alloc(0));
  });

  it('detach() leaves the fd open, blocking, and the socket closed', () => {
    const s = fakeSocket();
    const fd = s.detach();
    expect(s.fileno()).toBe(-1);
    expect(s.closed).toBe(true);
    expect(native.getNonblocking(fd)).toBe(0);
    const again = new Socket(AF_FAKE, null, null, fd);
    expect(again.type).toBe(SOCK_STREAM);
    again.close();
  });

  it('detach() of a socket with a timeout leaves the fd non-blocking, as Python', () => {
    const s = fakeSocket();
    s.settimeout(3);
    const fd = s.detach();
    expect(native.getNonblocking(fd)).toBe(1);
    native.close(fd);
  });

  it('dup() gives a new non-inheritable fd with the same kind and timeout', () => {
    const s = fakeSocket(SOCK_DGRAM);
    s.settimeout(4);
    const d = s.dup();
    expect(d.fileno()).not.toBe(s.fileno());
    expect([d.family, d.type, d.proto, d.gettimeout()]).toEqual([s.family, s.type, s.proto, 4]);
    expect(d.getInheritable()).toBe(false);
    s.close();
    d.close();
  });

  it('fromfd duplicates; the original stays usable', () => {
    const [a, b] = fakeSocketpair();
    const c = fromfd(a.fileno(), AF_FAKE, SOCK_STREAM);
    expect(c.fileno()).not.toBe(a.fileno());
    c.sendSync(Buffer.from('hi'));
    expect(b.recvSync(2).toString()).toBe('hi');
    for (const s of [a, b, c]) s.close();
  });

  it('sockets are non-inheritable by default; setInheritable toggles FD_CLOEXEC', () => {
    const [a, b] = fakeSocketpair();
    expect(a.getInheritable()).toBe(false);
    a.setInheritable(true);
    expect(a.getInheritable()).toBe(true);
    expect(native.getInheritable(a.fileno())).toBe(1);
    a.setInheritable(false);
    expect(a.getInheritable()).toBe(false);
    expect(() => a.setInheritable(1 as unknown as boolean)).toThrow(TypeError);
    a.close();
    b.close();
  });

  it('using disposes', () => {
    let fd: number;
    {
      using s = fakeSocket();
      fd = s.fileno();
      expect(native.getInheritable(fd)).toBe(0);
    }
    expect(native.getInheritable(fd)).toBeLessThan(0);
  });
});

describe('options', () => {
  it('getsockopt int form; SO_REUSEADDR defaults to 0 and can be set', () => {
    const s = fakeSocket();
    expect(s.getsockopt(SOL_SOCKET, SO_TYPE)).toBe(SOCK_STREAM);
    expect(s.getsockopt(SOL_SOCKET, SO_REUSEADDR)).toBe(0);
    s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
    expect(s.getsockopt(SOL_SOCKET, SO_REUSEADDR)).not.toBe(0);
    s.setsockopt(SOL_SOCKET, SO_REUSEADDR, false);
    expect(s.getsockopt(SOL_SOCKET, SO_REUSEADDR)).toBe(0);
    s.close();
  });

  it('buffer forms: getsockopt(buflen) returns bytes, setsockopt takes any view', () => {
    const s = fakeSocket();
    const before = s.getsockopt(SOL_SOCKET, SO_RCVBUF) as number;
    const want = before === 65536 ? 32768 : 65536;
    s.setsockopt(SOL_SOCKET, SO_RCVBUF, new Int32Array([want]));
    const raw = s.getsockopt(SOL_SOCKET, SO_RCVBUF, 4) as Buffer;
    expect(raw).toBeInstanceOf(Buffer);
    expect(raw.length).toBe(4);
    expect(raw.readInt32LE(0)).toBe(s.getsockopt(SOL_SOCKET, SO_RCVBUF));
    expect(raw.readInt32LE(0)).not.toBe(before);
    s.close();
  });

  it('buflen out of 0..1024 is an OSError without errno', () => {
    const s = fakeSocket();
    for (const bad of [-1, 1025]) {
      let err: unknown;
      try {
        s.getsockopt(SOL_SOCKET, SO_TYPE, bad);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(OSError);
      expect((err as OSError).errno).toBeNull();
      expect((err as OSError).message).toBe('getsockopt buflen out of range');
    }
    s.close();
  });

  it('setsockopt(level, opt, null, optlen) passes a NULL optval (the kernel answers)', () => {
    const s = fakeSocket();
    expect(() => s.setsockopt(SOL_SOCKET, SO_REUSEADDR, null, 4)).toThrow(expect.objectContaining({ code: 'EFAULT' }));
    expect(() => s.setsockopt(SOL_SOCKET, SO_REUSEADDR, null as never)).toThrow(TypeError);
    expect(() => s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 'x' as never)).toThrow(TypeError);
    expect(() => s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 2 ** 40)).toThrow(RangeError);
    s.close();
  });
});

describe('addresses through the family codec', () => {
  it('bind, listen, getsockname and a readable repr', () => {
    const s = fakeSocket();
    expect(s.getsockname()).toEqual(Buffer.alloc(0));
    const p = sockPath('named');
    s.bind(p);
    expect(s.getsockname()).toEqual(Buffer.concat([p, Buffer.from([0])]));
    s.listen();
    s.listen(0);
    s.listen(-5);
    expect(() => s.listen(2 ** 31)).toThrow(RangeError);
    expect(String(s)).toMatch(/^<Socket fd=\d+, family=AF_FAKE, type=SOCK_STREAM, proto=0, laddr=<Buffer/);
    expect(() => s.getpeername()).toThrow(expect.objectContaining({ code: 'ENOTCONN' }));
    s.close();
  });

  it('the bind error is the OSError subclass the kernel gave', () => {
    const a = fakeSocket();
    const b = fakeSocket();
    const p = sockPath('taken');
    a.bind(p);
    expect(() => b.bind(p)).toThrow(expect.objectContaining({ code: 'EADDRINUSE', syscall: 'bind' }));
    expect(() => b.bind('not a buffer')).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
    a.close();
    b.close();
  });
});
