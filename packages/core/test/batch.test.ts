import { describe, expect, it } from 'vitest';
import {
  BlockingIOError, errno, MSG_TRUNC, OSError, RECVMMSG_MAX, registerFamily, SOCK_DGRAM, Socket, TimeoutError, type FamilyPlugin,
} from '@sock/core';
import { fakeSocketpair, rejected, thrown } from '@sock/core/testing';
import { native } from '../src/native.js';

const AF_INET = native.families.AF_INET!;

/** Just enough of AF_INET for 127.0.0.1 datagrams: [host, port] <-> sockaddr_in. */
const loopbackInet: FamilyPlugin<[string, number]> = {
  family: AF_INET,
  name: 'AF_INET',
  packageName: 'batch.test',
  constants: {},
  available: () => true,
  unavailableReason: () => null,
  encode(address) {
    const [host, port] = address as [string, number];
    const sa = Buffer.alloc(16);
    sa.writeUInt16LE(AF_INET, 0);
    sa.writeUInt16BE(port, 2);
    Buffer.from(host.split('.').map(Number)).copy(sa, 4);
    return sa;
  },
  decode(bytes) {
    const b = Buffer.from(bytes);
    return [[...b.subarray(4, 8)].join('.'), b.readUInt16BE(2)];
  },
};

/** Two views of the same memory (small Buffers share Node's pool, so the ArrayBuffer alone does not tell). */
const sameBytes = (x: Buffer, y: Buffer): boolean => x.buffer === y.buffer && x.byteOffset === y.byteOffset;

