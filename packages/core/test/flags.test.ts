/**
 * Flags that change waiting per call (MSG_WAITALL, MSG_DONTWAIT) and fromfd()
 * copies, in both API forms (issue 12, items 1-3).
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { BlockingIOError, MSG_DONTWAIT, MSG_WAITALL, SOCK_DGRAM, TimeoutError, fromfd, type Socket } from '@sock/core';
import { native } from '../src/native.js';
import { fakeSocketpair } from '@sock/core/testing';
import { sleep, timed } from './helpers.js';

function pair(type?: number): [Socket, Socket] & Disposable {
  const p = fakeSocketpair(type) as [Socket, Socket] & Disposable;
  p[Symbol.dispose] = () => p.forEach((s) => s.close());
  return p;
}

/**
 * Writes `pieces` to `fd` from another thread, `gapMs` apart, so that a Sync
 * receive in this thread sees them arrive one by one. Resolves when done.
 */
function writeLater(fd: number, pieces: string[], gapMs: number): Promise<void> {
  const code = `
    const { writeSync } = require('node:fs');
    const { workerData } = require('node:worker_threads');
    const nap = new Int32Array(new SharedArrayBuffer(4));
    for (const p of workerData.pieces) {
      Atomics.wait(nap, 0, 0, workerData.gapMs);
      writeSync(workerData.fd, p);
    }`;
  const w = new Worker(code, { eval: true, workerData: { fd, pieces, gapMs } });
  return new Promise((resolve, reject) => {
    w.once('error', reject);
    w.once('exit', () => resolve());
  });
}

describe('MSG_WAITALL', () => {
  it('blocking mode: async recv and recvInto return every byte asked for', async () => {
    using p = pair();
    const [a, b] = p;
    a.settimeout(null);
    const got = a.recv(9, MSG_WAITALL);
    for (const piece of ['abc', 'def', 'ghi']) {
      await sleep(20);
      b.sendSync(Buffer.from(piece));
    }
    expect((await got).toString()).toBe('abcdefghi');

    const buf = new Uint8Array(16);
    const into = a.recvInto(buf, 6, MSG_WAITALL);
    for (const piece of ['12', '34', '56']) {
      await sleep(20);
      b.sendSync(Buffer.from(piece));
    }
    expect(await into).toBe(6);
    expect(Buffer.from(buf.subarray(0, 6)).toString()).toBe('123456');
  });

  it('blocking mode: recvSync and recvIntoSync on a fromfd() copy return every byte', async () => {
    using p = pair();
    const [a, b] = p;
    using copy = fromfd(a.fileno(), a.family, a.type);
    copy.settimeout(null);
    const writer = writeLater(b.fileno(), ['abc', 'def', 'ghi'], 30);
    expect(copy.recvSync(9, MSG_WAITALL).toString()).toBe('abcdefghi');
    await writer;
    const buf = Buffer.alloc(6);
    const writer2 = writeLater(b.fileno(), ['12', '34', '56'], 30);
    expect(copy.recvIntoSync(buf, 6, MSG_WAITALL)).toBe(6);
    expect(buf.toString()).toBe('123456');
    await writer2;
  });

  it('blocking mode: end of stream ends the wait with what arrived, in both forms', async () => {
    using p = pair();
    const [a, b] = p;
    b.sendSync(Buffer.from('abc'));
    b.shutdown(1);
    expect((await a.recv(9, MSG_WAITALL)).toString()).toBe('abc');
    expect(a.recvSync(9, MSG_WAITALL).length).toBe(0);
  });

  it('timeout mode returns the first piece, as CPython does', async () => {
    using p = pair();
    const [a, b] = p;
    using copy = fromfd(a.fileno(), a.family, a.type);
    a.settimeout(5);
    copy.settimeout(5);
    const got = a.recv(9, MSG_WAITALL);
    await sleep(20);
    b.sendSync(Buffer.from('abc'));
    await sleep(20);
    b.sendSync(Buffer.from('def'));
    expect((await got).toString()).toBe('abc');
    expect(copy.recvSync(9, MSG_WAITALL).toString()).toBe('def');
  });
});

