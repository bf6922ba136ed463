import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OSError, errno as E } from '@sock/core';
import { thrown } from '@sock/core/testing';
import { AF_INET, AF_INET6, htonl, htons, inetAton, inetNtoa, inetNtop, inetPton, ntohl, ntohs } from '@sock/inet';
import { native } from '../src/native.js';
import { formatIpv4, formatIpv6 } from '../src/ntop.js';


function expectPythonOSError(fn: () => unknown, message: string): void {
  const err = thrown(fn);
  expect(err).toBeInstanceOf(OSError);
  expect(err.errno).toBeNull();
  expect(err.message).toBe(message);
}

describe('inet_pton / inet_ntop: CPython invalid-input tables', () => {
  const badV4 = ['0.0.0.', '300.0.0.0', 'a.0.0.0', '1.2.3.4.5', '::1'];
  const badV6 = [
    '0x20::', ':::', '::0::', '1::abc::', '1::abc::def', '1:2:3:4:5:6', '1:2:3:4:5:6:', '1:2:3:4:5:6:7:8:0',
    '1:2:3:4:5:6:7:8:', '255.254.253.252', '1::260.2.3.0', '1::0.be.e.0', '1:2:3:4:5:6:7:1.2.3.4', '::1.2.3.4:0',
    '0.100.200.0:3:4:5:6:7:8',
  ];

  it.each(badV4)('inet_pton(AF_INET, %j) raises OSError without errno', (s) => {
    expectPythonOSError(() => inetPton(AF_INET, s), 'illegal IP address string passed to inet_pton');
  });

  it.each(badV6)('inet_pton(AF_INET6, %j) raises OSError without errno', (s) => {
    expectPythonOSError(() => inetPton(AF_INET6, s), 'illegal IP address string passed to inet_pton');
  });

  it('parses IPv6 with an embedded IPv4 part', () => {
    expect(inetPton(AF_INET6, '::254.42.23.64').toString('hex')).toBe('000000000000000000000000fe2a1740');
    expect(inetPton(AF_INET6, '42::a29b:254.42.23.64').toString('hex')).toBe('00420000000000000000a29bfe2a1740');
    expect(inetPton(AF_INET6, '42:a8b9:0:2:ffff:a29b:254.42.23.64').toString('hex')).toBe('0042a8b900000002ffffa29bfe2a1740');
  });

  it('raises the errno OSError (EAFNOSUPPORT) for a family inet_pton does not know', () => {
    const err = thrown(() => inetPton(99, '1.2.3.4'));
    expect(err).toBeInstanceOf(OSError);
    expect(err.errno).toBe(E.EAFNOSUPPORT);
  });

  it('refuses ntop lengths other than 4 (AF_INET) and 16 (AF_INET6), and unknown families', () => {
    for (const [af, n] of [[AF_INET, 3], [AF_INET, 5], [AF_INET, 16], [AF_INET6, 4], [AF_INET6, 15], [AF_INET6, 17]] as const) {
      const err = thrown(() => inetNtop(af, Buffer.alloc(n)));
      expect(err).toBeInstanceOf(TypeError);
      expect(err.code).toBe('ERR_INVALID_ARG_VALUE');
      expect(err.message).toContain('invalid length of packed IP address string');
    }
    const err = thrown(() => inetNtop(99, Buffer.alloc(4)));
    expect(err.code).toBe('ERR_INVALID_ARG_VALUE');
    expect(err.message).toContain('unknown address family 99');
  });

  it('writes lower-case, zero-compressed IPv6 and accepts any byte view', () => {
    const packed = Buffer.from('0aef0b01050610 01ffff999700550170'.replace(/ /g, ''), 'hex');
    expect(inetNtop(AF_INET6, packed)).toBe('aef:b01:506:1001:ffff:9997:55:170');
    expect(inetNtop(AF_INET6, new Uint8Array(packed))).toBe('aef:b01:506:1001:ffff:9997:55:170');
    expect(inetNtop(AF_INET, new Uint8Array([1, 2, 3, 4]))).toBe('1.2.3.4');
  });

  it('refuses a NUL in the string with a coded TypeError (Python: ValueError)', () => {
    expect(thrown(() => inetPton(AF_INET, '1.2.3.4\0')).code).toBe('ERR_INVALID_ARG_VALUE');
  });
});

