/**
 * The AF_BLUETOOTH address codec, shaped by the socket's protocol as in
 * CPython 3.14:
 *
 * | protocol       | encode takes                                   | decode gives |
 * |----------------|------------------------------------------------|--------------|
 * | BTPROTO_L2CAP  | `[bdaddr, psm]`, `[bdaddr, psm, cid]`, `[bdaddr, psm, cid, bdaddrType]` (cid 0, BDADDR_BREDR by default) | `[bdaddr, psm, cid, bdaddrType]` when the type is not BDADDR_BREDR, else `[bdaddr, psm, cid]` when cid is not 0, else `[bdaddr, psm]` |
 * | BTPROTO_RFCOMM | `[bdaddr, channel]`                            | `[bdaddr, channel]` |
 * | BTPROTO_HCI    | `devId`, `[devId]` or `[devId, channel]` (HCI_CHANNEL_RAW by default) | `devId` on HCI_CHANNEL_RAW, else `[devId, channel]` |
 * | BTPROTO_SCO    | `bdaddr` (a string or bytes)                    | `bdaddr` |
 *
 * A bdaddr is parsed as CPython's setbdaddr does (see bdaddr.ts): an
 * address it refuses is OSError('bad bluetooth address'); output is
 * upper-case 'AA:BB:CC:DD:EE:FF'.
 *
 * Where this differs from CPython: CPython reports a wrong shape as
 * OSError('<caller>(): wrong format'); here it is a TypeError
 * (ERR_INVALID_ARG_TYPE / ERR_INVALID_ARG_VALUE) whose message ends with
 * CPython's words. CPython's "H" and "B" formats wrap silently (a psm of
 * -1 becomes 0xffff, a channel of 256 becomes 0); here a number outside its
 * C member's range is a RangeError.
 */
import { endianness } from 'node:os';
import { types } from 'node:util';
import { invalidArgType, invalidArgValue, osError, toBytes, validateInteger, type AddressContext } from '@sock/core';
import { allocSockaddr } from '@sock/core/family';
import { formatBdaddr, parseBdaddr } from './bdaddr.js';
import { AF_BLUETOOTH, BDADDR_BREDR, BTPROTO_HCI, BTPROTO_L2CAP, BTPROTO_RFCOMM, BTPROTO_SCO, HCI_CHANNEL_RAW } from './constants.js';
import { addon } from './native.js';

/** L2CAP: the 2-, 3- or 4-item forms CPython 3.14 gives back. */
export type L2capAddress =
  | [bdaddr: string, psm: number]
  | [bdaddr: string, psm: number, cid: number]
  | [bdaddr: string, psm: number, cid: number, bdaddrType: number];
export type RfcommAddress = [bdaddr: string, channel: number];
/** HCI: the device id alone on HCI_CHANNEL_RAW, else [devId, channel]. */
export type HciAddress = number | [devId: number, channel: number];
export type ScoAddress = string;
export type BluetoothAddress = L2capAddress | RfcommAddress | HciAddress | ScoAddress;

export type L2capAddressInput =
  | readonly [bdaddr: string, psm: number]
  | readonly [bdaddr: string, psm: number, cid: number]
  | readonly [bdaddr: string, psm: number, cid: number, bdaddrType: number];
export type RfcommAddressInput = readonly [bdaddr: string, channel: number];
export type HciAddressInput = number | readonly [devId: number] | readonly [devId: number, channel: number];
export type ScoAddressInput = string | Uint8Array;
export type BluetoothAddressInput = L2capAddressInput | RfcommAddressInput | HciAddressInput | ScoAddressInput;

declare module '@sock/core' {
  interface AddressTypes {
    AF_BLUETOOTH: { address: BluetoothAddress; input: BluetoothAddressInput };
  }
}

type Ctx = Partial<AddressContext>;

const L = addon.layout;
const LITTLE_ENDIAN = endianness() === 'LE';

function layoutOf<T>(value: T | undefined): T {
  if (value === undefined || AF_BLUETOOTH === undefined) throw osError('this platform has no AF_BLUETOOTH (Bluetooth sockets are Linux-only here)');
  return value;
}

