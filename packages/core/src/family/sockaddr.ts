/**
 * Raw sockaddr bytes for address codecs: sa_family in host byte order and
 * bounded views. Linux layout: a 16-bit sa_family at offset 0.
 */
import { endianness } from 'node:os';
import { types } from 'node:util';
import { native } from '../native.js';
import { invalidArgType, invalidArgValue, outOfRange } from '../errors.js';
import { isDetached } from '../validate.js';

const LE = endianness() === 'LE';

/** sizeof(struct sockaddr_storage): no sockaddr the kernel returns is longer. */
export const SOCKADDR_STORAGE_SIZE: number = native.layout.sockaddrStorage;

/** The sa_family of a sockaddr, or undefined when fewer than 2 bytes came (the kernel truncated it). */
export function readSaFamily(bytes: Uint8Array): number | undefined {
  if (bytes.length < 2) return undefined;
  return LE ? bytes[0]! | (bytes[1]! << 8) : (bytes[0]! << 8) | bytes[1]!;
}

/** Writes sa_family (0..65535) at offset 0; `bytes` must hold at least 2 bytes. */
export function writeSaFamily(bytes: Uint8Array, family: number): void {
  if (!Number.isInteger(family)) throw invalidArgType('family', 'an integer', family);
  if (family < 0 || family > 0xffff) throw outOfRange('family', '>= 0 and <= 65535', family);
  if (bytes.length < 2) throw outOfRange('bytes.length', '>= 2', bytes.length);
  bytes[LE ? 0 : 1] = family & 0xff;
  bytes[LE ? 1 : 0] = family >>> 8;
}

/**
 * A zeroed sockaddr of `size` bytes (the family's struct size) with its
 * sa_family set: the start of every encode.
 */
export function allocSockaddr(size: number, family: number): Buffer {
  if (!Number.isInteger(size) || size < 2 || size > SOCKADDR_STORAGE_SIZE) {
    throw outOfRange('size', `>= 2 and <= ${SOCKADDR_STORAGE_SIZE}`, size);
  }
  const buf = Buffer.alloc(size);
  writeSaFamily(buf, family);
  return buf;
}

/**
 * The part of `bytes` from `offset`, at most `length` bytes long, without
 * reading past the end: a decoder's view of a member the kernel may have
 * cut short. Never copies; an offset past the end gives an empty view.
 * Anything but a Uint8Array (a decoder's caller passed it on unchecked) is a
 * coded TypeError; no trap of a Proxy runs.
 */
export function boundedView(bytes: Uint8Array, offset: number, length: number): Uint8Array {
  if (!types.isUint8Array(bytes)) throw invalidArgType('bytes', 'an instance of Buffer or Uint8Array', bytes);
  if (isDetached(bytes)) throw invalidArgValue('bytes', bytes, 'is a view of a detached ArrayBuffer');
  const start = Math.min(Math.max(offset, 0), bytes.length);
  return bytes.subarray(start, Math.min(start + Math.max(length, 0), bytes.length));
}
