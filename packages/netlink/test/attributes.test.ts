import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attr,
  ATTR_DATA_MAX,
  attrMap,
  decodeAttrs,
  decodeNested,
  encodeAttrs,
  IFLA_IFNAME,
  IFLA_INFO_KIND,
  IFLA_LINKINFO,
  IFLA_MTU,
  NLA_F_NESTED,
  NLA_F_NET_BYTEORDER,
  readBe16,
  readBe32,
  readS32,
  readString,
  readU16,
  readU32,
  readU64,
  readU8,
  type Attribute,
  type AttributeInput,
} from '@sock/netlink';
import { cleanly, thrown } from './helpers.js';

type Tree = { type: number; flags: number; data: Uint8Array } | { type: number; flags: number; attrs: Tree[] };

const leaf = fc.record({ type: fc.nat({ max: 0x3fff }), flags: fc.constantFrom(0, NLA_F_NET_BYTEORDER), data: fc.uint8Array({ maxLength: 40 }) });
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ type: fc.nat({ max: 0x3fff }), flags: fc.constantFrom(0, NLA_F_NESTED), attrs: fc.array(tie('tree'), { maxLength: 4 }) }),
  ),
}));

/** Decodes an encoded tree back into the same shape, following the input's nesting. */
function shapeLike(input: Tree[], got: Attribute[]): Tree[] {
  return got.map((a, i) => {
    const want = input[i]!;
    if ('attrs' in want) return { type: a.type, flags: a.flags, attrs: shapeLike(want.attrs, decodeNested(a)) };
    return { type: a.type, flags: a.flags, data: new Uint8Array(a.data) };
  });
}