function callerName(caller: unknown): string {
  return typeof caller === 'string' ? caller : 'bind';
}

function tuple(address: unknown, shape: string, caller: string, min: number, max: number): unknown[] {
  if (types.isProxy(address) || !Array.isArray(address)) {
    throw invalidArgType('address', `an array ${shape} (${caller}(): wrong format)`, address);
  }
  if (address.length < min || address.length > max) {
    throw invalidArgValue('address', `[${address.length} items]`, `must be ${shape} (${caller}(): wrong format)`);
  }
  return address;
}

/** A bdaddr member that must be a str, as CPython's "s" format takes it. */
function textBdaddr(value: unknown, caller: string): Buffer {
  if (typeof value !== 'string') throw invalidArgType('bdaddr', `of type string (${caller}(): wrong format)`, value);
  return parseBdaddr(value);
}

/** struct sockaddr_l2 for [bdaddr, psm, cid?, bdaddrType?]. */
export function encodeL2capAddress(address: unknown, callerArg: string = 'bind'): Buffer {
  const caller = callerName(callerArg);
  const a = tuple(address, '[bdaddr, psm, cid?, bdaddrType?]', caller, 2, 4);
  const S = layoutOf(L.sockaddrL2);
  const bdaddr = textBdaddr(a[0], caller);
  const psm = validateInteger(a[1], 'psm', 0, 0xffff);
  const cid = a.length > 2 ? validateInteger(a[2], 'cid', 0, 0xffff) : 0;
  const type = a.length > 3 ? validateInteger(a[3], 'bdaddrType', 0, 0xff) : BDADDR_BREDR;
  const sa = allocSockaddr(S.size, AF_BLUETOOTH);
  sa.writeUInt16LE(psm, S.psm.offset);
  sa.set(bdaddr, S.bdaddr.offset);
  sa.writeUInt16LE(cid, S.cid.offset);
  sa[S.bdaddrType.offset] = type;
  return sa;
}

/** struct sockaddr_rc for [bdaddr, channel]. */
export function encodeRfcommAddress(address: unknown, callerArg: string = 'bind'): Buffer {
  const caller = callerName(callerArg);
  const a = tuple(address, '[bdaddr, channel]', caller, 2, 2);
  const S = layoutOf(L.sockaddrRc);
  const bdaddr = textBdaddr(a[0], caller);
  const channel = validateInteger(a[1], 'channel', 0, 0xff);
  const sa = allocSockaddr(S.size, AF_BLUETOOTH);
  sa.set(bdaddr, S.bdaddr.offset);
  sa[S.channel.offset] = channel;
  return sa;
}

/** struct sockaddr_hci for devId, [devId] or [devId, channel]. */
export function encodeHciAddress(address: unknown, callerArg: string = 'bind'): Buffer {
  const caller = callerName(callerArg);
  const S = layoutOf(L.sockaddrHci);
  let dev: number;
  let channel = HCI_CHANNEL_RAW;
  if (typeof address === 'number') {
    dev = validateInteger(address, 'devId', 0, 0xffff);
  } else {
    const a = tuple(address, 'devId, [devId] or [devId, channel]', caller, 1, 2);
    dev = validateInteger(a[0], 'devId', 0, 0xffff);
    if (a.length > 1) channel = validateInteger(a[1], 'channel', 0, 0xffff);
  }
  const sa = allocSockaddr(S.size, AF_BLUETOOTH);
  // sockaddr_hci's members are host-order unsigned shorts (sockaddr_l2's are __le16).
  const v = new DataView(sa.buffer, sa.byteOffset, sa.byteLength);
  v.setUint16(S.dev.offset, dev, LITTLE_ENDIAN);
  v.setUint16(S.channel.offset, channel, LITTLE_ENDIAN);
  return sa;
}

