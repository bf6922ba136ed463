import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OSError, SOCK_DGRAM, SOCK_RAW } from '@sock/core';
import { runFamilyContract, thrown } from '@sock/core/testing';
import { AF_CAN, CAN_BCM, CAN_ISOTP, CAN_J1939, CAN_RAW, canFamily, canSocket, decodeCanAddress, encodeCanAddress, J1939_NO_ADDR, J1939_NO_NAME, J1939_NO_PGN, packSockaddrCan } from '@sock/can';

const raw = { type: SOCK_RAW, proto: CAN_RAW };
const isotp = { type: SOCK_DGRAM, proto: CAN_ISOTP! };
const j1939 = { type: SOCK_DGRAM, proto: CAN_J1939! };

runFamilyContract(canFamily, {
  ctx: raw,
  valid: [
    { address: [''] },
    { address: ['lo'] },
    { address: [Buffer.from('lo')], canonical: ['lo'] },
    { address: ['', 0x123, 0x456], ctx: isotp },
    { address: ['', 0xffffffff, 0], ctx: isotp },
    { address: ['', BigInt(J1939_NO_NAME!), J1939_NO_PGN!, J1939_NO_ADDR!], ctx: j1939 },
    { address: ['lo', 0xffffffffffffffffn, 0x3ffff, 0x80], ctx: j1939 },
    { address: ['', 7, 0x12300, 1], canonical: ['', 7n, 0x12300, 1], ctx: j1939 },
  ],
  invalid: [
    { address: 'vcan0' },
    { address: [] },
    { address: ['a', 'b'] },
    { address: [1] },
    { address: ['x'.repeat(16)] },
    { address: ['no-such-if0'] },
    { address: ['bad\0name'] },
    { address: [''], ctx: { proto: 99 } },
    { address: ['', -1, 0], ctx: isotp },
    { address: ['', 0, 2 ** 32], ctx: isotp },
    { address: [''], ctx: isotp },
    { address: ['', -1n, 0, 0], ctx: j1939 },
    { address: ['', 1n << 64n, 0, 0], ctx: j1939 },
    { address: ['', 0n, 0, 256], ctx: j1939 },
    { address: ['', 'name', 0, 0], ctx: j1939 },
  ],
});

describe('AF_CAN addresses as CPython shapes them', () => {
  it("'' is ifindex 0 (every interface); a name goes through the interface index", () => {
    const any = encodeCanAddress([''], { caller: 'bind', proto: CAN_RAW });
    expect(any).toEqual(packSockaddrCan(0));
    expect(any.readUInt16LE(0)).toBe(AF_CAN);
    expect(decodeCanAddress(any, { proto: CAN_BCM })).toEqual(['']);
  });

  it("a name of 16 bytes or more is OSError('AF_CAN interface name too long') with errno null; 15 bytes reach the lookup", () => {
    const err = thrown<OSError>(() => encodeCanAddress(['x'.repeat(1024)], { caller: 'bind', proto: CAN_RAW }));
    expect(err).toBeInstanceOf(OSError);
    expect(err.errno).toBeNull();
    expect(err.message).toMatch(/interface name too long/);
    const lookup = thrown<OSError>(() => encodeCanAddress(['y'.repeat(15)], { caller: 'bind', proto: CAN_RAW }));
    expect(lookup.errno).toBe(19);
  });

  it('an unknown interface is the lookup\'s ENODEV', () => {
    expect(thrown<OSError>(() => encodeCanAddress(['nosuchcan9'], { proto: CAN_RAW })).errno).toBe(19);
  });

  it('refuses a non-array with a TypeError naming the caller, and a wrong arity with the tuple it wants', () => {
    const e1 = thrown<TypeError & { code: string }>(() => encodeCanAddress('vcan0', { caller: 'connect', proto: CAN_RAW }));
    expect(e1).toBeInstanceOf(TypeError);
    expect(e1.message).toMatch(/connect\(\): AF_CAN address must be tuple/);
    const e2 = thrown<TypeError & { code: string }>(() => encodeCanAddress(['a', 1], { proto: CAN_ISOTP }));
    expect(e2.code).toBe('ERR_INVALID_ARG_VALUE');
    expect(e2.message).toMatch(/\(interface, rx_addr, tx_addr\)/);
  });

  it("another protocol is OSError('<caller>(): unsupported CAN protocol')", () => {
    const err = thrown<OSError>(() => encodeCanAddress([''], { caller: 'sendto', proto: 5 }));
    expect([err.errno, err.message]).toEqual([null, 'sendto(): unsupported CAN protocol']);
  });

  it('J1939 NAMEs are 64-bit bigints (a safe-integer number is accepted)', () => {
    const sa = encodeCanAddress(['', 0x1234_5678_9abc_def0n, 0xef00, 0x42], { proto: CAN_J1939 });
    expect(decodeCanAddress(sa, { proto: CAN_J1939 })).toEqual(['', 0x1234_5678_9abc_def0n, 0xef00, 0x42]);
    expect(decodeCanAddress(encodeCanAddress(['', 5, 1, 2], { proto: CAN_J1939 }), { proto: CAN_J1939 })[1]).toBe(5n);
  });

  it('round-trips every ISO-TP and J1939 field (fuzz)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffffffff }), fc.nat({ max: 0xffffffff }), (rx, tx) => {
        expect(decodeCanAddress(encodeCanAddress(['', rx, tx], { proto: CAN_ISOTP }), { proto: CAN_ISOTP })).toEqual(['', rx, tx]);
      }),
    );
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 0xffffffffffffffffn }), fc.nat({ max: 0xffffffff }), fc.nat({ max: 255 }), (name, pgn, addr) => {
        expect(decodeCanAddress(encodeCanAddress(['', name, pgn, addr], { proto: CAN_J1939 }), { proto: CAN_J1939 })).toEqual(['', name, pgn, addr]);
      }),
    );
  });

  it('encode never throws anything but coded TypeError/RangeError or OSError for hostile input (fuzz)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom(CAN_RAW, CAN_BCM, CAN_ISOTP!, CAN_J1939!, 3), (address, proto) => {
        try {
          encodeCanAddress(address, { proto });
        } catch (err) {
          const ok = err instanceof OSError || ((err instanceof TypeError || err instanceof RangeError) && typeof (err as { code?: unknown }).code === 'string');
          if (!ok) throw err;
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('canSocket', () => {
  it('refuses an ifname for protocols whose address is longer than [ifname], before opening anything', () => {
    for (const proto of [CAN_ISOTP!, CAN_J1939!]) {
      const err = thrown<TypeError & { code: string }>(() => canSocket(proto, { ifname: 'vcan0' }));
      expect([err.constructor, err.code]).toEqual([TypeError, 'ERR_INVALID_ARG_VALUE']);
    }
  });
});
