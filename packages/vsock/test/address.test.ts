import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Socket, SOCK_STREAM } from '@sock/core';
import { runFamilyContract } from '@sock/core/testing';
import {
  AF_VSOCK,
  decodeVsockAddress,
  encodeVsockAddress,
  VMADDR_CID_ANY,
  VMADDR_CID_HOST,
  VMADDR_CID_LOCAL,
  VMADDR_FLAG_TO_HOST,
  VMADDR_PORT_ANY,
  vsockFamily,
} from '@sock/vsock';
import { PYTHON_TIMEOUT, pythonNeed, vsock } from './helpers.js';

const U32 = 0xffffffff;

runFamilyContract(vsockFamily, {
  valid: [
    { address: [VMADDR_CID_ANY, VMADDR_PORT_ANY] },
    { address: [VMADDR_CID_HOST, 1234] },
    { address: [VMADDR_CID_LOCAL, 0] },
    { address: [3, 5000] },
    { address: [0, 0] },
    { address: [U32 - 1, U32 - 1] },
    { address: [VMADDR_CID_HOST, 22, VMADDR_FLAG_TO_HOST], canonical: [VMADDR_CID_HOST, 22] },
    { address: [7, 8, 0], canonical: [7, 8] },
  ],
  invalid: [
    { address: null },
    { address: undefined },
    { address: 3 },
    { address: '3:1234' },
    { address: { cid: 3, port: 1234 } },
    { address: [] },
    { address: [3] },
    { address: [3, 4, 0, 0] },
    { address: [-1, 1234] },
    { address: [2 ** 32, 1234] },
    { address: [3, 2 ** 32 + 5] },
    { address: [3, -1] },
    { address: [1.5, 2] },
    { address: ['3', 1234] },
    { address: [3, '1234'] },
    { address: [3n, 1234] },
    { address: [3, NaN] },
    { address: [3, 4, 256] },
    { address: [3, 4, -1] },
  ],
});

