import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OSError } from '@sock/core';
import { runFamilyContract } from '@sock/core/testing';
import { AF_UNIX, decodeUnixAddress, encodeUnixAddress, isAbstract, UNIX_PATH_MAX, unixFamily } from '@sock/unix';

const OFF = 2; // offsetof(struct sockaddr_un, sun_path) on Linux
const nonUtf8 = Buffer.from([0x2f, 0x74, 0x6d, 0x70, 0x2f, 0xff, 0xfe, 0x80]);

runFamilyContract(unixFamily, {
  valid: [
    { address: '/tmp/sock' },
    { address: 'relative.sock' },
    { address: '' },
    { address: 'é/ünïcödé/☃' },
    { address: 'p'.repeat(UNIX_PATH_MAX - 1) },
    { address: Buffer.from('/tmp/bytes'), canonical: '/tmp/bytes' },
    { address: new Uint8Array(Buffer.from('/tmp/u8')), canonical: '/tmp/u8' },
    { address: nonUtf8 },
    { address: Buffer.alloc(0), canonical: '' },
    { address: Buffer.from('\0abstract') },
    { address: '\0abstract-from-string', canonical: Buffer.from('\0abstract-from-string') },
    { address: Buffer.concat([Buffer.from([0]), Buffer.alloc(UNIX_PATH_MAX - 1, 0x68)]) },
    { address: Buffer.from('\0with\0embedded\0nuls') },
  ],
  invalid: [
    { address: 5 },
    { address: null },
    { address: undefined },
    { address: ['/tmp/x'] },
    { address: { path: '/tmp/x' } },
    { address: 'p'.repeat(UNIX_PATH_MAX) },
    { address: '\0' + 'h'.repeat(UNIX_PATH_MAX) },
    { address: Buffer.alloc(UNIX_PATH_MAX, 0x61) },
    { address: '/tmp/a\0b' },
    { address: Buffer.from('/tmp/a\0b') },
    { address: '/tmp/\ud800' },
  ],
});

