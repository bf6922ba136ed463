/**
 * What a caller may do to an async call while it waits: share one
 * AbortSignal among many calls, or detach (transfer) the buffer the call
 * sends from or receives into. (Sync calls take no signal, and no JavaScript
 * runs while one waits, so these are async-only.)
 */
import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MSG_WAITALL, SOCK_DGRAM, SOCK_STREAM, type Socket } from '@sock/core';
import { fakeSocket, fakeSocketpair } from '@sock/core/testing';
import { sleep, socketDir } from './helpers.js';

const sockPath = socketDir();

function pair(type = SOCK_STREAM): [Socket, Socket] & Disposable {
  const p = fakeSocketpair(type) as [Socket, Socket] & Disposable;
  p[Symbol.dispose] = () => p.forEach((s) => s.close());
  return p;
}

/** Fills `s`'s send buffer (and the peer's receive buffer) until a send would block. */
function fill(s: Socket): void {
  s.setblocking(false);
  try {
    for (;;) s.sendSync(Buffer.alloc(65536));
  } catch {
    // full
  }
  s.settimeout(null);
}

function drain(s: Socket): void {
  s.setblocking(false);
  try {
    for (;;) s.recvSync(1 << 20);
  } catch {
    // empty
  }
  s.settimeout(null);
}

/** Detaches `view`'s ArrayBuffer, as postMessage(…, [buffer]) does. */
function transfer(view: ArrayBufferView): void {
  structuredClone(view.buffer, { transfer: [view.buffer as ArrayBuffer] });
  expect(view.byteLength).toBe(0);
}

const abortListeners = (signal: AbortSignal): number => getEventListeners(signal, 'abort').length;

describe('one AbortSignal shared by many operations', () => {
  const warnings: Error[] = [];
  const onWarning = (w: Error): void => void warnings.push(w);
  beforeEach(() => {
    warnings.length = 0;
    process.on('warning', onWarning);
  });
  afterEach(() => void process.off('warning', onWarning));

  it('30 waiting operations of every kind add one abort listener, no MaxListenersExceededWarning, and all end on abort', async () => {
    using streams = pair();
    using dgrams = pair(SOCK_DGRAM);
    const listener = fakeSocket(SOCK_STREAM);
    listener.bind(sockPath('listener'));
    listener.listen(1);
    const full = pair();
    fill(full[0]);
    const ac = new AbortController();
    const { signal } = ac;
    const ops: Array<Promise<unknown>> = [];
    for (let i = 0; i < 5; i++) {
      ops.push(streams[0].recv(10, 0, { signal }));
      ops.push(streams[0].recvInto(Buffer.alloc(4), 0, 0, { signal }));
      ops.push(dgrams[0].recvfrom(10, 0, { signal }));
      ops.push(dgrams[0].recvmsg(10, 0, 0, { signal }));
      ops.push(listener.accept({ signal }));
      ops.push(full[0].sendall(Buffer.alloc(1024), 0, { signal }));
    }
    await sleep(20);
    expect(abortListeners(signal)).toBe(1);
    const reason = new Error('stop');
    ac.abort(reason);
    const outcomes = await Promise.allSettled(ops);
    expect(outcomes.map((o) => (o.status === 'rejected' ? o.reason : o.status))).toEqual(ops.map(() => reason));
    await sleep(10);
    expect(warnings.map((w) => w.name)).toEqual([]);
    listener.close();
    full.forEach((s) => s.close());
  });

  it('operations that complete leave no listener behind, and the signal still aborts later ones', async () => {
    using p = pair();
    const [a, b] = p;
    const ac = new AbortController();
    const { signal } = ac;
    for (let round = 0; round < 3; round++) {
      const reads = Array.from({ length: 20 }, () => b.recv(1, 0, { signal }));
      await sleep(5);
      expect(abortListeners(signal)).toBe(1);
      a.sendSync(Buffer.alloc(20, round));
      expect(Buffer.concat(await Promise.all(reads))).toEqual(Buffer.alloc(20, round));
      expect(abortListeners(signal)).toBe(0);
    }
    const late = Array.from({ length: 12 }, () => b.recv(1, 0, { signal }));
    ac.abort();
    for (const o of await Promise.allSettled(late)) expect(o).toMatchObject({ status: 'rejected', reason: { name: 'AbortError' } });
    expect(abortListeners(signal)).toBe(0);
    expect(warnings.map((w) => w.name)).toEqual([]);
  });

  it('closing the socket removes its waiters from the shared listener', async () => {
    const ac = new AbortController();
    const sockets = Array.from({ length: 12 }, () => pair());
    const ops = sockets.map(([a]) => a.recv(1, 0, { signal: ac.signal }));
    await sleep(5);
    expect(abortListeners(ac.signal)).toBe(1);
    for (const p of sockets) p.forEach((s) => s.close());
    for (const o of await Promise.allSettled(ops)) expect(o).toMatchObject({ status: 'rejected', reason: { code: 'EBADF' } });
    expect(abortListeners(ac.signal)).toBe(0);
    expect(warnings.map((w) => w.name)).toEqual([]);
  });
});

