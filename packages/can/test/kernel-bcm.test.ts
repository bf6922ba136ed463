import { describe, expect, it } from 'vitest';
import { SOCK_DGRAM, Socket, TimeoutError } from '@sock/core';
import {
  AF_CAN, bcmRxDelete, bcmRxSetup, bcmTxDelete, bcmTxSend, bcmTxSetup, CAN_BCM, CAN_BCM_RX_CHANGED, CAN_BCM_RX_TIMEOUT, CAN_BCM_TX_COUNTEVT,
  CAN_BCM_TX_EXPIRED, CAN_MTU, decodeBcmMessage, decodeCanFrame, encodeCanFrame,
} from '@sock/can';
import { bcm, rawOn, sleep } from './helpers.js';

function bcmSocket(): Socket {
  const s = new Socket(AF_CAN, SOCK_DGRAM, CAN_BCM);
  s.connectSync(['vcan0']);
  s.settimeout(5);
  return s;
}

async function drain(sock: Socket, size: number): Promise<Buffer[]> {
  const out: Buffer[] = [];
  sock.settimeout(0.3);
  for (let i = 0; i < 1000; i++) {
    try {
      out.push(await sock.recv(size));
    } catch (err) {
      if (err instanceof TimeoutError) break;
      throw err;
    }
  }
  return out;
}

describe.skipIf(bcm.skip)(`CAN_BCM on vcan0${bcm.title}`, () => {
  it('TX_SEND sends one frame (the native-aligned head CPython builds with "@3I4l2I")', async () => {
    using rx = rawOn([0x201]);
    using s = bcmSocket();
    await s.send(bcmTxSend({ id: 0x201, data: Buffer.from([1, 2, 3]) }));
    expect(decodeCanFrame(await rx.recv(CAN_MTU))).toMatchObject({ id: 0x201, data: Buffer.from([1, 2, 3]) });
  });

  it('TX_SETUP with count 5 sends exactly 5 frames ival1 apart, then TX_EXPIRED (TX_COUNTEVT); TX_DELETE ends it', async () => {
    using rx = rawOn([0x202]);
    using s = bcmSocket();
    await s.send(bcmTxSetup({ id: 0x202, count: 5, ival1: 0.02, flags: CAN_BCM_TX_COUNTEVT, frames: [{ id: 0x202, data: Buffer.from('cyc') }] }));
    const note = decodeBcmMessage(await s.recv(4096));
    expect([note.opcode, note.opcodeName, note.id]).toEqual([CAN_BCM_TX_EXPIRED, 'CAN_BCM_TX_EXPIRED', 0x202]);
    const frames = await drain(rx, CAN_MTU);
    expect(frames.length).toBe(5);
    expect(frames.every((f) => decodeCanFrame(f).data.toString() === 'cyc')).toBe(true);
    await s.send(bcmTxDelete(0x202));
  });

  it('TX_SETUP with ival2 keeps sending until TX_DELETE', async () => {
    using rx = rawOn([0x203]);
    using s = bcmSocket();
    await s.send(bcmTxSetup({ id: 0x203, ival2: 0.05, frames: [{ id: 0x203, data: Buffer.from([9]) }] }));
    await sleep(600);
    await s.send(bcmTxDelete(0x203));
    const frames = await drain(rx, CAN_MTU);
    expect(frames.length).toBeGreaterThanOrEqual(3);
    await sleep(200);
    expect((await drain(rx, CAN_MTU)).length).toBe(0);
  });

  it('RX_SETUP reports RX_CHANGED only when the watched bytes change, and RX_TIMEOUT when frames stop', async () => {
    using s = bcmSocket();
    using tx = rawOn([], 'vcan0');
    await s.send(bcmRxSetup({ id: 0x204, ival1: 0.4, masks: [{ id: 0x204, data: Buffer.from([0xff, 0, 0, 0, 0, 0, 0, 0]) }] }));
    await tx.send(encodeCanFrame({ id: 0x204, data: Buffer.from([1, 0, 0, 0, 0, 0, 0, 0]) }));
    const first = decodeBcmMessage(await s.recv(4096));
    expect([first.opcode, first.id, first.frames[0]!.data[0]]).toEqual([CAN_BCM_RX_CHANGED, 0x204, 1]);
    await tx.send(encodeCanFrame({ id: 0x204, data: Buffer.from([1, 7, 7, 7, 7, 7, 7, 7]) }));
    await tx.send(encodeCanFrame({ id: 0x204, data: Buffer.from([2, 0, 0, 0, 0, 0, 0, 0]) }));
    const second = decodeBcmMessage(await s.recv(4096));
    expect([second.opcodeName, second.frames[0]!.data[0]]).toEqual(['CAN_BCM_RX_CHANGED', 2]);
    const timeout = decodeBcmMessage(await s.recv(4096));
    expect([timeout.opcode, timeout.id]).toEqual([CAN_BCM_RX_TIMEOUT, 0x204]);
    await s.send(bcmRxDelete(0x204));
  });
});
