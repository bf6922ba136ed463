/**
 * The family headers that lead NETLINK_ROUTE payloads, laid out as this
 * platform's headers say: struct ifinfomsg (RTM_*LINK), struct ifaddrmsg
 * (RTM_*ADDR) and struct rtgenmsg (a bare family, for dumps). Attributes
 * follow each at NLMSG_ALIGN(sizeof(struct)); `splitPayload` finds them.
 */
import { invalidArgType, toBytes, validateInteger, validateObject } from '@sock/core';
import { decodeAttrs, type Attribute } from './attributes.js';
import { align4, asBuffer, LE, viewOf } from './bytes.js';
import { malformed } from './errors.js';
import { addon, type FieldLayout, type StructLayout } from './native.js';

/** struct ifinfomsg: one network interface (link). */
export interface Ifinfomsg {
  /** ifi_family: AF_UNSPEC for links. */
  family: number;
  /** ifi_type: the hardware type (ARPHRD_*). */
  type: number;
  /** ifi_index: the interface index (0 in a request: any). */
  index: number;
  /** ifi_flags: IFF_* flags. */
  flags: number;
  /** ifi_change: which IFF_* flags a request changes (0xffffffff: all). */
  change: number;
}

/** struct ifaddrmsg: one interface address. */
export interface Ifaddrmsg {
  /** ifa_family: AF_INET or AF_INET6 (AF_UNSPEC in a dump request: all). */
  family: number;
  prefixlen: number;
  /** ifa_flags: the low 8 IFA_F_* bits (the full set comes in IFA_FLAGS). */
  flags: number;
  /** ifa_scope: RT_SCOPE_*. */
  scope: number;
  index: number;
}

type Codec<T> = { size: number; fields: [keyof T & string, FieldLayout, number, number][] };

function codec<T, F extends string>(layout: StructLayout<F> | undefined, map: [keyof T & string, F, number, number][]): Codec<T> {
  if (!layout) return { size: 0, fields: [] };
  return { size: layout.size, fields: map.map(([k, f, min, max]) => [k, layout[f], min, max]) };
}

const L = addon.layout;
const ifi = codec<Ifinfomsg, 'ifi_family' | 'ifi_type' | 'ifi_index' | 'ifi_flags' | 'ifi_change'>(L.ifinfomsg, [
  ['family', 'ifi_family', 0, 0xff],
  ['type', 'ifi_type', 0, 0xffff],
  ['index', 'ifi_index', -0x80000000, 0x7fffffff],
  ['flags', 'ifi_flags', 0, 0xffffffff],
  ['change', 'ifi_change', 0, 0xffffffff],
]);
const ifa = codec<Ifaddrmsg, 'ifa_family' | 'ifa_prefixlen' | 'ifa_flags' | 'ifa_scope' | 'ifa_index'>(L.ifaddrmsg, [
  ['family', 'ifa_family', 0, 0xff],
  ['prefixlen', 'ifa_prefixlen', 0, 0xff],
  ['flags', 'ifa_flags', 0, 0xff],
  ['scope', 'ifa_scope', 0, 0xff],
  ['index', 'ifa_index', 0, 0xffffffff],
]);

/** sizeof(struct ifinfomsg) and sizeof(struct ifaddrmsg) on this platform. */
export const IFINFOMSG_SIZE = ifi.size;
export const IFADDRMSG_SIZE = ifa.size;

function write(v: DataView, f: FieldLayout, value: number, min: number): void {
  if (f.size === 1) v.setUint8(f.offset, value);
  else if (f.size === 2) v.setUint16(f.offset, value, LE);
  else if (min < 0) v.setInt32(f.offset, value, LE);
  else v.setUint32(f.offset, value, LE);
}

function read(v: DataView, f: FieldLayout, min: number): number {
  if (f.size === 1) return v.getUint8(f.offset);
  if (f.size === 2) return v.getUint16(f.offset, LE);
  return min < 0 ? v.getInt32(f.offset, LE) : v.getUint32(f.offset, LE);
}

function encode<T>(c: Codec<T>, value: Partial<T> | undefined, name: string): Buffer {
  if (value !== undefined) validateObject(value, name, 'an object');
  const out = Buffer.alloc(c.size);
  const v = viewOf(out);
  for (const [key, f, min, max] of c.fields) {
    const given = (value as Record<string, unknown> | undefined)?.[key];
    write(v, f, given === undefined ? 0 : validateInteger(given, `${name}.${key}`, min, max), min);
  }
  return out;
}

function decode<T>(c: Codec<T>, bytes: ArrayBufferView, what: string): T {
  const b = toBytes(bytes, 'bytes');
  if (b.length < c.size) throw malformed(`${b.length} bytes are too few for struct ${what} (${c.size})`, 0);
  const v = viewOf(b);
  const out: Record<string, number> = {};
  for (const [key, f, min] of c.fields) out[key] = read(v, f, min);
  return out as T;
}

/** Encodes struct ifinfomsg; fields left out are 0. */
export const encodeIfinfomsg = (value?: Partial<Ifinfomsg>): Buffer => encode(ifi, value, 'ifinfomsg');
/** Decodes struct ifinfomsg from the start of `bytes` (a message payload). */
export const decodeIfinfomsg = (bytes: ArrayBufferView): Ifinfomsg => decode(ifi, bytes, 'ifinfomsg');
/** Encodes struct ifaddrmsg; fields left out are 0. */
export const encodeIfaddrmsg = (value?: Partial<Ifaddrmsg>): Buffer => encode(ifa, value, 'ifaddrmsg');
/** Decodes struct ifaddrmsg from the start of `bytes`. */
export const decodeIfaddrmsg = (bytes: ArrayBufferView): Ifaddrmsg => decode(ifa, bytes, 'ifaddrmsg');

/** struct rtgenmsg: the bare address family that many dump requests carry. */
export function encodeRtgenmsg(family: number): Buffer {
  const out = Buffer.alloc(L.rtgenmsg?.size ?? 1);
  out[L.rtgenmsg?.rtgen_family.offset ?? 0] = validateInteger(family, 'family', 0, 0xff);
  return out;
}

/**
 * Splits a payload into its family header (`headerSize` bytes) and the
 * attributes after NLMSG_ALIGN(headerSize). Throws ERR_NETLINK_MALFORMED when
 * the payload is shorter than the header or the attributes are malformed.
 */
export function splitPayload(payload: ArrayBufferView, headerSize: number): { header: Buffer; attrs: Attribute[] } {
  const b = asBuffer(toBytes(payload, 'payload'));
  validateInteger(headerSize, 'headerSize', 0, 0xffff);
  if (b.length < headerSize) throw malformed(`a payload of ${b.length} bytes is shorter than its ${headerSize}-byte family header`, 0);
  const start = Math.min(align4(headerSize), b.length);
  return { header: b.subarray(0, headerSize), attrs: decodeAttrs(b.subarray(start), start) };
}
