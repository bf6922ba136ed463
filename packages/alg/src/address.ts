/**
 * The AF_ALG address codec: `[type, name, feat, mask]` <-> struct sockaddr_alg.
 * `type` is the algif interface ('hash', 'skcipher', 'aead', 'rng'), `name`
 * the kernel's algorithm name ('sha256', 'cbc(aes)', 'hmac(sha256)'),
 * `feat` and `mask` the CRYPTO_ALG_* bits an implementation must have set
 * in `feat` under `mask` (both 0 when left out).
 *
 * What CPython does, and where this differs:
 * - The address is a tuple `(type, name[, feat[, mask]])` of two str and up
 *   to two ints; here an array of two strings and up to two integers.
 * - salg_type and salg_name are NUL-terminated char arrays of 14 and 64
 *   bytes, so a type of 14 or more UTF-8 bytes raises 'AF_ALG type too
 *   long.' and a name of 64 or more 'AF_ALG name too long.' before any
 *   syscall; 13 and 63 reach the kernel, which answers ENOENT for an
 *   algorithm it does not know. A NUL inside a string is refused
 *   ('embedded null character'), as Python's "s" format does.
 * - CPython parses feat and mask with "H" (unsigned short, no overflow
 *   check) into the 32-bit members, so -1 wraps to 0xffff and bits above 15
 *   are lost. Here they are the kernel's full 32 bits, and a value outside
 *   0..2**32-1 is a RangeError.
 * - The kernel has no getsockname for ALG sockets and accept(2) gives no
 *   peer, so decode serves only sockaddr bytes a program holds itself.
 */
import { types } from 'node:util';
import { invalidArgType, invalidArgValue, osError, validateObject, validateUint32, type AddressContext } from '@sock/core';
import { allocSockaddr, boundedView, readField, writeField, type FieldLayout } from '@sock/core/family';
import { AF_ALG } from './constants.js';
import { addon } from './native.js';

/** What decode returns: `[type, name, feat, mask]`, as CPython's `(type, name, feat, mask)`. */
export type AlgAddress = [type: string, name: string, feat: number, mask: number];
/** What encode takes: `feat` and `mask` default to 0. */
export type AlgAddressInput =
  | readonly [type: string, name: string]
  | readonly [type: string, name: string, feat: number]
  | readonly [type: string, name: string, feat: number, mask: number];

declare module '@sock/core' {
  interface AddressTypes {
    AF_ALG: { address: AlgAddress; input: AlgAddressInput };
  }
}

const layout = addon.layout.sockaddrAlg;
const SHAPE = 'an array [type, name, feat?, mask?]';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The byte capacity of salg_type / salg_name (14 and 64 on Linux), NUL included. */
export const ALG_TYPE_SIZE: number = layout?.type.size ?? 14;
export const ALG_NAME_SIZE: number = layout?.name.size ?? 64;

function requireLayout(): NonNullable<typeof layout> {
  if (!layout || AF_ALG === undefined) throw osError("this platform's headers define no AF_ALG (<linux/if_alg.h>)");
  return layout;
}

/** A str member as Python's "s" format takes it: no NUL, encodable as UTF-8, then the length rule. */
function text(value: unknown, what: 'type' | 'name'): Buffer {
  if (typeof value !== 'string') throw invalidArgType(what, 'of type string', value);
  if (value.includes('\0')) throw invalidArgValue(what, value, 'must not contain a null character (embedded null character)');
  if (LONE_SURROGATE.test(value)) throw invalidArgValue(what, value, 'must be encodable as UTF-8 (it holds a lone surrogate)');
  return Buffer.from(value, 'utf8');
}

function tooLong(what: 'type' | 'name', value: string, size: number): TypeError {
  return invalidArgValue(what, value, `must be at most ${size - 1} bytes in UTF-8 (AF_ALG ${what} too long.)`);
}

/** Encodes an address array into a whole, zero-filled struct sockaddr_alg. */
export function encodeAlgAddress(address: unknown, ctx?: Partial<AddressContext>): Buffer {
  if (ctx !== undefined) validateObject(ctx, 'ctx', 'an AddressContext');
  const caller = ctx?.caller ?? 'bind';
  if (types.isProxy(address) || !Array.isArray(address)) {
    throw invalidArgType('address', `${SHAPE} (${caller}(): AF_ALG address must be tuple)`, address);
  }
  if (address.length < 2 || address.length > 4) {
    throw invalidArgValue('address', `[${address.length} items]`, `must be ${SHAPE} (AF_ALG address must be a tuple (type, name[, feat[, mask]]))`);
  }
  const L = requireLayout();
  const type = text(address[0], 'type');
  const name = text(address[1], 'name');
  const feat = address.length > 2 ? validateUint32(address[2], 'feat') : 0;
  const mask = address.length > 3 ? validateUint32(address[3], 'mask') : 0;
  if (type.length >= L.type.size) throw tooLong('type', address[0] as string, L.type.size);
  if (name.length >= L.name.size) throw tooLong('name', address[1] as string, L.name.size);
  const sa = allocSockaddr(L.size, AF_ALG);
  sa.set(type, L.type.offset);
  sa.set(name, L.name.offset);
  writeField(sa, L.feat, feat);
  writeField(sa, L.mask, mask);
  return sa;
}

/** A NUL-terminated char array member, cut where the bytes end. */
function cString(bytes: Uint8Array, field: FieldLayout): string {
  const view = boundedView(bytes, field.offset, field.size);
  const end = view.indexOf(0);
  return Buffer.from(view.buffer, view.byteOffset, end < 0 ? view.length : end).toString('utf8');
}

function u32(bytes: Uint8Array, field: FieldLayout): number {
  return field.offset + field.size <= bytes.length ? Number(readField(bytes, field)) : 0;
}

/**
 * Decodes the bytes of a struct sockaddr_alg; members the bytes do not
 * reach read as '' or 0, and bytes that are not UTF-8 as U+FFFD.
 */
export function decodeAlgAddress(bytes: Uint8Array, _ctx?: Partial<AddressContext>): AlgAddress {
  const L = requireLayout();
  return [cString(bytes, L.type), cString(bytes, L.name), u32(bytes, L.feat), u32(bytes, L.mask)];
}
