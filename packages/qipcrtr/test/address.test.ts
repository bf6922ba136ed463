import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runFamilyContract, thrown } from '@sock/core/testing';
import { AF_QIPCRTR, decodeQrtrAddress, encodeQrtrAddress, QRTR_NODE_BCAST, QRTR_PORT_CTRL, qrtrFamily } from '@sock/qipcrtr';

const U32 = 0xffffffff;

runFamilyContract(qrtrFamily, {
  ctx: { type: 2 },
  valid: [
    { address: [1, 0] },
    { address: [1, 0x4001] },
    { address: [123, 123] },
    { address: [QRTR_NODE_BCAST, QRTR_PORT_CTRL] },
    { address: [U32, U32] },
    { address: [0, 0] },
  ],
  invalid: [
    { address: null },
    { address: undefined },
    { address: 1 },
    { address: { node: 1, port: 2 } },
    { address: [] },
    { address: [1] },
    { address: [1, 2, 3] },
    { address: ['1', 2] },
    { address: [1, null] },
    { address: [-1, 0] },
    { address: [-2, 0] },
    { address: [2 ** 32, 0] },
    { address: [1, 2 ** 32] },
    { address: [1.5, 0] },
    { address: [1n, 0] },
  ],
});

describe('AF_QIPCRTR address codec', () => {
  it('writes a whole zero-filled sockaddr_qrtr: family, node, port in host order', () => {
    const sa = encodeQrtrAddress([0x01020304, 0x0a0b0c0d]);
    expect(sa.length).toBe(12);
    const LE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    expect(LE ? sa.readUInt16LE(0) : sa.readUInt16BE(0)).toBe(AF_QIPCRTR);
    expect(LE ? sa.readUInt32LE(4) : sa.readUInt32BE(4)).toBe(0x01020304);
    expect(LE ? sa.readUInt32LE(8) : sa.readUInt32BE(8)).toBe(0x0a0b0c0d);
  });

  it('refuses what CPython would wrap (-2 as a node), naming the caller for a wrong shape', () => {
    expect(thrown(() => encodeQrtrAddress([-2, 0]))).toMatchObject({ name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
    const shape = thrown(() => encodeQrtrAddress(5, { caller: 'connect' }));
    expect(shape).toMatchObject({ name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
    expect((shape as Error).message).toContain('connect(): AF_QIPCRTR address must be tuple');
    expect((thrown(() => encodeQrtrAddress([1])) as Error).message).toContain('must be a pair (node, port)');
    expect(thrown(() => encodeQrtrAddress(new Proxy([1, 2], {})))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
  });

  it('decodes any view by its bytes, and refuses what is not a view with a coded TypeError', () => {
    const sa = encodeQrtrAddress([7, 9]);
    const wide = new Uint16Array(sa.buffer.slice(sa.byteOffset, sa.byteOffset + sa.length));
    expect(decodeQrtrAddress(wide)).toEqual(decodeQrtrAddress(sa));
    expect(decodeQrtrAddress(new DataView(wide.buffer))).toEqual(decodeQrtrAddress(sa));
    for (const junk of [null, undefined, 'abcdefgh', 5, {}, [1, 2, 3]]) {
      expect(thrown(() => decodeQrtrAddress(junk as never)), String(junk)).toMatchObject({ name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
    }
  });

  it('reads what a short sockaddr lacks as zeros', () => {
    const sa = encodeQrtrAddress([7, 9]);
    expect(decodeQrtrAddress(sa.subarray(0, 0))).toEqual([0, 0]);
    expect(decodeQrtrAddress(sa.subarray(0, 8))).toEqual([7, 0]);
    expect(decodeQrtrAddress(sa.subarray(0, 10))).toEqual([7, sa.subarray(8, 10).readUInt16LE(0) === 9 ? 9 : 0]);
  });

  it('round-trips every [node, port] (fast-check)', () => {
    fc.assert(
      fc.property(fc.nat({ max: U32 }), fc.nat({ max: U32 }), (node, port) => {
        expect(decodeQrtrAddress(encodeQrtrAddress([node, port]))).toEqual([node, port]);
      }),
      { numRuns: 500 },
    );
  });

  it('answers every hostile address with a coded TypeError or RangeError only (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 4 }), fc.anything({ maxDepth: 2 }), (items, lone) => {
        for (const address of [items, lone, [lone, 1], [1, lone]]) {
          try {
            encodeQrtrAddress(address);
          } catch (err) {
            expect(err instanceof TypeError || err instanceof RangeError, String(err)).toBe(true);
            expect(typeof (err as { code?: unknown }).code).toBe('string');
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
