/** Names and errors on real AF_UNIX sockets (CPython §2.1 and §7 item 31). */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ConnectionRefusedError,
  errno,
  FileNotFoundError,
  MSG_TRUNC,
  OSError,
  Socket,
  SOCK_DGRAM,
  SOCK_SEQPACKET,
  SOCK_STREAM,
} from '@sock/core';
import { thrown } from '@sock/core/testing';
import { AF_UNIX, isAbstract, socketpair, UNIX_PATH_MAX } from '@sock/unix';
import { abstractName, scoped, socketDir, unix } from './helpers.js';

const pathFor = socketDir();


describe.skipIf(unix.skip)(`AF_UNIX names${unix.title}`, () => {
  it("an unbound socket's name is ''", () => {
    using s = scoped(new Socket(AF_UNIX, SOCK_STREAM));
    expect(s[0].getsockname()).toBe('');
  });

  it("bind('') autobinds to '\\0' + 5 hex digits, returned as a Buffer", () => {
    using s = scoped(new Socket(AF_UNIX, SOCK_DGRAM));
    s[0].bind('');
    const name = s[0].getsockname() as Buffer;
    expect(Buffer.isBuffer(name)).toBe(true);
    expect(name.toString('latin1')).toMatch(/^\0[0-9a-f]{5}$/);
  });

  it('returns a filesystem path as the string bound and creates the file', () => {
    const p = pathFor('named-é');
    using s = scoped(new Socket(AF_UNIX, SOCK_STREAM));
    s[0].bind(p);
    expect(s[0].getsockname()).toBe(p);
    expect(existsSync(p)).toBe(true);
  });

  it('returns abstract names as Buffers, also when bound from a string', () => {
    using s = scoped(new Socket(AF_UNIX, SOCK_STREAM), new Socket(AF_UNIX, SOCK_STREAM));
    const name = abstractName('str');
    s[0].bind(name.toString('latin1'));
    expect(s[0].getsockname()).toEqual(name);
    const longest = Buffer.concat([abstractName('max'), Buffer.alloc(UNIX_PATH_MAX, 0x68)]).subarray(0, UNIX_PATH_MAX);
    s[1].bind(longest);
    expect(s[1].getsockname()).toEqual(longest);
    expect(isAbstract(s[1].getsockname())).toBe(true);
  });

  it('round-trips a non-UTF-8 path: getsockname returns its bytes as a Buffer', () => {
    const p = Buffer.concat([Buffer.from(pathFor('raw-')), Buffer.from([0xff, 0xfe])]);
    using s = scoped(new Socket(AF_UNIX, SOCK_DGRAM), new Socket(AF_UNIX, SOCK_DGRAM));
    s[0].bind(p);
    expect(s[0].getsockname()).toEqual(p);
    s[1].sendtoSync(Buffer.from('x'), s[0].getsockname());
    expect(s[0].recvSync(10).toString()).toBe('x');
  });

  it('refuses a path of 108 bytes before any syscall, with errno null', () => {
    using s = scoped(new Socket(AF_UNIX, SOCK_STREAM));
    const err = thrown(() => s[0].bind('/tmp/' + 'x'.repeat(UNIX_PATH_MAX - 5))) as OSError;
    expect(err).toBeInstanceOf(OSError);
    expect([err.message, err.errno]).toEqual(['AF_UNIX path too long', null]);
    expect(() => s[0].connectSync('\0' + 'y'.repeat(UNIX_PATH_MAX))).toThrow('AF_UNIX path too long');
  });

  it('a datagram from an unbound sender has address null; from a bound one, its name', () => {
    const p = pathFor('dg');
    using s = scoped(new Socket(AF_UNIX, SOCK_DGRAM), new Socket(AF_UNIX, SOCK_DGRAM), new Socket(AF_UNIX, SOCK_DGRAM));
    const [server, anon, named] = s;
    server.bind(p);
    anon.sendtoSync(Buffer.from('a'), p);
    expect(server.recvfromSync(10)).toEqual([Buffer.from('a'), null]);
    const name = abstractName('sender');
    named.bind(name);
    named.sendtoSync(Buffer.from('b'), p);
    expect(server.recvfromSync(10)).toEqual([Buffer.from('b'), name]);
    anon.sendtoSync(Buffer.from('c'), p);
    const [data, , , addr] = server.recvmsgSync(10);
    expect([data.toString(), addr]).toEqual(['c', null]);
  });
});

