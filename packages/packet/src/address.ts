/**
 * The AF_PACKET address codec: `[ifname, proto, pkttype?, hatype?, addr?]`
 * <-> struct sockaddr_ll (CPython's getsockaddrarg and makesockaddr).
 *
 * What CPython does, kept here:
 * - `proto` is the ethertype in host order (ETH_P_IP is 0x0800); the
 *   sockaddr carries it in network order (sll_protocol = htons(proto)).
 *   Outside 0..65535 it is a RangeError with CPython's "<caller>(): proto
 *   must be 0-65535." (or "address argument out of range" beyond a C int).
 * - `ifname` becomes sll_ifindex through ioctl(SIOCGIFINDEX); an unknown
 *   name is the OSError the lookup gives: ENODEV, '[Errno 19] No such device'.
 * - `addr` (the hardware address) is at most 8 bytes, the size of sll_addr;
 *   longer is refused with CPython's 'Hardware address must be 8 bytes or
 *   less'. pkttype defaults to PACKET_HOST, hatype to 0, addr to no bytes.
 * - The errors come in CPython's order: tuple shape and types, then the
 *   interface lookup, then the address length, then the proto range.
 * - Decoding always gives the 5-tuple, addr as a Buffer of sll_halen bytes;
 *   ifname is '' when sll_ifindex is 0 or names no interface.
 *
 * Where this differs: CPython stores pkttype and hatype into their unsigned
 * char / unsigned short fields silently truncated (-1 becomes 255); here
 * anything outside 0..255 / 0..65535 is a RangeError. An interface name of
 * 16 bytes or more is ENODEV instead of being cut to its first 15 bytes. A
 * sockaddr shorter than sockaddr_ll decodes as if zero-padded, and sll_halen
 * beyond the bytes the kernel returned gives only the bytes there are.
 */
import { endianness } from 'node:os';
import { types } from 'node:util';
import { invalidArgType, invalidArgValue, osError, outOfRange, type AddressContext } from '@sock/core';
import { toBytes, validateObject } from '@sock/core';
import { AF_PACKET, PACKET_HOST } from './constants.js';
import { indexOf, nameOf } from './ifname.js';
import { addon } from './native.js';

/** An AF_PACKET address as decode returns it: always all five fields. */
export type PacketAddress = [ifname: string, proto: number, pkttype: number, hatype: number, addr: Buffer];
/** What encode accepts: the last three fields may be left out. */
export type PacketAddressInput =
  | readonly [ifname: string, proto: number]
  | readonly [ifname: string, proto: number, pkttype: number]
  | readonly [ifname: string, proto: number, pkttype: number, hatype: number]
  | readonly [ifname: string, proto: number, pkttype: number, hatype: number, addr: ArrayBufferView];

declare module '@sock/core' {
  interface AddressTypes {
    AF_PACKET: { address: PacketAddress; input: PacketAddressInput };
  }
}

type SockaddrLl = NonNullable<typeof addon.layout.sockaddrLl>;

/**
 * struct sockaddr_ll's layout. Where the platform has none (AF_PACKET is
 * Linux's), the package still imports and reports itself unavailable; only
 * a call that needs the struct fails with an OSError saying so.
 */
function ll(): SockaddrLl {
  const layout = addon.layout.sockaddrLl;
  if (layout === null || layout === undefined) throw osError('this platform has no struct sockaddr_ll (AF_PACKET is Linux-only)');
  return layout;
}
const LE = endianness() === 'LE';
const INT_MIN = -0x80000000;
const INT_MAX = 0x7fffffff;

function cInt(value: unknown, name: string, caller: string, low: number, high: number): number {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < INT_MIN || value > INT_MAX) throw outOfRange(name, `>= ${low} && <= ${high} (${caller}(): address argument out of range)`, value);
  return value;
}

function parseIfname(value: unknown): string {
  if (typeof value !== 'string') throw invalidArgType('ifname', 'of type string', value);
  if (value.includes('\0')) throw invalidArgValue('ifname', value, 'must not contain null bytes (embedded null character)');
  return value;
}