describe('netlink attributes', () => {
  it('encode rta_len (header + data), the type with its flags, data padded to 4', () => {
    const b = encodeAttrs([attr.string(IFLA_IFNAME, 'lo'), attr.u32(IFLA_MTU, 1500)]);
    expect(b.length).toBe(8 + 8);
    expect([b.readUInt16LE(0), b.readUInt16LE(2)]).toEqual([4 + 3, IFLA_IFNAME]);
    expect(b.subarray(4, 8)).toEqual(Buffer.from('lo\0\0'));
    expect([b.readUInt16LE(8), b.readUInt16LE(10), b.readUInt32LE(12)]).toEqual([8, IFLA_MTU, 1500]);
    const nested = encodeAttrs([attr.nested(IFLA_LINKINFO, [attr.string(IFLA_INFO_KIND, 'veth')], NLA_F_NESTED)]);
    expect(nested.readUInt16LE(2)).toBe(IFLA_LINKINFO | NLA_F_NESTED);
    const [outer] = decodeAttrs(nested);
    expect(outer).toMatchObject({ type: IFLA_LINKINFO, flags: NLA_F_NESTED });
    expect(readString(decodeNested(outer!)[0]!)).toBe('veth');
  });

  it('round-trip nested trees of any shape (property)', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 5 }), (input) => {
        const got = decodeAttrs(encodeAttrs(input as AttributeInput[]));
        const norm = (t: Tree[]): Tree[] => t.map((x) => ('attrs' in x ? { ...x, attrs: norm(x.attrs) } : { ...x, data: new Uint8Array(x.data) }));
        expect(shapeLike(input, got)).toEqual(norm(input));
      }),
      { numRuns: 1000 },
    );
  });

  it('typed values round-trip through their readers', () => {
    const a = (x: AttributeInput): Attribute => decodeAttrs(encodeAttrs([x]))[0]!;
    expect(readU8(a(attr.u8(1, 255)))).toBe(255);
    expect(readU16(a(attr.u16(1, 0xfffe)))).toBe(0xfffe);
    expect(readBe16(a(attr.be16(1, 0x1234)))).toBe(0x1234);
    expect(a(attr.be16(1, 0x1234)).data).toEqual(Buffer.from([0x12, 0x34]));
    expect(readU32(a(attr.u32(1, 0xfffffffe)))).toBe(0xfffffffe);
    expect(readBe32(a(attr.be32(1, 0x7f000001)))).toBe(0x7f000001);
    expect(readS32(a(attr.s32(1, -5)))).toBe(-5);
    expect(readU64(a(attr.u64(1, 2n ** 64n - 1n)))).toBe(2n ** 64n - 1n);
    expect(readU64(a(attr.u64(1, 12345)))).toBe(12345n);
    expect(readString(a(attr.string(1, 'é☃')))).toBe('é☃');
    expect(readString(a(attr.bytes(1, Buffer.from('no-nul'))))).toBe('no-nul');
    expect(a(attr.flag(9)).data.length).toBe(0);
  });

  it('refuse bad values with coded errors, and data too long for rta_len', () => {
    expect(thrown(() => attr.u8(1, 256))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => attr.u64(1, -1n))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => attr.u64(1, 'x' as never))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    expect(thrown(() => attr.string(1, 5 as never))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    expect(thrown(() => encodeAttrs([{ type: 0x10000 }]))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => encodeAttrs([{ type: 1, data: Buffer.alloc(ATTR_DATA_MAX + 1) }]))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(encodeAttrs([{ type: 1, data: Buffer.alloc(ATTR_DATA_MAX) }]).readUInt16LE(0)).toBe(0xffff);
    expect(thrown(() => encodeAttrs([{ type: 1, data: Buffer.alloc(1), attrs: [] } as never]))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    expect(thrown(() => encodeAttrs('x' as never))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    const cycle: { type: number; attrs: unknown[] } = { type: 1, attrs: [] };
    cycle.attrs.push(cycle);
    expect(thrown(() => encodeAttrs([cycle as AttributeInput]))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
  });

  it('readers report data too short as malformed', () => {
    const short: Attribute = { type: 3, flags: 0, data: Buffer.alloc(2) };
    for (const read of [readU32, readS32, readBe32, readU64]) expect(thrown(() => read(short))).toMatchObject({ code: 'ERR_NETLINK_MALFORMED' });
    expect(readU16(short)).toBe(0);
    expect(thrown(() => readU8(null as never))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
  });

  it('attrMap keeps the last of repeated types, as nla_parse does', () => {
    const attrs = decodeAttrs(encodeAttrs([attr.u32(1, 1), attr.u32(2, 2), attr.u32(1, 3)]));
    expect(readU32(attrMap(attrs).get(1)!)).toBe(3);
  });

  it('report malformed lists: rta_len below 4 (no zero-length loop), past the end, stray bytes', () => {
    const good = encodeAttrs([attr.u32(1, 1)]);
    const zero = Buffer.from(good);
    zero.writeUInt16LE(0, 0);
    const big = Buffer.from(good);
    big.writeUInt16LE(9, 0);
    expect(thrown(() => decodeAttrs(zero))).toMatchObject({ code: 'ERR_NETLINK_MALFORMED', offset: 0 });
    expect(thrown(() => decodeAttrs(big))).toMatchObject({ code: 'ERR_NETLINK_MALFORMED', offset: 0 });
    expect(thrown(() => decodeAttrs(Buffer.concat([good, Buffer.alloc(2)])))).toMatchObject({ code: 'ERR_NETLINK_MALFORMED', offset: 8 });
    expect(thrown(() => decodeAttrs(Buffer.concat([good, zero]), 100))).toMatchObject({ offset: 108 });
    expect(decodeAttrs(Buffer.concat([good, good.subarray(0, 8)]))).toHaveLength(2);
  });

  it('decode random bytes, and nests within them, cleanly (fuzz)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const out = cleanly(() => decodeAttrs(bytes));
        if (out === 'malformed') return;
        for (const a of out) {
          cleanly(() => decodeNested(a));
          cleanly(() => readString(a));
          cleanly(() => readU64(a));
        }
      }),
      { numRuns: 5000 },
    );
  });
});
