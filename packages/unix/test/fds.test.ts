/** sendFds / recvFds (Python's send_fds / recv_fds) and the SCM_RIGHTS helpers. */
import { closeSync, fstatSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MSG_CTRUNC, MSG_PEEK, SCM_RIGHTS, SOCK_DGRAM, SOCK_SEQPACKET, SOL_SOCKET, Socket, fromfd } from '@sock/core';
import { AF_UNIX, parseAncillary, recvFds, recvFdsSync, rightsItem, rightsOf, sendFds, sendFdsSync, socketpair, takeFds } from '@sock/unix';
import { abstractName, fdCount, scoped, socketDir, unix } from './helpers.js';

const pathFor = socketDir();
const files: string[] = [];
let suiteStart = 0;

beforeAll(() => {
  suiteStart = fdCount();
  for (let i = 0; i < 10; i++) {
    const p = pathFor(`file${i}.txt`);
    writeFileSync(p, `contents of file ${i}\n`);
    files.push(p);
  }
});

afterAll(() => {
  expect(fdCount()).toBe(suiteStart);
});

function openAll(count: number): number[] {
  return files.slice(0, count).map((p) => openSync(p, 'r'));
}

function readFd(fd: number): string {
  const buf = Buffer.alloc(100);
  const n = readSync(fd, buf, 0, 100, 0);
  return buf.toString('utf8', 0, n);
}

/** FD_CLOEXEC of an fd, from /proc/self/fdinfo (O_CLOEXEC, 02000000 octal, in its flags). */
function closeOnExec(fd: number): boolean {
  const flags = /^flags:\s+([0-7]+)$/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'))?.[1];
  if (flags === undefined) throw new Error(`no flags in /proc/self/fdinfo/${fd}`);
  return (parseInt(flags, 8) & 0o2000000) !== 0;
}

function closeAll(fds: number[]): void {
  for (const fd of fds) closeSync(fd);
}

