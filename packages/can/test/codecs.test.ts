import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SOL_SOCKET, SO_RXQ_OVFL, SO_TIMESTAMP, SO_TIMESTAMPNS, SO_TIMESTAMPING } from '@sock/core';
import { thrown } from '@sock/core/testing';
import {
  bcmRxSetup, bcmTxDelete, bcmTxSend, bcmTxSetup, CAN_BCM_CAN_FD_FRAME, CAN_BCM_RX_CHANGED, CAN_BCM_RX_FILTER_ID, CAN_BCM_SETTIMER, CAN_BCM_STARTTIMER,
  CAN_BCM_TX_DELETE, CAN_BCM_TX_SETUP, CAN_ERR_BUSOFF, CAN_ERR_CNT, CAN_ERR_CRTL, CAN_ERR_CRTL_RX_PASSIVE, CAN_ERR_CRTL_TX_WARNING, CAN_ERR_PROT,
  CAN_ERR_PROT_FORM, CAN_ERR_PROT_LOC_ACK, CAN_ERR_TRX, CAN_ERR_TRX_CANH_NO_WIRE, CAN_INV_FILTER, CAN_ISOTP_TX_PADDING, CANFD_MTU,
  decodeBcmMessage, decodeCanFilters, decodeErrorFrame, decodeFrameAncillary, decodeIsotpFcOptions, decodeIsotpLlOptions, decodeIsotpOptions,
  decodeJ1939Ancillary, encodeBcmMessage, encodeCanFilters, encodeIsotpFcOptions, encodeIsotpLlOptions, encodeIsotpOptions, encodeJ1939Filters,
  SCM_J1939_DEST_ADDR, SCM_J1939_DEST_NAME, SCM_J1939_PRIO, SOL_CAN_J1939,
} from '@sock/can';

const le32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};

describe('CAN_RAW_FILTER: struct can_filter arrays', () => {
  it('encodes {id, mask, inverted} with CAN_INV_FILTER in can_id, and decodes it back', () => {
    const filters = [{ id: 0x123, mask: 0x7ff, inverted: false }, { id: 0x100, mask: 0x700, inverted: true }];
    const b = encodeCanFilters(filters);
    expect(b.length).toBe(16);
    expect(b.readUInt32LE(8)).toBe((0x100 | CAN_INV_FILTER!) >>> 0);
    expect(decodeCanFilters(b)).toEqual(filters);
    expect(decodeCanFilters(encodeCanFilters([{ id: 1, mask: 2 }]))).toEqual([{ id: 1, mask: 2, inverted: false }]);
  });

  it('refuses more than CAN_RAW_FILTER_MAX (512) filters with a RangeError that says so', () => {
    expect(encodeCanFilters(Array.from({ length: 512 }, () => ({ id: 0, mask: 0 }))).length).toBe(512 * 8);
    const err = thrown<RangeError & { code: string }>(() => encodeCanFilters(Array.from({ length: 513 }, () => ({ id: 0, mask: 0 }))));
    expect([err.code, /CAN_RAW_FILTER_MAX/.test(err.message)]).toEqual(['ERR_OUT_OF_RANGE', true]);
    expect(thrown<RangeError>(() => decodeCanFilters(Buffer.alloc(12)))).toBeInstanceOf(RangeError);
  });

  it('round-trips (fuzz)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.nat({ max: 0xffffffff }).map((n) => (n & ~CAN_INV_FILTER!) >>> 0), mask: fc.nat({ max: 0xffffffff }), inverted: fc.boolean() }), { maxLength: 40 }), (fs) => {
        expect(decodeCanFilters(encodeCanFilters(fs))).toEqual(fs);
      }),
    );
  });
});