describe('a buffer detached while an async call waits', () => {
  const detached = (syscall: string) =>
    expect.objectContaining({ name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: expect.stringContaining(`was detached (its ArrayBuffer transferred) while ${syscall}() waited`) });

  it('sendall: a coded TypeError saying how many bytes were sent, not a negative length', async () => {
    using p = pair();
    const [a, b] = p;
    const data = new Uint8Array(4 << 20);
    const pending = a.sendall(data);
    await sleep(20);
    transfer(data);
    drain(b);
    const err = await pending.then(() => null, (e: unknown) => e);
    expect(err).toEqual(detached('sendall'));
    expect((err as Error).message).toMatch(/; \d+ of 4194304 bytes were sent\./);
    expect((err as Error).message).not.toMatch(/-\d/);
  });

  it('sendall aborted after the transfer: the abort reason', async () => {
    using p = pair();
    const [a] = p;
    const data = new Uint8Array(4 << 20);
    const ac = new AbortController();
    const pending = a.sendall(data, 0, { signal: ac.signal });
    await sleep(20);
    transfer(data);
    ac.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('send and sendmsg into a full stream, sendto into a full datagram queue', async () => {
    using p = pair();
    const [a, b] = p;
    fill(a);
    const receiver = fakeSocket(SOCK_DGRAM);
    const sender = fakeSocket(SOCK_DGRAM);
    receiver.bind(sockPath('receiver'));
    sender.setblocking(false);
    try {
      for (;;) sender.sendtoSync(Buffer.alloc(16), sockPath('receiver'));
    } catch {
      // the receiver's queue is full
    }
    sender.settimeout(null);
    const view = new Uint8Array(64);
    const datagram = new Uint8Array(64);
    const bufs = [new Uint8Array(8), new Uint8Array(8)];
    const pending = [
      a.send(view).then(() => null, (e: unknown) => e),
      sender.sendto(datagram, sockPath('receiver')).then(() => null, (e: unknown) => e),
      a.sendmsg(bufs).then(() => null, (e: unknown) => e),
    ];
    await sleep(20);
    transfer(view);
    transfer(datagram);
    transfer(bufs[1]!);
    drain(b);
    drain(receiver);
    const [send, sendto, sendmsg] = await Promise.all(pending);
    expect(send).toEqual(detached('send'));
    expect(sendto).toEqual(detached('sendto'));
    expect(sendmsg).toEqual(detached('sendmsg'));
    expect((sendmsg as Error).message).toContain("argument 'buffers[1]'");
    receiver.close();
    sender.close();
  });

  it('recvInto, recvfromInto, recvmsgInto and recvInto with MSG_WAITALL: a coded TypeError, never 0 (end of stream)', async () => {
    using p = pair();
    using d = pair(SOCK_DGRAM);
    const [a, b] = p;
    const into = new Uint8Array(16);
    const waitall = new Uint8Array(16);
    const fromInto = new Uint8Array(16);
    const msgInto = [new Uint8Array(4), new Uint8Array(4)];
    const pending = [
      b.recvInto(into).then((n) => n, (e: unknown) => e),
      d[1].recvfromInto(fromInto).then((n) => n, (e: unknown) => e),
      d[1].recvmsgInto(msgInto).then((n) => n, (e: unknown) => e),
    ];
    await sleep(20);
    transfer(into);
    transfer(fromInto);
    transfer(msgInto[0]!);
    a.sendSync(Buffer.from('data'));
    d[0].sendSync(Buffer.from('one'));
    d[0].sendSync(Buffer.from('two'));
    const [recvInto, recvfromInto, recvmsgInto] = await Promise.all(pending);
    expect(recvInto).toEqual(detached('recv_into'));
    expect(recvfromInto).toEqual(detached('recvfrom_into'));
    expect(recvmsgInto).toEqual(detached('recvmsg_into'));
    // MSG_WAITALL in blocking mode: some bytes landed, then the buffer went; the call fails rather than report them.
    drain(b);
    const filling = b.recvInto(waitall, 16, MSG_WAITALL).then((n) => n, (e: unknown) => e);
    a.sendSync(Buffer.from('half'));
    await sleep(20);
    transfer(waitall);
    a.sendSync(Buffer.from('rest'));
    expect(await filling).toEqual(detached('recv_into'));
  });
});
