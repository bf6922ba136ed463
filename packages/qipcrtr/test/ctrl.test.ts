import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrown } from '@sock/core/testing';
import {
  announceServerSync,
  decodeCtrlPacket,
  encodeCtrlPacket,
  isServerPacket,
  lookupServicesSync,
  QRTR_CTRL_PKT_SIZE,
  QRTR_TYPE_BYE,
  QRTR_TYPE_DEL_CLIENT,
  QRTR_TYPE_DEL_LOOKUP,
  QRTR_TYPE_DEL_SERVER,
  QRTR_TYPE_HELLO,
  QRTR_TYPE_NEW_LOOKUP,
  QRTR_TYPE_NEW_SERVER,
  QRTR_TYPE_RESUME_TX,
  withdrawServerSync,
} from '@sock/qipcrtr';

const le = (...words: number[]): Buffer => Buffer.concat(words.map((w) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(w);
  return b;
}));

describe('struct qrtr_ctrl_pkt codec', () => {
  it('is 20 bytes of little-endian words: cmd, then service, instance, node, port', () => {
    expect(QRTR_CTRL_PKT_SIZE).toBe(20);
    expect(encodeCtrlPacket({ cmd: QRTR_TYPE_NEW_SERVER, service: 42, instance: 0x0102, node: 1, port: 0x4001 })).toEqual(le(QRTR_TYPE_NEW_SERVER, 42, 0x0102, 1, 0x4001));
    expect(encodeCtrlPacket({ cmd: QRTR_TYPE_NEW_LOOKUP!, service: 7 })).toEqual(le(QRTR_TYPE_NEW_LOOKUP!, 7, 0, 0, 0));
  });

  it('puts node and port in the client view for DEL_CLIENT, RESUME_TX and BYE; the cmd alone for HELLO', () => {
    expect(encodeCtrlPacket({ cmd: QRTR_TYPE_DEL_CLIENT, node: 3, port: 9 })).toEqual(le(QRTR_TYPE_DEL_CLIENT, 3, 9, 0, 0));
    expect(decodeCtrlPacket(le(QRTR_TYPE_RESUME_TX, 3, 9, 0, 0))).toEqual({ cmd: QRTR_TYPE_RESUME_TX, node: 3, port: 9 });
    expect(decodeCtrlPacket(le(QRTR_TYPE_BYE, 0, 0, 0, 0))).toEqual({ cmd: QRTR_TYPE_BYE, node: 0, port: 0 });
    expect(decodeCtrlPacket(le(QRTR_TYPE_HELLO, 5, 5, 5, 5))).toEqual({ cmd: QRTR_TYPE_HELLO });
    expect(encodeCtrlPacket({ cmd: QRTR_TYPE_HELLO })).toEqual(le(QRTR_TYPE_HELLO, 0, 0, 0, 0));
  });

  it('round-trips every server-kind packet (fast-check)', () => {
    const kinds = [QRTR_TYPE_NEW_SERVER, QRTR_TYPE_DEL_SERVER, QRTR_TYPE_NEW_LOOKUP!, QRTR_TYPE_DEL_LOOKUP!];
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.nat({ max: 0xffffffff }), fc.nat({ max: 0xffffffff }), fc.nat({ max: 0xffffffff }), fc.nat({ max: 0xffffffff }), (cmd, service, instance, node, port) => {
        expect(isServerPacket(cmd)).toBe(true);
        expect(decodeCtrlPacket(encodeCtrlPacket({ cmd, service, instance, node, port }))).toEqual({ cmd, service, instance, node, port });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses members a kind does not carry, and values outside 32 bits', () => {
    expect(thrown(() => encodeCtrlPacket({ cmd: QRTR_TYPE_DEL_CLIENT, service: 1 }))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
    expect(thrown(() => encodeCtrlPacket({ cmd: QRTR_TYPE_HELLO, node: 1 }))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
    expect(thrown(() => encodeCtrlPacket({ cmd: QRTR_TYPE_NEW_SERVER, service: -1 }))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => encodeCtrlPacket({ cmd: 2 ** 32 }))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => encodeCtrlPacket(null as never))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    expect(thrown(() => encodeCtrlPacket([4] as never))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
  });

  it('reads a short packet: no cmd is refused, missing members read as 0', () => {
    expect(thrown(() => decodeCtrlPacket(Buffer.alloc(3)))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
    expect(decodeCtrlPacket(le(QRTR_TYPE_NEW_SERVER, 42))).toEqual({ cmd: QRTR_TYPE_NEW_SERVER, service: 42, instance: 0, node: 0, port: 0 });
    expect(decodeCtrlPacket(Buffer.concat([le(QRTR_TYPE_DEL_SERVER, 1, 2, 3, 4), Buffer.alloc(8, 0xff)]))).toEqual({ cmd: QRTR_TYPE_DEL_SERVER, service: 1, instance: 2, node: 3, port: 4 });
  });

  it('answers hostile input to every exported function with coded errors only (fast-check)', () => {
    const calls: Array<(x: unknown) => unknown> = [
      (x) => encodeCtrlPacket(x as never),
      (x) => decodeCtrlPacket(x as never),
      (x) => isServerPacket(x as never),
      (x) => announceServerSync(x as never, 1, 1),
      (x) => withdrawServerSync(x as never, 1, 1),
      (x) => lookupServicesSync(x as never, { timeout: 0.01 }),
      (x) => lookupServicesSync(1, x as never),
    ];
    fc.assert(
      fc.property(fc.anything({ maxDepth: 2 }), fc.uint8Array({ maxLength: 32 }), fc.record({ cmd: fc.anything(), service: fc.anything(), node: fc.anything() }), (junk, bytes, rec) => {
        for (const call of calls) {
          for (const input of [junk, bytes, rec]) {
            try {
              call(input);
            } catch (err) {
              if (err instanceof Error && err.name !== 'TypeError' && err.name !== 'RangeError' && 'errno' in err) continue; // OSError: the kernel lacks AF_QIPCRTR here
              expect(err instanceof TypeError || err instanceof RangeError, String(err)).toBe(true);
              expect(typeof (err as { code?: unknown }).code).toBe('string');
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
