/**
 * The AF_UNIX address codec: a path (string or bytes) <-> struct sockaddr_un.
 *
 * What CPython does, kept here:
 * - A path that is empty or starts with NUL names Linux's abstract namespace:
 *   addrlen covers exactly the given bytes (no trailing NUL), up to
 *   sizeof(sun_path) bytes; the kernel returns such names, and they decode,
 *   as Buffers. `''` asks the kernel to autobind ('\0' + 5 hex digits).
 * - Any other path carries a trailing NUL, so it may be at most
 *   sizeof(sun_path) - 1 bytes. Longer is OSError('AF_UNIX path too long')
 *   with errno null; nothing is ever truncated.
 * - An unbound socket's name (addrlen covering only sun_family) is `''`.
 *
 * Where Node differs from Python (Python decodes with the filesystem
 * encoding and surrogateescape; a JS string has no such escape):
 * - strings are encoded as UTF-8; a string with a lone surrogate is refused;
 * - a received path whose bytes are not valid UTF-8 decodes to a Buffer of
 *   those bytes, so it still round-trips through bind/connect/sendto;
 * - a NUL inside a filesystem path is refused (the kernel would silently
 *   cut the path there, and CPython lets it).
 */
import { isUtf8 } from 'node:buffer';
import { types } from 'node:util';
import { endianness } from 'node:os';
import { invalidArgType, invalidArgValue, osError, type AddressContext } from '@sock/core';
import { toBytes } from '@sock/core';
import { AF_UNIX } from './constants.js';
import { addon } from './native.js';

/** What AF_UNIX addresses look like: a path string, or its bytes (abstract names always come back as Buffers). */
export type UnixAddress = string | Buffer;
/** What encode accepts: a path string, or its bytes in any ArrayBufferView. */
export type UnixAddressInput = string | ArrayBufferView;

declare module '@sock/core' {
  interface AddressTypes {
    AF_UNIX: { address: UnixAddress; input: UnixAddressInput };
    AF_LOCAL: { address: UnixAddress; input: UnixAddressInput };
  }
}

const SUN = addon.layout.sockaddrUn;
const PATH_OFFSET = SUN.path.offset;
/** sizeof(sun_path) */
const PATH_SIZE = SUN.path.size;
const ABSTRACT = addon.layout.abstractNamespace;
const LE = endianness() === 'LE';
const FAMILY_AT = SUN.family.offset;
const FAMILY_WIDE = SUN.family.size === 2;
const LEN_AT = SUN.len ? SUN.len.offset : -1;

function tooLong(): Error {
  return osError('AF_UNIX path too long');
}

/** A sockaddr_un of `length` bytes with its header (sun_len, sun_family) written. */
function allocate(length: number): Buffer {
  const sa = Buffer.allocUnsafe(length);
  for (let i = 0; i < PATH_OFFSET; i++) sa[i] = 0;
  if (!FAMILY_WIDE) sa[FAMILY_AT] = AF_UNIX;
  else if (LE) {
    sa[FAMILY_AT] = AF_UNIX & 0xff;
    sa[FAMILY_AT + 1] = AF_UNIX >>> 8;
  } else {
    sa[FAMILY_AT] = AF_UNIX >>> 8;
    sa[FAMILY_AT + 1] = AF_UNIX & 0xff;
  }
  if (LEN_AT >= 0) sa[LEN_AT] = Math.min(length, 0xff);
  return sa;
}

/** The length checks CPython makes, then the NUL check it does not (the kernel would cut the path there). */
function check(n: number, abstract: boolean, hasNul: boolean, address: string | Uint8Array): void {
  if (abstract ? n > PATH_SIZE : n >= PATH_SIZE) throw tooLong();
  if (!abstract && hasNul) {
    const shown = typeof address === 'string' ? address : Buffer.from(address).toString('latin1');
    throw invalidArgValue('address', shown, 'must not contain null bytes');
  }
}

function fromString(path: string): Buffer {
  const len = path.length;
  const abstract = ABSTRACT && (len === 0 || path.charCodeAt(0) === 0);
  // UTF-8 never takes fewer bytes than UTF-16 code units, so this much is already too long.
  if (abstract ? len > PATH_SIZE : len >= PATH_SIZE) throw tooLong();
  const length = PATH_OFFSET + len + (abstract ? 0 : 1);
  const sa = allocate(length);
  let hasNul = false;
  let i = 0;
  for (; i < len; i++) {
    const c = path.charCodeAt(i);
    if (c >= 0x80) break;
    if (c === 0) hasNul = true;
    sa[PATH_OFFSET + i] = c;
  }
  if (i === len) {
    check(len, abstract, hasNul, path);
    if (!abstract) sa[length - 1] = 0;
    return sa;
  }
  return fromUnicode(path, abstract);
}

