import { describe, expect, it } from 'vitest';
import { BlockingIOError, TimeoutError } from '@sock/core';
import { setTimeout as sleep } from 'node:timers/promises';
import { CAN_RAW, canSocket, encodeCanFrame, frames, setFilters, type ReceivedFrame } from '@sock/can';
import { can, only, overflowedReceiver } from './helpers.js';

describe.skipIf(can.skip)(`frames() on vcan0${can.title}`, () => {
  it('receives a 200-frame burst in order with timestamps, nothing dropped, a whole batch per recvmmsg call', async () => {
    using rx = canSocket(CAN_RAW, { timestamps: 'ns', dropCounter: true });
    setFilters(rx, [only(0x601)]);
    rx.bind(['vcan0']);
    rx.settimeout(10);
    using tx = canSocket(CAN_RAW, { ifname: 'vcan0' });
    for (let i = 0; i < 200; i++) tx.sendSync(encodeCanFrame({ id: 0x601, data: Buffer.from([i & 0xff, i >> 8]) }));
    await sleep(50);
    const stream = frames(rx, { batch: 128 });
    const got: ReceivedFrame[] = [];
    const first = await stream.next();
    if (!first.done) got.push(first.value);
    // The first next() took 128 frames in one recvmmsg(2): the other 72 are still queued.
    rx.settimeout(0);
    const rest = rx.recvmmsgSync(1024, 16);
    rx.settimeout(10);
    expect(rest.length).toBe(72);
    for await (const f of stream) {
      got.push(f);
      if (got.length === 128) break;
    }
    const seq = [...got.map((f) => (f.kind === 'can' ? f.data.readUInt16LE(0) : -1)), ...rest.map(([d]) => d.readUInt16LE(8))];
    expect(seq).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(got.every((f) => f.ifname === 'vcan0' && typeof f.timestamp === 'bigint' && f.dropped === undefined)).toBe(true);
  });

  it('reads the drop counter of each frame from its control data once the queue has overflowed', async () => {
    const filled = await overflowedReceiver(0x603);
    using rx = filled.rx;
    using tx = filled.tx;
    const { sent } = filled;
    rx.settimeout(0);
    const stream = frames(rx, { batch: 256 });
    const queued: ReceivedFrame[] = [];
    try {
      for await (const f of stream) queued.push(f);
    } catch (err) {
      if (!(err instanceof BlockingIOError)) throw err;
    }
    expect(queued.length).toBeGreaterThan(0);
    expect(queued.length).toBeLessThan(sent);
    rx.settimeout(5);
    await tx.send(encodeCanFrame({ id: 0x603, data: Buffer.from('after') }));
    const next = await frames(rx).next();
    expect(next.done).toBe(false);
    const after = next.value as ReceivedFrame;
    expect(after.data.toString()).toBe('after');
    expect(after.dropped).toBe(sent - queued.length);
    expect(after.ifname).toBe('vcan0');
  });

  it('keeps the socket timeout: an idle bus ends the stream with TimeoutError', async () => {
    using rx = canSocket(CAN_RAW);
    setFilters(rx, [only(0x602)]);
    rx.bind(['vcan0']);
    rx.settimeout(0.2);
    await expect(frames(rx).next()).rejects.toBeInstanceOf(TimeoutError);
  });
});
