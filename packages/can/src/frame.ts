/**
 * Codecs for the three frame structs a CAN_RAW socket reads and writes:
 * `struct can_frame` (classic CAN, CAN_MTU bytes), `struct canfd_frame`
 * (CAN FD, CANFD_MTU bytes, with CAN_RAW_FD_FRAMES) and `struct canxl_frame`
 * (CAN XL, CANXL_HDR_SIZE + len bytes, with CAN_RAW_XL_FRAMES). Offsets and
 * sizes come from the headers through the addon.
 *
 * Encoding validates every field and throws RangeError (ERR_OUT_OF_RANGE)
 * for an id, length or flag outside what the struct can carry; decoding
 * throws RangeError for bytes whose length is not that of the struct.
 */
import { endianness } from 'node:os';
import { invalidArgType, outOfRange, toBytes, validateInteger, validateObject, validateUint32 } from '@sock/core';
import {
  CAN_EFF_FLAG, CAN_EFF_MASK, CAN_ERR_FLAG, CAN_ERR_MASK, CAN_RTR_FLAG, CAN_SFF_MASK,
  CANFD_BRS, CANFD_ESI, CANFD_FDF, CANXL_SEC, CANXL_XLF,
} from './constants.js';
import { u32 } from './bytes.js';
import { addon } from './native.js';

const L = addon.layout;
const LE = endianness() === 'LE';
const CF = L.canFrame;
const FD = L.canfdFrame;
const XL = L.canxlFrame;

/** struct can_frame: a classic CAN 2.0 frame. */
export interface CanFrame {
  /** The 11-bit (standard) or 29-bit (extended) identifier; for an error frame, the CAN_ERR_* class bits. */
  id: number;
  /** CAN_EFF_FLAG: a 29-bit identifier. */
  extended: boolean;
  /** CAN_RTR_FLAG: a remote transmission request (data carries no payload, its length is the requested DLC). */
  rtr: boolean;
  /** CAN_ERR_FLAG: an error frame (see decodeErrorFrame). */
  error: boolean;
  /** 0..8 bytes. */
  data: Buffer;
  /** len8_dlc: the raw DLC 9..15 of an 8-byte frame (0 when unused). */
  len8Dlc: number;
}

/** struct canfd_frame: a CAN FD frame. */
export interface CanFdFrame {
  id: number;
  extended: boolean;
  error: boolean;
  /** CANFD_BRS: the data phase used the second bit rate. */
  brs: boolean;
  /** CANFD_ESI: the sender was error passive. */
  esi: boolean;
  /** 0..8, 12, 16, 20, 24, 32, 48 or 64 bytes. */
  data: Buffer;
}

/** struct canxl_frame: a CAN XL frame. */
export interface CanXlFrame {
  /** The 11-bit priority (arbitration) id. */
  prio: number;
  /** CANXL_SEC: simple extended content. */
  sec: boolean;
  /** SDU type, 0..255. */
  sdt: number;
  /** Acceptance field, 32 bits. */
  af: number;
  /** 1..2048 bytes. */
  data: Buffer;
}

export type CanFrameInput = Partial<Omit<CanFrame, 'data'>> & { id: number; data?: ArrayBufferView };
export type CanFdFrameInput = Partial<Omit<CanFdFrame, 'data'>> & { id: number; data?: ArrayBufferView };
export type CanXlFrameInput = Partial<Omit<CanXlFrame, 'data'>> & { prio: number; data: ArrayBufferView };

/** What decodeFrame returns: the frame and which struct it came from. */
export type AnyCanFrame = ({ kind: 'can' } & CanFrame) | ({ kind: 'canfd' } & CanFdFrame) | ({ kind: 'canxl' } & CanXlFrame);

const FD_LENGTHS = new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 12, 16, 20, 24, 32, 48, 64]);

function object(value: unknown, name: string): Record<string, unknown> {
  return validateObject<Record<string, unknown>>(value, name, 'an object');
}