function fromUnicode(path: string, abstract: boolean): Buffer {
  if (!(path as string & { isWellFormed(): boolean }).isWellFormed()) {
    throw invalidArgValue('address', path, 'must be well-formed Unicode: a lone surrogate has no UTF-8 encoding');
  }
  const n = Buffer.byteLength(path, 'utf8');
  check(n, abstract, !abstract && path.includes('\0'), path);
  const length = PATH_OFFSET + n + (abstract ? 0 : 1);
  const sa = allocate(length);
  sa.write(path, PATH_OFFSET, 'utf8');
  if (!abstract) sa[length - 1] = 0;
  return sa;
}

function fromBytes(path: Uint8Array): Buffer {
  const n = path.length;
  const abstract = ABSTRACT && (n === 0 || path[0] === 0);
  check(n, abstract, !abstract && path.includes(0), path);
  const length = PATH_OFFSET + n + (abstract ? 0 : 1);
  const sa = allocate(length);
  sa.set(path, PATH_OFFSET);
  if (!abstract) sa[length - 1] = 0;
  return sa;
}

/**
 * Encodes a path (string, Buffer or any ArrayBufferView) as the sockaddr_un
 * bytes bind(2), connect(2) and sendto(2) take, with the addrlen CPython uses.
 */
export function encodeUnixAddress(address: unknown, _ctx?: AddressContext): Buffer {
  if (typeof address === 'string') return fromString(address);
  if (ArrayBuffer.isView(address)) return fromBytes(toBytes(address, 'address'));
  throw invalidArgType('address', 'of type string or an instance of Buffer, TypedArray, or DataView', address);
}

/**
 * The last path decoded, and its bytes: a datagram server hears the same
 * few senders again and again, and a string is immutable, so a repeat costs
 * one byte comparison instead of a decode.
 */
let lastBytes: Uint8Array = new Uint8Array(0);
let lastPath = '';

function sameAsLast(bytes: Uint8Array, start: number, end: number): boolean {
  const n = end - start;
  if (n !== lastBytes.length) return false;
  for (let i = 0; i < n; i++) if (bytes[start + i] !== lastBytes[i]) return false;
  return true;
}

function copyOut(bytes: Uint8Array, start: number, end: number): Buffer {
  const out = Buffer.allocUnsafe(end - start);
  for (let i = start; i < end; i++) out[i - start] = bytes[i]!;
  return out;
}

/**
 * Decodes the sockaddr_un bytes the kernel returned (getsockname,
 * getpeername, accept, recvfrom, recvmsg). Accepts any length: a short one
 * is an unbound name (''), a path lacking its NUL ends at the data's end.
 */
export function decodeUnixAddress(view: ArrayBufferView, _ctx?: AddressContext): UnixAddress {
  const bytes = toBytes(view, 'bytes');
  const len = bytes.length;
  if (len <= PATH_OFFSET) return '';
  if (ABSTRACT && bytes[PATH_OFFSET] === 0) return copyOut(bytes, PATH_OFFSET, len);
  let end = PATH_OFFSET;
  let ascii = true;
  for (; end < len; end++) {
    const c = bytes[end]!;
    if (c === 0) break;
    if (c >= 0x80) ascii = false;
  }
  if (sameAsLast(bytes, PATH_OFFSET, end)) return lastPath;
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let path: string;
  if (ascii) path = buf.toString('latin1', PATH_OFFSET, end);
  else if (isUtf8(buf.subarray(PATH_OFFSET, end))) path = buf.toString('utf8', PATH_OFFSET, end);
  else return copyOut(bytes, PATH_OFFSET, end);
  lastBytes = copyOut(bytes, PATH_OFFSET, end);
  lastPath = path;
  return path;
}

/** True for a Linux abstract-namespace name as decode returns it (a Buffer starting with NUL). */
export function isAbstract(address: unknown): address is Buffer {
  return !types.isProxy(address) && Buffer.isBuffer(address) && address.length > 0 && address[0] === 0;
}
