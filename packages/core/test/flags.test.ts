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
    ]) {
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