describe('recvmmsg: every queued datagram in one call', () => {
  it('returns each message as [data, ancdata, msgFlags, address], in order, up to count', () => {
    const [a, b] = fakeSocketpair(SOCK_DGRAM);
    using _a = a;
    using _b = b;
    for (let i = 0; i < 5; i++) a.sendSync(Buffer.from(`m${i}`));
    const first = b.recvmmsgSync(3, 100);
    expect(first.map(([d]) => d.toString())).toEqual(['m0', 'm1', 'm2']);
    expect(first[0]!.slice(1)).toEqual([[], 0, null]);
    expect(b.recvmmsgSync(16, 100).map(([d]) => d.toString())).toEqual(['m3', 'm4']);
  });

  it('keeps the timeout modes: BlockingIOError when non-blocking, TimeoutError after the timeout', () => {
    const [a, b] = fakeSocketpair(SOCK_DGRAM);
    using _a = a;
    using _b = b;
    b.settimeout(0);
    expect(thrown(() => b.recvmmsgSync(4, 10))).toBeInstanceOf(BlockingIOError);
    b.settimeout(0.05);
    expect(thrown(() => b.recvmmsgSync(4, 10))).toBeInstanceOf(TimeoutError);
  });

  it('async: waits on the event loop for the first datagram, then takes what is queued', async () => {
    const [a, b] = fakeSocketpair(SOCK_DGRAM);
    using _a = a;
    using _b = b;
    b.settimeout(5);
    const pending = b.recvmmsg(8, 64);
    setTimeout(() => {
      a.sendSync(Buffer.from('x'));
      a.sendSync(Buffer.from('y'));
    }, 20);
    const got = (await pending).map(([d]) => d.toString());
    expect(got[0]).toBe('x');
    if (got.length === 1) got.push(...(await b.recvmmsg(8, 64)).map(([d]) => d.toString()));
    expect(got).toEqual(['x', 'y']);
  });

  it('reports MSG_TRUNC for a datagram longer than size, with the first size bytes', () => {
    const [a, b] = fakeSocketpair(SOCK_DGRAM);
    using _a = a;
    using _b = b;
    a.sendSync(Buffer.from('0123456789'));
    const [[data, , flags]] = b.recvmmsgSync(2, 4) as [[Buffer, unknown, number, unknown]];
    expect(data.toString()).toBe('0123');
    expect(flags & MSG_TRUNC).toBe(MSG_TRUNC);
  });

  it('reuse: a call of the same shape refills the previous call\'s buffers; another shape, or a pending call, gets new ones', async () => {
    const [a, b] = fakeSocketpair(SOCK_DGRAM);
    using _a = a;
    using _b = b;
    a.sendSync(Buffer.from('one'));
    const [[first]] = b.recvmmsgSync(4, 16, { reuse: true }) as [[Buffer, unknown, number, unknown]];
    expect(first.toString()).toBe('one');
    const kept = Buffer.from(first);
    a.sendSync(Buffer.from('two'));
    const [[second]] = b.recvmmsgSync(4, 16, { reuse: true }) as [[Buffer, unknown, number, unknown]];
    expect(second.toString()).toBe('two');
    // The same bytes: the first result now shows the second message, as the option documents.
    expect(sameBytes(second, first)).toBe(true);
    expect(first.toString()).toBe('two');
    expect(kept.toString()).toBe('one');
    // Without reuse, or with another shape, the buffers are new and the earlier result stays.
    a.sendSync(Buffer.from('three'));
    const [[third]] = b.recvmmsgSync(4, 16) as [[Buffer, unknown, number, unknown]];
    expect(sameBytes(third, second)).toBe(false);
    a.sendSync(Buffer.from('four'));
    const [[fourth]] = b.recvmmsgSync(4, 32, { reuse: true }) as [[Buffer, unknown, number, unknown]];
    expect(sameBytes(fourth, second)).toBe(false);
    expect(second.toString()).toBe('two');
    // Two pending calls never share buffers (one message each, so both are answered).
    b.settimeout(5);
    const p1 = b.recvmmsg(1, 32, { reuse: true });
    const p2 = b.recvmmsg(1, 32, { reuse: true });
    a.sendSync(Buffer.from('five'));
    a.sendSync(Buffer.from('six'));
    const [r1, r2] = await Promise.all([p1, p2]);
    const all = [...r1, ...r2].map(([d]) => d.toString()).sort();
    expect(all).toEqual(['five', 'six']);
    expect(sameBytes(r1[0]![0], r2[0]![0])).toBe(false);
    expect(thrown(() => b.recvmmsgSync(1, 1, { reuse: 1 as never }))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
  });

  it('refuses bad arguments before the syscall, and a closed socket with EBADF', async () => {
    const [a, b] = fakeSocketpair(SOCK_DGRAM);
    using _a = a;
    for (const [count, size] of [[0, 1], [RECVMMSG_MAX + 1, 1], [1.5, 1], [1, -1]]) {
      expect(thrown(() => b.recvmmsgSync(count!, size!))).toBeInstanceOf(RangeError);
    }
    expect(thrown(() => b.recvmmsgSync(2, 2, 'x' as never))).toBeInstanceOf(TypeError);
    expect(thrown(() => native.recvmmsg(b.fileno(), Buffer.alloc(3), 2, 2, null, 0, Buffer.alloc(0), 0, 0, new Int32Array(8)))).toBeInstanceOf(RangeError);
    b.close();
    expect((thrown<OSError>(() => b.recvmmsgSync(1, 1))).errno).toBe(errno.EBADF);
    expect((await rejected<OSError>(b.recvmmsg(1, 1))).errno).toBe(errno.EBADF);
  });

  it('decodes each sender of a UDP batch through the family codec', async () => {
    registerFamily(loopbackInet);
    using rx = new Socket(AF_INET, SOCK_DGRAM);
    using tx1 = new Socket(AF_INET, SOCK_DGRAM);
    using tx2 = new Socket(AF_INET, SOCK_DGRAM);
    rx.bind(['127.0.0.1', 0]);
    tx1.bind(['127.0.0.1', 0]);
    tx2.bind(['127.0.0.1', 0]);
    const to = rx.getsockname();
    tx1.sendtoSync(Buffer.from('a'), to);
    tx1.sendtoSync(Buffer.from('b'), to);
    tx2.sendtoSync(Buffer.from('c'), to);
    rx.settimeout(5);
    const got: Array<[string, unknown]> = [];
    for (let i = 0; i < 3 && got.length < 3; i++) for (const [d, , , addr] of await rx.recvmmsg(8, 1500)) got.push([d.toString(), addr]);
    expect(got).toEqual([['a', tx1.getsockname()], ['b', tx1.getsockname()], ['c', tx2.getsockname()]]);
    expect(got[0]![1]).not.toBe(got[1]![1]);
  });

  it('without reuse, calls share only what they copy out: two pending calls and calls of other counts keep their own data and senders', async () => {
    registerFamily(loopbackInet);
    using rx = new Socket(AF_INET, SOCK_DGRAM);
    using tx1 = new Socket(AF_INET, SOCK_DGRAM);
    using tx2 = new Socket(AF_INET, SOCK_DGRAM);
    rx.bind(['127.0.0.1', 0]);
    tx1.bind(['127.0.0.1', 0]);
    tx2.bind(['127.0.0.1', 0]);
    const to = rx.getsockname();
    rx.settimeout(5);
    // Two calls waiting at once: each gets one datagram, with its own sender.
    const p1 = rx.recvmmsg(1, 16);
    const p2 = rx.recvmmsg(1, 16);
    tx1.sendtoSync(Buffer.from('one'), to);
    tx2.sendtoSync(Buffer.from('two'), to);
    const pending = [...(await p1), ...(await p2)].map(([d, , , a]) => [d.toString(), a]);
    expect(pending.sort()).toEqual([['one', tx1.getsockname()], ['two', tx2.getsockname()]]);
    // Then calls of a larger and a smaller count: earlier results never change.
    tx2.sendtoSync(Buffer.from('three'), to);
    tx1.sendtoSync(Buffer.from('four'), to);
    const big = rx.recvmmsgSync(8, 16);
    tx1.sendtoSync(Buffer.from('five'), to);
    const small = rx.recvmmsgSync(1, 16);
    expect(big.map(([d, , , a]) => [d.toString(), a])).toEqual([['three', tx2.getsockname()], ['four', tx1.getsockname()]]);
    expect(small.map(([d, , , a]) => [d.toString(), a])).toEqual([['five', tx1.getsockname()]]);
    expect(sameBytes(big[0]![0], small[0]![0])).toBe(false);
  });
});
