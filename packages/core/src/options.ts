/** getsockopt / setsockopt in Python's three forms. */
import { endianness } from 'node:os';
import { fromErrno, invalidArgType, osError, outOfRange } from './errors.js';
import { native } from './native.js';
import { lookupFamily } from './registry.js';
import { kState } from './state.js';
import type { Socket } from './socket.js';
import { toBytes, validateInt32, validateInteger } from './validate.js';

const LE = endianness() === 'LE';
const int64 = (sock: Socket): boolean => lookupFamily(sock.family)?.int64Options === true;

function asU64(buf: Buffer): number | bigint {
  const v = LE ? buf.readBigUInt64LE(0) : buf.readBigUInt64BE(0);
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

export function getsockopt(sock: Socket, level: number, option: number, buflen?: number): Buffer | number | bigint {
  const fd = sock[kState].fd;
  const lvl = validateInt32(level, 'level');
  const opt = validateInt32(option, 'option');
  const len = buflen === undefined ? 0 : validateInteger(buflen, 'buflen', -0x80000000, 0x7fffffff);
  if (len === 0) {
    if (int64(sock)) {
      const buf = Buffer.alloc(8);
      const r = native.getsockoptBytes(fd, lvl, opt, buf, 8);
      if (r < 0) throw fromErrno(r, 'getsockopt');
      return asU64(buf);
    }
    const r = native.getsockoptInt(fd, lvl, opt);
    if (r < 0) throw fromErrno(r, 'getsockopt');
    return native.out[0]!;
  }
  if (int64(sock)) throw osError('getsockopt string buffer not allowed');
  if (len < 0 || len > 1024) throw osError('getsockopt buflen out of range');
  const buf = Buffer.alloc(len);
  const r = native.getsockoptBytes(fd, lvl, opt, buf, len);
  if (r < 0) throw fromErrno(r, 'getsockopt');
  return buf.subarray(0, Math.min(r, len));
}

function u64Bytes(value: number | bigint): Buffer {
  const v = typeof value === 'bigint' ? value : BigInt(validateInteger(value, 'value', 0, Number.MAX_SAFE_INTEGER));
  if (v < 0n || v > 0xffffffffffffffffn) throw outOfRange('value', '>= 0 && <= 2 ** 64 - 1', value);
  const buf = Buffer.alloc(8);
  if (LE) buf.writeBigUInt64LE(v);
  else buf.writeBigUInt64BE(v);
  return buf;
}

export function setsockopt(sock: Socket, level: number, option: number, value: unknown, optlen?: number): void {
  const fd = sock[kState].fd;
  const lvl = validateInt32(level, 'level');
  const opt = validateInt32(option, 'option');
  let r: number;
  if (value === null) {
    if (optlen === undefined) throw invalidArgType('optlen', 'of type number when value is null', optlen);
    r = native.setsockoptBytes(fd, lvl, opt, null, validateInteger(optlen, 'optlen', 0, native.layout.socklenMax));
  } else if (optlen !== undefined) {
    throw invalidArgType('value', 'null when optlen is given', value);
  } else if (ArrayBuffer.isView(value)) {
    const bytes = toBytes(value, 'value');
    r = native.setsockoptBytes(fd, lvl, opt, bytes, bytes.length);
  } else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    const n = typeof value === 'boolean' ? Number(value) : value;
    if (int64(sock)) {
      const bytes = u64Bytes(n);
      r = native.setsockoptBytes(fd, lvl, opt, bytes, 8);
    } else {
      r = native.setsockoptInt(fd, lvl, opt, validateInt32(typeof n === 'bigint' ? Number(n) : n, 'value'));
    }
  } else {
    throw invalidArgType('value', 'a number, boolean, Buffer, TypedArray, DataView, or null', value);
  }
  if (r < 0) throw fromErrno(r, 'setsockopt');
}