function flag(value: unknown, name: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw invalidArgType(name, 'of type boolean', value);
  return value;
}

/** The can_id word for an id and its flags, validated against the id's width. */
export function packCanId(id: unknown, extended?: boolean, rtr = false, error = false): number {
  const max = error ? CAN_ERR_MASK : extended === false ? CAN_SFF_MASK : CAN_EFF_MASK;
  const n = validateInteger(id, 'id', 0, max);
  const eff = extended ?? n > CAN_SFF_MASK;
  return (n | (eff ? CAN_EFF_FLAG : 0) | (rtr ? CAN_RTR_FLAG : 0) | (error ? CAN_ERR_FLAG : 0)) >>> 0;
}

/** Splits a can_id word into the id (EFF or SFF width) and its flags. */
export function unpackCanId(word: number): { id: number; extended: boolean; rtr: boolean; error: boolean } {
  validateInteger(word, 'word', -0x80000000, 0xffffffff);
  const extended = (word & CAN_EFF_FLAG) !== 0;
  const error = (word & CAN_ERR_FLAG) !== 0;
  return { id: idOf(word, extended, error), extended, rtr: (word & CAN_RTR_FLAG) !== 0, error };
}

function payload(value: unknown, max: number, name: string): Uint8Array {
  const data = value === undefined ? new Uint8Array(0) : toBytes(value, name);
  if (data.length > max) throw outOfRange(`${name}.length`, `<= ${max}`, data.length);
  return data;
}

const view = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** Encodes a classic CAN frame as the CAN_MTU bytes of struct can_frame. */
export function encodeCanFrame(frame: CanFrameInput): Buffer {
  const f = object(frame, 'frame');
  const rtr = flag(f.rtr, 'frame.rtr');
  const error = flag(f.error, 'frame.error');
  const extended = f.extended === undefined ? undefined : flag(f.extended, 'frame.extended');
  const word = packCanId(f.id, extended, rtr, error);
  const data = payload(f.data, CF.data.size, 'frame.data');
  const len8Dlc = f.len8Dlc === undefined ? 0 : validateInteger(f.len8Dlc, 'frame.len8Dlc', 0, 15);
  if (len8Dlc !== 0 && (len8Dlc < 9 || data.length !== 8)) throw outOfRange('frame.len8Dlc', '0, or 9..15 with 8 data bytes', len8Dlc);
  const buf = Buffer.alloc(CF.size);
  view(buf).setUint32(CF.canId.offset, word, LE);
  buf[CF.len.offset] = data.length;
  buf[CF.len8Dlc.offset] = len8Dlc;
  buf.set(data, CF.data.offset);
  return buf;
}

function exact(bytes: unknown, size: number, what: string): Uint8Array {
  const b = toBytes(bytes, 'bytes');
  if (b.length !== size) throw outOfRange('bytes.length', `${size} (sizeof(struct ${what}))`, b.length);
  return b;
}

/** Decodes the CAN_MTU bytes of a struct can_frame. A len above 8 reads as 8, as the kernel clamps it. */
export function decodeCanFrame(bytes: ArrayBufferView): CanFrame {
  const { kind: _, ...frame } = classic(exact(bytes, CF.size, 'can_frame'));
  return frame;
}

/** The fields of an unpacked can_id word (the frame's id without its flag bits). */
function idOf(word: number, extended: boolean, error: boolean): number {
  return (error ? word & CAN_ERR_MASK : extended ? word & CAN_EFF_MASK : word & CAN_SFF_MASK) >>> 0;
}


/** A can_frame of CF.size checked bytes, as decodeFrame returns it (one object, built once: this runs per received frame). */
function classic(b: Uint8Array, at = 0): { kind: 'can' } & CanFrame {
  const word = u32(b, at + CF.canId.offset);
  const extended = (word & CAN_EFF_FLAG) !== 0;
  const error = (word & CAN_ERR_FLAG) !== 0;
  const rtr = (word & CAN_RTR_FLAG) !== 0;
  const id = idOf(word, extended, error);
  const len = Math.min(b[at + CF.len.offset]!, CF.data.size);
  const raw = b[at + CF.len8Dlc.offset]!;
  const len8Dlc = len === 8 && raw > 8 && raw <= 15 ? raw : 0;
  const data = copyOut(b, at + CF.data.offset, len);
  return { kind: 'can', id, extended, rtr, error, data, len8Dlc };
}

