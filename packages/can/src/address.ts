/**
 * The AF_CAN address codec: tuples <-> struct sockaddr_can, shaped by the
 * socket's protocol as in CPython:
 *
 * | protocol          | address                                   |
 * |-------------------|-------------------------------------------|
 * | CAN_RAW, CAN_BCM  | `[ifname]`                                |
 * | CAN_ISOTP         | `[ifname, rxId, txId]`                    |
 * | CAN_J1939         | `[ifname, name (bigint), pgn, addr]`      |
 *
 * `''` is ifindex 0: every interface. The name becomes an ifindex through
 * ioctl(SIOCGIFINDEX) on the socket's fd; an unknown name is the ioctl's
 * OSError (ENODEV); a name of 16 bytes or more is
 * OSError('AF_CAN interface name too long') with errno null. Decoding gives
 * the interface name back ('' for ifindex 0 or a name the kernel no longer has).
 *
 * Where this differs from CPython: CPython parses the ids with "k", "K",
 * "I" and "B" formats, which wrap silently (-1 becomes 0xffffffff, 256
 * becomes 0); here a number out of its C type's range is a RangeError. The
 * J1939 NAME is a bigint (a number that is a safe integer is accepted).
 */
import { endianness } from 'node:os';
import { types } from 'node:util';
import { invalidArgType, invalidArgValue, osError, outOfRange, toBytes, validateInteger, validateObject, validateUint32, type AddressContext } from '@sock/core';
import { AF_CAN, CAN_BCM, CAN_ISOTP, CAN_J1939, CAN_RAW } from './constants.js';
import { ifindexOf, ifnameBytes, ifnameOf } from './ifname.js';
import { addon } from './native.js';

/** CAN_RAW and CAN_BCM: the interface ('' = every interface). */
export type CanRawAddress = [ifname: string];
/** CAN_ISOTP: the interface and the CAN ids the socket receives on and sends with. */
export type CanIsotpAddress = [ifname: string, rxId: number, txId: number];
/** CAN_J1939: the interface, the 64-bit NAME, the PGN and the 8-bit address. */
export type CanJ1939Address = [ifname: string, name: bigint, pgn: number, addr: number];
export type CanAddress = CanRawAddress | CanIsotpAddress | CanJ1939Address;
/** What encode accepts: names may also be bytes, a J1939 NAME a safe integer. */
export type CanAddressInput =
  | [ifname: string | Uint8Array]
  | [ifname: string | Uint8Array, rxId: number, txId: number]
  | [ifname: string | Uint8Array, name: bigint | number, pgn: number, addr: number];

const SA = addon.layout.sockaddrCan;
const LE = endianness() === 'LE';
const U64_MAX = (1n << 64n) - 1n;

type Ctx = Partial<AddressContext> & { proto?: number };

const shapes = new Map<number | undefined, [number, string]>([
  [CAN_RAW, [1, '(interface, )']],
  [CAN_BCM, [1, '(interface, )']],
  [CAN_ISOTP, [3, '(interface, rx_addr, tx_addr)']],
  [CAN_J1939, [4, '(interface, name, pgn, addr)']],
]);

function validateName(value: unknown): bigint {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw outOfRange('name', 'a safe integer or a bigint in 0..2**64-1', value);
    value = BigInt(value);
  }
  if (typeof value !== 'bigint') throw invalidArgType('name', 'of type bigint', value);
  if (value < 0n || value > U64_MAX) throw outOfRange('name', '>= 0n && <= 2n ** 64n - 1n', value);
  return value;
}

