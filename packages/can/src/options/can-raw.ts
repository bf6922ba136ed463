/**
 * Options at level SOL_CAN_RAW, sorted by C name. The integer ones are plain
 * `getsockopt`/`setsockopt`; these helpers add the struct-valued ones
 * (CAN_RAW_FILTER's array of struct can_filter) and say what each does.
 */
import { endianness } from 'node:os';
import { fromErrno, invalidArgType, osError, outOfRange, toBytes, validateArray, validateInteger, validateSocket, type Socket } from '@sock/core';
import { getsockoptBytes, setsockoptBytes } from '@sock/core/family';
import { validateBool as validateBoolean } from '../validate.js';
import {
  CAN_INV_FILTER, CAN_RAW_ERR_FILTER, CAN_RAW_FD_FRAMES, CAN_RAW_FILTER, CAN_RAW_FILTER_MAX, CAN_RAW_JOIN_FILTERS,
  CAN_RAW_LOOPBACK, CAN_RAW_RECV_OWN_MSGS, CAN_RAW_XL_FRAMES, SOL_CAN_RAW,
} from '../constants.js';
import { addon } from '../native.js';

const LE = endianness() === 'LE';
const F = addon.layout.canFilter;
const INV = CAN_INV_FILTER ?? 0x20000000;
const MAX = CAN_RAW_FILTER_MAX ?? 512;

/**
 * One struct can_filter. A frame passes when
 * `(frame.can_id & mask) === (id & mask)`, or, with `inverted`, when it does
 * not. `id` and `mask` are can_id words: they may hold CAN_EFF_FLAG and
 * CAN_RTR_FLAG to match on those bits too. Words built with `|` in JS
 * (`CAN_EFF_FLAG | 0x123`, a negative int32) are taken as the same 32 bits.
 */
export interface CanFilter {
  id: number;
  mask: number;
  /** CAN_INV_FILTER: pass the frames that do not match. */
  inverted: boolean;
}

export type CanFilterInput = { id: number; mask: number; inverted?: boolean };

/** Encodes filters as the array of struct can_filter CAN_RAW_FILTER takes. More than CAN_RAW_FILTER_MAX is a RangeError. */
export function encodeCanFilters(filters: readonly CanFilterInput[]): Buffer {
  validateArray(filters, 'filters', 'an array of {id, mask, inverted}');
  if (filters.length > MAX) throw outOfRange('filters.length', `<= ${MAX} (the kernel's CAN_RAW_FILTER_MAX)`, filters.length);
  const buf = Buffer.alloc(filters.length * F.size);
  const v = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  filters.forEach((f, i) => {
    if (f === null || typeof f !== 'object') throw invalidArgType(`filters[${i}]`, 'an object {id, mask, inverted}', f);
    const id = validateInteger(f.id, `filters[${i}].id`, -0x80000000, 0xffffffff) >>> 0;
    const mask = validateInteger(f.mask, `filters[${i}].mask`, -0x80000000, 0xffffffff) >>> 0;
    const inverted = f.inverted === undefined ? false : validateBoolean(f.inverted, `filters[${i}].inverted`);
    if ((id & INV) !== 0 && !inverted) throw outOfRange(`filters[${i}].id`, 'without the CAN_INV_FILTER bit (say inverted: true)', id);
    v.setUint32(i * F.size + F.canId.offset, (id | (inverted ? INV : 0)) >>> 0, LE);
    v.setUint32(i * F.size + F.canMask.offset, mask >>> 0, LE);
  });
  return buf;
}

/** Decodes an array of struct can_filter; a trailing partial struct is a RangeError. */
export function decodeCanFilters(raw: Uint8Array): CanFilter[] {
  const bytes = toBytes(raw, 'bytes');
  if (bytes.length % F.size !== 0) throw outOfRange('bytes.length', `a multiple of ${F.size} (sizeof(struct can_filter))`, bytes.length);
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: CanFilter[] = [];
  for (let off = 0; off < bytes.length; off += F.size) {
    const word = v.getUint32(off + F.canId.offset, LE);
    out.push({ id: (word & ~INV) >>> 0, mask: v.getUint32(off + F.canMask.offset, LE), inverted: (word & INV) !== 0 });
  }
  return out;
}

function setInt(sock: Socket, name: number | undefined, what: string, value: number): void {
  validateSocket(sock);
  if (name === undefined) throw osError(`${what} is not defined by these headers`);
  sock.setsockopt(SOL_CAN_RAW, name, value);
}

function getInt(sock: Socket, name: number | undefined, what: string): number {
  validateSocket(sock);
  if (name === undefined) throw osError(`${what} is not defined by these headers`);
  return Number(sock.getsockopt(SOL_CAN_RAW, name));
}

/** getsockopt(SOL_CAN_RAW, CAN_RAW_ERR_FILTER): the CAN_ERR_* classes delivered as error frames. */
export function getErrorFilter(sock: Socket): number {
  return getInt(sock, CAN_RAW_ERR_FILTER, 'CAN_RAW_ERR_FILTER') >>> 0;
}

