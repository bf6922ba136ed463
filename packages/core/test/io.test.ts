import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { describe, expect, it } from 'vitest';
import {
  BlockingIOError,
  MSG_CTRUNC,
  MSG_PEEK,
  MSG_TRUNC,
  SCM_RIGHTS,
  SOCK_DGRAM,
  SOCK_SEQPACKET,
  SOCK_STREAM,
  SOL_SOCKET,
  CMSG_SPACE,
  TimeoutError,
  packFds,
  fdsOf,
  type Socket,
} from '@sock/core';
import { native } from '../src/native.js';
import { fakeSocket, fakeSocketpair } from '@sock/core/testing';
import { sleep, socketDir, timed } from './helpers.js';

const sockPath = socketDir();
const msg = Buffer.from('Michael Gilfix was here\u1234\r\n');

function pair(type = SOCK_STREAM): [Socket, Socket] & Disposable {
  const p = fakeSocketpair(type) as [Socket, Socket] & Disposable;
  p[Symbol.dispose] = () => p.forEach((s) => s.close());
  return p;
}

describe.each([
  ['blocking', null],
  ['timeout', 5],
])('data path in %s mode', (_name, timeout) => {
  it('send/recv both forms, recv returns at most n bytes', async () => {
    using p = pair();
    const [a, b] = p;
    a.settimeout(timeout);
    b.settimeout(timeout);
    expect(a.sendSync(msg)).toBe(msg.length);
    expect(b.recvSync(1024)).toEqual(msg);
    expect(await a.send(msg)).toBe(msg.length);
    expect(await b.recv(5)).toEqual(msg.subarray(0, 5));
    expect(await b.recv(1024)).toEqual(msg.subarray(5));
    a.shutdown(1);
    expect(b.recvSync(10)).toEqual(Buffer.alloc(0));
    expect(await b.recv(10)).toEqual(Buffer.alloc(0));
  });

  it('async recv waits for data sent later', async () => {
    using p = pair();
    const [a, b] = p;
    b.settimeout(timeout);
    const pending = b.recv(100);
    await sleep(30);
    a.sendSync(Buffer.from('late'));
    expect((await pending).toString()).toBe('late');
  });

  it('recvInto / recvfromInto honour nbytes and the buffer', async () => {
    using p = pair();
    const [a, b] = p;
    b.settimeout(timeout);
    a.sendallSync(Buffer.from('0123456789'));
    const buf = new Uint8Array(8);
    expect(b.recvIntoSync(buf, 3)).toBe(3);
    expect(Buffer.from(buf.subarray(0, 3)).toString()).toBe('012');
    expect(await b.recvInto(buf)).toBe(7);
    expect(Buffer.from(buf.subarray(0, 7)).toString()).toBe('3456789');
    a.sendallSync(Buffer.from('ab'));
    const [n, addr] = await b.recvfromInto(new DataView(buf.buffer), 0);
    expect([n, addr]).toEqual([2, null]);
    expect(() => b.recvIntoSync(buf, 9)).toThrow(/buffer too small for requested bytes/);
    expect(() => b.recvfromIntoSync(buf, 9)).toThrow(/nbytes is greater than the length of the buffer/);
    expect(() => b.recvIntoSync(buf, -1)).toThrow(RangeError);
    a.sendallSync(Buffer.from('z'));
    expect(b.recvfromIntoSync(new Uint8Array(0), 0)).toEqual([0, null]);
  });

  it('recvfrom on a socketpair gives address null', async () => {
    using p = pair(SOCK_DGRAM);
    const [a, b] = p;
    b.settimeout(timeout);
    a.sendSync(msg);
    expect(b.recvfromSync(100)).toEqual([msg, null]);
    await a.send(msg);
    expect(await b.recvfrom(100)).toEqual([msg, null]);
  });
});

describe('non-blocking mode', () => {
  it('raises BlockingIOError at once, in both forms', async () => {
    using p = pair();
    const [, b] = p;
    b.settimeout(0);
    const sync = await timed(() => b.recvSync(10));
    expect(sync.error).toBeInstanceOf(BlockingIOError);
    expect(sync.error).not.toBeInstanceOf(TimeoutError);
    const asyncR = await timed(() => b.recv(10));
    expect(asyncR.error).toBeInstanceOf(BlockingIOError);
    expect(asyncR.ms).toBeLessThan(100);
    expect((asyncR.error as BlockingIOError).code).toBe('EAGAIN');
  });

  it('send fills the buffer and then raises BlockingIOError', () => {
    using p = pair();
    const [a] = p;
    a.setblocking(false);
    const chunk = Buffer.alloc(65536);
    let err: unknown;
    for (let i = 0; i < 10_000 && !err; i++) {
      try {
        a.sendSync(chunk);
      } catch (e) {
        err = e;
      }
    }
    expect(err).toBeInstanceOf(BlockingIOError);
  });
});