/** struct sockaddr_sco for a bdaddr string or bytes. */
export function encodeScoAddress(address: unknown, callerArg: string = 'bind'): Buffer {
  const caller = callerName(callerArg);
  const S = layoutOf(L.sockaddrSco);
  if (typeof address !== 'string' && (types.isProxy(address) || !(address instanceof Uint8Array))) {
    throw invalidArgType('address', `a bdaddr string or bytes (${caller}(): wrong format)`, address);
  }
  const bdaddr = parseBdaddr(address);
  const sa = allocSockaddr(S.size, AF_BLUETOOTH);
  sa.set(bdaddr, S.bdaddr.offset);
  return sa;
}


/** Encodes an address for a socket of protocol `ctx.proto` (BTPROTO_L2CAP when absent). */
export function encodeBluetoothAddress(address: unknown, ctx?: Ctx): Buffer {
  if (ctx !== undefined && (ctx === null || typeof ctx !== 'object' || types.isProxy(ctx))) ctx = undefined;
  const caller = typeof ctx?.caller === 'string' ? ctx.caller : 'getsockaddrarg';
  const proto = typeof ctx?.proto === 'number' ? ctx.proto : BTPROTO_L2CAP;
  if (proto === BTPROTO_L2CAP) return encodeL2capAddress(address, caller);
  if (proto === BTPROTO_RFCOMM) return encodeRfcommAddress(address, caller);
  if (proto === BTPROTO_HCI) return encodeHciAddress(address, caller);
  if (proto === BTPROTO_SCO) return encodeScoAddress(address, caller);
  throw osError(`${caller}(): unknown Bluetooth protocol`);
}

/** A member the bytes may not reach: the part they hold, zero past their end (CPython's zeroed buffer). */
function member(bytes: Uint8Array, f: { offset: number; size: number }): Buffer {
  const out = Buffer.alloc(f.size);
  if (f.offset < bytes.length) out.set(bytes.subarray(f.offset, Math.min(bytes.length, f.offset + f.size)));
  return out;
}

function u16host(b: Buffer): number {
  return LITTLE_ENDIAN ? b.readUInt16LE(0) : b.readUInt16BE(0);
}

/**
 * Decodes the sockaddr the kernel returned for a socket of protocol
 * `ctx.proto` (BTPROTO_L2CAP when absent). Any length is accepted: bytes past
 * the end read as zero. A protocol without an address form (BNEP, ...) is
 * a TypeError, as CPython's ValueError('Unknown Bluetooth protocol').
 */
export function decodeBluetoothAddress(bytes: Uint8Array, ctx?: Ctx): BluetoothAddress {
  bytes = toBytes(bytes, 'bytes');
  if (ctx !== undefined && (ctx === null || typeof ctx !== 'object' || types.isProxy(ctx))) ctx = undefined;
  const proto = typeof ctx?.proto === 'number' ? ctx.proto : BTPROTO_L2CAP;
  if (proto === BTPROTO_L2CAP) {
    const S = layoutOf(L.sockaddrL2);
    const bdaddr = formatBdaddr(member(bytes, S.bdaddr));
    const psm = member(bytes, S.psm).readUInt16LE(0);
    const cid = member(bytes, S.cid).readUInt16LE(0);
    const type = member(bytes, S.bdaddrType)[0]!;
    if (type !== BDADDR_BREDR) return [bdaddr, psm, cid, type];
    if (cid !== 0) return [bdaddr, psm, cid];
    return [bdaddr, psm];
  }
  if (proto === BTPROTO_RFCOMM) {
    const S = layoutOf(L.sockaddrRc);
    return [formatBdaddr(member(bytes, S.bdaddr)), member(bytes, S.channel)[0]!];
  }
  if (proto === BTPROTO_HCI) {
    const S = layoutOf(L.sockaddrHci);
    const dev = u16host(member(bytes, S.dev));
    const channel = u16host(member(bytes, S.channel));
    return channel === HCI_CHANNEL_RAW ? dev : [dev, channel];
  }
  if (proto === BTPROTO_SCO) {
    const S = layoutOf(L.sockaddrSco);
    return formatBdaddr(member(bytes, S.bdaddr));
  }
  throw invalidArgValue('proto', proto, 'must be BTPROTO_L2CAP, BTPROTO_RFCOMM, BTPROTO_HCI or BTPROTO_SCO (Unknown Bluetooth protocol)');
}