/** setsockopt(SOL_CAN_RAW, CAN_RAW_ERR_FILTER): receive error frames of these CAN_ERR_* classes (CAN_ERR_MASK: all). */
export function setErrorFilter(sock: Socket, mask: number): void {
  setInt(sock, CAN_RAW_ERR_FILTER, 'CAN_RAW_ERR_FILTER', validateInteger(mask, 'mask', -0x80000000, 0xffffffff) | 0);
}

/** getsockopt(SOL_CAN_RAW, CAN_RAW_FD_FRAMES). */
export function getFdFrames(sock: Socket): boolean {
  return getInt(sock, CAN_RAW_FD_FRAMES, 'CAN_RAW_FD_FRAMES') !== 0;
}

/** setsockopt(SOL_CAN_RAW, CAN_RAW_FD_FRAMES): read and write struct canfd_frame too (off by default). */
export function setFdFrames(sock: Socket, on: boolean): void {
  setInt(sock, CAN_RAW_FD_FRAMES, 'CAN_RAW_FD_FRAMES', validateBoolean(on, 'on') ? 1 : 0);
}

/**
 * getsockopt(SOL_CAN_RAW, CAN_RAW_FILTER): the filters in force. The
 * kernel's default is one filter that passes everything ({id 0, mask 0}).
 * Reads into a buffer of CAN_RAW_FILTER_MAX structs, past Python's 1024-byte
 * getsockopt limit.
 */
export function getFilters(sock: Socket): CanFilter[] {
  validateSocket(sock);
  const r = getsockoptBytes(sock, SOL_CAN_RAW, CAN_RAW_FILTER, MAX * F.size);
  if (typeof r === 'number') throw fromErrno(r, 'getsockopt');
  return decodeCanFilters(r.subarray(0, r.length - (r.length % F.size)));
}

/**
 * setsockopt(SOL_CAN_RAW, CAN_RAW_FILTER): replace the filters. An empty
 * array receives nothing; more than CAN_RAW_FILTER_MAX (512) is a RangeError
 * before the kernel would answer EINVAL.
 */
export function setFilters(sock: Socket, filters: readonly CanFilterInput[]): void {
  validateSocket(sock);
  setsockoptBytes(sock, SOL_CAN_RAW, CAN_RAW_FILTER, encodeCanFilters(filters));
}

/** getsockopt(SOL_CAN_RAW, CAN_RAW_JOIN_FILTERS). */
export function getJoinFilters(sock: Socket): boolean {
  return getInt(sock, CAN_RAW_JOIN_FILTERS, 'CAN_RAW_JOIN_FILTERS') !== 0;
}

/** setsockopt(SOL_CAN_RAW, CAN_RAW_JOIN_FILTERS): a frame must pass every filter, not any one. */
export function setJoinFilters(sock: Socket, on: boolean): void {
  setInt(sock, CAN_RAW_JOIN_FILTERS, 'CAN_RAW_JOIN_FILTERS', validateBoolean(on, 'on') ? 1 : 0);
}

/** getsockopt(SOL_CAN_RAW, CAN_RAW_LOOPBACK). */
export function getLoopback(sock: Socket): boolean {
  return getInt(sock, CAN_RAW_LOOPBACK, 'CAN_RAW_LOOPBACK') !== 0;
}

/** setsockopt(SOL_CAN_RAW, CAN_RAW_LOOPBACK): other local sockets see this socket's frames (on by default). */
export function setLoopback(sock: Socket, on: boolean): void {
  setInt(sock, CAN_RAW_LOOPBACK, 'CAN_RAW_LOOPBACK', validateBoolean(on, 'on') ? 1 : 0);
}

/** getsockopt(SOL_CAN_RAW, CAN_RAW_RECV_OWN_MSGS). */
export function getRecvOwnMsgs(sock: Socket): boolean {
  return getInt(sock, CAN_RAW_RECV_OWN_MSGS, 'CAN_RAW_RECV_OWN_MSGS') !== 0;
}

/** setsockopt(SOL_CAN_RAW, CAN_RAW_RECV_OWN_MSGS): this socket also receives what it sends (off by default; needs loopback). */
export function setRecvOwnMsgs(sock: Socket, on: boolean): void {
  setInt(sock, CAN_RAW_RECV_OWN_MSGS, 'CAN_RAW_RECV_OWN_MSGS', validateBoolean(on, 'on') ? 1 : 0);
}

/** getsockopt(SOL_CAN_RAW, CAN_RAW_XL_FRAMES) (Linux 6.2+; ENOPROTOOPT before). */
export function getXlFrames(sock: Socket): boolean {
  return getInt(sock, CAN_RAW_XL_FRAMES, 'CAN_RAW_XL_FRAMES') !== 0;
}

/** setsockopt(SOL_CAN_RAW, CAN_RAW_XL_FRAMES): read and write struct canxl_frame too (Linux 6.2+). */
export function setXlFrames(sock: Socket, on: boolean): void {
  setInt(sock, CAN_RAW_XL_FRAMES, 'CAN_RAW_XL_FRAMES', validateBoolean(on, 'on') ? 1 : 0);
}