describe.skipIf(unix.skip)(`AF_UNIX errors, as CPython raises them${unix.title}`, () => {
  it('bind to a path that exists: OSError EADDRINUSE (PEP 3151 has no subclass for it)', () => {
    const p = pathFor('taken');
    using s = scoped(new Socket(AF_UNIX, SOCK_STREAM), new Socket(AF_UNIX, SOCK_STREAM));
    s[0].bind(p);
    const err = thrown(() => s[1].bind(p)) as OSError;
    expect(err.constructor).toBe(OSError);
    expect([err.errno, err.code, err.syscall]).toEqual([errno.EADDRINUSE, 'EADDRINUSE', 'bind']);
  });

  it('bind to an abstract name in use: OSError EADDRINUSE', () => {
    const name = abstractName('taken');
    using s = scoped(new Socket(AF_UNIX, SOCK_DGRAM), new Socket(AF_UNIX, SOCK_DGRAM));
    s[0].bind(name);
    expect((thrown(() => s[1].bind(name)) as OSError).errno).toBe(errno.EADDRINUSE);
  });

  it('bind in a directory that does not exist: FileNotFoundError', () => {
    using s = scoped(new Socket(AF_UNIX, SOCK_STREAM));
    expect(thrown(() => s[0].bind(pathFor('no-such-dir/x')))).toBeInstanceOf(FileNotFoundError);
  });

  it('connect to a missing path: FileNotFoundError; to a socket file nobody listens on: ConnectionRefusedError', async () => {
    const stale = pathFor('stale');
    using s = scoped(new Socket(AF_UNIX, SOCK_STREAM), new Socket(AF_UNIX, SOCK_STREAM));
    s[0].bind(stale);
    expect(thrown(() => s[1].connectSync(pathFor('missing')))).toBeInstanceOf(FileNotFoundError);
    await expect(s[1].connect(stale)).rejects.toBeInstanceOf(ConnectionRefusedError);
  });

  it('a datagram socket connecting to a stream socket: OSError EPROTOTYPE', () => {
    const p = pathFor('proto');
    using s = scoped(new Socket(AF_UNIX, SOCK_STREAM), new Socket(AF_UNIX, SOCK_DGRAM));
    s[0].bind(p);
    s[0].listen();
    const err = thrown(() => s[1].connectSync(p)) as OSError;
    expect([err.constructor, err.errno]).toEqual([OSError, errno.EPROTOTYPE]);
  });
});

describe.skipIf(unix.skip)(`message boundaries${unix.title}`, () => {
  it.each([
    ['SOCK_DGRAM', SOCK_DGRAM],
    ['SOCK_SEQPACKET', SOCK_SEQPACKET],
  ])('%s keeps each message whole and apart; a short read drops the rest (MSG_TRUNC)', async (_n, type) => {
    const [a, b] = socketpair(AF_UNIX, type);
    using _ = scoped(a, b);
    const msgs = ['one', 'second message', 'x', 'the fourth and longest message'].map((m) => Buffer.from(m));
    for (const m of msgs) a.sendSync(m);
    expect(b.recvSync(1000)).toEqual(msgs[0]);
    expect(await b.recv(1000)).toEqual(msgs[1]);
    expect(b.recvSync(1000)).toEqual(msgs[2]);
    const [data, , flags, addr] = b.recvmsgSync(10);
    expect(data).toEqual(msgs[3]!.subarray(0, 10));
    expect(flags & MSG_TRUNC).toBe(MSG_TRUNC);
    expect(addr).toBeNull();
    a.sendSync(Buffer.from('next'));
    expect(b.recvSync(1000).toString()).toBe('next');
  });

  it('SOCK_STREAM does not keep boundaries (the contrast)', () => {
    const [a, b] = socketpair();
    using _ = scoped(a, b);
    a.sendSync(Buffer.from('ab'));
    a.sendSync(Buffer.from('cd'));
    expect(b.recvSync(100).toString()).toBe('abcd');
  });

  it('zero-length datagrams are messages too', () => {
    const [a, b] = socketpair(AF_UNIX, SOCK_DGRAM);
    using _ = scoped(a, b);
    a.sendSync(Buffer.alloc(0));
    a.sendSync(Buffer.from('z'));
    expect(b.recvSync(10).length).toBe(0);
    expect(b.recvSync(10).toString()).toBe('z');
  });
});
