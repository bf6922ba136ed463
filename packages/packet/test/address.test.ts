import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errno, ifNametoindex, OSError, SOCK_DGRAM, SOCK_RAW, type AddressContext } from '@sock/core';
import { runFamilyContract, thrown } from '@sock/core/testing';
import {
  AF_PACKET,
  ARPHRD_LOOPBACK,
  decodePacketAddress,
  encodePacketAddress,
  ETH_P_ALL,
  PACKET_BROADCAST,
  PACKET_HOST,
  PACKET_OUTGOING,
  packetFamily,
  packetSocket,
  type PacketAddress,
} from '@sock/packet';
import { packet } from './helpers.js';

const LO = ifNametoindex('lo');
const bind: AddressContext = { family: AF_PACKET, type: SOCK_RAW, proto: 0, caller: 'bind' };
const mac8 = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);

runFamilyContract(packetFamily, {
  valid: [
    { address: ['lo', 0], canonical: ['lo', 0, PACKET_HOST, 0, Buffer.alloc(0)] },
    { address: ['lo', 0x88b5, PACKET_BROADCAST], canonical: ['lo', 0x88b5, PACKET_BROADCAST, 0, Buffer.alloc(0)] },
    { address: ['lo', ETH_P_ALL, PACKET_OUTGOING, ARPHRD_LOOPBACK], canonical: ['lo', ETH_P_ALL, PACKET_OUTGOING, ARPHRD_LOOPBACK, Buffer.alloc(0)] },
    { address: ['lo', 0xffff, 255, 0xffff, mac8] },
    { address: ['lo', 0x0800, 0, 1, Buffer.from([0x02, 0, 0, 0, 0, 1])] },
    { address: ['lo', 0x86dd, 0, 1, new Uint8Array(6)], canonical: ['lo', 0x86dd, 0, 1, Buffer.alloc(6)] },
    { address: ['lo', 1, 0, 0, new DataView(new ArrayBuffer(3))], canonical: ['lo', 1, 0, 0, Buffer.alloc(3)] },
    { address: ['lo', 1, 0, 0, Buffer.alloc(0)] },
  ],
  invalid: [
    { address: 'lo' },
    { address: null },
    { address: ['lo'] },
    { address: ['lo', 0, 0, 0, Buffer.alloc(1), 0] },
    { address: [1, 0] },
    { address: [Buffer.from('lo'), 0] },
    { address: ['lo', '0'] },
    { address: ['lo', 1.5] },
    { address: ['lo', -1] },
    { address: ['lo', 65536] },
    { address: ['lo', 2 ** 40] },
    { address: ['lo', 0, 256] },
    { address: ['lo', 0, -1] },
    { address: ['lo', 0, 0, 65536] },
    { address: ['lo', 0, 0, 0, Buffer.alloc(9)] },
    { address: ['lo', 0, 0, 0, 'abc'] },
    { address: ['lo\0x', 0] },
    { address: ['nosuchif0', 0] },
    { address: ['', 0] },
    { address: ['l'.repeat(20), 0] },
  ],
  ctx: { type: SOCK_RAW },
});


