import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runFamilyContract, thrown } from '@sock/core/testing';
import { decodeXdpAddress, encodeXdpAddress, xdpFamily, XDP_SHARED_UMEM, XDP_ZEROCOPY } from '../src/index.js';

runFamilyContract(xdpFamily, {
  valid: [
    { address: [1, 0], canonical: [1, 0, 0, 0] },
    { address: [1, 3, XDP_ZEROCOPY], canonical: [1, 3, XDP_ZEROCOPY, 0] },
    { address: [7, 0, XDP_SHARED_UMEM, 12] },
    { address: [0xffffffff, 0xffffffff, 0xffff, 0xffffffff] },
  ],
  invalid: [
    { address: 'lo' },
    { address: [1] },
    { address: [1, 2, 3, 4, 5] },
    { address: [-1, 0] },
    { address: [1, 2 ** 32] },
    { address: [1, 0, 0x10000] },
    { address: [1, 0, 0, 1.5] },
    { address: ['1', 0] },
  ],
  ctx: { type: 3 },
});

describe('AF_XDP address codec', () => {
  it('writes struct sockaddr_xdp: family, flags, ifindex, queue id, shared UMEM fd', () => {
    const bytes = encodeXdpAddress([2, 5, XDP_SHARED_UMEM, 9]);
    expect(bytes.length).toBe(16);
    expect(bytes.readUInt16LE(0)).toBe(xdpFamily.family);
    expect(bytes.readUInt16LE(2)).toBe(XDP_SHARED_UMEM);
    expect(bytes.readUInt32LE(4)).toBe(2);
    expect(bytes.readUInt32LE(8)).toBe(5);
    expect(bytes.readUInt32LE(12)).toBe(9);
  });

  it('reads a sockaddr the kernel cut short as far as it goes', () => {
    const full = encodeXdpAddress([4, 6, 0, 8]);
    expect(decodeXdpAddress(full.subarray(0, 8))).toEqual([4, 0, 0, 0]);
    expect(decodeXdpAddress(full.subarray(0, 2))).toEqual([0, 0, 0, 0]);
  });

  it('names the argument and what it got in its errors', () => {
    const err = thrown(() => encodeXdpAddress([1, -1]));
    expect(err).toBeInstanceOf(RangeError);
    expect(err.code).toBe('ERR_OUT_OF_RANGE');
    expect(err.message).toContain('queueId');
    expect(thrown(() => encodeXdpAddress(null)).code).toBe('ERR_INVALID_ARG_TYPE');
  });

  it('round-trips any address of four uint32/uint16 members', () => {
    const u32 = fc.integer({ min: 0, max: 0xffffffff });
    fc.assert(
      fc.property(u32, u32, fc.integer({ min: 0, max: 0xffff }), u32, (ifindex, queue, flags, fd) => {
        expect(decodeXdpAddress(encodeXdpAddress([ifindex, queue, flags, fd]))).toEqual([ifindex, queue, flags, fd]);
      }),
      { numRuns: 500 },
    );
  });
});
