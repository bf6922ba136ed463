import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrown } from '@sock/core/testing';
import {
  CAN_EFF_FLAG, CAN_ERR_FLAG, CAN_MTU, CAN_RTR_FLAG, CANFD_BRS, CANFD_ESI, CANFD_FDF, CANFD_MTU, CANXL_HDR_SIZE, CANXL_MTU, CANXL_SEC, CANXL_XLF,
  decodeCanFdFrame, decodeCanFrame, decodeCanXlFrame, decodeFrame, encodeCanFdFrame, encodeCanFrame, encodeCanXlFrame, encodeFrame,
} from '@sock/can';

const FD_LENGTHS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 12, 16, 20, 24, 32, 48, 64];
const coded = (fn: () => unknown, cls: typeof RangeError | typeof TypeError, code: string): void => {
  const err = thrown<Error & { code: string }>(fn);
  expect(err).toBeInstanceOf(cls);
  expect(err.code).toBe(code);
};

describe('struct can_frame', () => {
  it('lays out can_id, len and data as CPython\'s "=IB3x8s" does', () => {
    const b = encodeCanFrame({ id: 0x123, data: Buffer.from([1, 2, 3]) });
    expect(b.length).toBe(CAN_MTU);
    expect(b.readUInt32LE(0)).toBe(0x123);
    expect(b[4]).toBe(3);
    expect([...b.subarray(8, 11)]).toEqual([1, 2, 3]);
  });

  it('sets EFF for ids above 11 bits (or when asked), RTR and ERR as flags of can_id', () => {
    expect(encodeCanFrame({ id: 0x800 }).readUInt32LE(0)).toBe((0x800 | CAN_EFF_FLAG) >>> 0);
    expect(encodeCanFrame({ id: 1, extended: true }).readUInt32LE(0)).toBe((1 | CAN_EFF_FLAG) >>> 0);
    expect(encodeCanFrame({ id: 1, rtr: true }).readUInt32LE(0)).toBe((1 | CAN_RTR_FLAG) >>> 0);
    expect(encodeCanFrame({ id: 4, error: true }).readUInt32LE(0)).toBe((4 | CAN_ERR_FLAG) >>> 0);
    expect(decodeCanFrame(encodeCanFrame({ id: 0x1abcdef0, data: Buffer.alloc(8, 7), len8Dlc: 15 }))).toEqual({
      id: 0x1abcdef0, extended: true, rtr: false, error: false, data: Buffer.alloc(8, 7), len8Dlc: 15,
    });
  });

  it('refuses ids, lengths and DLCs the struct cannot carry with RangeError', () => {
    coded(() => encodeCanFrame({ id: 0x800, extended: false }), RangeError, 'ERR_OUT_OF_RANGE');
    coded(() => encodeCanFrame({ id: 0x20000000 }), RangeError, 'ERR_OUT_OF_RANGE');
    coded(() => encodeCanFrame({ id: -1 }), RangeError, 'ERR_OUT_OF_RANGE');
    coded(() => encodeCanFrame({ id: 1, data: Buffer.alloc(9) }), RangeError, 'ERR_OUT_OF_RANGE');
    coded(() => encodeCanFrame({ id: 1, data: Buffer.alloc(7), len8Dlc: 9 }), RangeError, 'ERR_OUT_OF_RANGE');
    coded(() => encodeCanFrame({ id: 1, data: 'abc' as never }), TypeError, 'ERR_INVALID_ARG_TYPE');
    coded(() => decodeCanFrame(Buffer.alloc(15)), RangeError, 'ERR_OUT_OF_RANGE');
    coded(() => decodeCanFrame(Buffer.alloc(CANFD_MTU)), RangeError, 'ERR_OUT_OF_RANGE');
  });

  it('reads a len above 8 as 8, never past data', () => {
    const b = encodeCanFrame({ id: 1, data: Buffer.alloc(8, 1) });
    b[4] = 200;
    expect(decodeCanFrame(b).data.length).toBe(8);
  });

  it('round-trips every valid frame (fuzz)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.nat({ max: 0x1fffffff }), fc.uint8Array({ maxLength: 8 }), fc.boolean(), (ext, raw, data, rtr) => {
        const id = ext ? raw : raw & 0x7ff;
        const f = decodeCanFrame(encodeCanFrame({ id, extended: ext, rtr, data }));
        expect(f).toEqual({ id, extended: ext, rtr, error: false, data: Buffer.from(data), len8Dlc: 0 });
      }),
    );
  });
});