/** A new Buffer with b[start, start + len): a byte loop, as frames hold at most 64 bytes (no subarray object per frame). */
function copyOut(b: Uint8Array, start: number, len: number): Buffer {
  const out = Buffer.allocUnsafe(len);
  for (let i = 0; i < len; i++) out[i] = b[start + i]!;
  return out;
}

/** Encodes a CAN FD frame as the CANFD_MTU bytes of struct canfd_frame (CANFD_FDF set). */
export function encodeCanFdFrame(frame: CanFdFrameInput): Buffer {
  const f = object(frame, 'frame');
  const error = flag(f.error, 'frame.error');
  const extended = f.extended === undefined ? undefined : flag(f.extended, 'frame.extended');
  const word = packCanId(f.id, extended, false, error);
  const data = payload(f.data, FD.data.size, 'frame.data');
  if (!FD_LENGTHS.has(data.length)) throw outOfRange('frame.data.length', 'a CAN FD length: 0..8, 12, 16, 20, 24, 32, 48 or 64', data.length);
  const buf = Buffer.alloc(FD.size);
  view(buf).setUint32(FD.canId.offset, word, LE);
  buf[FD.len.offset] = data.length;
  buf[FD.flags.offset] = (flag(f.brs, 'frame.brs') ? CANFD_BRS! : 0) | (flag(f.esi, 'frame.esi') ? CANFD_ESI! : 0) | (CANFD_FDF ?? 0);
  buf.set(data, FD.data.offset);
  return buf;
}

/** Decodes the CANFD_MTU bytes of a struct canfd_frame. A len above 64 reads as 64. */
export function decodeCanFdFrame(bytes: ArrayBufferView): CanFdFrame {
  const { kind: _, ...frame } = flexible(exact(bytes, FD.size, 'canfd_frame'));
  return frame;
}

/** A canfd_frame of FD.size checked bytes, as decodeFrame returns it. */
function flexible(b: Uint8Array, at = 0): { kind: 'canfd' } & CanFdFrame {
  const word = u32(b, at + FD.canId.offset);
  const extended = (word & CAN_EFF_FLAG) !== 0;
  const error = (word & CAN_ERR_FLAG) !== 0;
  const id = idOf(word, extended, error);
  const len = Math.min(b[at + FD.len.offset]!, FD.data.size);
  const flags = b[at + FD.flags.offset]!;
  const brs = (flags & CANFD_BRS!) !== 0;
  const esi = (flags & CANFD_ESI!) !== 0;
  const data = copyOut(b, at + FD.data.offset, len);
  return { kind: 'canfd', id, extended, error, brs, esi, data };
}

function xlLayout(): [NonNullable<typeof XL>, number] {
  if (!XL || CANXL_XLF === undefined) throw outOfRange('frame', 'a CAN XL frame, which these headers lack (Linux 6.2+)', 'canxl_frame');
  return [XL, CANXL_XLF];
}

/** Encodes a CAN XL frame as CANXL_HDR_SIZE + data.length bytes of struct canxl_frame (CANXL_XLF set). */
export function encodeCanXlFrame(frame: CanXlFrameInput): Buffer {
  const [X, XLF] = xlLayout();
  const f = object(frame, 'frame');
  const prio = validateInteger(f.prio, 'frame.prio', 0, CAN_SFF_MASK);
  const sdt = f.sdt === undefined ? 0 : validateInteger(f.sdt, 'frame.sdt', 0, 0xff);
  const af = f.af === undefined ? 0 : validateInteger(f.af, 'frame.af', 0, 0xffffffff);
  const data = payload(f.data, X.data.size, 'frame.data');
  if (data.length < 1) throw outOfRange('frame.data.length', `>= 1 && <= ${X.data.size}`, data.length);
  const buf = Buffer.alloc(X.data.offset + data.length);
  const v = view(buf);
  v.setUint32(X.prio.offset, prio, LE);
  buf[X.flags.offset] = XLF | (flag(f.sec, 'frame.sec') ? CANXL_SEC! : 0);
  buf[X.sdt.offset] = sdt;
  v.setUint16(X.len.offset, data.length, LE);
  v.setUint32(X.af.offset, af, LE);
  buf.set(data, X.data.offset);
  return buf;
}