describe('error frames', () => {
  it('decode the class bits and each detail byte by name', () => {
    const id = CAN_ERR_CRTL! | CAN_ERR_PROT! | CAN_ERR_TRX! | CAN_ERR_BUSOFF! | CAN_ERR_CNT!;
    const data = Buffer.from([0, CAN_ERR_CRTL_RX_PASSIVE! | CAN_ERR_CRTL_TX_WARNING!, CAN_ERR_PROT_FORM!, CAN_ERR_PROT_LOC_ACK!, CAN_ERR_TRX_CANH_NO_WIRE!, 5, 96, 130]);
    const e = decodeErrorFrame({ id, error: true, data });
    expect(e.classes).toEqual(['CAN_ERR_CRTL', 'CAN_ERR_PROT', 'CAN_ERR_TRX', 'CAN_ERR_BUSOFF', 'CAN_ERR_CNT']);
    expect(e.controller).toEqual(['CAN_ERR_CRTL_TX_WARNING', 'CAN_ERR_CRTL_RX_PASSIVE']);
    expect(e.protocol).toEqual({ types: ['CAN_ERR_PROT_FORM'], location: 'CAN_ERR_PROT_LOC_ACK' });
    expect([e.transceiver, e.busOff, e.noAck, e.lostArbitrationBit, e.controllerSpecific]).toEqual(['CAN_ERR_TRX_CANH_NO_WIRE', true, false, null, 5]);
    expect(e.counters).toEqual({ tx: 96, rx: 130 });
  });

  it('read short data as zeros and refuse frames that are not error frames', () => {
    expect(decodeErrorFrame({ id: CAN_ERR_CNT!, error: true, data: Buffer.alloc(0) }).counters).toEqual({ tx: 0, rx: 0 });
    expect(thrown<TypeError>(() => decodeErrorFrame({ id: 1, error: false, data: Buffer.alloc(8) }))).toBeInstanceOf(TypeError);
  });
});

