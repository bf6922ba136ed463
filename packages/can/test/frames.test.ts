import { describe, expect, it } from 'vitest';
import { SOCK_DGRAM } from '@sock/core';
import { fakeSocketpair } from '@sock/core/testing';
import { encodeCanFdFrame, encodeCanFrame, frames, type ReceivedFrame } from '@sock/can';

describe('frames(): the batched frame stream (on a datagram socketpair carrying frame bytes)', () => {
  it('yields every queued frame in order, draining a burst with few recvmmsg calls', async () => {
    const [a, b] = fakeSocketpair(SOCK_DGRAM);
    using _a = a;
    using _b = b;
    for (let i = 0; i < 150; i++) a.sendSync(i % 2 ? encodeCanFrame({ id: i, data: Buffer.from([i]) }) : encodeCanFdFrame({ id: i, data: Buffer.alloc(12, i) }));
    let calls = 0;
    const recvmmsg = b.recvmmsg.bind(b);
    b.recvmmsg = ((...args: Parameters<typeof recvmmsg>) => {
      calls++;
      return recvmmsg(...args);
    }) as typeof b.recvmmsg;
    const got: ReceivedFrame[] = [];
    for await (const f of frames(b, { batch: 64 })) {
      got.push(f);
      if (got.length === 150) break;
    }
    expect(got.map((f) => f.kind === 'canxl' ? -1 : f.id)).toEqual(Array.from({ length: 150 }, (_, i) => i));
    expect(got[1]).toMatchObject({ kind: 'can', data: Buffer.from([1]), ifname: '' });
    expect(got[0]).toMatchObject({ kind: 'canfd', data: Buffer.alloc(12, 0) });
    expect(calls).toBe(3);
  });

  it('ends quietly when the socket is closed while it waits', async () => {
    const [a, b] = fakeSocketpair(SOCK_DGRAM);
    using _a = a;
    const it = frames(b)[Symbol.asyncIterator]();
    const next = it.next();
    setTimeout(() => b.close(), 20);
    expect(await next).toEqual({ done: true, value: undefined });
  });

  it('refuses a batch size outside 1..1024', async () => {
    const [a, b] = fakeSocketpair(SOCK_DGRAM);
    using _a = a;
    using _b = b;
    await expect(frames(b, { batch: 0 }).next()).rejects.toBeInstanceOf(RangeError);
    await expect(frames(b, { batch: 1025 }).next()).rejects.toBeInstanceOf(RangeError);
  });
});
