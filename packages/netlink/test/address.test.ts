import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SOCK_RAW } from '@sock/core';
import { needs, runFamilyContract } from '@sock/core/testing';
import { AF_NETLINK, decodeNetlinkAddress, encodeNetlinkAddress, netlinkFamily, RTMGRP_LINK } from '@sock/netlink';
import { hasPython, python, thrown } from './helpers.js';

const py = needs(hasPython ? null : 'python3 with AF_NETLINK on PATH');

runFamilyContract(netlinkFamily, {
  valid: [
    { address: [0, 0] },
    { address: [1234, 0] },
    { address: [0, RTMGRP_LINK] },
    { address: [0xffffffff, 0xffffffff] },
    { address: [process.pid, 5] },
  ],
  invalid: [
    { address: 5 },
    { address: null },
    { address: undefined },
    { address: '0,0' },
    { address: { pid: 0, groups: 0 } },
    { address: [] },
    { address: [0] },
    { address: [0, 0, 0] },
    { address: ['0', 0] },
    { address: [0, 1.5] },
    { address: [-1, 0] },
    { address: [0, 2 ** 32] },
    { address: [0n, 0] },
  ],
  ctx: { type: SOCK_RAW },
});

describe('AF_NETLINK address codec', () => {
  it('writes struct sockaddr_nl: family, zero pad, pid, groups in host order', () => {
    const sa = encodeNetlinkAddress([0x01020304, 0x10]);
    expect(sa.length).toBe(12);
    expect(sa.readUInt16LE(0)).toBe(AF_NETLINK);
    expect(sa.readUInt16LE(2)).toBe(0);
    expect(sa.readUInt32LE(4)).toBe(0x01020304);
    expect(sa.readUInt32LE(8)).toBe(0x10);
  });

  it('refuses a non-array with CPython\'s words and the caller named (TypeError ERR_INVALID_ARG_TYPE)', () => {
    const err = thrown(() => encodeNetlinkAddress('x', { caller: 'connect' }));
    expect(err).toBeInstanceOf(TypeError);
    expect(err.code).toBe('ERR_INVALID_ARG_TYPE');
    expect(err.message).toContain('connect(): AF_NETLINK address must be tuple');
  });

  it('refuses a wrong-length array with CPython\'s "must be a pair (pid, groups)" (TypeError ERR_INVALID_ARG_VALUE)', () => {
    for (const bad of [[], [1], [1, 2, 3]]) {
      const err = thrown(() => encodeNetlinkAddress(bad));
      expect(err).toBeInstanceOf(TypeError);
      expect(err.code).toBe('ERR_INVALID_ARG_VALUE');
      expect(err.message).toContain('AF_NETLINK address must be a pair (pid, groups)');
    }
  });

  it('refuses out-of-range numbers (RangeError naming the field) where CPython would wrap them', () => {
    expect(thrown(() => encodeNetlinkAddress([-1, 0]))).toMatchObject({ name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: expect.stringContaining('"pid"') });
    expect(thrown(() => encodeNetlinkAddress([0, 2 ** 32]))).toMatchObject({ code: 'ERR_OUT_OF_RANGE', message: expect.stringContaining('"groups"') });
    expect(thrown(() => encodeNetlinkAddress(['1', 0]))).toMatchObject({ name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  });

  it('decodes short sockaddrs with the missing fields as 0', () => {
    const sa = encodeNetlinkAddress([7, 9]);
    expect(decodeNetlinkAddress(sa.subarray(0, 0))).toEqual([0, 0]);
    expect(decodeNetlinkAddress(sa.subarray(0, 8))).toEqual([7, 0]);
    expect(decodeNetlinkAddress(sa.subarray(0, 11))).toEqual([7, 0]);
  });

  it('round-trips every [pid, groups] (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffffffff }), fc.nat({ max: 0xffffffff }), (pid, groups) => {
        expect(decodeNetlinkAddress(encodeNetlinkAddress([pid, groups]))).toEqual([pid, groups]);
      }),
      { numRuns: 2000 },
    );
  });

  it.skipIf(py.skip)(`keeps CPython's error messages for the same bad addresses${py.title}`, () => {
    const theirs = python<string[]>(
      `import socket, json
errors = []
for bad in ['x', (1,), (1, 2, 3)]:
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, socket.NETLINK_USERSOCK)
    try:
        s.bind(bad)
    except TypeError as e:
        errors.append(str(e))
    s.close()
print(json.dumps(errors))`,
    );
    expect(theirs).toHaveLength(3);
    expect(theirs[0]).toBe('bind(): AF_NETLINK address must be tuple, not str');
    expect(thrown(() => encodeNetlinkAddress('x', { caller: 'bind' })).message).toContain('bind(): AF_NETLINK address must be tuple');
    expect(thrown(() => encodeNetlinkAddress([1])).message).toContain(theirs[1]);
    expect(thrown(() => encodeNetlinkAddress([1, 2, 3])).message).toContain(theirs[2]);
  });
});
