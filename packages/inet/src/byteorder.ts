/**
 * htons, ntohs, htonl, ntohl: byte-order swaps of unsigned 16- and 32-bit
 * integers (the identity on big-endian hosts). Python refuses a negative or
 * too-wide value (OverflowError); here that is a RangeError with Python's text.
 */
import { endianness } from 'node:os';
import { invalidArgType, outOfRange } from '@sock/core';

const LE = endianness() === 'LE';

function unsigned(value: unknown, fn: string, bits: 16 | 32): number {
  if (typeof value !== 'number') throw invalidArgType('x', 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange('x', 'an integer', value);
  const max = bits === 16 ? 0xffff : 0xffffffff;
  if (value < 0 || value > max) {
    const python =
      bits === 16
        ? value < 0
          ? `${fn}: can't convert negative Python int to C 16-bit unsigned integer`
          : `${fn}: Python int too large to convert to C 16-bit unsigned integer`
        : value < 0
          ? "can't convert negative value to unsigned int"
          : 'int larger than 32 bits';
    throw outOfRange('x', `>= 0 && <= ${max} (${python})`, value);
  }
  return value;
}

function swap16(x: number): number {
  return LE ? ((x & 0xff) << 8) | (x >>> 8) : x;
}

function swap32(x: number): number {
  return LE ? (((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24)) >>> 0 : x;
}

/** Host to network order, 16 bits. */
export function htons(x: number): number {
  return swap16(unsigned(x, 'htons', 16));
}

/** Network to host order, 16 bits. */
export function ntohs(x: number): number {
  return swap16(unsigned(x, 'ntohs', 16));
}

/** Host to network order, 32 bits. */
export function htonl(x: number): number {
  return swap32(unsigned(x, 'htonl', 32));
}

/** Network to host order, 32 bits. */
export function ntohl(x: number): number {
  return swap32(unsigned(x, 'ntohl', 32));
}