/** Decodes struct canxl_frame bytes: the header, then exactly `len` (1..2048) data bytes. */
export function decodeCanXlFrame(bytes: ArrayBufferView): CanXlFrame {
  const [X, XLF] = xlLayout();
  const b = toBytes(bytes, 'bytes');
  if (b.length < X.data.offset + 1 || b.length > X.size) throw outOfRange('bytes.length', `>= ${X.data.offset + 1} && <= ${X.size} (struct canxl_frame)`, b.length);
  const v = view(b);
  const len = v.getUint16(X.len.offset, LE);
  if (len < 1 || X.data.offset + len !== b.length) throw outOfRange('len', `${b.length - X.data.offset} (the bytes after the header)`, len);
  const flags = b[X.flags.offset]!;
  if ((flags & XLF) === 0) throw outOfRange('flags', 'CANXL_XLF set (a CAN XL frame)', flags);
  return {
    prio: v.getUint32(X.prio.offset, LE) & CAN_SFF_MASK,
    sec: (flags & CANXL_SEC!) !== 0,
    sdt: b[X.sdt.offset]!,
    af: v.getUint32(X.af.offset, LE),
    data: Buffer.from(b.subarray(X.data.offset, X.data.offset + len)),
  };
}

/**
 * Decodes whatever a CAN_RAW socket read: bytes with CANXL_XLF in the XL
 * flags byte as an XL frame (that byte is the len of the other two structs,
 * never above 64), else CAN_MTU bytes as a classic frame and CANFD_MTU as an FD frame.
 * Any other length is a RangeError.
 */
export function decodeFrame(bytes: ArrayBufferView): AnyCanFrame {
  const b = toBytes(bytes, 'bytes');
  return decodeFrameAt(b, 0, b.length);
}

/**
 * decodeFrame of b[at, at + len) without a view of it or an argument check,
 * for a receive loop reading frames in place (frames()); the caller keeps
 * the range inside `b`. Not exported by the package.
 */
export function decodeFrameAt(b: Uint8Array, at: number, len: number): AnyCanFrame {
  if (XL !== undefined && CANXL_XLF !== undefined && len > XL.data.offset && (b[at + XL.flags.offset]! & CANXL_XLF) !== 0) {
    return { kind: 'canxl', ...decodeCanXlFrame(b.subarray(at, at + len)) };
  }
  if (len === CF.size) return classic(b, at);
  if (len === FD.size) return flexible(b, at);
  throw outOfRange('bytes.length', `${CF.size} (can_frame), ${FD.size} (canfd_frame) or a canxl_frame`, len);
}

/** Encodes a frame of any kind: `kind` picks the struct ('can' when absent). */
export function encodeFrame(frame: ({ kind?: 'can' } & CanFrameInput) | ({ kind: 'canfd' } & CanFdFrameInput) | ({ kind: 'canxl' } & CanXlFrameInput)): Buffer {
  const f = object(frame, 'frame');
  if (f.kind === 'canfd') return encodeCanFdFrame(frame as CanFdFrameInput);
  if (f.kind === 'canxl') return encodeCanXlFrame(frame as CanXlFrameInput);
  if (f.kind !== undefined && f.kind !== 'can') throw outOfRange('frame.kind', "'can', 'canfd' or 'canxl'", f.kind);
  return encodeCanFrame(frame as CanFrameInput);
}
