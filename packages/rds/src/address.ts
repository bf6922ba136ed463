/**
 * The AF_RDS address codec: `[host, port]` <-> struct sockaddr_in, and
 * `[host, port, flowinfo, scopeId]` <-> struct sockaddr_in6 where the
 * kernel's RDS has IPv6 (Linux 4.19+).
 *
 * What CPython does, and where this differs:
 * - CPython treats AF_RDS exactly as AF_INET: a tuple `(host, port)`,
 *   written as a sockaddr_in whose sin_family is AF_INET, and read back by
 *   the sockaddr's own family, so getsockname and recvfrom give
 *   `(host, port)`. Here the same, as an array.
 * - A port outside 0..65535 is CPython's OverflowError "<caller>(): port
 *   must be 0-65535."; here a RangeError (ERR_OUT_OF_RANGE) with that text.
 * - CPython resolves host names (getaddrinfo). @sock/rds takes numeric
 *   addresses only: dotted IPv4, IPv6 literals (with an optional
 *   '%scope'), '' for the wildcard (INADDR_ANY, or '::' when flowinfo or
 *   scopeId are given) and '<broadcast>'. Anything else is a coded
 *   TypeError naming the fix (resolve it first: @sock/inet's getaddrinfo),
 *   so no bind or sendto can block on DNS.
 * - CPython has no IPv6 form for AF_RDS (its IPv6 text fails resolution in
 *   the AF_INET path). Here an IPv6 literal, or a tuple of 3 or 4 items,
 *   gives a sockaddr_in6, and the kernel's IPv6 addresses decode to the
 *   4-tuple, as AF_INET6 does.
 */
import { endianness } from 'node:os';
import { types } from 'node:util';
import { ifNametoindex, invalidArgType, toBytes, invalidArgValue, outOfRange, validateInteger, validateObject, validateUint32, type AddressContext } from '@sock/core';
import { allocSockaddr, boundedView, headerFamilies, readSaFamily } from '@sock/core/family';
import { addon } from './native.js';

/** An IPv4 RDS address, as CPython gives it: `[host, port]`. */
export type Rds4Address = [host: string, port: number];
/** An IPv6 RDS address: `[host, port, flowinfo, scopeId]`, as AF_INET6 gives it. */
export type Rds6Address = [host: string, port: number, flowinfo: number, scopeId: number];
/** What decode returns (getsockname, recvfrom, recvmsg): by the family of the sockaddr the kernel wrote. */
export type RdsAddress = Rds4Address | Rds6Address;
/** What encode takes: the host as text or bytes; flowinfo and scopeId for IPv6 only. */
export type RdsAddressInput =
  | readonly [host: string | Uint8Array, port: number]
  | readonly [host: string | Uint8Array, port: number, flowinfo: number]
  | readonly [host: string | Uint8Array, port: number, flowinfo: number, scopeId: number];

declare module '@sock/core' {
  interface AddressTypes {
    AF_RDS: { address: RdsAddress; input: RdsAddressInput };
  }
}

// RDS binds to inet sockaddrs: their sa_family values, from core's table of the platform's AF_ names.
const { AF_INET, AF_INET6 } = headerFamilies as { AF_INET: number; AF_INET6: number };
const IN = addon.layout.sockaddrIn;
const IN6 = addon.layout.sockaddrIn6;
const SHAPE = 'an array [host, port] (IPv6: [host, port, flowinfo?, scopeId?])';
const BROADCAST = Buffer.from([255, 255, 255, 255]);
const LE = endianness() === 'LE';

interface Host {
  af: number;
  bytes: Uint8Array;
  scopeId: number | undefined;
}

function hostText(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value instanceof Uint8Array && !types.isProxy(value)) text = Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('latin1');
  else throw invalidArgType('host', 'of type string or an instance of Uint8Array (str, bytes or bytearray expected)', value);
  if (text.includes('\0')) throw invalidArgValue('host', text, 'must not contain a null character (host name must not contain null character)');
  return text;
}

function scopeOf(text: string): number {
  if (/^\d+$/.test(text)) return validateUint32(Number(text), 'scopeId');
  return ifNametoindex(text);
}

