/**
 * Struct-valued SOL_SOCKET options: SO_LINGER (struct linger) and
 * SO_RCVTIMEO / SO_SNDTIMEO (struct timeval, packed by core's timeval
 * helpers), with this platform's layout. Note that the timeouts are the kernel's: @sock's own I/O never
 * blocks in the kernel (it waits with poll), so they matter for fds handed
 * to other code, while Python's settimeout() is what bounds @sock's calls.
 */
import { endianness } from 'node:os';
import { SO_LINGER, SOL_SOCKET, toBytes, validateInteger, type Socket } from '@sock/core';
import { validateSocket } from '@sock/core';
import { packTimeval, timevalLayout, unpackTimeval } from '@sock/core/family';
import { native } from '../native.js';

export { packTimeval, unpackTimeval };

const LE = endianness() === 'LE';
const LINGER = native.layout.linger;

export interface Linger {
  onoff: boolean;
  /** seconds */
  linger: number;
}

function writeInt(buf: Buffer, value: number | bigint, offset: number, size: number): void {
  if (size === 8) {
    const v = BigInt(value);
    if (LE) buf.writeBigInt64LE(v, offset);
    else buf.writeBigInt64BE(v, offset);
  } else if (LE) {
    buf.writeInt32LE(Number(value), offset);
  } else {
    buf.writeInt32BE(Number(value), offset);
  }
}

function readInt(buf: Buffer, offset: number, size: number): number {
  if (size === 8) return Number(LE ? buf.readBigInt64LE(offset) : buf.readBigInt64BE(offset));
  return LE ? buf.readInt32LE(offset) : buf.readInt32BE(offset);
}

function padded(bytes: Uint8Array, size: number): Buffer {
  const buf = Buffer.alloc(size);
  buf.set(bytes.subarray(0, size));
  return buf;
}

/** struct linger bytes for setsockopt(SOL_SOCKET, SO_LINGER, ...). */
export function packLinger(onoff: boolean, seconds: number): Buffer {
  const buf = Buffer.alloc(LINGER.size);
  writeInt(buf, onoff ? 1 : 0, LINGER.onoff, LINGER.fieldSize);
  writeInt(buf, validateInteger(seconds, 'seconds', 0, 0x7fffffff), LINGER.linger, LINGER.fieldSize);
  return buf;
}

export function unpackLinger(bytes: ArrayBufferView): Linger {
  const buf = padded(toBytes(bytes, 'bytes'), LINGER.size);
  return { onoff: readInt(buf, LINGER.onoff, LINGER.fieldSize) !== 0, linger: readInt(buf, LINGER.linger, LINGER.fieldSize) };
}

export function getLinger(sock: Socket): Linger {
  validateSocket(sock);
  return unpackLinger(sock.getsockopt(SOL_SOCKET, SO_LINGER, LINGER.size) as Buffer);
}

export function setLinger(sock: Socket, onoff: boolean, seconds: number): void {
  validateSocket(sock);
  sock.setsockopt(SOL_SOCKET, SO_LINGER, packLinger(onoff, seconds));
}


/** getsockopt of a timeval option (SO_RCVTIMEO, SO_SNDTIMEO), in seconds; 0 means none. */
export function getTimeval(sock: Socket, option: number): number {
  validateSocket(sock);
  return unpackTimeval(sock.getsockopt(SOL_SOCKET, option, timevalLayout.size) as Buffer);
}

export function setTimeval(sock: Socket, option: number, seconds: number): void {
  validateSocket(sock);
  sock.setsockopt(SOL_SOCKET, option, packTimeval(seconds));
}
