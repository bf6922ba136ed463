import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  BlockingIOError, errno, OSError, registerFamily, SENDMMSG_MAX, SOCK_DGRAM, Socket, TimeoutError, type FamilyPlugin,
} from '@sock/core';
import { fakeSocketpair, needs, pythonMissing, rejected, thrown } from '@sock/core/testing';
import { native } from '../src/native.js';
import { invalidArgType } from '../src/errors.js';

const AF_INET = native.families.AF_INET!;

/** Just enough of AF_INET for 127.0.0.1 datagrams: [host, port] <-> sockaddr_in. */
const loopbackInet: FamilyPlugin<[string, number]> = {
  family: AF_INET,
  name: 'AF_INET',
  packageName: 'batch-send.test',
  constants: {},
  available: () => true,
  unavailableReason: () => null,
  encode(address) {
    if (!Array.isArray(address) || typeof address[0] !== 'string' || typeof address[1] !== 'number') {
      throw invalidArgType('address', 'a [host, port] tuple', address);
    }
    const [host, port] = address;
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
registerFamily(loopbackInet);

type Pair = [Socket, Socket] & Disposable;

function dgramPair(): Pair {
  const p = fakeSocketpair(SOCK_DGRAM) as Pair;
  p[Symbol.dispose] = () => p.forEach((s) => s.close());
  return p;
}

/** A UDP socket bound to 127.0.0.1 on a free port. */
function udp(): Socket {
  const s = new Socket(AF_INET, SOCK_DGRAM);
  s.bind(['127.0.0.1', 0]);
  return s;
}

/** `n` 8-byte messages numbered from `from` (the index in the first 4 bytes). */
function numbered(n: number, from = 0): Buffer[] {
  return Array.from({ length: n }, (_, i) => {
    const b = Buffer.alloc(8);
    b.writeUInt32BE(from + i, 0);
    return b;
  });
}

/** Every datagram queued on `s` (a non-blocking read until none is left). */
function drain(s: Socket): Buffer[] {
  const before = s.gettimeout();
  s.settimeout(0);
  const out: Buffer[] = [];
  try {
    for (;;) out.push(...s.recvmmsgSync(SENDMMSG_MAX, 4096).map(([d]) => Buffer.from(d)));
  } catch (err) {
    if (!(err instanceof BlockingIOError)) throw err;
  } finally {
    s.settimeout(before);
  }
  return out;
}

/** Fills the peer's receive queue from `a` (non-blocking) until the kernel takes no more; returns how many it took. */
function fill(a: Socket): number {
  const before = a.gettimeout();
  a.settimeout(0);
  let sent = 0;
  try {
    for (let calls = 0; calls < 10_000; calls++) sent += a.sendmmsgSync(numbered(64, sent));
    throw new Error('the queue never filled');
  } catch (err) {
    if (!(err instanceof BlockingIOError)) throw err;
  } finally {
    a.settimeout(before);
  }
  return sent;
}

const py = pythonMissing();

describe('sendmmsg: many datagrams in one call', () => {
  it('sends every item of a Unix datagram pair in order, any bytes-like, and returns the count', async () => {
    using p = dgramPair();
    const [a, b] = p;
    const items = [Buffer.from('one'), new Uint16Array([0x4241]), new DataView(new Uint8Array([7, 8, 9]).buffer), Buffer.alloc(0), new Uint8Array([1])];
    expect(a.sendmmsgSync(items)).toBe(5);
    const got = b.recvmmsgSync(8, 64).map(([d]) => [...d]);
    expect(got).toEqual([[...Buffer.from('one')], [0x41, 0x42], [7, 8, 9], [], [1]]);
    expect(await a.sendmmsg([Buffer.from('x'), Buffer.from('yz')])).toBe(2);
    expect(b.recvmmsgSync(8, 64).map(([d]) => d.toString())).toEqual(['x', 'yz']);
  });

  it('an empty array sends nothing and returns 0, in both forms', async () => {
    using p = dgramPair();
    const [a, b] = p;
    expect(a.sendmmsgSync([])).toBe(0);
    expect(await a.sendmmsg([])).toBe(0);
    expect(drain(b)).toEqual([]);
  });

  it('UDP, connected: the peer receives each datagram from the sender\'s address', async () => {
    using rx = udp();
    using tx = udp();
    tx.connectSync(rx.getsockname());
    expect(tx.sendmmsgSync(numbered(3))).toBe(3);
    expect(await tx.sendmmsg(numbered(2, 3))).toBe(2);
    rx.settimeout(5);
    const got = rx.recvmmsgSync(16, 64);
    while (got.length < 5) got.push(...rx.recvmmsgSync(16, 64));
    expect(got.map(([d]) => d.readUInt32BE(0))).toEqual([0, 1, 2, 3, 4]);
    expect(got.every(([, , , addr]) => JSON.stringify(addr) === JSON.stringify(tx.getsockname()))).toBe(true);
  });

  it('UDP with addresses: each [data, address] item goes to its own receiver, in both forms', async () => {
    using tx = udp();
    using r1 = udp();
    using r2 = udp();
    const to1 = r1.getsockname() as [string, number];
    const to2 = r2.getsockname() as [string, number];
    const items = numbered(6).map((d, i) => [d, i % 2 === 0 ? to1 : [...to2]] as const);
    expect(tx.sendmmsgSync(items)).toBe(6);
    expect(await tx.sendmmsg([[Buffer.from('late'), to2]])).toBe(1);
    r1.settimeout(5);
    r2.settimeout(5);
    const at1: string[] = [];
    const at2: string[] = [];
    while (at1.length < 3) at1.push(...r1.recvmmsgSync(8, 64).map(([d]) => String(d.readUInt32BE(0))));
    while (at2.length < 4) at2.push(...r2.recvmmsgSync(8, 64).map(([d]) => (d.length === 8 ? String(d.readUInt32BE(0)) : d.toString())));
    expect(at1).toEqual(['0', '2', '4']);
    expect(at2).toEqual(['1', '3', '5', 'late']);
  });

  it.skipIf(py !== null)(`CPython receives what sendmmsgSync sent over UDP${py === null ? '' : ` (skipped: ${py})`}`, async () => {
    const script = [
      'import socket, sys, json',
      's = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)',
      's.bind(("127.0.0.1", 0)); s.settimeout(10)',
      'print(s.getsockname()[1], flush=True)',
      'got = [s.recvfrom(100) for _ in range(4)]',
      'print(json.dumps([[d.hex(), a[0]] for d, a in got]), flush=True)',
    ].join('\n');
    const child = spawn('python3', ['-c', script], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 15_000 });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const deadline = Date.now() + 10_000;
    while (!out.includes('\n') && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 10));
    const port = Number(out.split('\n')[0]);
    expect(port, err).toBeGreaterThan(0);
    using tx = udp();
    const to: [string, number] = ['127.0.0.1', port];
    const sent = tx.sendmmsgSync([[Buffer.from('alpha'), to], [Buffer.from(''), to], [new Uint8Array([0, 255]), to], [Buffer.alloc(64, 1), to]]);
    expect(sent).toBe(4);
    expect(await exited, err).toBe(0);
    const got = JSON.parse(out.split('\n')[1]!) as Array<[string, string]>;
    expect(got).toEqual([
      [Buffer.from('alpha').toString('hex'), '127.0.0.1'],
      ['', '127.0.0.1'],
      ['00ff', '127.0.0.1'],
      [Buffer.alloc(64, 1).toString('hex'), '127.0.0.1'],
    ]);
  });

  it('a full queue: the kernel takes the first n (in order), then none (BlockingIOError when non-blocking)', () => {
    using p = dgramPair();
    const [a, b] = p;
    a.settimeout(0);
    const first = a.sendmmsgSync(numbered(SENDMMSG_MAX));
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(SENDMMSG_MAX);
    expect(thrown(() => a.sendmmsgSync(numbered(4, first)))).toBeInstanceOf(BlockingIOError);
    const got = drain(b);
    expect(got.map((d) => d.readUInt32BE(0))).toEqual(Array.from({ length: first }, (_, i) => i));
    expect(a.sendmmsgSync(numbered(4, first))).toBe(4);
    expect(drain(b).map((d) => d.readUInt32BE(0))).toEqual([first, first + 1, first + 2, first + 3]);
  });

  it('a batch of more bytes than the sync form keeps for packing (4 MiB) still sends its first messages intact', () => {
    using p = dgramPair();
    const [a, b] = p;
    a.settimeout(0);
    const big = Array.from({ length: 48 }, (_, i) => Buffer.alloc(100_000, i + 1));
    const n = a.sendmmsgSync(big);
    expect(n).toBeGreaterThan(0);
    b.settimeout(0);
    const got = Array.from({ length: n }, () => b.recvSync(200_000));
    expect(got.map((d) => [d.length, d[0], d[99_999]])).toEqual(Array.from({ length: n }, (_, i) => [100_000, i + 1, i + 1]));
    expect(a.sendmmsgSync([Buffer.from('small')])).toBe(1);
    expect(b.recvSync(100).toString()).toBe('small');
  });

  it('async, non-blocking: BlockingIOError when the queue is full', async () => {
    using p = dgramPair();
    const [a] = p;
    fill(a);
    a.settimeout(0);
    expect(await rejected(a.sendmmsg(numbered(2)))).toBeInstanceOf(BlockingIOError);
  });

  it('timeout mode: TimeoutError after the timeout when the kernel takes none, in both forms', async () => {
    using p = dgramPair();
    const [a] = p;
    fill(a);
    a.settimeout(0.1);
    let t0 = performance.now();
    expect(thrown(() => a.sendmmsgSync(numbered(2)))).toBeInstanceOf(TimeoutError);
    let took = performance.now() - t0;
    expect(took).toBeGreaterThanOrEqual(90);
    expect(took).toBeLessThan(3000);
    t0 = performance.now();
    expect(await rejected(a.sendmmsg(numbered(2)))).toBeInstanceOf(TimeoutError);
    took = performance.now() - t0;
    expect(took).toBeGreaterThanOrEqual(90);
    expect(took).toBeLessThan(3000);
  });

  it('async, blocking mode: waits on the event loop until the peer makes room, then returns what was taken', async () => {
    using p = dgramPair();
    const [a, b] = p;
    const queued = fill(a);
    a.settimeout(null);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const pending = a.sendmmsg(numbered(3, queued));
    await new Promise((r) => setTimeout(r, 50));
    const early = drain(b);
    expect(early.length).toBe(queued);
    const n = await pending;
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(2);
    expect(n).toBeGreaterThanOrEqual(1);
    expect(drain(b).map((d) => d.readUInt32BE(0))).toEqual(Array.from({ length: n }, (_, i) => queued + i));
  });

  it.skipIf(py !== null)(`sync, blocking mode: waits until a CPython reader of the peer makes room${py === null ? '' : ` (skipped: ${py})`}`, async () => {
    using p = dgramPair();
    const [a, b] = p;
    const queued = fill(a);
    // The reader takes exactly the queued messages (poll reports room only once half the send buffer is free).
    const script = 'import socket, sys, time\ns = socket.socket(fileno=3)\ns.settimeout(10)\ntime.sleep(0.2)\nfor _ in range(int(sys.argv[1])): s.recv(100)\ns.detach()\n';
    const child = spawn('python3', ['-c', script, String(queued)], { stdio: ['ignore', 'ignore', 'pipe', b.fileno()], timeout: 15_000 });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    a.settimeout(null);
    const t0 = performance.now();
    const n = a.sendmmsgSync(numbered(4, queued));
    expect(performance.now() - t0).toBeGreaterThan(100);
    expect(n).toBeGreaterThanOrEqual(1);
    expect(await exited).toBe(0);
    const rest = drain(b).map((d) => d.readUInt32BE(0));
    expect(rest).toEqual(Array.from({ length: n }, (_, i) => queued + i));
  });

  it('an abort signal ends a waiting call with its reason; an aborted one before the syscall', async () => {
    using p = dgramPair();
    const [a, b] = p;
    fill(a);
    a.settimeout(null);
    const ac = new AbortController();
    const pending = a.sendmmsg(numbered(2), { signal: ac.signal });
    setTimeout(() => ac.abort(new Error('stop')), 20);
    expect((await rejected<Error>(pending)).message).toBe('stop');
    drain(b);
    expect(await rejected(a.sendmmsg(numbered(2), { signal: AbortSignal.abort() }))).toMatchObject({ name: 'AbortError' });
    expect(await rejected(a.sendmmsg([], { signal: AbortSignal.abort() }))).toMatchObject({ name: 'AbortError' });
    expect(drain(b)).toEqual([]);
  });

  it('async: the bytes are those of the call, not of the buffers when the kernel takes them, for each of two pending calls', async () => {
    using p = dgramPair();
    const [a, b] = p;
    const queued = fill(a);
    const data = Buffer.from('before');
    const pending = a.sendmmsg([data]);
    const second = a.sendmmsg([Buffer.from('second')]);
    data.write('after!');
    await new Promise((r) => setTimeout(r, 20));
    expect(drain(b).length).toBe(queued);
    expect(await pending).toBe(1);
    expect(await second).toBe(1);
    expect(drain(b).map((d) => d.toString())).toEqual(['before', 'second']);
    expect(await a.sendmmsg([Buffer.from('third')])).toBe(1);
    expect(drain(b).map((d) => d.toString())).toEqual(['third']);
  });

  it('refuses bad arguments with coded errors naming them, before any syscall', async () => {
    using p = dgramPair();
    const [a, b] = p;
    const both = async (args: unknown[]): Promise<[unknown, unknown]> => [
      thrown(() => (a.sendmmsgSync as (...x: unknown[]) => number)(...args)),
      await rejected((a.sendmmsg as (...x: unknown[]) => Promise<number>)(...args)),
    ];
    const ok = Buffer.from('ok');
    const cases: Array<[unknown[], string, RegExp]> = [
      [['str'], 'ERR_INVALID_ARG_TYPE', /"messages"/],
      [[null], 'ERR_INVALID_ARG_TYPE', /"messages"/],
      [[ok], 'ERR_INVALID_ARG_TYPE', /"messages"/],
      [[new Set([ok])], 'ERR_INVALID_ARG_TYPE', /"messages"/],
      [[new Proxy([ok], {})], 'ERR_INVALID_ARG_TYPE', /"messages"/],
      [[new Array(SENDMMSG_MAX + 1).fill(ok)], 'ERR_OUT_OF_RANGE', /"messages\.length"/],
      [[[ok, ok, ok, 'str']], 'ERR_INVALID_ARG_TYPE', /"messages\[3\]"/],
      [[[ok, ok, ok, new Proxy(ok, {})]], 'ERR_INVALID_ARG_TYPE', /"messages\[3\]"/],
      [[[ok, [ok], ok]], 'ERR_INVALID_ARG_VALUE', /'messages\[1\]'/],
      [[[ok, [ok, Buffer.from('x'), 3]]], 'ERR_INVALID_ARG_VALUE', /'messages\[1\]'/],
      [[[ok, ['str', Buffer.from('x')]]], 'ERR_INVALID_ARG_TYPE', /"messages\[1\]\[0\]"/],
      [[[ok, [ok, 42]]], 'ERR_INVALID_ARG_TYPE', /"messages\[1\]\[1\]"/],
      [[[ok], 'x'], 'ERR_INVALID_ARG_TYPE', /"options"/],
      [[[ok], { flags: 1.5 }], 'ERR_OUT_OF_RANGE', /"options\.flags"/],
      [[[ok], { flags: 'x' }], 'ERR_INVALID_ARG_TYPE', /"options\.flags"/],
    ];
    for (const [k, [args, code, name]] of cases.entries()) {
      for (const err of await both(args)) {
        expect(err, `case ${k}`).toMatchObject({ code });
        expect((err as Error).message).toMatch(name);
      }
    }
    const detached = new Uint8Array(new ArrayBuffer(4));
    structuredClone(detached.buffer, { transfer: [detached.buffer] });
    for (const err of await both([[ok, detached]])) expect(err).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE', message: expect.stringMatching(/'messages\[1\]'/) });
    // More than 2 GiB in all: refused before a byte is copied (one 4 MiB buffer many times over).
    const big = Buffer.alloc(4 << 20);
    for (const err of await both([new Array(600).fill(big)])) expect(err).toMatchObject({ code: 'ERR_OUT_OF_RANGE', message: expect.stringMatching(/"messages"/) });
    expect(await rejected(a.sendmmsg([ok], { signal: 'x' as never }))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    expect(drain(b)).toEqual([]);
  });

  it('an address the family cannot encode fails as it does in sendto, the argument named by its place', async () => {
    using tx = udp();
    const to = ['127.0.0.1', 9] as [string, number];
    for (const bad of [42, ['127.0.0.1'], null]) {
      const viaSendto = thrown<Error>(() => tx.sendtoSync(Buffer.from('x'), bad as never));
      const viaSync = thrown(() => tx.sendmmsgSync([[Buffer.from('x'), to], [Buffer.from('x'), to], [Buffer.from('x'), bad as never]]));
      const viaAsync = await rejected(tx.sendmmsg([[Buffer.from('x'), to], [Buffer.from('x'), to], [Buffer.from('x'), bad as never]]));
      expect(viaSendto).toBeInstanceOf(TypeError);
      expect(viaSendto.message).toContain('"address"');
      for (const err of [viaSync, viaAsync]) {
        expect(err).toBeInstanceOf(viaSendto.constructor as new () => unknown);
        expect(err).toMatchObject({
          code: (viaSendto as { code?: string }).code,
          message: viaSendto.message.replace('"address"', '"messages[2][1]"'),
        });
      }
    }
  });

  it('the kernel\'s errors: an unconnected socket without addresses (EDESTADDRREQ or ENOTCONN), as send gives', () => {
    using tx = udp();
    const bySend = thrown<OSError>(() => tx.sendSync(Buffer.from('x')));
    const byBatch = thrown<OSError>(() => tx.sendmmsgSync([Buffer.from('x')]));
    expect(byBatch).toBeInstanceOf(OSError);
    expect(byBatch.errno).toBe(bySend.errno);
    expect(byBatch.syscall).toBe('sendmmsg');
  });

  it('a closed socket: EBADF in both forms, even for an empty batch', async () => {
    const [a, b] = fakeSocketpair(SOCK_DGRAM);
    b.close();
    a.close();
    expect(thrown<OSError>(() => a.sendmmsgSync([Buffer.from('x')])).errno).toBe(errno.EBADF);
    expect((await rejected<OSError>(a.sendmmsg([Buffer.from('x')]))).errno).toBe(errno.EBADF);
    expect(thrown<OSError>(() => a.sendmmsgSync([])).errno).toBe(errno.EBADF);
    expect((await rejected<OSError>(a.sendmmsg([]))).errno).toBe(errno.EBADF);
  });

  it('the addon checks every length and offset against the buffers it was given', () => {
    using p = dgramPair();
    const [a, b] = p;
    const fd = a.fileno();
    const lens = (...n: number[]): Int32Array => Int32Array.from(n);
    const sa = Buffer.alloc(16);
    const bad: unknown[][] = [
      [fd, Buffer.alloc(3), lens(2, 2), 2, null, null, 0],
      [fd, Buffer.alloc(3), lens(-1), 1, null, null, 0],
      [fd, Buffer.alloc(3), lens(1), 2, null, null, 0],
      [fd, Buffer.alloc(3), lens(1), SENDMMSG_MAX + 1, null, null, 0],
      [fd, Buffer.alloc(3), lens(1), 1, sa, null, 0],
      [fd, Buffer.alloc(3), lens(1), 1, null, lens(16), 0],
      [fd, Buffer.alloc(3), lens(1, 1), 2, sa, lens(16, 16), 0],
      [fd, Buffer.alloc(3), lens(1), 1, Buffer.alloc(4096), lens(4096), 0],
      [fd, Buffer.alloc(3), lens(1), 1, sa, lens(-2), 0],
      [fd, Buffer.alloc(3), new Uint8Array(4), 2, null, null, 0],
    ];
    for (const args of bad) {
      expect(thrown(() => (native.sendmmsg as (...x: unknown[]) => number)(...args)), JSON.stringify(args.slice(2, 4))).toBeInstanceOf(RangeError);
    }
    expect(thrown(() => (native.sendmmsg as (...x: unknown[]) => number)(fd, 'x', lens(1), 1, null, null, 0))).toBeInstanceOf(TypeError);
    expect(native.sendmmsg(fd, Buffer.from('abc'), lens(1, 2), 2, null, null, 0)).toBe(2);
    expect(native.sendmmsg(fd, Buffer.alloc(0), lens(), 0, null, null, 0)).toBe(0);
    expect(drain(b).map((d) => d.toString())).toEqual(['a', 'bc']);
  });
});
