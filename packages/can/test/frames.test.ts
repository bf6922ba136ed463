import { describe, expect, it } from 'vitest';
import { SOCK_DGRAM } from '@sock/core';
import { fakeSocketpair } from '@sock/core/testing';
import { encodeCanFdFrame, encodeCanFrame, frames, type ReceivedFrame } from '@sock/can';

describe('frames(): the batched frame stream (on a datagram socketpair carrying frame bytes)', () => {
  it('yields every queued frame in order, taking a whole batch per recvmmsg call', async () => {
    const [a, b] = fakeSocketpair(SOCK_DGRAM);
    using _a = a;
    using _b = b;
    for (let i = 0; i < 150; i++) a.sendSync(i % 2 ? encodeCanFrame({ id: i, data: Buffer.from([i]) }) : encodeCanFdFrame({ id: i, data: Buffer.alloc(12, i) }));
    const stream = frames(b, { batch: 64 });
    const got: ReceivedFrame[] = [];
    const first = await stream.next();
    if (!first.done) got.push(first.value);
    // The first next() took 64 frames in one call: exactly the other 86 are still queued.
    b.settimeout(0);
    const rest = b.recvmmsgSync(1024, 100);
    expect(rest.length).toBe(86);
    for await (const f of stream) {
      got.push(f);
      if (got.length === 64) break;
    }
    expect(got.map((f) => f.kind === 'canxl' ? -1 : f.id)).toEqual(Array.from({ length: 64 }, (_, i) => i));
    expect(rest.map(([d]) => d.readUInt32LE(0))).toEqual(Array.from({ length: 86 }, (_, i) => 64 + i));
    expect(got[1]).toMatchObject({ kind: 'can', data: Buffer.from([1]), ifname: '' });
    expect(got[0]).toMatchObject({ kind: 'canfd', data: Buffer.alloc(12, 0) });
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });

  it('hands each frame its own copy of the data, so later batches do not overwrite kept frames', async () => {
    const [a, b] = fakeSocketpair(SOCK_DGRAM);
    using _a = a;
    using _b = b;
    b.settimeout(5);
    const stream = frames(b, { batch: 2 });
    const kept: ReceivedFrame[] = [];
    for (let i = 0; i < 6; i++) a.sendSync(encodeCanFrame({ id: 0x10 + i, data: Buffer.from([i, i]) }));
    for (let i = 0; i < 6; i++) {
      const r = await stream.next();
      if (!r.done) kept.push(r.value);
    }
    expect(kept.map((f) => [f.kind === 'canxl' ? -1 : f.id, [...f.data]])).toEqual(Array.from({ length: 6 }, (_, i) => [0x10 + i, [i, i]]));
  });

  it('serves next() calls made before the previous one settled, in order', async () => {
    const [a, b] = fakeSocketpair(SOCK_DGRAM);
    using _a = a;
    using _b = b;
    b.settimeout(5);
    const stream = frames(b, { batch: 4 });
    const pending = [stream.next(), stream.next(), stream.next()];
    setTimeout(() => {
      for (let i = 0; i < 3; i++) a.sendSync(encodeCanFrame({ id: 0x20 + i }));
    }, 20);
    const got = await Promise.all(pending);
    expect(got.map((r) => (r.done || r.value.kind === 'canxl' ? -1 : r.value.id))).toEqual([0x20, 0x21, 0x22]);
  });

  it('return() ends the stream; a decode error rejects and ends it', async () => {
    const [a, b] = fakeSocketpair(SOCK_DGRAM);
    using _a = a;
    using _b = b;
    b.settimeout(5);
    const stream = frames(b);
    a.sendSync(encodeCanFrame({ id: 1 }));
    expect((await stream.next()).done).toBe(false);
    expect(await stream.return()).toEqual({ done: true, value: undefined });
    expect(await stream.next()).toEqual({ done: true, value: undefined });
    const bad = frames(b);
    a.sendSync(Buffer.from('not a frame'));
    await expect(bad.next()).rejects.toBeInstanceOf(RangeError);
    expect(await bad.next()).toEqual({ done: true, value: undefined });
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