/** The numeric forms CPython's setipaddr takes before it would call getaddrinfo. */
function parseHost(text: string, wide: boolean): Host {
  if (text === '') return { af: wide ? AF_INET6 : AF_INET, bytes: Buffer.alloc(wide ? 16 : 4), scopeId: undefined };
  if (text === '<broadcast>') return { af: AF_INET, bytes: BROADCAST, scopeId: undefined };
  const v4 = addon.inetPton(AF_INET, text);
  if (v4) return { af: AF_INET, bytes: v4, scopeId: undefined };
  const at = text.indexOf('%');
  const v6 = addon.inetPton(AF_INET6, at < 0 ? text : text.slice(0, at));
  if (v6 && at !== 0) return { af: AF_INET6, bytes: v6, scopeId: at < 0 ? undefined : scopeOf(text.slice(at + 1)) };
  throw invalidArgValue(
    'host',
    text,
    "must be a numeric IPv4 or IPv6 address, '' or '<broadcast>' (@sock/rds resolves no names: resolve it first, e.g. with getaddrinfo from @sock/inet)",
  );
}

function writePort(sa: Buffer, offset: number, port: number): void {
  sa.writeUInt16BE(port, offset);
}

/**
 * Encodes an address array into a whole, zero-filled struct sockaddr_in
 * (IPv4 hosts, as CPython) or struct sockaddr_in6 (IPv6 hosts).
 */
export function encodeRdsAddress(address: unknown, ctx?: Partial<AddressContext>): Buffer {
  if (ctx !== undefined) validateObject(ctx, 'ctx', 'an AddressContext');
  const caller = ctx?.caller ?? 'bind';
  if (types.isProxy(address) || !Array.isArray(address)) {
    throw invalidArgType('address', `${SHAPE} (${caller}(): AF_INET address must be tuple)`, address);
  }
  if (address.length < 2 || address.length > 4) {
    throw invalidArgValue('address', `[${address.length} items]`, `must be ${SHAPE} (AF_INET address must be a pair (host, port))`);
  }
  const text = hostText(address[0]);
  const port = validateInteger(address[1], 'port', Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  const flowinfo = address.length > 2 ? validateUint32(address[2], 'flowinfo') : 0;
  const scopeArg = address.length > 3 ? validateUint32(address[3], 'scopeId') : undefined;
  const host = parseHost(text, address.length > 2);
  if (port < 0 || port > 0xffff) throw outOfRange('port', `>= 0 && <= 65535 (${caller}(): port must be 0-65535.)`, port);
  if (host.af === AF_INET) {
    if (address.length > 2) {
      throw invalidArgValue('address', `[${address.length} items]`, 'must be [host, port] for an IPv4 host (flowinfo and scopeId belong to IPv6 addresses)');
    }
    const sa = allocSockaddr(IN.size, AF_INET);
    writePort(sa, IN.port.offset, port);
    sa.set(host.bytes, IN.addr.offset);
    return sa;
  }
  if (flowinfo > 0xfffff) throw outOfRange('flowinfo', `>= 0 && <= 1048575 (${caller}(): flowinfo must be 0-1048575.)`, flowinfo);
  const sa = allocSockaddr(IN6.size, AF_INET6);
  writePort(sa, IN6.port.offset, port);
  sa.writeUInt32BE(flowinfo, IN6.flowinfo.offset);
  sa.set(host.bytes, IN6.addr.offset);
  const scopeId = scopeArg ?? host.scopeId ?? 0;
  if (LE) sa.writeUInt32LE(scopeId, IN6.scopeId.offset);
  else sa.writeUInt32BE(scopeId, IN6.scopeId.offset);
  return sa;
}

/** `length` bytes at `offset`, zero-filled where the sockaddr was cut short. */
function member(bytes: Uint8Array, offset: number, length: number): Buffer {
  const out = Buffer.alloc(length);
  out.set(boundedView(bytes, offset, length));
  return out;
}

/**
 * Decodes the sockaddr the kernel wrote: sockaddr_in6 gives
 * `[host, port, flowinfo, scopeId]`, anything else (sockaddr_in, or bytes
 * too short to name a family) `[host, port]`. Missing bytes read as zero.
 */
export function decodeRdsAddress(view: ArrayBufferView, _ctx?: Partial<AddressContext>): RdsAddress {
  const bytes = toBytes(view, 'bytes');
  if (readSaFamily(bytes) === AF_INET6) {
    const scope = member(bytes, IN6.scopeId.offset, 4);
    const scopeId = LE ? scope.readUInt32LE(0) : scope.readUInt32BE(0);
    return [
      addon.inetNtop(AF_INET6, member(bytes, IN6.addr.offset, 16)) ?? '::',
      member(bytes, IN6.port.offset, 2).readUInt16BE(0),
      member(bytes, IN6.flowinfo.offset, 4).readUInt32BE(0),
      scopeId,
    ];
  }
  return [addon.inetNtop(AF_INET, member(bytes, IN.addr.offset, 4)) ?? '0.0.0.0', member(bytes, IN.port.offset, 2).readUInt16BE(0)];
}