describe('MSG_DONTWAIT on a blocking-mode socket', () => {
  it('recv forms raise BlockingIOError at once with nothing queued', async () => {
    using p = pair(SOCK_DGRAM);
    const [a] = p;
    a.settimeout(null);
    for (const call of [
      () => a.recvSync(10, MSG_DONTWAIT),
      () => a.recv(10, MSG_DONTWAIT),
      () => a.recvIntoSync(Buffer.alloc(4), 0, MSG_DONTWAIT),
      () => a.recvInto(Buffer.alloc(4), 0, MSG_DONTWAIT),
      () => a.recvfromSync(10, MSG_DONTWAIT),
      () => a.recvfrom(10, MSG_DONTWAIT),
      () => a.recvmsgSync(10, 0, MSG_DONTWAIT),
      () => a.recvmsg(10, 0, MSG_DONTWAIT),
      () => a.recvmsgIntoSync([Buffer.alloc(4)], 0, MSG_DONTWAIT),
      () => a.recvmsgInto([Buffer.alloc(4)], 0, MSG_DONTWAIT),
    ] as Array<() => unknown>) {
      const r = await timed(call);
      expect(r.error).toBeInstanceOf(BlockingIOError);
      expect((r.error as BlockingIOError).code).toBe('EAGAIN');
      expect(r.ms).toBeLessThan(1000);
    }
  });

  it('send forms raise BlockingIOError at once into a full buffer', async () => {
    using p = pair();
    const [a] = p;
    a.setblocking(false);
    const chunk = Buffer.alloc(65536);
    for (let i = 0; i < 10_000; i++) {
      try {
        a.sendSync(chunk);
      } catch {
        break;
      }
    }
    a.settimeout(null);
    for (const call of [
      () => a.sendSync(chunk, MSG_DONTWAIT),
      () => a.send(chunk, MSG_DONTWAIT),
      () => a.sendallSync(chunk, MSG_DONTWAIT),
      () => a.sendall(chunk, MSG_DONTWAIT),
      () => a.sendmsgSync([chunk], [], MSG_DONTWAIT),
      () => a.sendmsg([chunk], [], MSG_DONTWAIT),
    ]) {
      const r = await timed(call);
      expect(r.error).toBeInstanceOf(BlockingIOError);
      expect(r.ms).toBeLessThan(1000);
    }
  });

  it('timeout mode still waits for the timeout', async () => {
    using p = pair(SOCK_DGRAM);
    const [a] = p;
    a.settimeout(0.05);
    expect((await timed(() => a.recv(10, MSG_DONTWAIT))).error).toBeInstanceOf(TimeoutError);
    expect((await timed(() => a.recvSync(10, MSG_DONTWAIT))).error).toBeInstanceOf(TimeoutError);
  });
});

describe('fromfd() marks the original as sharing its file description', () => {
  it('the original never clears O_NONBLOCK afterwards, and an async recv on the copy waits on the loop', async () => {
    using p = pair();
    const [a, b] = p;
    a.settimeout(null);
    b.sendSync(Buffer.from('x'));
    expect(a.recvSync(1).toString()).toBe('x');
    using copy = fromfd(a.fileno(), a.family, a.type);
    expect(native.getNonblocking(a.fileno())).toBe(1);
    b.sendSync(Buffer.from('y'));
    expect(a.recvSync(1).toString()).toBe('y');
    expect(native.getNonblocking(a.fileno())).toBe(1);

    // 'z' is sent from the loop's third timer tick: the recv resolving proves the loop ran while it waited.
    let ticks = 0;
    const timer = setInterval(() => {
      if (++ticks === 3) b.sendSync(Buffer.from('z'));
    }, 5);
    const got = await copy.recv(10);
    clearInterval(timer);
    expect(got.toString()).toBe('z');
    expect(ticks).toBeGreaterThanOrEqual(3);
  });
});