describe('BCM: struct bcm_msg_head', () => {
  it('TX_SETUP sets the timers, count, intervals and frames; decode gives them back', () => {
    const b = bcmTxSetup({ id: 0x321, count: 3, ival1: 0.01, ival2: 1.5, frames: [{ id: 0x321, data: Buffer.from([1, 2]) }] });
    const m = decodeBcmMessage(b);
    expect([m.opcode, m.opcodeName, m.flags & (CAN_BCM_SETTIMER | CAN_BCM_STARTTIMER), m.count, m.ival1, m.ival2, m.id]).toEqual([
      CAN_BCM_TX_SETUP, 'CAN_BCM_TX_SETUP', CAN_BCM_SETTIMER | CAN_BCM_STARTTIMER, 3, 0.01, 1.5, 0x321,
    ]);
    expect(m.frames).toEqual([{ id: 0x321, extended: false, rtr: false, error: false, data: Buffer.from([1, 2]), len8Dlc: 0 }]);
  });

  it('has the native alignment CPython\'s "@3I4l2I" gives, frames after the padded head', () => {
    const b = bcmTxDelete(0x42);
    expect(b.length % 8).toBe(0);
    expect(b.readUInt32LE(0)).toBe(CAN_BCM_TX_DELETE);
    expect(decodeBcmMessage(b).frames).toEqual([]);
    expect(decodeBcmMessage(bcmTxSend({ id: 7, data: Buffer.from('hi') })).frames[0]!.data.toString()).toBe('hi');
  });

  it('RX_SETUP without masks filters on the id; CAN FD frames with CAN_BCM_CAN_FD_FRAME', () => {
    expect(decodeBcmMessage(bcmRxSetup({ id: 0x10 })).flags & CAN_BCM_RX_FILTER_ID).toBe(CAN_BCM_RX_FILTER_ID);
    const fd = encodeBcmMessage({ opcode: CAN_BCM_RX_CHANGED, flags: CAN_BCM_CAN_FD_FRAME!, id: 1, frames: [{ id: 1, data: Buffer.alloc(12) }] });
    expect(fd.length).toBe(decodeBcmMessage(bcmTxDelete(1)).frames.length + bcmTxDelete(1).length + CANFD_MTU);
    expect(decodeBcmMessage(fd).frames[0]!.data.length).toBe(12);
  });

  it('refuses truncated messages, negative intervals and hostile input with coded errors (fuzz)', () => {
    const b = bcmTxSetup({ id: 1, frames: [{ id: 1 }] });
    expect(thrown<RangeError>(() => decodeBcmMessage(b.subarray(0, b.length - 1)))).toBeInstanceOf(RangeError);
    expect(thrown<RangeError>(() => bcmTxSetup({ id: 1, frames: [], ival1: -1 }))).toBeInstanceOf(RangeError);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          decodeBcmMessage(bytes);
        } catch (err) {
          if (!(err instanceof RangeError)) throw err;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('ISO-TP option structs', () => {
  it('fill absent fields with the kernel defaults and round-trip', () => {
    const o = decodeIsotpOptions(encodeIsotpOptions({ flags: CAN_ISOTP_TX_PADDING!, txpadContent: 0x55 }));
    expect(o).toEqual({ flags: CAN_ISOTP_TX_PADDING, frameTxtime: 50000, extAddress: 0, txpadContent: 0x55, rxpadContent: 0xcc, rxExtAddress: 0 });
    expect(decodeIsotpFcOptions(encodeIsotpFcOptions({ bs: 4, stmin: 0xf1 }))).toEqual({ bs: 4, stmin: 0xf1, wftmax: 0 });
    expect(decodeIsotpLlOptions(encodeIsotpLlOptions({ mtu: CANFD_MTU, txDl: 64 }))).toEqual({ mtu: CANFD_MTU, txDl: 64, txFlags: 0 });
  });

  it('refuse out-of-range fields (fuzz)', () => {
    expect(thrown<RangeError>(() => encodeIsotpFcOptions({ bs: 256 }))).toBeInstanceOf(RangeError);
    fc.assert(
      fc.property(fc.anything(), (x) => {
        for (const enc of [encodeIsotpOptions, encodeIsotpFcOptions, encodeIsotpLlOptions] as Array<(v: never) => Buffer>) {
          try {
            enc(x as never);
          } catch (err) {
            if (!((err instanceof TypeError || err instanceof RangeError) && typeof (err as { code?: unknown }).code === 'string')) throw err;
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('J1939 helpers', () => {
  it('encode struct j1939_filter arrays and refuse more than J1939_FILTER_MAX', () => {
    const b = encodeJ1939Filters([{ pgn: 0xef00, pgnMask: 0x3ff00, addr: 0x20, addrMask: 0xff, name: 1n, nameMask: 0xffn }]);
    expect(b.length).toBe(32);
    expect(b.readBigUInt64LE(0)).toBe(1n);
    expect(thrown<RangeError>(() => encodeJ1939Filters(Array.from({ length: 513 }, () => ({}))))).toBeInstanceOf(RangeError);
  });

  it('decode SCM_J1939_* control messages and ignore the rest', () => {
    const name = Buffer.alloc(8);
    name.writeBigUInt64LE(0x1122334455667788n);
    expect(
      decodeJ1939Ancillary([
        [SOL_CAN_J1939!, SCM_J1939_DEST_ADDR!, Buffer.from([0x42])],
        [SOL_CAN_J1939!, SCM_J1939_DEST_NAME!, name],
        [SOL_CAN_J1939!, SCM_J1939_PRIO!, Buffer.from([6])],
        [SOL_SOCKET, 99, Buffer.alloc(4)],
      ]),
    ).toEqual({ destAddr: 0x42, destName: 0x1122334455667788n, priority: 6 });
  });
});

describe('receive metadata from recvmsg', () => {
  it('decodes SCM_TIMESTAMPNS, SCM_TIMESTAMP, SCM_TIMESTAMPING and the SO_RXQ_OVFL counter', () => {
    const ts = Buffer.alloc(16);
    ts.writeBigInt64LE(1700000000n);
    ts.writeBigInt64LE(123456789n, 8);
    expect(decodeFrameAncillary([[SOL_SOCKET, SO_TIMESTAMPNS, ts], [SOL_SOCKET, SO_RXQ_OVFL, le32(7)]])).toEqual({ timestamp: 1700000000123456789n, dropped: 7 });
    const tv = Buffer.alloc(16);
    tv.writeBigInt64LE(2n);
    tv.writeBigInt64LE(5n, 8);
    expect(decodeFrameAncillary([[SOL_SOCKET, SO_TIMESTAMP, tv]])).toEqual({ timestamp: 2_000_005_000n });
    const three = Buffer.alloc(48);
    three.writeBigInt64LE(3n, 0);
    three.writeBigInt64LE(9n, 32);
    expect(decodeFrameAncillary([[SOL_SOCKET, SO_TIMESTAMPING, three]])).toEqual({ timestamp: 3_000_000_000n, hwTimestamp: 9_000_000_000n });
    expect(decodeFrameAncillary([[SOL_SOCKET, SO_TIMESTAMPNS, Buffer.alloc(3)]])).toEqual({});
  });
});
