import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AddressFamily, ifNametoindex, OSError } from '@sock/core';
import { runFamilyContract, thrown } from '@sock/core/testing';
import { decodeRdsAddress, encodeRdsAddress, rdsFamily } from '@sock/rds';

const AF_INET = AddressFamily.AF_INET!;
const AF_INET6 = AddressFamily.AF_INET6!;

// CPython writes AF_RDS addresses as sockaddr_in with sin_family AF_INET.
runFamilyContract(rdsFamily, {
  sockaddrFamily: AF_INET,
  ctx: { type: 5 },
  valid: [
    { address: ['127.0.0.1', 4000] },
    { address: ['10.1.2.3', 0] },
    { address: ['255.255.255.255', 65535] },
    { address: ['', 18634], canonical: ['0.0.0.0', 18634] },
    { address: ['<broadcast>', 1], canonical: ['255.255.255.255', 1] },
    { address: [Buffer.from('192.168.0.1'), 7], canonical: ['192.168.0.1', 7] },
    { address: [new Uint8Array(Buffer.from('1.2.3.4')), 7], canonical: ['1.2.3.4', 7] },
  ],
  invalid: [
    { address: null },
    { address: undefined },
    { address: '127.0.0.1' },
    { address: { host: '127.0.0.1', port: 1 } },
    { address: [] },
    { address: ['127.0.0.1'] },
    { address: ['127.0.0.1', 1, 0, 0, 0] },
    { address: [1, 1] },
    { address: [null, 1] },
    { address: ['127.0.0.1', '1'] },
    { address: ['127.0.0.1', 1.5] },
    { address: ['127.0.0.1', 1n] },
    { address: ['127.0.0.1', -1] },
    { address: ['127.0.0.1', 65536] },
    { address: ['localhost', 1] },
    { address: ['256.0.0.1', 1] },
    { address: ['127.0.0.1\0', 1] },
    { address: ['127.0.0.1', 1, 0] },
    { address: ['::1', 1, 0x100000] },
    { address: ['::1', 1, -1] },
    { address: ['::1', 1, 0, 2 ** 32] },
    { address: ['::1%no-such-interface-here', 1] },
    { address: ['%1', 1] },
  ],
});