describe('timeout mode', () => {
  it("raises TimeoutError('timed out') after about the timeout, sync and async", async () => {
    using p = pair();
    const [, b] = p;
    b.settimeout(0.2);
    for (const run of [() => b.recvSync(1), () => b.recv(1)]) {
      const r = await timed(run);
      expect(r.error).toBeInstanceOf(TimeoutError);
      expect((r.error as TimeoutError).message).toBe('timed out');
      expect((r.error as TimeoutError).errno).toBeNull();
      expect(r.ms).toBeGreaterThanOrEqual(190);
      expect(r.ms).toBeLessThan(1500);
    }
  });

  it('sendall keeps one deadline for the whole call', async () => {
    using p = pair();
    const [a] = p;
    a.settimeout(0.3);
    const big = Buffer.alloc(16 * 1024 * 1024);
    for (const run of [() => a.sendallSync(big), () => a.sendall(big)]) {
      const r = await timed(run);
      expect(r.error).toBeInstanceOf(TimeoutError);
      expect(r.ms).toBeGreaterThanOrEqual(280);
      expect(r.ms).toBeLessThan(2000);
    }
  });

  it('an AbortSignal aborts a wait with its reason', async () => {
    using p = pair();
    const [, b] = p;
    const ac = new AbortController();
    const pending = b.recv(10, 0, { signal: ac.signal });
    setTimeout(() => ac.abort(new Error('enough')), 20);
    await expect(pending).rejects.toThrow('enough');
    await expect(b.recv(10, 0, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('sendall', () => {
  it('delivers 10 MiB byte for byte to a slow async reader', async () => {
    using p = pair();
    const [a, b] = p;
    const data = Buffer.alloc(10 * 1024 * 1024);
    for (let i = 0; i < data.length; i += 4) data.writeUInt32LE(i, i);
    const reading = (async () => {
      const parts: Buffer[] = [];
      let got = 0;
      while (got < data.length) {
        const chunk = await b.recv(256 * 1024);
        if (chunk.length === 0) break;
        parts.push(chunk);
        got += chunk.length;
        if (parts.length % 8 === 0) await sleep(1);
      }
      return Buffer.concat(parts);
    })();
    await a.sendall(data);
    const received = await reading;
    expect(received.length).toBe(data.length);
    expect(received.equals(data)).toBe(true);
  });
});

describe('datagrams and seqpackets', () => {
  it.each([
    ['SOCK_DGRAM', SOCK_DGRAM],
    ['SOCK_SEQPACKET', SOCK_SEQPACKET],
  ])('%s keeps message boundaries; MSG_TRUNC and MSG_PEEK work', async (_n, type) => {
    using p = pair(type);
    const [a, b] = p;
    a.sendSync(Buffer.from('one'));
    await a.send(Buffer.from('two!'));
    expect(b.recvSync(100, MSG_PEEK).toString()).toBe('one');
    expect(b.recvSync(100).toString()).toBe('one');
    a.sendSync(Buffer.from('longer message'));
    expect((await b.recv(100)).toString()).toBe('two!');
    const [data, , flags] = await b.recvmsg(4);
    expect(data.toString()).toBe('long');
    expect(flags & MSG_TRUNC).toBe(MSG_TRUNC);
  });
});

describe('sendmsg / recvmsg', () => {
  it('gathers and scatters', async () => {
    using p = pair();
    const [a, b] = p;
    expect(a.sendmsgSync([Buffer.from('ab'), new Uint8Array([99]), Buffer.from('def')])).toBe(6);
    const x = Buffer.alloc(2);
    const y = Buffer.alloc(10);
    const [n, anc, flags, addr] = await b.recvmsgInto([x, y]);
    expect([n, anc, flags, addr]).toEqual([6, [], 0, null]);
    expect(Buffer.concat([x, y.subarray(0, 4)]).toString()).toBe('abcdef');
    function* gen() {
      yield Buffer.from('gen');
    }
    expect(await a.sendmsg(gen())).toBe(3);
    expect(b.recvSync(3).toString()).toBe('gen');
  });

  it('passes fds with SCM_RIGHTS; they are usable and non-inheritable', async () => {
    using p = pair();
    const [a, b] = p;
    const file = `${sockPath('data.txt').toString()}`;
    writeFileSync(file, 'through a passed fd');
    const fd = openSync(file, 'r');
    try {
      await a.sendmsg([Buffer.from('x')], [[SOL_SOCKET, SCM_RIGHTS, packFds([fd])]]);
    } finally {
      closeSync(fd);
    }
    const [data, anc, flags] = await b.recvmsg(10, CMSG_SPACE(4));
    expect(data.toString()).toBe('x');
    expect(flags & MSG_CTRUNC).toBe(0);
    const [got] = fdsOf(anc, SOL_SOCKET, SCM_RIGHTS);
    expect(got).toBeGreaterThan(2);
    expect(native.getInheritable(got!)).toBe(0);
    const buf = Buffer.alloc(64);
    const n = readSync(got!, buf, 0, 64, 0);
    expect(buf.subarray(0, n).toString()).toBe('through a passed fd');
    closeSync(got!);
  });

  it('reports MSG_CTRUNC when the ancillary buffer is too small, and leaks no fd', () => {
    using p = pair();
    const [a, b] = p;
    const fd = openSync('/dev/null', 'r');
    a.sendmsgSync([Buffer.from('y')], [[SOL_SOCKET, SCM_RIGHTS, packFds([fd, fd])]]);
    closeSync(fd);
    const [data, anc, flags] = b.recvmsgSync(10);
    expect(data.toString()).toBe('y');
    expect(anc).toEqual([]);
    expect(flags & MSG_CTRUNC).toBe(MSG_CTRUNC);
  });

  it('validates its arguments', () => {
    using p = pair();
    const [a, b] = p;
    expect(() => a.sendmsgSync('abc' as never)).toThrow(TypeError);
    expect(() => a.sendmsgSync([Buffer.from('a')], [[1, 2]] as never)).toThrow(TypeError);
    expect(() => a.sendmsgSync(Buffer.from('a') as never)).toThrow(TypeError);
    expect(() => b.recvmsgSync(-1)).toThrow(RangeError);
    expect(() => b.recvmsgSync(1, -1)).toThrow(/invalid ancillary data buffer length/);
    expect(() => b.recvmsgIntoSync(5 as never)).toThrow(TypeError);
  });
});

describe('connect and accept', () => {
  it('over a listening socket, in both forms; connectEx returns errnos', async () => {
    const server = fakeSocket();
    const path = sockPath('srv');
    server.bind(path);
    server.listen();
    const c1 = fakeSocket();
    c1.connectSync(path);
    const [s1, addr1] = server.acceptSync();
    expect(addr1).toEqual(Buffer.alloc(0));
    const c2 = fakeSocket();
    const accepting = server.accept();
    await c2.connect(path);
    const [s2] = await accepting;
    s2.sendallSync(Buffer.from('hello'));
    expect((await c2.recv(5)).toString()).toBe('hello');
    expect(s1.getInheritable()).toBe(false);
    const c3 = fakeSocket();
    expect(c3.connectExSync(sockPath('nobody-here'))).toBe(osConstants.errno.ENOENT);
    const c4 = fakeSocket();
    expect(await c4.connectEx(path)).toBe(0);
    const [s4] = server.acceptSync();
    for (const s of [server, c1, c2, c3, c4, s1, s2, s4]) s.close();
  });

  it('accepted sockets take the default timeout (Python bpo-7995 rules)', async () => {
    const { setdefaulttimeout } = await import('@sock/core');
    const server = fakeSocket();
    const path = sockPath('srv2');
    server.bind(path);
    server.listen();
    server.settimeout(5);
    const c = fakeSocket();
    c.connectSync(path);
    const [conn] = server.acceptSync();
    expect(conn.gettimeout()).toBeNull();
    setdefaulttimeout(20);
    const c2 = fakeSocket();
    c2.connectSync(path);
    const [conn2] = await server.accept();
    setdefaulttimeout(null);
    expect(conn2.gettimeout()).toBe(20);
    for (const s of [server, c, conn, c2, conn2]) s.close();
  });

  it('accept times out', async () => {
    const server = fakeSocket();
    server.bind(sockPath('srv3'));
    server.listen();
    server.settimeout(0.1);
    expect((await timed(() => server.acceptSync())).error).toBeInstanceOf(TimeoutError);
    expect((await timed(() => server.accept())).error).toBeInstanceOf(TimeoutError);
    server.settimeout(0);
    expect((await timed(() => server.accept())).error).toBeInstanceOf(BlockingIOError);
    server.close();
  });
});

describe('close during a pending operation', () => {
  it('rejects pending recvs with EBADF, and later ones too', async () => {
    const [a, b] = fakeSocketpair();
    const pending = [b.recv(10), b.recv(10), b.recvfrom(10)];
    await sleep(5);
    b.close();
    for (const p of pending) await expect(p).rejects.toMatchObject({ code: 'EBADF' });
    await expect(b.recv(1)).rejects.toMatchObject({ code: 'EBADF' });
    a.close();
  });

  it('detach rejects pending operations too', async () => {
    const [a, b] = fakeSocketpair();
    const pending = b.recv(10);
    const fd = b.detach();
    await expect(pending).rejects.toMatchObject({ code: 'EBADF' });
    native.close(fd);
    a.close();
  });
});
