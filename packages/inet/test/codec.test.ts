import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ifNametoindex, OSError, gaierror, SOCK_DGRAM } from '@sock/core';
import { runFamilyContract, thrown } from '@sock/core/testing';
import { AF_INET, AF_INET6, EAI_ADDRFAMILY, inet4Family, inet6Family, inetNtop } from '@sock/inet';

const bind = { caller: 'bind', family: AF_INET, type: SOCK_DGRAM, proto: 0 };
const bind6 = { ...bind, family: AF_INET6 };
const lo = ifNametoindex('lo');

runFamilyContract(inet4Family, {
  valid: [
    { address: ['127.0.0.1', 80] },
    { address: ['0.0.0.0', 0] },
    { address: ['255.255.255.254', 65535] },
    { address: ['', 0], canonical: ['0.0.0.0', 0] },
    { address: ['<broadcast>', 9], canonical: ['255.255.255.255', 9] },
    { address: [Buffer.from('127.0.0.2'), 5], canonical: ['127.0.0.2', 5] },
    { address: [new Uint8Array(Buffer.from('10.1.2.3')), 5], canonical: ['10.1.2.3', 5] },
    { address: ['localhost', 7], canonical: ['127.0.0.1', 7] },
    { address: ['127.1', 7], canonical: ['127.0.0.1', 7] },
  ],
  invalid: [
    { address: '127.0.0.1' },
    { address: ['127.0.0.1'] },
    { address: ['127.0.0.1', 1, 2] },
    { address: [1, 80] },
    { address: ['127.0.0.1', -1] },
    { address: ['127.0.0.1', 65536] },
    { address: ['127.0.0.1', 1.5] },
    { address: ['127.0.0.1', '80'] },
    { address: ['127.0.0.1\0', 80] },
    { address: ['::1', 80] },
    { address: ['no such host!', 80] },
  ],
  ctx: { type: SOCK_DGRAM },
});

runFamilyContract(inet6Family, {
  valid: [
    { address: ['::1', 80], canonical: ['::1', 80, 0, 0] },
    { address: ['::1', 80, 5], canonical: ['::1', 80, 5, 0] },
    { address: ['::1', 80, 0xfffff, 7] },
    { address: ['', 0], canonical: ['::', 0, 0, 0] },
    { address: ['FF02::1DE:C0:FACE:8D', 1], canonical: ['ff02::1de:c0:face:8d', 1, 0, 0] },
    { address: ['::ffff:1.2.3.4', 3], canonical: ['::ffff:1.2.3.4', 3, 0, 0] },
    { address: ['fe80::1%lo', 1], canonical: ['fe80::1', 1, 0, lo] },
    { address: ['fe80::1%lo', 1, 0, 9], canonical: ['fe80::1', 1, 0, 9] },
    { address: [Buffer.from('::2'), 2], canonical: ['::2', 2, 0, 0] },
  ],
  invalid: [
    { address: ['::1'] },
    { address: ['::1', 1, 0, 0, 0] },
    { address: ['::1', 70000] },
    { address: ['::1', 1, 0x100000] },
    { address: ['::1', 1, -1] },
    { address: ['::1', 1, 0, -1] },
    { address: ['::1', 1, 0, 2 ** 32] },
    { address: ['<broadcast>', 1] },
    { address: ['255.255.255.255', 1] },
    { address: ['127.0.0.1', 1] },
    { address: ['::1\0', 1] },
    { address: { host: '::1', port: 1 } },
  ],
  ctx: { type: SOCK_DGRAM },
});