function parseAddr(value: unknown): Uint8Array {
  if (!ArrayBuffer.isView(value)) throw invalidArgType('addr', 'an instance of Buffer, TypedArray, or DataView', value);
  return value instanceof Uint8Array ? value : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

function writeU16(sa: Buffer, at: number, value: number, bigEndian: boolean): void {
  if (bigEndian) sa.writeUInt16BE(value, at);
  else sa.writeUInt16LE(value, at);
}

/** A struct sockaddr_ll from its fields (already checked); ifindex 0 means every interface. */
export function packSockaddrLl(ifindex: number, proto: number, pkttype = 0, hatype = 0, addr: Uint8Array | null = null): Buffer {
  const LL = ll();
  const sa = Buffer.alloc(LL.size);
  writeU16(sa, LL.family.offset, AF_PACKET, !LE);
  writeU16(sa, LL.protocol.offset, proto, true);
  if (LE) sa.writeInt32LE(ifindex, LL.ifindex.offset);
  else sa.writeInt32BE(ifindex, LL.ifindex.offset);
  writeU16(sa, LL.hatype.offset, hatype, !LE);
  sa[LL.pkttype.offset] = pkttype;
  if (addr !== null) {
    sa[LL.halen.offset] = addr.length;
    sa.set(addr, LL.addr.offset);
  }
  return sa;
}

/**
 * Encodes an AF_PACKET address as the struct sockaddr_ll that bind(2) and
 * sendto(2) take (sizeof(sockaddr_ll) bytes, as CPython passes).
 */
export function encodePacketAddress(address: unknown, ctx?: AddressContext): Buffer {
  if (ctx !== undefined) validateObject(ctx, 'ctx', 'an AddressContext');
  const caller = ctx?.caller ?? 'bind';
  if (types.isProxy(address) || !Array.isArray(address)) {
    throw invalidArgType('address', `an array [ifname, proto, pkttype?, hatype?, addr?] (${caller}(): AF_PACKET address must be tuple)`, address);
  }
  const n = address.length;
  if (n < 2 || n > 5) {
    throw invalidArgValue('address', `[${n} items]`, 'must have two to five items (AF_PACKET address must be a tuple of two to five elements)');
  }
  const ifname = parseIfname(address[0]);
  const proto = cInt(address[1], 'proto', caller, 0, 0xffff);
  const pkttype = n > 2 ? cInt(address[2], 'pkttype', caller, 0, 0xff) : PACKET_HOST;
  const hatype = n > 3 ? cInt(address[3], 'hatype', caller, 0, 0xffff) : 0;
  const addr = n > 4 ? parseAddr(address[4]) : null;
  const ifindex = indexOf(ifname, ctx);
  if (typeof ifindex !== 'number') throw ifindex;
  const max = ll().addr.size;
  if (addr !== null && addr.length > max) {
    throw invalidArgValue('addr', `<${addr.length} bytes>`, `is invalid (Hardware address must be ${max} bytes or less)`);
  }
  if (proto < 0 || proto > 0xffff) throw outOfRange('proto', `>= 0 && <= 65535 (${caller}(): proto must be 0-65535.)`, proto);
  if (pkttype < 0 || pkttype > 0xff) throw outOfRange('pkttype', '>= 0 && <= 255 (sll_pkttype is an unsigned char)', pkttype);
  if (hatype < 0 || hatype > 0xffff) throw outOfRange('hatype', '>= 0 && <= 65535 (sll_hatype is an unsigned short)', hatype);
  return packSockaddrLl(ifindex, proto, pkttype, hatype, addr);
}

function u16(bytes: Uint8Array, at: number, bigEndian: boolean): number {
  if (at + 2 > bytes.length) return 0;
  return bigEndian ? (bytes[at]! << 8) | bytes[at + 1]! : bytes[at]! | (bytes[at + 1]! << 8);
}

function i32(bytes: Uint8Array, at: number): number {
  if (at + 4 > bytes.length) return 0;
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getInt32(at, LE);
}

/**
 * Decodes the struct sockaddr_ll the kernel returned (getsockname,
 * recvfrom, recvmsg) into the 5-tuple. Accepts any length; missing fields
 * read as zero.
 */
export function decodePacketAddress(bytes: Uint8Array, ctx?: AddressContext): PacketAddress {
  bytes = toBytes(bytes, 'bytes');
  if (ctx !== undefined) validateObject(ctx, 'ctx', 'an AddressContext');
  const LL = ll();
  const len = bytes.length;
  const ifindex = i32(bytes, LL.ifindex.offset);
  const halen = LL.halen.offset < len ? bytes[LL.halen.offset]! : 0;
  const start = Math.min(LL.addr.offset, len);
  const end = Math.min(LL.addr.offset + halen, len);
  return [
    nameOf(ifindex, ctx),
    u16(bytes, LL.protocol.offset, true),
    LL.pkttype.offset < len ? bytes[LL.pkttype.offset]! : 0,
    u16(bytes, LL.hatype.offset, !LE),
    Buffer.from(bytes.subarray(start, end)),
  ];
}
