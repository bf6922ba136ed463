/**
 * Netlink attributes (struct rtattr / struct nlattr, the same 4-byte header):
 * a TLV list where each attribute is rta_len (header plus data), rta_type,
 * then the data padded to 4 bytes. Nested attributes are attribute lists
 * inside an attribute's data. The top two bits of the type are flags
 * (NLA_F_NESTED, NLA_F_NET_BYTEORDER); decoding splits them off.
 */
import { boundedItems, invalidArgType, invalidArgValue, toBytes, validateArray, validateInteger, validateObject } from '@sock/core';
import { align4, asBuffer, LE, viewOf } from './bytes.js';
import { NLA_F_NESTED, NLA_F_NET_BYTEORDER } from './constants/index.js';
import { malformed } from './errors.js';
import { addon } from './native.js';

// From the headers; the fallback is the wire format, for platforms without them.
const HDR = addon.layout.rtattr?.size ?? 4;
/** The largest data an attribute can carry: rta_len is 16 bits and counts the header. */
export const ATTR_DATA_MAX = 0xffff - HDR;
const FLAG_BITS = ((NLA_F_NESTED ?? 0) | (NLA_F_NET_BYTEORDER ?? 0)) & 0xffff;

/** A decoded attribute: its type (flag bits removed), those flag bits, and its data (a view, unpadded). */
export interface Attribute {
  type: number;
  /** NLA_F_NESTED and/or NLA_F_NET_BYTEORDER as they were set in the type field. */
  flags: number;
  data: Buffer;
}

/** An attribute to encode: `data` bytes, or `attrs` to nest (not both). */
export type AttributeInput =
  | { type: number; flags?: number; data?: ArrayBufferView; attrs?: undefined }
  | { type: number; flags?: number; attrs: readonly AttributeInput[]; data?: undefined };

function dataOf(a: AttributeInput, path: string, depth: number): Uint8Array {
  if (a.attrs !== undefined) {
    if (a.data !== undefined) throw invalidArgType(path, 'an attribute with data or attrs, not both', a);
    return encodeList(a.attrs, `${path}.attrs`, depth + 1);
  }
  return a.data === undefined ? new Uint8Array(0) : toBytes(a.data, `${path}.data`);
}

/** The most attributes one list may hold: far more than a message of 4 GiB minus headers could carry in practice, and bounded. */
const MAX_ATTRS = 1 << 20;

function encodeList(attrs: readonly AttributeInput[], path: string, depth: number): Buffer {
  validateArray(attrs, path, 'an array of attributes', MAX_ATTRS);
  if (depth > 32) throw invalidArgValue(path, `[${attrs.length} attributes]`, 'must not nest more than 32 levels (is a list inside itself?)');
  const encoded: [number, Uint8Array][] = [];
  let total = 0;
  attrs.forEach((a, i) => {
    const at = `${path}[${i}]`;
    validateObject(a, at, 'an attribute object');
    const type = validateInteger(a.type, `${at}.type`, 0, 0xffff);
    const flags = validateInteger(a.flags ?? 0, `${at}.flags`, 0, 0xffff);
    const data = dataOf(a, at, depth);
    validateInteger(data.length, `${at}.data.length`, 0, ATTR_DATA_MAX);
    encoded.push([(type | flags) & 0xffff, data]);
    total += align4(HDR + data.length);
  });
  const out = Buffer.alloc(total);
  const v = viewOf(out);
  let off = 0;
  for (const [type, data] of encoded) {
    v.setUint16(off, HDR + data.length, LE);
    v.setUint16(off + 2, type, LE);
    out.set(data, off + HDR);
    off += align4(HDR + data.length);
  }
  return out;
}

/** Encodes an attribute list (nested lists included), each attribute padded to 4 bytes. */
export function encodeAttrs(attrs: readonly AttributeInput[]): Buffer {
  return encodeList(attrs, 'attrs', 0);
}

/**
 * Decodes an attribute list. Data are views into `bytes`. Throws
 * ERR_NETLINK_MALFORMED for an rta_len below the header size (which would
 * never advance) or past the data, or stray bytes after the last attribute.
 * Offsets in errors are relative to `bytes` plus `base`.
 */
export function decodeAttrs(bytes: ArrayBufferView, base = 0): Attribute[] {
  validateInteger(base, 'base', 0, Number.MAX_SAFE_INTEGER);
  const b = asBuffer(toBytes(bytes, 'bytes'));
  const v = viewOf(b);
  const out: Attribute[] = [];
  let off = 0;
  while (off < b.length) {
    const left = b.length - off;
    if (left < HDR) throw malformed(`${left} stray bytes at offset ${base + off} after the last attribute`, base + off);
    const len = v.getUint16(off, LE);
    const raw = v.getUint16(off + 2, LE);
    if (len < HDR) throw malformed(`rta_len ${len} at offset ${base + off} is smaller than the header (${HDR})`, base + off);
    if (len > left) throw malformed(`rta_len ${len} at offset ${base + off} runs past the ${left} bytes left`, base + off);
    out.push({ type: raw & ~FLAG_BITS & 0xffff, flags: raw & FLAG_BITS, data: b.subarray(off + HDR, off + len) });
    off += align4(len);
  }
  return out;
}

/** The attributes of a nest (an attribute whose data is an attribute list). */
export function decodeNested(attr: Attribute): Attribute[] {
  return decodeAttrs(validateObject<Attribute>(attr, 'attr', 'a decoded attribute').data);
}

/**
 * Attributes by type; when a type repeats, the last one wins, as the
 * kernel's nla_parse() keeps it.
 */
export function attrMap(attrs: readonly Attribute[]): Map<number, Attribute> {
  const map = new Map<number, Attribute>();
  const list = boundedItems(attrs, 'attrs', 1 << 20, 'an array of attributes');
  for (let i = 0; i < list.length; i++) {
    const a = validateObject<Attribute>(list[i], `attrs[${i}]`, 'a decoded attribute');
    map.set(a.type, a);
  }
  return map;
}
