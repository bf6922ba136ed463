import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runFamilyContract, thrown } from '@sock/core/testing';
import { AF_ALG, ALG_NAME_SIZE, ALG_TYPE_SIZE, algFamily, decodeAlgAddress, encodeAlgAddress } from '@sock/alg';

const U32 = 0xffffffff;

runFamilyContract(algFamily, {
  valid: [
    { address: ['hash', 'sha256'], canonical: ['hash', 'sha256', 0, 0] },
    { address: ['skcipher', 'cbc(aes)', 0], canonical: ['skcipher', 'cbc(aes)', 0, 0] },
    { address: ['aead', 'gcm(aes)', 0, 0] },
    { address: ['rng', 'drbg_nopr_sha256', 0x2000, 0x2000] },
    { address: ['hash', 'hmac(sha256)', U32, U32] },
    { address: ['a'.repeat(13), 'n'.repeat(63), 1, 2] },
    { address: ['', '', 0, 0] },
    { address: ['hash', 'ünïcode', 0, 0] },
  ],
  invalid: [
    { address: null },
    { address: undefined },
    { address: 'hash' },
    { address: { type: 'hash', name: 'sha256' } },
    { address: [] },
    { address: ['hash'] },
    { address: ['hash', 'sha256', 0, 0, 0] },
    { address: [1, 'sha256'] },
    { address: ['hash', Buffer.from('sha256')] },
    { address: ['hash', 'sha256', -1] },
    { address: ['hash', 'sha256', 0, 2 ** 32] },
    { address: ['hash', 'sha256', 1.5] },
    { address: ['hash', 'sha256', '1'] },
    { address: ['hash', 'sha256', 1n] },
    { address: ['a'.repeat(14), 'sha256'] },
    { address: ['hash', 'n'.repeat(64)] },
    { address: ['hash', 'sha\u0000256'] },
    { address: ['hash', 'sha\ud800'] },
  ],
});

describe('AF_ALG address codec', () => {
  it('writes a whole zero-filled struct sockaddr_alg: family, type, feat, mask, name', () => {
    const sa = encodeAlgAddress(['skcipher', 'cbc(aes)', 0x01020304, 0x0a0b0c0d]);
    expect(sa.length).toBe(88);
    expect(sa.readUInt16LE(0)).toBe(AF_ALG);
    expect(sa.subarray(2, 16).toString('latin1')).toBe('skcipher\0\0\0\0\0\0');
    expect(sa.readUInt32LE(16)).toBe(0x01020304);
    expect(sa.readUInt32LE(20)).toBe(0x0a0b0c0d);
    expect(sa.subarray(24, 32).toString('latin1')).toBe('cbc(aes)');
    expect(sa.subarray(32).every((b) => b === 0)).toBe(true);
  });

  it('keeps the NUL terminator: 13 and 63 bytes fit, 14 and 64 are refused before any syscall', () => {
    expect(ALG_TYPE_SIZE).toBe(14);
    expect(ALG_NAME_SIZE).toBe(64);
    const sa = encodeAlgAddress(['t'.repeat(13), 'n'.repeat(63)]);
    expect(sa[2 + 13]).toBe(0);
    expect(sa[24 + 63]).toBe(0);
    const type = thrown(() => encodeAlgAddress(['t'.repeat(14), 'x']));
    expect(type).toMatchObject({ name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
    expect((type as Error).message).toContain('AF_ALG type too long.');
    const name = thrown(() => encodeAlgAddress(['hash', 'n'.repeat(64)]));
    expect((name as Error).message).toContain('AF_ALG name too long.');
  });

  it('counts the limit in UTF-8 bytes, as CPython\'s "s" format does', () => {
    expect(decodeAlgAddress(encodeAlgAddress(['hash', 'é'.repeat(31)]))[1]).toBe('é'.repeat(31));
    expect((thrown(() => encodeAlgAddress(['hash', 'é'.repeat(32)])) as Error).message).toContain('AF_ALG name too long.');
    expect((thrown(() => encodeAlgAddress(['ü'.repeat(7), 'x'])) as Error).message).toContain('AF_ALG type too long.');
  });

  it('checks the members in CPython\'s order: shape and types first, then the type length, then the name length', () => {
    expect(thrown(() => encodeAlgAddress(['t'.repeat(20), 'n'.repeat(80), -1]))).toMatchObject({ name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
    expect((thrown(() => encodeAlgAddress(['t'.repeat(20), 'n'.repeat(80)])) as Error).message).toContain('type too long');
    expect((thrown(() => encodeAlgAddress(['t'.repeat(20), 5])) as Error).message).toContain('"name"');
  });

  it('names the caller when the address is not an array', () => {
    const err = thrown(() => encodeAlgAddress(('hash' as unknown), { caller: 'connect' }));
    expect(err).toMatchObject({ name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
    expect((err as Error).message).toContain('connect(): AF_ALG address must be tuple');
    const proxy = new Proxy(['hash', 'sha256'], {});
    expect(thrown(() => encodeAlgAddress(proxy))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
  });

  it('reads what a short sockaddr lacks as empty strings and zeros', () => {
    const sa = encodeAlgAddress(['hash', 'sha256', 7, 9]);
    expect(decodeAlgAddress(sa.subarray(0, 2))).toEqual(['', '', 0, 0]);
    expect(decodeAlgAddress(sa.subarray(0, 5))).toEqual(['has', '', 0, 0]);
    expect(decodeAlgAddress(sa.subarray(0, 20))).toEqual(['hash', '', 7, 0]);
    expect(decodeAlgAddress(sa.subarray(0, 27))).toEqual(['hash', 'sha', 7, 9]);
    expect(decodeAlgAddress(new Uint8Array(0))).toEqual(['', '', 0, 0]);
  });

  it('decodes unterminated members and bytes that are not UTF-8 without reading past them', () => {
    const sa = Buffer.alloc(88, 0x41);
    sa.writeUInt16LE(AF_ALG, 0);
    sa[30] = 0xff;
    const [type, name] = decodeAlgAddress(sa);
    expect(type).toBe('A'.repeat(14));
    expect(name).toBe(`${'A'.repeat(6)}\ufffd${'A'.repeat(57)}`);
  });

  it('round-trips every address within the limits (fast-check)', () => {
    const member = (max: number) => fc.string({ unit: 'grapheme', maxLength: max }).filter((s) => !s.includes('\0') && Buffer.byteLength(s) < max + 1);
    fc.assert(
      fc.property(member(13), member(63), fc.nat({ max: U32 }), fc.nat({ max: U32 }), (type, name, feat, mask) => {
        expect(decodeAlgAddress(encodeAlgAddress([type, name, feat, mask]))).toEqual([type, name, feat, mask]);
        expect(decodeAlgAddress(encodeAlgAddress([type, name]))).toEqual([type, name, 0, 0]);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('answers every hostile address with a coded TypeError or RangeError only (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 6 }), fc.anything({ maxDepth: 2 }), (items, lone) => {
        for (const address of [items, lone]) {
          try {
            encodeAlgAddress(address);
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