describe('inet_aton / inet_ntoa', () => {
  it("accepts libc's short forms", () => {
    expect(inetAton('1.2').toString('hex')).toBe('01000002');
    expect(inetAton('127.1').toString('hex')).toBe('7f000001');
    expect(inetAton('0x7f.1').toString('hex')).toBe('7f000001');
    expect(inetAton('1.2.3.4 trailing').toString('hex')).toBe('01020304');
  });

  it.each(['', '1.2.3.4.5', '300.1.1.1', 'a.b.c.d', '::1'])('inet_aton(%j) raises OSError without errno', (s) => {
    expectPythonOSError(() => inetAton(s), 'illegal IP address string passed to inet_aton');
  });

  it('refuses bytes for inet_aton (Python takes str only)', () => {
    expect(thrown(() => inetAton(Buffer.from('1.2.3.4') as unknown as string)).code).toBe('ERR_INVALID_ARG_TYPE');
  });

  it('inet_ntoa takes exactly 4 bytes of any view', () => {
    expect(inetNtoa(Buffer.from([127, 0, 0, 1]))).toBe('127.0.0.1');
    expect(inetNtoa(new Uint8Array([255, 255, 255, 255]))).toBe('255.255.255.255');
    for (const n of [0, 3, 5, 16]) expectPythonOSError(() => inetNtoa(Buffer.alloc(n)), 'packed IP wrong length for inet_ntoa');
  });
});

describe('text forms match libc inet_ntop (fuzz)', () => {
  const interesting = fc.oneof(
    fc.uint8Array({ minLength: 16, maxLength: 16 }),
    fc.array(fc.constantFrom(0, 0, 0, 0xffff, 1, 0x1234), { minLength: 8, maxLength: 8 }).map((words) => {
      const b = Buffer.alloc(16);
      words.forEach((w, i) => b.writeUInt16BE(w, i * 2));
      return new Uint8Array(b);
    }),
  );

  it('IPv6', () => {
    fc.assert(
      fc.property(interesting, (bytes) => {
        expect(formatIpv6(bytes)).toBe(native.inetNtop(AF_INET6, bytes));
      }),
      { numRuns: 5000 },
    );
  });

  it('IPv4', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 4, maxLength: 4 }), (bytes) => {
        expect(formatIpv4(bytes)).toBe(native.inetNtop(AF_INET, bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('pton(ntop(x)) is x', () => {
    fc.assert(
      fc.property(interesting, (bytes) => {
        expect(Buffer.from(inetPton(AF_INET6, inetNtop(AF_INET6, bytes)))).toEqual(Buffer.from(bytes));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('byte-order helpers', () => {
  it('round-trip and swap on this host', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 0xffffffff }), (s, l) => {
        expect(ntohs(htons(s))).toBe(s);
        expect(ntohl(htonl(l))).toBe(l);
        const b = Buffer.alloc(4);
        b.writeUInt32BE(l);
        expect(htonl(l)).toBe(new Uint32Array(new Uint8Array(b).buffer)[0]);
      }),
      { numRuns: 500 },
    );
    expect(htons(1)).toBe(new Uint16Array(new Uint8Array([0, 1]).buffer)[0]);
  });

  it.each([
    ['htons', htons, -1, "can't convert negative"],
    ['ntohs', ntohs, 1 << 16, 'too large'],
    ['htonl', htonl, -1, "can't convert negative value"],
    ['ntohl', ntohl, 2 ** 32, 'int larger than 32 bits'],
  ] as const)('%s(%d) is a RangeError with CPython text', (_name, fn, value, text) => {
    const err = thrown(() => fn(value));
    expect(err).toBeInstanceOf(RangeError);
    expect(err.code).toBe('ERR_OUT_OF_RANGE');
    expect(err.message).toContain(text);
  });

  it('refuses non-numbers and fractions', () => {
    expect(thrown(() => htons('1' as unknown as number)).code).toBe('ERR_INVALID_ARG_TYPE');
    expect(thrown(() => htonl(1.5)).code).toBe('ERR_OUT_OF_RANGE');
  });
});