describe('AF_PACKET address codec, CPython behaviour (§2.8)', () => {
  it('encodes a struct sockaddr_ll: family in host order, proto in network order, ifindex, halen', () => {
    const sa = encodePacketAddress(['lo', 0x88b5, PACKET_BROADCAST, ARPHRD_LOOPBACK, Buffer.from([0xaa, 0xbb])], bind);
    expect(sa.length).toBe(20);
    expect(sa.readUInt16LE(0)).toBe(AF_PACKET);
    expect(sa.readUInt16BE(2)).toBe(0x88b5);
    expect(sa.readInt32LE(4)).toBe(LO);
    expect(sa.readUInt16LE(8)).toBe(ARPHRD_LOOPBACK);
    expect(sa[10]).toBe(PACKET_BROADCAST);
    expect(sa[11]).toBe(2);
    expect([...sa.subarray(12)]).toEqual([0xaa, 0xbb, 0, 0, 0, 0, 0, 0]);
  });

  it('always decodes the 5-tuple, addr as a Buffer of sll_halen bytes', () => {
    const sa = encodePacketAddress(['lo', 0x0806], bind);
    sa[11] = 6;
    sa.set([2, 0, 0, 0, 0, 9], 12);
    const out = decodePacketAddress(sa);
    expect(out).toEqual(['lo', 0x0806, PACKET_HOST, 0, Buffer.from([2, 0, 0, 0, 0, 9])]);
    expect(Buffer.isBuffer(out[4])).toBe(true);
  });

  it("gives '' for ifindex 0 and for an index no interface has", () => {
    const sa = encodePacketAddress(['lo', 3], bind);
    sa.writeInt32LE(0, 4);
    expect(decodePacketAddress(sa)[0]).toBe('');
    sa.writeInt32LE(0x7ffffff0, 4);
    expect(decodePacketAddress(sa)[0]).toBe('');
    sa.writeInt32LE(-5, 4);
    expect(decodePacketAddress(sa)).toEqual(['', 3, 0, 0, Buffer.alloc(0)]);
  });

  it('raises the lookup OSError for an unknown interface: ENODEV, as CPython (ioctl SIOCGIFINDEX)', () => {
    for (const name of ['nosuchif0', '', 'x'.repeat(15), 'y'.repeat(16)]) {
      const err = thrown(() => encodePacketAddress([name, 0], bind));
      expect(err).toBeInstanceOf(OSError);
      expect(err.errno).toBe(errno.ENODEV);
      expect(err.code).toBe('ENODEV');
      expect(err.message).toBe('[Errno 19] No such device');
    }
  });

  it("reports proto out of 0..65535 as RangeError with CPython's '<caller>(): proto must be 0-65535.'", () => {
    for (const proto of [-1, 65536, 0x7fffffff, -0x80000000]) {
      const err = thrown(() => encodePacketAddress(['lo', proto], { ...bind, caller: 'sendto' }));
      expect(err).toBeInstanceOf(RangeError);
      expect(err.code).toBe('ERR_OUT_OF_RANGE');
      expect(err.message).toContain('"proto"');
      expect(err.message).toContain('sendto(): proto must be 0-65535.');
    }
    const big = thrown(() => encodePacketAddress(['lo', 2 ** 40], { ...bind, caller: 'connect' }));
    expect(big.message).toContain('connect(): address argument out of range');
  });

  it("refuses a hardware address over 8 bytes with CPython's text", () => {
    const err = thrown(() => encodePacketAddress(['lo', 0, 0, 0, Buffer.alloc(9)], bind));
    expect(err).toBeInstanceOf(TypeError);
    expect(err.code).toBe('ERR_INVALID_ARG_VALUE');
    expect(err.message).toContain('Hardware address must be 8 bytes or less');
    expect(() => encodePacketAddress(['lo', 0, 0, 0, Buffer.alloc(8)], bind)).not.toThrow();
  });

  it('checks in CPython order: shape and types, the interface, the address length, then proto', () => {
    expect(thrown(() => encodePacketAddress(['nosuchif0', 1.5], bind))).toBeInstanceOf(RangeError);
    expect(thrown(() => encodePacketAddress(['nosuchif0', 70000], bind)).errno).toBe(errno.ENODEV);
    expect(thrown(() => encodePacketAddress(['lo', 70000, 0, 0, Buffer.alloc(9)], bind)).message).toContain('Hardware address');
  });

  it('names the argument in shape and type errors (Node codes), with CPython text where it has one', () => {
    expect(thrown(() => encodePacketAddress('lo', bind))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    expect(thrown(() => encodePacketAddress('lo', bind)).message).toContain('bind(): AF_PACKET address must be tuple');
    expect(thrown(() => encodePacketAddress(['lo'], bind)).message).toContain('AF_PACKET address must be a tuple of two to five elements');
    expect(thrown(() => encodePacketAddress([7, 0], bind)).message).toContain('"ifname"');
    expect(thrown(() => encodePacketAddress(['lo', 0, 0, 0, 'ab'], bind)).message).toContain('"addr"');
    expect(thrown(() => encodePacketAddress(['lo\0', 0], bind))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
  });

  it('refuses pkttype and hatype their C fields cannot hold, where CPython silently truncates', () => {
    expect(thrown(() => encodePacketAddress(['lo', 0, 256], bind)).message).toContain('"pkttype"');
    expect(thrown(() => encodePacketAddress(['lo', 0, 0, -1], bind)).message).toContain('"hatype"');
  });

  it('decodes short sockaddrs as if zero-padded, and a halen beyond the data as the bytes there are', () => {
    const sa = encodePacketAddress(['lo', 0x1234, 2, 3, mac8], bind);
    expect(decodePacketAddress(sa.subarray(0, 2))).toEqual(['', 0, 0, 0, Buffer.alloc(0)]);
    expect(decodePacketAddress(sa.subarray(0, 8))).toEqual(['lo', 0x1234, 0, 0, Buffer.alloc(0)]);
    expect(decodePacketAddress(sa.subarray(0, 15))).toEqual(['lo', 0x1234, 2, 3, mac8.subarray(0, 3)]);
    const long = Buffer.concat([sa, Buffer.alloc(24, 0xee)]);
    long[11] = 20;
    expect(decodePacketAddress(long)[4]).toEqual(Buffer.concat([mac8, Buffer.alloc(12, 0xee)]));
  });

  it('round-trips every proto, pkttype, hatype and address of up to 8 bytes (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffff }),
        fc.integer({ min: 0, max: 0xff }),
        fc.integer({ min: 0, max: 0xffff }),
        fc.uint8Array({ maxLength: 8 }),
        (proto, pkttype, hatype, addr) => {
          const a: PacketAddress = ['lo', proto, pkttype, hatype, Buffer.from(addr)];
          expect(decodePacketAddress(encodePacketAddress(a, bind))).toEqual(a);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('decodes any bytes to a well-typed 5-tuple (fuzz)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (raw) => {
        const [ifname, proto, pkttype, hatype, addr] = decodePacketAddress(raw);
        expect(typeof ifname).toBe('string');
        expect(proto >= 0 && proto <= 0xffff && pkttype >= 0 && pkttype <= 0xff && hatype >= 0 && hatype <= 0xffff).toBe(true);
        expect(Buffer.isBuffer(addr) && addr.length <= Math.max(0, raw.length - 12)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it.skipIf(packet.skip)(`looks interfaces up with ioctl on the socket itself when the context carries its fd${packet.title}`, () => {
    using sock = packetSocket(SOCK_DGRAM, 0x88b5);
    const ctx = { ...bind, fd: sock.fileno() } as AddressContext;
    const sa = encodePacketAddress(['lo', 0x88b5], ctx);
    expect(sa.readInt32LE(4)).toBe(LO);
    expect(decodePacketAddress(sa, ctx)).toEqual(['lo', 0x88b5, 0, 0, Buffer.alloc(0)]);
    expect(thrown(() => encodePacketAddress(['nosuchif0', 0], ctx)).errno).toBe(errno.ENODEV);
    expect(thrown(() => encodePacketAddress(['z'.repeat(16), 0], ctx)).errno).toBe(errno.ENODEV);
    sa.writeInt32LE(0x7ffffff0, 4);
    expect(decodePacketAddress(sa, ctx)[0]).toBe('');
  });
});