/** A struct sockaddr_can from its fields (already checked). */
export function packSockaddrCan(ifindex: number, fields: { rxId?: number; txId?: number; name?: bigint; pgn?: number; addr?: number } = {}): Buffer {
  validateInteger(ifindex, 'ifindex', -0x80000000, 0x7fffffff);
  validateObject(fields, 'fields', 'an object');
  if (fields.rxId !== undefined) validateUint32(fields.rxId, 'fields.rxId');
  if (fields.txId !== undefined) validateUint32(fields.txId, 'fields.txId');
  if (fields.name !== undefined) validateName(fields.name);
  if (fields.pgn !== undefined) validateUint32(fields.pgn, 'fields.pgn');
  if (fields.addr !== undefined) validateInteger(fields.addr, 'fields.addr', 0, 0xff);
  const sa = Buffer.alloc(SA.size);
  const v = new DataView(sa.buffer, sa.byteOffset, sa.byteLength);
  v.setUint16(SA.family.offset, AF_CAN, LE);
  v.setInt32(SA.ifindex.offset, ifindex, LE);
  if (fields.rxId !== undefined) v.setUint32(SA.rxId.offset, fields.rxId, LE);
  if (fields.txId !== undefined) v.setUint32(SA.txId.offset, fields.txId, LE);
  if (fields.name !== undefined) v.setBigUint64(SA.name.offset, fields.name, LE);
  if (fields.pgn !== undefined) v.setUint32(SA.pgn.offset, fields.pgn, LE);
  if (fields.addr !== undefined) sa[SA.addr.offset] = fields.addr;
  return sa;
}

/**
 * Encodes an AF_CAN address for a socket of protocol `ctx.proto` (CAN_RAW
 * when absent) as the sockaddr_can bind(2), connect(2) and sendto(2) take.
 */
export function encodeCanAddress(address: unknown, ctx?: Ctx): Buffer {
  if (ctx !== undefined && (ctx === null || typeof ctx !== 'object' || types.isProxy(ctx))) ctx = undefined;
  const caller = ctx?.caller ?? 'getsockaddrarg';
  const proto = ctx?.proto ?? CAN_RAW;
  const shape = shapes.get(proto);
  if (!shape) throw osError(`${caller}(): unsupported CAN protocol`);
  const [length, tuple] = shape;
  if (types.isProxy(address) || !Array.isArray(address)) throw invalidArgType('address', `an array ${tuple} (${caller}(): AF_CAN address must be tuple)`, address);
  if (address.length !== length) {
    throw invalidArgValue('address', `[${address.length} items]`, `must be ${tuple} (AF_CAN address must be a tuple ${tuple})`);
  }
  const ifname = ifnameBytes(address[0]);
  if (ifname === null) throw invalidArgType('ifname', 'of type string or Uint8Array', address[0]);
  if (proto === CAN_ISOTP) {
    const rxId = validateUint32(address[1], 'rxId');
    const txId = validateUint32(address[2], 'txId');
    return packSockaddrCan(ifindexOf(ifname, ctx), { rxId, txId });
  }
  if (proto === CAN_J1939) {
    const name = validateName(address[1]);
    const pgn = validateUint32(address[2], 'pgn');
    const addr = validateInteger(address[3], 'addr', 0, 0xff);
    return packSockaddrCan(ifindexOf(ifname, ctx), { name, pgn, addr });
  }
  return packSockaddrCan(ifindexOf(ifname, ctx));
}

function field(bytes: Uint8Array, f: { offset: number; size: number }): Uint8Array {
  if (f.offset + f.size <= bytes.length) return bytes.subarray(f.offset, f.offset + f.size);
  const out = new Uint8Array(f.size);
  if (f.offset < bytes.length) out.set(bytes.subarray(f.offset, Math.min(bytes.length, f.offset + f.size)));
  return out;
}

const dv = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);

/**
 * Decodes the sockaddr_can the kernel returned (getsockname, getpeername,
 * recvfrom) for a socket of protocol `ctx.proto`. Accepts any length: bytes
 * past the end read as zero, as CPython's zeroed buffer does.
 */
export function decodeCanAddress(bytes: Uint8Array, ctx?: Ctx): CanAddress {
  bytes = toBytes(bytes, 'bytes');
  if (ctx !== undefined && (ctx === null || typeof ctx !== 'object')) ctx = undefined;
  const ifindex = dv(field(bytes, SA.ifindex)).getInt32(0, LE);
  const ifname = ifnameOf(ifindex, ctx);
  const proto = ctx?.proto ?? CAN_RAW;
  if (proto === CAN_ISOTP && CAN_ISOTP !== undefined) {
    return [ifname, dv(field(bytes, SA.rxId)).getUint32(0, LE), dv(field(bytes, SA.txId)).getUint32(0, LE)];
  }
  if (proto === CAN_J1939 && CAN_J1939 !== undefined) {
    return [ifname, dv(field(bytes, SA.name)).getBigUint64(0, LE), dv(field(bytes, SA.pgn)).getUint32(0, LE), field(bytes, SA.addr)[0]!];
  }
  return [ifname];
}