describe('AF_UNIX address codec', () => {
  it('uses the platform values: AF_UNIX, 108-byte sun_path', () => {
    expect(AF_UNIX).toBe(1);
    expect(UNIX_PATH_MAX).toBe(108);
  });

  it('gives a filesystem path a trailing NUL and an abstract name none (CPython addrlen)', () => {
    const fsPath = encodeUnixAddress('/tmp/x');
    expect(fsPath.length).toBe(OFF + 6 + 1);
    expect(fsPath.readUInt16LE(0)).toBe(AF_UNIX);
    expect(fsPath.at(-1)).toBe(0);
    expect(encodeUnixAddress(Buffer.from('\0ab')).length).toBe(OFF + 3);
    expect(encodeUnixAddress('').length).toBe(OFF);
  });

  it('accepts paths up to 107 bytes and abstract names up to 108 (t:6119, t:6125)', () => {
    expect(encodeUnixAddress('a'.repeat(107)).length).toBe(110);
    expect(encodeUnixAddress(Buffer.concat([Buffer.from([0]), Buffer.alloc(107, 0x68)])).length).toBe(110);
    for (const bad of ['a'.repeat(108), '\0' + 'h'.repeat(108), 'é'.repeat(54)]) {
      let caught: unknown;
      try {
        encodeUnixAddress(bad);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(OSError);
      expect((caught as OSError).message).toBe('AF_UNIX path too long');
      expect((caught as OSError).errno).toBeNull();
    }
  });

  it('counts UTF-8 bytes, not UTF-16 code units, against the limit', () => {
    expect(() => encodeUnixAddress('é'.repeat(53))).not.toThrow();
    expect(() => encodeUnixAddress('é'.repeat(54))).toThrow('AF_UNIX path too long');
  });

  it('refuses wrong types, lone surrogates and embedded NULs with Node-style codes', () => {
    expect(() => encodeUnixAddress(42)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
    expect(() => encodeUnixAddress('/tmp/\udc80')).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_VALUE' }));
    expect(() => encodeUnixAddress('/tmp/a\0b')).toThrow(/must not contain null bytes/);
    expect(() => encodeUnixAddress(Buffer.from('/x\0'))).toThrow(/must not contain null bytes/);
  });

  it('accepts any ArrayBufferView: DataView, Uint16Array', () => {
    const bytes = Buffer.from('/tmp/view!');
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(decodeUnixAddress(encodeUnixAddress(dv))).toBe('/tmp/view!');
    const u16 = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
    expect(decodeUnixAddress(encodeUnixAddress(u16))).toBe('/tmp/view!');
  });

  it('decodes an unbound name (addrlen covering only sun_family, or less) as ""', () => {
    expect(decodeUnixAddress(Buffer.from([1, 0]))).toBe('');
    expect(decodeUnixAddress(Buffer.from([1]))).toBe('');
  });

  it('decodes a path without its NUL, and one of the full 108 bytes a C program can bind', () => {
    const sa = encodeUnixAddress('/tmp/abc');
    expect(decodeUnixAddress(sa.subarray(0, sa.length - 1))).toBe('/tmp/abc');
    const full = Buffer.concat([sa.subarray(0, OFF), Buffer.alloc(108, 0x71), Buffer.from([0])]);
    expect(decodeUnixAddress(full)).toBe('q'.repeat(108));
  });

  it('returns abstract names as Buffers of exactly addrlen bytes', () => {
    const name = Buffer.from('\0abc\0def');
    const out = decodeUnixAddress(encodeUnixAddress(name));
    expect(out).toEqual(name);
    expect(isAbstract(out)).toBe(true);
    expect(isAbstract('/tmp/x')).toBe(false);
  });

  it('returns non-UTF-8 path bytes as a Buffer that encodes back to the same sockaddr', () => {
    const sa = encodeUnixAddress(nonUtf8);
    const out = decodeUnixAddress(sa);
    expect(Buffer.isBuffer(out)).toBe(true);
    expect(encodeUnixAddress(out)).toEqual(sa);
  });

  it('decodes repeated and reused buffers correctly (the last-path shortcut keeps its own copy)', () => {
    const sa = encodeUnixAddress('/tmp/aaa');
    expect(decodeUnixAddress(sa)).toBe('/tmp/aaa');
    expect(decodeUnixAddress(sa)).toBe('/tmp/aaa');
    sa[sa.length - 2] = 0x62;
    expect(decodeUnixAddress(sa)).toBe('/tmp/aab');
    expect(decodeUnixAddress(encodeUnixAddress('/tmp/aa'))).toBe('/tmp/aa');
    expect(decodeUnixAddress(encodeUnixAddress('/tmp/aaa'))).toBe('/tmp/aaa');
  });

  it('round-trips any string path (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const p = s.replace(/\0/g, '');
        fc.pre(p.length > 0 && Buffer.byteLength(p) < UNIX_PATH_MAX);
        expect(decodeUnixAddress(encodeUnixAddress(p))).toBe(p);
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips any NUL-free byte path at sockaddr level (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: UNIX_PATH_MAX - 1 }), (raw) => {
        const p = Buffer.from(raw.filter((b) => b !== 0));
        fc.pre(p.length > 0);
        const sa = encodeUnixAddress(p);
        const out = decodeUnixAddress(sa);
        expect(Buffer.isBuffer(out) ? out : Buffer.from(out as string)).toEqual(p);
        expect(encodeUnixAddress(out)).toEqual(sa);
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips any abstract name up to 108 bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: UNIX_PATH_MAX - 1 }), (rest) => {
        const name = Buffer.concat([Buffer.from([0]), rest]);
        expect(decodeUnixAddress(encodeUnixAddress(name))).toEqual(name);
      }),
      { numRuns: 1000 },
    );
  });

  it('decodes any byte string without throwing (fuzz)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (raw) => {
        const out = decodeUnixAddress(raw);
        expect(typeof out === 'string' || Buffer.isBuffer(out)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