describe.skipIf(unix.skip)(`sendFds / recvFds${unix.title}`, () => {
  it.each([1, 10])('passes %i fds (Sync forms); each is usable and reads its file', (count) => {
    const [a, b] = socketpair();
    using _ = scoped(a, b);
    const mine = openAll(count);
    expect(sendFdsSync(a, [Buffer.from('fds!')], mine)).toBe(4);
    closeAll(mine);
    const [data, fds, flags, addr] = recvFdsSync(b, 100, count * 2);
    try {
      expect([data.toString(), fds.length, flags & MSG_CTRUNC, addr]).toEqual(['fds!', count, 0, null]);
      fds.forEach((fd, i) => expect(readFd(fd)).toBe(`contents of file ${i}\n`));
    } finally {
      closeAll(fds);
    }
  });

  it.each([1, 10])('passes %i fds (async forms) over a datagram socket bound to a path', async (count) => {
    const p = pathFor(`dgram${count}`);
    using s = scoped(new Socket(AF_UNIX, SOCK_DGRAM), new Socket(AF_UNIX, SOCK_DGRAM));
    const [server, client] = s;
    server.bind(p);
    const mine = openAll(count);
    const name = abstractName('fds');
    client.bind(name);
    const pending = recvFds(server, 100, count);
    expect(await sendFds(client, [Buffer.from('a'), Buffer.from('b')], mine, 0, p)).toBe(2);
    closeAll(mine);
    const [data, fds, flags, addr] = await pending;
    try {
      expect([data.toString(), fds.length, flags & MSG_CTRUNC, addr]).toEqual(['ab', count, 0, name]);
      expect(readFd(fds[count - 1]!)).toBe(`contents of file ${count - 1}\n`);
    } finally {
      closeAll(fds);
    }
  });

  it('received fds are non-inheritable (MSG_CMSG_CLOEXEC) and refer to the same file', () => {
    const [a, b] = socketpair(AF_UNIX, SOCK_SEQPACKET);
    using _ = scoped(a, b);
    const [fd] = openAll(1);
    sendFdsSync(a, [Buffer.from('x')], [fd!]);
    const [, [got]] = recvFdsSync(b, 10, 1);
    try {
      expect(fstatSync(got!).ino).toBe(fstatSync(fd!).ino);
      using wrapped = scoped(fromfd(b.fileno(), AF_UNIX, SOCK_SEQPACKET));
      expect(wrapped[0].getInheritable()).toBe(false);
      expect(closeOnExec(got!)).toBe(true);
    } finally {
      closeAll([fd!, got!]);
    }
  });

  it('too small a maxfds: MSG_CTRUNC, and the fds that did not fit never stay open here', () => {
    const [a, b] = socketpair();
    using _ = scoped(a, b);
    const base = fdCount();
    const mine = openAll(10);
    expect(fdCount()).toBe(base + 10);
    sendFdsSync(a, [Buffer.from('ten')], mine);
    closeAll(mine);
    expect(fdCount()).toBe(base);
    const [data, fds, flags] = recvFdsSync(b, 100, 2);
    expect([data.toString(), fds.length, flags & MSG_CTRUNC]).toEqual(['ten', 2, MSG_CTRUNC]);
    expect(fdCount()).toBe(base + 2);
    closeAll(fds);
    expect(fdCount()).toBe(base);
  });

  it('maxfds 0 receives the data, no fd, and reports MSG_CTRUNC', async () => {
    const [a, b] = socketpair();
    using _ = scoped(a, b);
    const base = fdCount();
    const mine = openAll(3);
    await sendFds(a, [Buffer.from('zero')], mine);
    closeAll(mine);
    const [data, fds, flags] = await recvFds(b, 100, 0);
    expect([data.toString(), fds, flags & MSG_CTRUNC]).toEqual(['zero', [], MSG_CTRUNC]);
    expect(fdCount()).toBe(base);
  });

  it('passes flags through to recvmsg (MSG_PEEK leaves the message queued)', () => {
    const [a, b] = socketpair(AF_UNIX, SOCK_DGRAM);
    using _ = scoped(a, b);
    sendFdsSync(a, [Buffer.from('peek')], []);
    const [peeked] = recvFdsSync(b, 100, 1, MSG_PEEK);
    const [again] = recvFdsSync(b, 100, 1);
    expect([peeked.toString(), again.toString()]).toEqual(['peek', 'peek']);
  });

  it('validates arguments: fds must be an iterable of int32, maxfds a non-negative integer', () => {
    const [a, b] = socketpair();
    using _ = scoped(a, b);
    expect(() => sendFdsSync(a, [Buffer.from('x')], 5 as never)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
    expect(() => sendFdsSync(a, [Buffer.from('x')], [2 ** 40])).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
    expect(() => recvFdsSync(b, 10, -1)).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
    expect(() => recvFdsSync(b, 10, 1.5)).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
  });
});

describe('takeFds (the part of recvFds after the syscall)', () => {
  it('keeps the first maxfds fds and closes the rest', () => {
    const base = fdCount();
    const fds = openAll(5);
    const [, kept] = takeFds([Buffer.alloc(0), [[SOL_SOCKET, SCM_RIGHTS, Buffer.from(new Int32Array(fds).buffer)]], 0, null], 2);
    expect(kept).toEqual(fds.slice(0, 2));
    expect(fdCount()).toBe(base + 2);
    closeAll(kept);
    expect(fdCount()).toBe(base);
  });

  it('closes every received fd when reading the items fails', () => {
    const base = fdCount();
    const fds = openAll(3);
    function* items(): Generator<[number, number, Buffer]> {
      yield [SOL_SOCKET, SCM_RIGHTS, Buffer.from(new Int32Array(fds).buffer)];
      throw new Error('boom');
    }
    const poisoned = items();
    expect(() => takeFds([Buffer.alloc(0), poisoned as never, 0, null], 1)).toThrow('boom');
    expect(fdCount()).toBe(base);
  });
});

describe('SCM_RIGHTS helpers', () => {
  it('rightsItem builds the item sendmsg takes; rightsOf and parseAncillary read it back', () => {
    const item = rightsItem([3, 4, 5]);
    expect(item[0]).toBe(SOL_SOCKET);
    expect(item[1]).toBe(SCM_RIGHTS);
    const received = [[item[0], item[1], Buffer.from(item[2].buffer, item[2].byteOffset, item[2].byteLength)]] as [number, number, Buffer][];
    expect(rightsOf(received)).toEqual([3, 4, 5]);
    expect(parseAncillary(received)).toEqual({ fds: [3, 4, 5], credentials: [], pidfds: [], other: [] });
  });

  it('rightsOf drops a trailing partial int, as recv_fds does', () => {
    expect(rightsOf([[SOL_SOCKET, SCM_RIGHTS, Buffer.from([7, 0, 0, 0, 9, 9])]])).toEqual([7]);
  });
});

it.skipIf(unix.skip)(`a received fd works with node:fs${unix.title}`, () => {
  const [a, b] = socketpair();
  using _ = scoped(a, b);
  const target = pathFor('fs-target.txt');
  writeFileSync(target, '');
  const w = openSync(target, 'w');
  sendFdsSync(a, [Buffer.from('w')], [w]);
  closeSync(w);
  const [, [fd]] = recvFdsSync(b, 10, 1);
  writeFileSync(fd!, 'written through a passed fd');
  closeSync(fd!);
  expect(readFileSync(target, 'utf8')).toBe('written through a passed fd');
});