describe('struct canfd_frame', () => {
  it('carries every CAN FD length with BRS/ESI and FDF set', () => {
    for (const n of FD_LENGTHS) {
      const b = encodeCanFdFrame({ id: 0x7ff, brs: true, esi: n % 2 === 0, data: Buffer.alloc(n, n) });
      expect(b.length).toBe(CANFD_MTU);
      expect(b[5]! & CANFD_FDF!).toBe(CANFD_FDF);
      expect(decodeCanFdFrame(b)).toEqual({ id: 0x7ff, extended: false, error: false, brs: true, esi: n % 2 === 0, data: Buffer.alloc(n, n) });
    }
    expect(encodeCanFdFrame({ id: 1, esi: true })[5]).toBe(CANFD_ESI! | CANFD_FDF!);
    expect(encodeCanFdFrame({ id: 1, brs: true })[5]).toBe(CANFD_BRS! | CANFD_FDF!);
  });

  it('refuses lengths that are no CAN FD DLC, and bytes of another size', () => {
    for (const n of [9, 13, 63, 65]) coded(() => encodeCanFdFrame({ id: 1, data: Buffer.alloc(n) }), RangeError, 'ERR_OUT_OF_RANGE');
    coded(() => decodeCanFdFrame(Buffer.alloc(CAN_MTU)), RangeError, 'ERR_OUT_OF_RANGE');
  });
});

describe('struct canxl_frame', () => {
  it('writes the header and exactly len data bytes, XLF always set', () => {
    const b = encodeCanXlFrame({ prio: 0x242, sec: true, sdt: 3, af: 0xdeadbeef, data: Buffer.alloc(100, 9) });
    expect(b.length).toBe(CANXL_HDR_SIZE! + 100);
    expect(b[4]).toBe(CANXL_XLF! | CANXL_SEC!);
    expect(decodeCanXlFrame(b)).toEqual({ prio: 0x242, sec: true, sdt: 3, af: 0xdeadbeef, data: Buffer.alloc(100, 9) });
    expect(decodeCanXlFrame(encodeCanXlFrame({ prio: 1, data: Buffer.alloc(2048) })).data.length).toBe(2048);
    expect(CANXL_MTU).toBe(CANXL_HDR_SIZE! + 2048);
  });

  it('refuses an empty or oversized payload, a priority above 11 bits, and inconsistent bytes', () => {
    coded(() => encodeCanXlFrame({ prio: 1, data: Buffer.alloc(0) }), RangeError, 'ERR_OUT_OF_RANGE');
    coded(() => encodeCanXlFrame({ prio: 1, data: Buffer.alloc(2049) }), RangeError, 'ERR_OUT_OF_RANGE');
    coded(() => encodeCanXlFrame({ prio: 0x800, data: Buffer.alloc(1) }), RangeError, 'ERR_OUT_OF_RANGE');
    const b = encodeCanXlFrame({ prio: 1, data: Buffer.alloc(10) });
    coded(() => decodeCanXlFrame(b.subarray(0, b.length - 1)), RangeError, 'ERR_OUT_OF_RANGE');
    const noXlf = Buffer.from(b);
    noXlf[4] = 0;
    coded(() => decodeCanXlFrame(noXlf), RangeError, 'ERR_OUT_OF_RANGE');
  });
});

describe('decodeFrame', () => {
  it('tells the three structs apart by size and the XLF bit (a 4-byte XL frame is 16 bytes long too)', () => {
    expect(decodeFrame(encodeCanFrame({ id: 5 })).kind).toBe('can');
    expect(decodeFrame(encodeCanFdFrame({ id: 5 })).kind).toBe('canfd');
    expect(decodeFrame(encodeCanXlFrame({ prio: 5, data: Buffer.alloc(4) })).kind).toBe('canxl');
    expect(decodeFrame(encodeCanXlFrame({ prio: 5, data: Buffer.alloc(60) })).kind).toBe('canxl');
    expect(encodeFrame({ kind: 'canfd', id: 1 }).length).toBe(CANFD_MTU);
    coded(() => decodeFrame(Buffer.alloc(20)), RangeError, 'ERR_OUT_OF_RANGE');
  });

  it('decodes any bytes to a frame or a coded RangeError (fuzz)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2100 }), (bytes) => {
        try {
          const f = decodeFrame(bytes);
          expect(['can', 'canfd', 'canxl']).toContain(f.kind);
        } catch (err) {
          if (!(err instanceof RangeError) || (err as { code?: string }).code !== 'ERR_OUT_OF_RANGE') throw err;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('encoders answer hostile input only with coded TypeError/RangeError (fuzz)', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        for (const enc of [encodeCanFrame, encodeCanFdFrame, encodeCanXlFrame, encodeFrame] as Array<(x: never) => Buffer>) {
          try {
            enc(input as never);
          } catch (err) {
            if (!((err instanceof TypeError || err instanceof RangeError) && typeof (err as { code?: unknown }).code === 'string')) throw err;
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('the package\'s frame exports', () => {
  it('are the checked codecs only: frames()\' in-place decoder, which trusts its offsets, stays internal', async () => {
    const pkg = await import('@sock/can');
    expect(Object.keys(pkg)).not.toContain('decodeFrameAt');
    for (const name of ['decodeFrame', 'encodeFrame', 'decodeCanFrame', 'encodeCanXlFrame', 'packCanId', 'unpackCanId']) expect(typeof (pkg as Record<string, unknown>)[name], name).toBe('function');
  });
});
