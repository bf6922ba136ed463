/** Reading and writing struct-valued options: the kernel's sizes, every length checked. */
import { endianness } from 'node:os';
import { fromErrno, osError, validateSocket, type Socket } from '@sock/core';
import { getsockoptBytes, setsockoptBytes } from '@sock/core/family';

/** getsockopt(2) into `size` bytes; throws the OSError, or when the kernel gave fewer than `min` bytes. */
export function getStruct(sock: Socket, level: number, option: number, size: number, min = size): Buffer {
  validateSocket(sock);
  const r = getsockoptBytes(sock, level, option, size);
  if (typeof r === 'number') throw fromErrno(r, 'getsockopt');
  if (r.length < min) throw osError(`getsockopt: the kernel returned ${r.length} bytes, expected ${min}`);
  if (r.length < size) {
    const whole = Buffer.alloc(size);
    whole.set(r);
    return whole;
  }
  return r;
}

export function setStruct(sock: Socket, level: number, option: number, bytes: Buffer): void {
  validateSocket(sock);
  setsockoptBytes(sock, level, option, bytes);
}

export function requireLayout<T>(layout: T | undefined, what: string): T {
  if (layout === undefined) throw osError(`this platform has no ${what} (Bluetooth sockets are Linux-only here)`);
  return layout;
}

const LE = endianness() === 'LE';

/** A host-order u16/u32 member (the kernel's structs are host order, except sockaddr_l2's __le16). */
export function readU16(b: Buffer, offset: number): number {
  return LE ? b.readUInt16LE(offset) : b.readUInt16BE(offset);
}

export function writeU16(b: Buffer, value: number, offset: number): void {
  if (LE) b.writeUInt16LE(value, offset);
  else b.writeUInt16BE(value, offset);
}

export function readU32(b: Buffer, offset: number): number {
  return LE ? b.readUInt32LE(offset) : b.readUInt32BE(offset);
}

export function writeU32(b: Buffer, value: number, offset: number): void {
  if (LE) b.writeUInt32LE(value, offset);
  else b.writeUInt32BE(value, offset);
}