describe('AF_VSOCK address codec', () => {
  it('writes a whole zero-filled struct sockaddr_vm in host byte order', () => {
    const sa = encodeVsockAddress([0x01020304, 0x0a0b0c0d]);
    expect(sa.length).toBe(16);
    expect(sa.readUInt16LE(0)).toBe(AF_VSOCK);
    expect(sa.readUInt16LE(2)).toBe(0); // svm_reserved1
    expect(sa.readUInt32LE(4)).toBe(0x0a0b0c0d); // svm_port
    expect(sa.readUInt32LE(8)).toBe(0x01020304); // svm_cid
    expect([...sa.subarray(12)]).toEqual([0, 0, 0, 0]); // svm_flags, svm_zero
    expect(encodeVsockAddress([VMADDR_CID_HOST, 22, VMADDR_FLAG_TO_HOST])[12]).toBe(VMADDR_FLAG_TO_HOST);
  });

  it('decodes [svm_cid, svm_port] and drops svm_flags, as CPython does', () => {
    const sa = encodeVsockAddress([VMADDR_CID_HOST, 80, VMADDR_FLAG_TO_HOST!]);
    expect(decodeVsockAddress(sa)).toEqual([VMADDR_CID_HOST, 80]);
  });

  it('reads what a short sockaddr lacks as zeros', () => {
    const sa = encodeVsockAddress([0xaabbccdd, 0x11223344]);
    expect(decodeVsockAddress(sa.subarray(0, 2))).toEqual([0, 0]);
    expect(decodeVsockAddress(sa.subarray(0, 8))).toEqual([0, 0x11223344]);
    expect(decodeVsockAddress(sa.subarray(0, 10))).toEqual([0xccdd, 0x11223344]);
    expect(decodeVsockAddress(new Uint8Array(0))).toEqual([0, 0]);
  });

  it('decodes from any offset of a larger buffer', () => {
    const big = Buffer.alloc(40);
    encodeVsockAddress([77, 88]).copy(big, 7);
    expect(decodeVsockAddress(big.subarray(7, 23))).toEqual([77, 88]);
  });

  it('refuses wrong shapes with CPython\'s text and Node codes', () => {
    expect(() => encodeVsockAddress({ cid: 3, port: 4 }, { caller: 'connect' })).toThrow(
      expect.objectContaining({ name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: expect.stringContaining('connect(): AF_VSOCK address must be tuple') }),
    );
    expect(() => encodeVsockAddress([3])).toThrow(expect.objectContaining({ name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' }));
    expect(() => encodeVsockAddress(['3', 4])).toThrow(expect.objectContaining({ name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: expect.stringContaining('"cid"') }));
  });

  it('refuses CIDs and ports outside 0..2**32-1 instead of wrapping them as CPython does', () => {
    expect(() => encodeVsockAddress([-1, 4])).toThrow(expect.objectContaining({ name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: expect.stringContaining('"cid"') }));
    expect(() => encodeVsockAddress([3, 2 ** 32 + 5])).toThrow(expect.objectContaining({ name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: expect.stringContaining('"port"') }));
    expect(() => encodeVsockAddress([3, 4, 0x100])).toThrow(expect.objectContaining({ name: 'RangeError', message: expect.stringContaining('"flags"') }));
  });

  it('round-trips every [cid, port] (fast-check)', () => {
    fc.assert(
      fc.property(fc.nat({ max: U32 }), fc.nat({ max: U32 }), fc.nat({ max: 0xff }), (cid, port, flags) => {
        expect(decodeVsockAddress(encodeVsockAddress([cid, port]))).toEqual([cid, port]);
        expect(decodeVsockAddress(encodeVsockAddress([cid, port, flags]))).toEqual([cid, port]);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses every non-integer or out-of-range element with a coded error (fast-check)', () => {
    const bad = fc.oneof(fc.integer({ max: -1 }), fc.double({ min: U32 + 1, max: 2 ** 60, noNaN: true }).map(Math.floor), fc.double({ noInteger: true }), fc.string(), fc.constant(null), fc.bigInt());
    fc.assert(
      fc.property(bad, fc.nat({ max: U32 }), fc.boolean(), (b, ok, first) => {
        const address = first ? [b, ok] : [ok, b];
        let caught: unknown;
        try {
          encodeVsockAddress(address);
        } catch (err) {
          caught = err;
        }
        expect(caught instanceof TypeError || caught instanceof RangeError).toBe(true);
        expect(typeof (caught as { code?: unknown }).code).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});

const python = pythonNeed();

describe('AF_VSOCK addresses on real sockets', () => {
  it.skipIf(vsock.skip)(`reports an unbound socket as [VMADDR_CID_ANY, VMADDR_PORT_ANY]${vsock.title}`, () => {
    using s = new Socket(AF_VSOCK, SOCK_STREAM);
    expect(s.getsockname()).toEqual([VMADDR_CID_ANY, VMADDR_PORT_ANY]);
  });

  it.skipIf(vsock.skip)(`binds (VMADDR_CID_ANY, VMADDR_PORT_ANY) to a kernel-chosen port and reads it back${vsock.title}`, () => {
    using s = new Socket(AF_VSOCK, SOCK_STREAM);
    s.bind([VMADDR_CID_ANY, VMADDR_PORT_ANY]);
    const [cid, port] = s.getsockname() as [number, number];
    expect(cid).toBe(VMADDR_CID_ANY);
    expect(port).toBeGreaterThanOrEqual(1024);
    expect(port).toBeLessThan(VMADDR_PORT_ANY);
    using t = new Socket(AF_VSOCK, SOCK_STREAM);
    t.bind([VMADDR_CID_ANY, port + 1 < VMADDR_PORT_ANY ? port + 1 : port - 1]);
    expect((t.getsockname() as number[])[1]).not.toBe(port);
  });

  it.skipIf(vsock.skip || python.skip)(`shows the same getsockname as CPython for the same bind${vsock.title}${python.title}`, () => {
    using s = new Socket(AF_VSOCK, SOCK_STREAM);
    s.bind([VMADDR_CID_ANY, VMADDR_PORT_ANY]);
    const port = (s.getsockname() as number[])[1]!;
    const script = `import socket; s = socket.socket(socket.AF_VSOCK, socket.SOCK_STREAM); print(s.getsockname()); s.bind((socket.VMADDR_CID_ANY, ${port + 7})); print(list(s.getsockname()))`;
    const out = spawnSync('python3', ['-c', script], { encoding: 'utf8', timeout: PYTHON_TIMEOUT });
    expect(out.status, out.stderr).toBe(0);
    const [unbound, bound] = out.stdout.trim().split('\n');
    expect(unbound).toBe(`(${VMADDR_CID_ANY}, ${VMADDR_PORT_ANY})`);
    expect(JSON.parse(bound!)).toEqual([VMADDR_CID_ANY, port + 7]);
  }, PYTHON_TIMEOUT + 10_000);

  it.skipIf(vsock.skip)(`refuses a bad address before any syscall${vsock.title}`, () => {
    using s = new Socket(AF_VSOCK, SOCK_STREAM);
    expect(() => (s as Socket).bind([VMADDR_CID_ANY])).toThrow(TypeError);
    expect(() => s.bind([-1, 5])).toThrow(RangeError);
    expect(s.getsockname()).toEqual([VMADDR_CID_ANY, VMADDR_PORT_ANY]);
  });
});