describe('AF_INET / AF_INET6 codec, CPython behaviour', () => {
  it('reports out-of-range ports as RangeError with CPython text naming the caller', () => {
    for (const port of [-1, 65536, 2 ** 40]) {
      const err = thrown(() => inet4Family.encode(['127.0.0.1', port], { ...bind, caller: 'sendto' }));
      expect(err).toBeInstanceOf(RangeError);
      expect(err.code).toBe('ERR_OUT_OF_RANGE');
      expect(err.message).toContain('sendto(): port must be 0-65535.');
      expect(err.message).toContain('"port"');
    }
  });

  it('reports flowinfo above 0xfffff as RangeError with CPython text', () => {
    const err = thrown(() => inet6Family.encode(['::1', 0, 0x100000], bind6));
    expect(err).toBeInstanceOf(RangeError);
    expect(err.message).toContain('bind(): flowinfo must be 0-1048575.');
  });

  it("refuses '<broadcast>' on AF_INET6 with OSError('address family mismatched'), errno null", () => {
    const err = thrown(() => inet6Family.encode(['<broadcast>', 1], bind6));
    expect(err).toBeInstanceOf(OSError);
    expect(err.errno).toBeNull();
    expect(err.message).toBe('address family mismatched');
  });

  it('refuses a NUL in the host with a coded TypeError', () => {
    const err = thrown(() => inet4Family.encode(['local\0host', 1], bind));
    expect(err).toBeInstanceOf(TypeError);
    expect(err.code).toBe('ERR_INVALID_ARG_VALUE');
    expect(err.message).toContain('host name must not contain null character');
  });

  it('refuses wrong tuple shapes with coded TypeErrors', () => {
    expect(thrown(() => inet4Family.encode('x', bind)).code).toBe('ERR_INVALID_ARG_TYPE');
    expect(thrown(() => inet4Family.encode(['x', 1, 2], bind)).code).toBe('ERR_INVALID_ARG_VALUE');
    expect(thrown(() => inet4Family.encode([5, 1], bind)).code).toBe('ERR_INVALID_ARG_TYPE');
  });

  it('raises gaierror EAI_ADDRFAMILY for an IPv4 literal on AF_INET6, as glibc answers CPython', () => {
    const err = thrown(() => inet6Family.encode(['127.0.0.1', 1], bind6));
    expect(err).toBeInstanceOf(gaierror);
    expect(err.errno).toBe(EAI_ADDRFAMILY);
  });

  it('gives the same bytes from encodeAsync, resolving names off the loop', async () => {
    for (const [plugin, address, ctx] of [
      [inet4Family, ['localhost', 80], bind],
      [inet6Family, ['fe80::1%lo', 5], bind6],
      [inet6Family, ['no such host!', 5], bind6],
    ] as const) {
      let sync: unknown;
      try {
        sync = Buffer.from(plugin.encode(address, ctx));
      } catch (err) {
        sync = err;
      }
      let async: unknown;
      try {
        async = Buffer.from(await plugin.encodeAsync!(address, ctx));
      } catch (err) {
        async = err;
      }
      if (sync instanceof Error) {
        expect(async).toBeInstanceOf(sync.constructor);
        expect((async as OSError).errno).toBe((sync as OSError).errno);
      } else {
        expect(async).toEqual(sync);
      }
    }
  });

  it('decodes an AF_INET6 sockaddr to a 4-tuple and honours the sa_family of what it is given', () => {
    const sa6 = inet6Family.encode(['::1', 80], bind6);
    expect(inet6Family.decode(sa6, bind6)).toEqual(['::1', 80, 0, 0]);
    const sa4 = inet4Family.encode(['127.0.0.1', 80], bind);
    expect(inet6Family.decode(sa4, bind6)).toEqual(['127.0.0.1', 80]);
    expect(inet4Family.decode(sa4.subarray(0, 4), bind)).toEqual(['0.0.0.0', 80]);
  });
});

describe('codec round trips (fast-check)', () => {
  it('AF_INET: any address bytes and port', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 4, maxLength: 4 }), fc.integer({ min: 0, max: 65535 }), (bytes, port) => {
        const host = inetNtop(AF_INET, bytes);
        const sa = inet4Family.encode([host, port], bind);
        expect(inet4Family.decode(sa, bind)).toEqual([host, port]);
        expect(Buffer.from(sa.subarray(4, 8))).toEqual(Buffer.from(bytes));
      }),
      { numRuns: 1000 },
    );
  });

  it('AF_INET6: any address bytes, port, flowinfo and scope id', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        fc.integer({ min: 0, max: 65535 }),
        fc.integer({ min: 0, max: 0xfffff }),
        fc.integer({ min: 0, max: 0xffffffff }),
        (bytes, port, flowinfo, scopeId) => {
          const host = inetNtop(AF_INET6, bytes);
          const sa = inet6Family.encode([host, port, flowinfo, scopeId], bind6);
          expect(inet6Family.decode(sa, bind6)).toEqual([host, port, flowinfo, scopeId]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('refuses any port outside 0..65535 and any flowinfo outside 0..0xfffff with RangeError', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -(2 ** 40), max: -1 }), fc.integer({ min: 65536, max: 2 ** 40 })),
        fc.oneof(fc.integer({ min: -(2 ** 40), max: -1 }), fc.integer({ min: 0x100000, max: 2 ** 40 })),
        (port, flowinfo) => {
          expect(() => inet4Family.encode(['127.0.0.1', port], bind)).toThrow(RangeError);
          expect(() => inet6Family.encode(['::1', 0, flowinfo], bind6)).toThrow(RangeError);
        },
      ),
      { numRuns: 300 },
    );
  });
});
