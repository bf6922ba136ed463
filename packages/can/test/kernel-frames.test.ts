import { describe, expect, it } from 'vitest';
import { TimeoutError } from '@sock/core';
import { CAN_RAW, canSocket, encodeCanFrame, frames, setFilters, type ReceivedFrame } from '@sock/can';
import { can, only } from './helpers.js';

describe.skipIf(can.skip)(`frames() on vcan0${can.title}`, () => {
  it('receives a 200-frame burst in order with timestamps, nothing dropped, in a few recvmmsg calls', async () => {
    using rx = canSocket(CAN_RAW, { timestamps: 'ns', dropCounter: true });
    setFilters(rx, [only(0x601)]);
    rx.bind(['vcan0']);
    rx.settimeout(10);
    using tx = canSocket(CAN_RAW, { ifname: 'vcan0' });
    for (let i = 0; i < 200; i++) tx.sendSync(encodeCanFrame({ id: 0x601, data: Buffer.from([i & 0xff, i >> 8]) }));
    let calls = 0;
    const recvmmsg = rx.recvmmsg.bind(rx);
    rx.recvmmsg = ((...args: Parameters<typeof recvmmsg>) => {
      calls++;
      return recvmmsg(...args);
    }) as typeof rx.recvmmsg;
    const got: ReceivedFrame[] = [];
    for await (const f of frames(rx, { batch: 128 })) {
      got.push(f);
      if (got.length === 200) break;
    }
    expect(got.map((f) => (f.kind === 'can' ? f.data.readUInt16LE(0) : -1))).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(got.every((f) => f.ifname === 'vcan0' && typeof f.timestamp === 'bigint' && f.dropped === undefined)).toBe(true);
    expect(calls).toBeLessThanOrEqual(4);
  });

  it('keeps the socket timeout: an idle bus ends the stream with TimeoutError', async () => {
    using rx = canSocket(CAN_RAW);
    setFilters(rx, [only(0x602)]);
    rx.bind(['vcan0']);
    rx.settimeout(0.2);
    await expect(frames(rx).next()).rejects.toBeInstanceOf(TimeoutError);
  });
});
