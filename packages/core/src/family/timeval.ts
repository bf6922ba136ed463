/**
 * struct timeval option values (SO_RCVTIMEO, SO_SNDTIMEO,
 * SO_VM_SOCKETS_CONNECT_TIMEOUT, ...), packed by the layout core's addon
 * reports for this platform's libc.
 */
import { endianness } from 'node:os';
import { outOfRange } from '../errors.js';
import { native } from '../native.js';
import { toBytes } from '../validate.js';

const LE = endianness() === 'LE';
type Field = Readonly<{ offset: number; size: number }>;

/** tv_sec and tv_usec are a time_t and a suseconds_t: signed, 4 or 8 bytes. */
function put(dv: DataView, field: Field, value: number): void {
  if (field.size === 8) dv.setBigInt64(field.offset, BigInt(value), LE);
  else dv.setInt32(field.offset, value, LE);
}

function get(dv: DataView, field: Field): number {
  return field.size === 8 ? Number(dv.getBigInt64(field.offset, LE)) : dv.getInt32(field.offset, LE);
}

/** struct timeval: its size and the offsets and sizes of tv_sec and tv_usec. */
export const timevalLayout = native.layout.timeval;

/** struct timeval bytes for `seconds` (>= 0 and < 2 ** 31, rounded to the microsecond). */
export function packTimeval(seconds: number): Buffer {
  if (typeof seconds !== 'number' || Number.isNaN(seconds)) throw outOfRange('seconds', 'a number', seconds);
  if (seconds < 0 || seconds >= 2 ** 31) throw outOfRange('seconds', '>= 0 && < 2 ** 31', seconds);
  const micros = Math.round(seconds * 1e6);
  const buf = Buffer.alloc(timevalLayout.size);
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  put(dv, timevalLayout.sec, Math.floor(micros / 1e6));
  put(dv, timevalLayout.usec, micros % 1e6);
  return buf;
}

/**
 * Seconds, with the microseconds as a fraction, of struct timeval bytes.
 * Bytes short of sizeof(struct timeval) read as zero beyond their end.
 */
export function unpackTimeval(bytes: ArrayBufferView): number {
  const given = toBytes(bytes, 'bytes');
  const buf = new Uint8Array(timevalLayout.size);
  buf.set(given.subarray(0, timevalLayout.size));
  const dv = new DataView(buf.buffer);
  return get(dv, timevalLayout.sec) + get(dv, timevalLayout.usec) / 1e6;
}
