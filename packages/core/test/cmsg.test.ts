import os from 'node:os';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CMSG_LEN, CMSG_SPACE, decodeAncillary, encodeAncillary, fdsOf, packFds, SCM_RIGHTS, SOL_SOCKET } from '@sock/core';
import { scanControl } from '@sock/core/family';
import { native } from '../src/native.js';

const hdr = native.layout.cmsgHdr;
const align = native.layout.cmsgAlign;

describe('CMSG_LEN / CMSG_SPACE', () => {
  it('match the platform layout (x86-64 Linux: LEN(0)=16, SPACE(1)=24)', () => {
    expect(CMSG_LEN(0)).toBe(hdr);
    expect(CMSG_SPACE(0)).toBe(hdr);
    if (process.platform === 'linux' && process.arch === 'x64') {
      expect([0, 1, 4, 8, 16].map(CMSG_LEN)).toEqual([16, 17, 20, 24, 32]);
      expect([0, 1, 4, 8, 16].map(CMSG_SPACE)).toEqual([16, 24, 24, 24, 32]);
    }
  });

  it('keep CPython invariants for 0..256', () => {
    let prev = 0;
    for (let n = 0; n <= 256; n++) {
      expect(CMSG_LEN(n) - CMSG_LEN(0)).toBe(n);
      expect(CMSG_SPACE(n)).toBeGreaterThanOrEqual(CMSG_LEN(n));
      expect(CMSG_SPACE(n)).toBeGreaterThanOrEqual(n + CMSG_LEN(0));
      expect(CMSG_SPACE(n) % align).toBe(0);
      expect(CMSG_SPACE(n)).toBeGreaterThanOrEqual(prev);
      prev = CMSG_SPACE(n);
    }
  });

  it('refuse negative, huge and non-integer lengths', () => {
    for (const bad of [-1, native.layout.socklenMax, Number.MAX_SAFE_INTEGER, 1.5]) {
      expect(() => CMSG_LEN(bad)).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
      expect(() => CMSG_SPACE(bad)).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
    }
    expect(() => CMSG_LEN('1' as unknown as number)).toThrow(TypeError);
    expect(CMSG_LEN(native.layout.socklenMax - hdr)).toBe(native.layout.socklenMax);
  });
});

describe('ancillary codec', () => {
  it('round-trips items', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.uint8Array({ maxLength: 64 })), { maxLength: 6 }),
        (items) => {
          const bytes = encodeAncillary(items);
          if (items.length === 0) {
            expect(bytes).toBeNull();
            return;
          }
          const { items: back, malformed } = decodeAncillary(bytes!, bytes!.length);
          expect(malformed).toBe(false);
          expect(back.map(([l, t, d]) => [l, t, new Uint8Array(d)])).toEqual(items.map(([l, t, d]) => [l, t, d]));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('accepts generators and any ArrayBufferView', () => {
    function* gen() {
      yield [SOL_SOCKET, SCM_RIGHTS, new Int32Array([7, 8])] as const;
    }
    const bytes = encodeAncillary(gen())!;
    expect(fdsOf(decodeAncillary(bytes, bytes.length).items, SOL_SOCKET, SCM_RIGHTS)).toEqual([7, 8]);
  });

  it('refuses malformed items with TypeErrors', () => {
    for (const bad of [[1, 2], [[1, 2]], [[1, 2, 'x']], [['a', 2, Buffer.alloc(1)]], 5, 'abc']) {
      expect(() => encodeAncillary(bad as never)).toThrow(TypeError);
    }
  });

  it('truncates like the kernel: a cut header gives nothing, a cut item is returned short', () => {
    const bytes = encodeAncillary([[SOL_SOCKET, SCM_RIGHTS, packFds([3, 4, 5])]])!;
    expect(decodeAncillary(bytes, hdr - 1)).toEqual({ items: [], malformed: false });
    const cut = decodeAncillary(bytes, hdr + 5);
    expect(cut.malformed).toBe(true);
    expect(cut.items[0]![2].length).toBe(5);
    expect(fdsOf(cut.items, SOL_SOCKET, SCM_RIGHTS)).toEqual([3]);
  });

  it('never throws on random control bytes (fuzz)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(300), (bytes, len) => {
        const r = decodeAncillary(bytes, len);
        expect(Array.isArray(r.items)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('scanControl (@sock/core/family): the walk without item objects', () => {
  const visited = (dv: DataView, start: number, end: number) => {
    const seen: Array<[number, number, number[]]> = [];
    const malformed = scanControl(dv, start, end, (out: typeof seen, level, type, from, to) => {
      out.push([level, type, [...new Uint8Array(dv.buffer, dv.byteOffset + from, to - from)]]);
    }, seen);
    return { seen, malformed };
  };

  it('visits what decodeAncillary returns, at any cut and any offset into a larger slab', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.uint8Array({ maxLength: 40 })), { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.nat({ max: 64 }),
        (items, cutSeed, lead) => {
          const bytes = encodeAncillary(items)!;
          const cut = cutSeed % (bytes.length + 1);
          // The message's control bytes sit at `lead` in a slab, as one recvmmsg slot does.
          const slab = Buffer.alloc(lead + bytes.length + 8, 0xee);
          bytes.copy(slab, lead);
          const { seen, malformed } = visited(new DataView(slab.buffer, slab.byteOffset, slab.length), lead, lead + cut);
          const want = decodeAncillary(bytes, cut);
          expect(malformed).toBe(want.malformed);
          expect(seen).toEqual(want.items.map(([l, t, d]) => [l, t, [...d]]));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('stops at a cmsg_len shorter than a header, reporting malformed data', () => {
    const bytes = encodeAncillary([[SOL_SOCKET, SCM_RIGHTS, packFds([3])], [SOL_SOCKET, SCM_RIGHTS, packFds([4])]])!;
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    // The second item's cmsg_len, in the host's width and byte order.
    const le = os.endianness() === 'LE';
    if (native.layout.cmsgLenSize === 8) dv.setBigUint64(CMSG_SPACE(4), BigInt(hdr - 1), le);
    else dv.setUint32(CMSG_SPACE(4), hdr - 1, le);
    const { seen, malformed } = visited(dv, 0, bytes.length);
    expect(malformed).toBe(true);
    expect(seen).toEqual([[SOL_SOCKET, SCM_RIGHTS, [...packFds([3])]]]);
  });

  it('checks its arguments: a DataView, 0 <= start <= end <= its length, a function', () => {
    const dv = new DataView(new ArrayBuffer(32));
    const f = () => {};
    expect(() => scanControl(Buffer.alloc(32) as never, 0, 32, f, null)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
    expect(() => scanControl(dv, 0, 33, f, null)).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
    expect(() => scanControl(dv, 5, 4, f, null)).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
    expect(() => scanControl(dv, -1, 4, f, null)).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
    expect(() => scanControl(dv, 0, 32, 'f' as never, null)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
    expect(scanControl(dv, 0, 0, f, null)).toBe(false);
  });
});
