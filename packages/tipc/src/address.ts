/**
 * The AF_TIPC address codec: `[addrType, v1, v2, v3, scope?]` <-> struct
 * sockaddr_tipc, as CPython's socket module reads and builds it:
 *
 * | addrType            | v1      | v2                  | v3                          |
 * |---------------------|---------|---------------------|-----------------------------|
 * | `TIPC_ADDR_NAMESEQ` | type    | lower               | upper                       |
 * | `TIPC_ADDR_NAME`    | type    | instance            | ignored (decoded: instance) |
 * | `TIPC_ADDR_ID`      | node    | ref                 | ignored (decoded: 0)        |
 *
 * `scope` defaults to TIPC_CLUSTER_SCOPE. Decoding always gives five
 * members; a TIPC_ADDR_NAME address repeats the instance in v3, as CPython
 * does, and getsockname/recvfrom give TIPC_ADDR_ID addresses `[3, node, ref, 0, scope]`.
 *
 * Where this differs from CPython:
 * - CPython parses the members with the "I" format, which wraps silently
 *   (-1 becomes 0xffffffff, 2**32 + 1 becomes 1); here v1, v2, v3 and
 *   addrType outside 0..2**32-1 are a RangeError.
 * - The scope lands in a `signed char`; CPython keeps its low byte whatever
 *   the value. Here a scope must be what the member can hold: -128..255, or
 *   a value CPython itself gives back for a negative scope (2**32-128 ..
 *   2**32-1, the sign-extended byte read as unsigned); others are a RangeError.
 * - An addrType that is not one of the three is a TypeError
 *   (ERR_INVALID_ARG_VALUE, "Invalid address type"), as CPython's TypeError.
 * - Decoding an unknown addrType (CPython: ValueError) is a TypeError with
 *   code ERR_INVALID_ARG_VALUE.
 */
import { types } from 'node:util';
import { invalidArgType, invalidArgValue, osError, outOfRange, toBytes, validateUint32, type AddressContext } from '@sock/core';
import { allocSockaddr, boundedView, writeField, type FieldLayout } from '@sock/core/family';
import { AF_TIPC, TIPC_ADDR_ID, TIPC_ADDR_NAME, TIPC_ADDR_NAMESEQ, TIPC_CLUSTER_SCOPE } from './constants.js';
import { addon } from './native.js';

/** What decode returns: always five members, as CPython's `(addr_type, v1, v2, v3, scope)`. */
export type TipcAddress = [addrType: number, v1: number, v2: number, v3: number, scope: number];
/** What encode takes: the scope defaults to TIPC_CLUSTER_SCOPE. */
export type TipcAddressInput =
  | readonly [addrType: number, v1: number, v2: number, v3: number]
  | readonly [addrType: number, v1: number, v2: number, v3: number, scope: number];

declare module '@sock/core' {
  interface AddressTypes {
    AF_TIPC: { address: TipcAddress; input: TipcAddressInput };
  }
}

const layout = addon.layout.sockaddrTipc;
const SHAPE = 'an array [addrType, v1, v2, v3, scope?]';

function requireLayout(): NonNullable<typeof layout> {
  if (!layout || AF_TIPC === undefined) throw osError("this platform's headers define no AF_TIPC (<linux/tipc.h>)");
  return layout;
}

/** The byte the scope member holds, from what CPython would accept and give back. */
function scopeByte(value: unknown): number {
  if (typeof value !== 'number') throw invalidArgType('scope', 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange('scope', 'an integer', value);
  if (value >= -128 && value <= 255) return value & 0xff;
  if (value >= 2 ** 32 - 128 && value <= 2 ** 32 - 1) return value & 0xff;
  throw outOfRange('scope', '>= -128 && <= 255 (the signed char of sockaddr_tipc)', value);
}

/** Encodes an address array into a whole, zero-filled struct sockaddr_tipc. */
export function encodeTipcAddress(address: unknown, ctx?: Partial<AddressContext>): Buffer {
  if (ctx !== undefined && (ctx === null || typeof ctx !== 'object' || types.isProxy(ctx))) ctx = undefined;
  const caller = ctx?.caller ?? 'getsockaddrarg';
  if (types.isProxy(address) || !Array.isArray(address)) {
    throw invalidArgType('address', `${SHAPE} (${caller}(): AF_TIPC address must be tuple)`, address);
  }
  if (address.length < 4 || address.length > 5) {
    throw invalidArgValue('address', `[${address.length} items]`, `must be ${SHAPE} (AF_TIPC address must be a tuple (addr_type, v1, v2, v3[, scope]))`);
  }
  const L = requireLayout();
  const addrType = validateUint32(address[0], 'addrType');
  const v1 = validateUint32(address[1], 'v1');
  const v2 = validateUint32(address[2], 'v2');
  const v3 = validateUint32(address[3], 'v3');
  const scope = address.length > 4 ? scopeByte(address[4]) : TIPC_CLUSTER_SCOPE;
  const sa = allocSockaddr(L.size, AF_TIPC);
  if (addrType === TIPC_ADDR_NAMESEQ) {
    writeField(sa, L.seqType, v1);
    writeField(sa, L.seqLower, v2);
    writeField(sa, L.seqUpper, v3);
  } else if (addrType === TIPC_ADDR_NAME) {
    writeField(sa, L.nameType, v1);
    writeField(sa, L.nameInstance, v2);
  } else if (addrType === TIPC_ADDR_ID) {
    writeField(sa, L.idNode, v1);
    writeField(sa, L.idRef, v2);
  } else {
    throw invalidArgValue('addrType', addrType, 'must be TIPC_ADDR_NAMESEQ, TIPC_ADDR_NAME or TIPC_ADDR_ID (Invalid address type)');
  }
  writeField(sa, L.addrtype, addrType);
  writeField(sa, L.scope, scope);
  return sa;
}

/** A member of the bytes, or 0 where the bytes end before it (CPython's zeroed buffer). */
function member(bytes: Uint8Array, field: FieldLayout, signed = false): number {
  const view = boundedView(bytes, field.offset, field.size);
  if (view.length < field.size) return 0;
  const dv = new DataView(view.buffer, view.byteOffset, view.byteLength);
  if (field.size === 1) return signed ? dv.getInt8(0) : dv.getUint8(0);
  return dv.getUint32(0, LITTLE);
}

const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Decodes the bytes of a struct sockaddr_tipc (getsockname, getpeername,
 * accept, recvfrom); members the bytes do not reach read as 0. The scope is
 * CPython's: the signed char sign-extended and read as an unsigned int.
 */
export function decodeTipcAddress(bytes: Uint8Array, _ctx?: Partial<AddressContext>): TipcAddress {
  bytes = toBytes(bytes, 'bytes');
  const L = requireLayout();
  const addrType = member(bytes, L.addrtype);
  const scope = member(bytes, L.scope, true) >>> 0;
  if (addrType === TIPC_ADDR_NAMESEQ) return [addrType, member(bytes, L.seqType), member(bytes, L.seqLower), member(bytes, L.seqUpper), scope];
  if (addrType === TIPC_ADDR_NAME) {
    const instance = member(bytes, L.nameInstance);
    return [addrType, member(bytes, L.nameType), instance, instance, scope];
  }
  if (addrType === TIPC_ADDR_ID) return [addrType, member(bytes, L.idNode), member(bytes, L.idRef), 0, scope];
  throw invalidArgValue('addrType', addrType, 'must be TIPC_ADDR_NAMESEQ, TIPC_ADDR_NAME or TIPC_ADDR_ID (Invalid address type)');
}