describe('AF_RDS address codec', () => {
  it('writes a whole zero-filled sockaddr_in: AF_INET, the port in network order, the address', () => {
    const sa = encodeRdsAddress(['10.0.0.2', 0x1234]);
    expect(sa.length).toBe(16);
    expect(sa.readUInt16LE(0)).toBe(AF_INET);
    expect(sa.readUInt16BE(2)).toBe(0x1234);
    expect([...sa.subarray(4, 8)]).toEqual([10, 0, 0, 2]);
    expect(sa.subarray(8).every((b) => b === 0)).toBe(true);
  });

  it('writes IPv6 hosts as sockaddr_in6 and reads them back as the 4-tuple', () => {
    const sa = encodeRdsAddress(['::1', 18634]);
    expect(sa.length).toBe(28);
    expect(sa.readUInt16LE(0)).toBe(AF_INET6);
    expect(decodeRdsAddress(sa)).toEqual(['::1', 18634, 0, 0]);
    expect(decodeRdsAddress(encodeRdsAddress(['fe80::1', 1, 0xfffff, 3]))).toEqual(['fe80::1', 1, 0xfffff, 3]);
    expect(decodeRdsAddress(encodeRdsAddress(['', 5, 0]))).toEqual(['::', 5, 0, 0]);
    expect(decodeRdsAddress(encodeRdsAddress(['::ffff:1.2.3.4', 5]))).toEqual(['::ffff:1.2.3.4', 5, 0, 0]);
    expect(encodeRdsAddress(['::1', 1, 0xabcde]).readUInt32BE(4)).toBe(0xabcde);
  });

  it("takes the scope from '%index' or '%interface' unless the tuple gives one", () => {
    expect(decodeRdsAddress(encodeRdsAddress(['fe80::1%7', 1]))).toEqual(['fe80::1', 1, 0, 7]);
    expect(decodeRdsAddress(encodeRdsAddress(['fe80::1%lo', 1]))).toEqual(['fe80::1', 1, 0, ifNametoindex('lo')]);
    expect(decodeRdsAddress(encodeRdsAddress(['fe80::1%7', 1, 0, 9]))).toEqual(['fe80::1', 1, 0, 9]);
  });

  it("gives CPython's texts: port range, tuple shape, the caller", () => {
    const port = thrown(() => encodeRdsAddress(['127.0.0.1', 70000], { caller: 'sendto' }));
    expect(port).toMatchObject({ name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
    expect((port as Error).message).toContain('sendto(): port must be 0-65535.');
    const shape = thrown(() => encodeRdsAddress('127.0.0.1', { caller: 'connect' }));
    expect(shape).toMatchObject({ name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
    expect((shape as Error).message).toContain('connect(): AF_INET address must be tuple');
    expect((thrown(() => encodeRdsAddress(['a\0', 1])) as Error).message).toContain('host name must not contain null character');
    expect((thrown(() => encodeRdsAddress([1, 1])) as Error).message).toContain('str, bytes or bytearray expected');
    expect((thrown(() => encodeRdsAddress(['::1', 1, 2 ** 20])) as Error).message).toContain('flowinfo must be 0-1048575.');
  });

  it('refuses names with the fix, before the port range is checked (CPython resolves first)', () => {
    const err = thrown(() => encodeRdsAddress(['localhost', 70000]));
    expect(err).toMatchObject({ name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
    expect((err as Error).message).toContain('getaddrinfo from @sock/inet');
  });

  it('decodes any view by its bytes, and refuses what is not a view with a coded TypeError', () => {
    const sa = encodeRdsAddress(['1.2.3.4', 0x0102]);
    const wide = new Uint16Array(sa.buffer.slice(sa.byteOffset, sa.byteOffset + sa.length));
    expect(decodeRdsAddress(wide)).toEqual(decodeRdsAddress(sa));
    expect(decodeRdsAddress(new DataView(wide.buffer))).toEqual(decodeRdsAddress(sa));
    for (const junk of [null, undefined, 'abcdefgh', 5, {}, [1, 2, 3]]) {
      expect(thrown(() => decodeRdsAddress(junk as never)), String(junk)).toMatchObject({ name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
    }
  });

  it('reads what a short sockaddr lacks as zeros', () => {
    const sa = encodeRdsAddress(['1.2.3.4', 0x0102]);
    expect(decodeRdsAddress(sa.subarray(0, 0))).toEqual(['0.0.0.0', 0]);
    expect(decodeRdsAddress(sa.subarray(0, 3))).toEqual(['0.0.0.0', 0x0100]);
    expect(decodeRdsAddress(sa.subarray(0, 6))).toEqual(['1.2.0.0', 0x0102]);
    const six = encodeRdsAddress(['::1', 7, 1, 2]);
    expect(decodeRdsAddress(six.subarray(0, 10))).toEqual(['::', 7, 1, 0]);
    expect(decodeRdsAddress(six.subarray(0, 24))).toEqual(['::1', 7, 1, 0]);
  });

  it('round-trips every IPv4 and IPv6 address (fast-check)', () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.nat({ max: 0xffff }), (host, port) => {
        expect(decodeRdsAddress(encodeRdsAddress([host, port]))).toEqual([host, port]);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.nat({ max: 0xffff }), fc.nat({ max: 0xfffff }), fc.nat({ max: 0xffffffff }), (bytes, port, flow, scope) => {
        const sa = Buffer.alloc(28);
        sa.writeUInt16LE(AF_INET6, 0);
        sa.set(bytes, 8);
        const [host] = decodeRdsAddress(sa);
        expect(decodeRdsAddress(encodeRdsAddress([host, port, flow, scope]))).toEqual([host, port, flow, scope]);
      }),
      { numRuns: 500 },
    );
  });

  it('answers every hostile address with a coded TypeError or RangeError only, or OSError for an unknown interface (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 6 }), fc.anything({ maxDepth: 2 }), (items, lone) => {
        for (const address of [items, lone, [lone, 1], ['::1', lone], ['::1', 1, lone], ['::1', 1, 0, lone]]) {
          try {
            encodeRdsAddress(address);
          } catch (err) {
            if (err instanceof OSError) continue; // an unknown '%interface' (ENODEV from if_nametoindex)
            expect(err instanceof TypeError || err instanceof RangeError, String(err)).toBe(true);
            expect(typeof (err as { code?: unknown }).code).toBe('string');
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
