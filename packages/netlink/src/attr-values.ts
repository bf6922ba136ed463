/**
 * Typed attribute values: builders for encodeAttrs and readers for decoded
 * attributes. Integers are host byte order unless the name says `be`
 * (NLA_F_NET_BYTEORDER data, ports). Readers check the length first and throw
 * ERR_NETLINK_MALFORMED when the data is too short, as nla_get_*() trusts a
 * policy to have checked it; longer data is read from its start, as they do.
 */
import { types } from 'node:util';
import { invalidArgType, outOfRange, toBytes, validateInteger } from '@sock/core';
import type { Attribute, AttributeInput } from './attributes.js';
import { LE, viewOf } from './bytes.js';
import { malformed } from './errors.js';

function sized(n: number, write: (v: DataView) => void): Buffer {
  const out = Buffer.alloc(n);
  write(viewOf(out));
  return out;
}

function u64Value(value: unknown, name: string): bigint {
  if (typeof value === 'number') validateInteger(value, name, 0, Number.MAX_SAFE_INTEGER);
  else if (typeof value !== 'bigint') throw invalidArgType(name, 'of type number or bigint', value);
  const big = BigInt(value);
  if (big < 0n || big > 0xffffffffffffffffn) throw outOfRange(name, '>= 0n && <= 2n ** 64n - 1n', value);
  return big;
}

/** Attribute builders: `attr.u32(IFLA_MTU, 1500)`, `attr.string(IFLA_IFNAME, 'veth0')`, `attr.nested(IFLA_LINKINFO, [...])`. */
export const attr = Object.freeze({
  /** Zero-length data (a flag attribute: present or not). */
  flag: (type: number): AttributeInput => ({ type }),
  u8: (type: number, value: number): AttributeInput => ({ type, data: Buffer.of(validateInteger(value, 'value', 0, 0xff)) }),
  u16: (type: number, value: number): AttributeInput => {
    const v = validateInteger(value, 'value', 0, 0xffff);
    return { type, data: sized(2, (d) => d.setUint16(0, v, LE)) };
  },
  be16: (type: number, value: number): AttributeInput => {
    const v = validateInteger(value, 'value', 0, 0xffff);
    return { type, data: sized(2, (d) => d.setUint16(0, v, false)) };
  },
  u32: (type: number, value: number): AttributeInput => {
    const v = validateInteger(value, 'value', 0, 0xffffffff);
    return { type, data: sized(4, (d) => d.setUint32(0, v, LE)) };
  },
  be32: (type: number, value: number): AttributeInput => {
    const v = validateInteger(value, 'value', 0, 0xffffffff);
    return { type, data: sized(4, (d) => d.setUint32(0, v, false)) };
  },
  s32: (type: number, value: number): AttributeInput => {
    const v = validateInteger(value, 'value', -0x80000000, 0x7fffffff);
    return { type, data: sized(4, (d) => d.setInt32(0, v, LE)) };
  },
  u64: (type: number, value: number | bigint): AttributeInput => {
    const v = u64Value(value, 'value');
    return { type, data: sized(8, (d) => d.setBigUint64(0, v, LE)) };
  },
  /** A NUL-terminated UTF-8 string (NLA_NUL_STRING / NLA_STRING, as IFLA_IFNAME and IFLA_INFO_KIND take). */
  string: (type: number, value: string): AttributeInput => {
    if (typeof value !== 'string') throw invalidArgType('value', 'of type string', value);
    return { type, data: Buffer.from(`${value}\0`, 'utf8') };
  },
  bytes: (type: number, value: ArrayBufferView): AttributeInput => ({ type, data: toBytes(value, 'value') }),
  nested: (type: number, attrs: readonly AttributeInput[], flags = 0): AttributeInput => ({ type, flags, attrs }),
});

function need(a: Attribute, n: number, what: string): DataView {
  if (a === null || typeof a !== 'object' || types.isProxy(a) || a.data?.length === undefined) throw invalidArgType('attr', 'a decoded attribute', a);
  if (a.data.length < n) throw malformed(`attribute type ${a.type} has ${a.data.length} bytes, too few for ${what}`, 0);
  return viewOf(a.data);
}

export const readU8 = (a: Attribute): number => need(a, 1, 'a u8').getUint8(0);
export const readU16 = (a: Attribute): number => need(a, 2, 'a u16').getUint16(0, LE);
export const readBe16 = (a: Attribute): number => need(a, 2, 'a be16').getUint16(0, false);
export const readU32 = (a: Attribute): number => need(a, 4, 'a u32').getUint32(0, LE);
export const readBe32 = (a: Attribute): number => need(a, 4, 'a be32').getUint32(0, false);
export const readS32 = (a: Attribute): number => need(a, 4, 'an s32').getInt32(0, LE);
export const readU64 = (a: Attribute): bigint => need(a, 8, 'a u64').getBigUint64(0, LE);

/** A string attribute: UTF-8 up to the first NUL (or the end, when the kernel sent none). */
export function readString(a: Attribute): string {
  need(a, 0, 'a string');
  const nul = a.data.indexOf(0);
  return a.data.toString('utf8', 0, nul < 0 ? a.data.length : nul);
}
