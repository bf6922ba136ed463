import { endianness } from 'node:os';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Socket } from '@sock/core';
import { thrown } from '@sock/core/testing';
import {
  cancelSentTo,
  congMaskHasPort,
  congMonitorMask,
  decodeCongUpdate,
  decodeRdmaNotify,
  decodeRxTrace,
  decodeZcopyCookies,
  RDS_CMSG_CONG_UPDATE,
  RDS_CMSG_RDMA_STATUS,
  RDS_CMSG_RXPATH_LATENCY,
  RDS_CMSG_ZCOPY_COMPLETION,
  RDS_MAX_ZCOOKIES,
  RDS_RDMA_CANCELED,
  rdsControlMessages,
  SOL_RDS,
} from '@sock/rds';

const LE = endianness() === 'LE';
const u64 = (v: bigint): Buffer => {
  const b = Buffer.alloc(8);
  if (LE) b.writeBigUInt64LE(v);
  else b.writeBigUInt64BE(v);
  return b;
};
const u32 = (v: number): Buffer => {
  const b = Buffer.alloc(4);
  if (LE) b.writeUInt32LE(v);
  else b.writeUInt32BE(v);
  return b;
};

describe('congestion monitor masks', () => {
  it('put port p at bit p % 64, as RDS_CONG_MONITOR_MASK does', () => {
    expect(congMonitorMask(0)).toBe(1n);
    expect(congMonitorMask(63)).toBe(1n << 63n);
    expect(congMonitorMask(64)).toBe(1n);
    expect(congMonitorMask(18634)).toBe(1n << BigInt(18634 % 64));
    expect(congMaskHasPort(congMonitorMask(100) | congMonitorMask(5), 100)).toBe(true);
    expect(congMaskHasPort(congMonitorMask(100), 101)).toBe(false);
  });

  it('refuses what is not a port or a mask', () => {
    expect(thrown(() => congMonitorMask(-1))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => congMonitorMask(65536))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => congMonitorMask('1' as unknown as number))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    expect(thrown(() => congMaskHasPort(1 as unknown as bigint, 1))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
  });
});

describe('SOL_RDS control-message payloads', () => {
  it('RDS_CMSG_CONG_UPDATE: a 64-bit mask in host order', () => {
    expect(decodeCongUpdate(u64(0x8000_0000_0000_0001n))).toBe(0x8000_0000_0000_0001n);
    expect(thrown(() => decodeCongUpdate(Buffer.alloc(7)))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
  });

  it('RDS_CMSG_RDMA_STATUS: struct rds_rdma_notify (user token, signed status)', () => {
    const data = Buffer.concat([u64(0xdead_beefn), u32(RDS_RDMA_CANCELED!), Buffer.alloc(4)]);
    expect(decodeRdmaNotify(data)).toEqual({ userToken: 0xdead_beefn, status: RDS_RDMA_CANCELED });
    expect(decodeRdmaNotify(Buffer.concat([u64(1n), u32(0xffffffff)])).status).toBe(-1);
    expect(thrown(() => decodeRdmaNotify(Buffer.alloc(11)))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
  });

  it('RDS_CMSG_ZCOPY_COMPLETION: struct rds_zcopy_cookies, up to RDS_MAX_ZCOOKIES', () => {
    const max = RDS_MAX_ZCOOKIES!;
    const full = Buffer.concat([u32(3), u32(7), u32(8), u32(9), Buffer.alloc(4 * (max - 3))]);
    expect(decodeZcopyCookies(full)).toEqual([7, 8, 9]);
    expect(decodeZcopyCookies(u32(0))).toEqual([]);
    expect(thrown(() => decodeZcopyCookies(Buffer.concat([u32(max + 1), Buffer.alloc(4 * max)])))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
    expect(thrown(() => decodeZcopyCookies(Buffer.concat([u32(2), u32(1)])))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
  });

  it('RDS_CMSG_RXPATH_LATENCY: struct rds_cmsg_rx_trace, the traced points and their nanoseconds', () => {
    const data = Buffer.alloc(32);
    data[0] = 2;
    data[1] = 0;
    data[2] = 2;
    data.set(u64(1500n), 8);
    data.set(u64(99n), 16);
    expect(decodeRxTrace(data)).toEqual({ points: [0, 2], nanoseconds: [1500n, 99n] });
    data[0] = 4;
    expect(thrown(() => decodeRxTrace(data))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
    expect(thrown(() => decodeRxTrace(Buffer.alloc(31)))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
  });

  it('rdsControlMessages decodes the SOL_RDS items in order and skips the rest', () => {
    const items: [number, number, Buffer][] = [
      [1, 1, Buffer.alloc(4)],
      [SOL_RDS, RDS_CMSG_CONG_UPDATE, u64(4n)],
      [SOL_RDS, 99, Buffer.alloc(2)],
      [SOL_RDS, RDS_CMSG_RDMA_STATUS, Buffer.concat([u64(5n), u32(0), Buffer.alloc(4)])],
      [SOL_RDS, RDS_CMSG_ZCOPY_COMPLETION!, Buffer.concat([u32(1), u32(42), Buffer.alloc(28)])],
    ];
    expect(rdsControlMessages(items)).toEqual([
      { type: 'cong-update', mask: 4n },
      { type: 'rdma-status', notify: { userToken: 5n, status: 0 } },
      { type: 'zcopy-completion', cookies: [42] },
    ]);
    expect(RDS_CMSG_RXPATH_LATENCY).toBeDefined();
  });

  it('answers hostile input to every decoder with coded errors only (fast-check)', () => {
    const decoders = [decodeCongUpdate, decodeRdmaNotify, decodeZcopyCookies, decodeRxTrace, rdsControlMessages, (x: unknown) => cancelSentTo(x as Socket, ['127.0.0.1', 1])];
    const levels = fc.constantFrom(SOL_RDS, RDS_CMSG_CONG_UPDATE, 1);
    fc.assert(
      fc.property(fc.anything({ maxDepth: 2 }), fc.uint8Array({ maxLength: 64 }), levels, fc.integer({ min: 0, max: 14 }), (junk, bytes, level, type) => {
        for (const decode of decoders) {
          for (const input of [junk, bytes, [[level, type, bytes]], [[level, type, junk]]]) {
            try {
              (decode as (x: unknown) => unknown)(input);
            } catch (err) {
              expect(err instanceof TypeError || err instanceof RangeError, String(err)).toBe(true);
              expect(typeof (err as { code?: unknown }).code).toBe('string');
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});
