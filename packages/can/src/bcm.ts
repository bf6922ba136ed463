/**
 * The broadcast manager (CAN_BCM): a SOCK_DGRAM socket, connected to an
 * interface, that writes and reads `struct bcm_msg_head` followed by
 * `nframes` frames (struct can_frame, or struct canfd_frame with
 * CAN_BCM_CAN_FD_FRAME in flags). The kernel sends cyclic frames for a
 * TX_SETUP and reports content changes (RX_CHANGED) and timeouts
 * (RX_TIMEOUT) for an RX_SETUP, so user space wakes only when something
 * happens. The head's layout (with its `long` timevals) comes from the headers.
 */
import { endianness } from 'node:os';
import { invalidArgType, outOfRange, toBytes, validateInteger } from '@sock/core';
import {
  bcmOpcodeName, CAN_BCM_CAN_FD_FRAME, CAN_BCM_RX_DELETE, CAN_BCM_RX_FILTER_ID, CAN_BCM_RX_SETUP, CAN_BCM_SETTIMER, CAN_BCM_STARTTIMER,
  CAN_BCM_TX_DELETE, CAN_BCM_TX_SEND, CAN_BCM_TX_SETUP,
} from './constants.js';
import {
  decodeCanFdFrame, decodeCanFrame, encodeCanFdFrame, encodeCanFrame, packCanId, unpackCanId,
  type CanFdFrame, type CanFdFrameInput, type CanFrame, type CanFrameInput,
} from './frame.js';
import { addon } from './native.js';
import { validateObject } from './validate.js';

const H = addon.layout.bcmMsgHead;
const CF = addon.layout.canFrame.size;
const FD = addon.layout.canfdFrame.size;
const LE = endianness() === 'LE';
const FD_FLAG = CAN_BCM_CAN_FD_FRAME ?? 0x0800;
const LONG_MAX = H.ival1Sec.size === 8 ? Number.MAX_SAFE_INTEGER : 0x7fffffff;

/** One struct bcm_msg_head and its frames. Intervals are in seconds (microsecond resolution). */
export interface BcmMessage {
  /** CAN_BCM_TX_SETUP, CAN_BCM_RX_CHANGED, ... */
  opcode: number;
  /** CAN_BCM_* flags (SETTIMER, STARTTIMER, CAN_FD_FRAME, ...). */
  flags: number;
  /** How many frames to send at ival1 before switching to ival2. */
  count: number;
  ival1: number;
  ival2: number;
  /** The id (and its EFF flag) the operation is about. */
  id: number;
  extended: boolean;
  /** can_frame or canfd_frame contents, as CAN_BCM_CAN_FD_FRAME says. */
  frames: Array<CanFrame | CanFdFrame>;
}

export interface BcmMessageInput {
  opcode: number;
  flags?: number;
  count?: number;
  ival1?: number;
  ival2?: number;
  id: number;
  extended?: boolean;
  frames?: ReadonlyArray<CanFrameInput | CanFdFrameInput>;
}

function writeLong(v: DataView, f: { offset: number; size: number }, value: number): void {
  if (f.size === 8) v.setBigInt64(f.offset, BigInt(value), LE);
  else v.setInt32(f.offset, value, LE);
}

function readLong(v: DataView, f: { offset: number; size: number }): number {
  return f.size === 8 ? Number(v.getBigInt64(f.offset, LE)) : v.getInt32(f.offset, LE);
}

function interval(value: unknown, name: string): [number, number] {
  if (value === undefined) return [0, 0];
  if (typeof value !== 'number' || Number.isNaN(value)) throw invalidArgType(name, 'a number of seconds', value);
  if (value < 0 || value > LONG_MAX) throw outOfRange(name, `>= 0 && <= ${LONG_MAX}`, value);
  const micros = Math.round(value * 1e6);
  return [Math.floor(micros / 1e6), micros % 1e6];
}

/** Encodes a bcm_msg_head and its frames, as write(2) on a CAN_BCM socket takes them. */
export function encodeBcmMessage(message: BcmMessageInput): Buffer {
  const m = validateObject(message, 'message');
  const opcode = validateInteger(m.opcode, 'message.opcode', 0, 0xffffffff);
  const flags = m.flags === undefined ? 0 : validateInteger(m.flags, 'message.flags', 0, 0xffffffff);
  const count = m.count === undefined ? 0 : validateInteger(m.count, 'message.count', 0, 0xffffffff);
  const fd = (flags & FD_FLAG) !== 0;
  const frames = m.frames === undefined ? [] : m.frames;
  if (!Array.isArray(frames)) throw invalidArgType('message.frames', 'an array of frames', frames);
  const extended = m.extended === undefined ? undefined : m.extended === true;
  const word = packCanId(m.id, extended);
  const [s1, u1] = interval(m.ival1, 'message.ival1');
  const [s2, u2] = interval(m.ival2, 'message.ival2');
  const encoded = frames.map((f) => (fd ? encodeCanFdFrame(f as CanFdFrameInput) : encodeCanFrame(f as CanFrameInput)));
  const buf = Buffer.alloc(H.size + encoded.length * (fd ? FD : CF));
  const v = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  v.setUint32(H.opcode.offset, opcode, LE);
  v.setUint32(H.flags.offset, flags, LE);
  v.setUint32(H.count.offset, count, LE);
  writeLong(v, H.ival1Sec, s1);
  writeLong(v, H.ival1Usec, u1);
  writeLong(v, H.ival2Sec, s2);
  writeLong(v, H.ival2Usec, u2);
  v.setUint32(H.canId.offset, word, LE);
  v.setUint32(H.nframes.offset, encoded.length, LE);
  encoded.forEach((f, i) => buf.set(f, H.size + i * f.length));
  return buf;
}

/**
 * Decodes what read(2) on a CAN_BCM socket returned: the head, then
 * `nframes` frames. A length that is not head + nframes frames is a RangeError.
 */
export function decodeBcmMessage(bytes: ArrayBufferView): BcmMessage & { opcodeName: string } {
  const b = toBytes(bytes, 'bytes');
  if (b.length < H.size) throw outOfRange('bytes.length', `>= ${H.size} (sizeof(struct bcm_msg_head))`, b.length);
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const flags = v.getUint32(H.flags.offset, LE);
  const nframes = v.getUint32(H.nframes.offset, LE);
  const size = (flags & FD_FLAG) !== 0 ? FD : CF;
  if (b.length !== H.size + nframes * size) throw outOfRange('bytes.length', `${H.size} + nframes (${nframes}) * ${size}`, b.length);
  const frames: Array<CanFrame | CanFdFrame> = [];
  for (let i = 0; i < nframes; i++) {
    const at = b.subarray(H.size + i * size, H.size + (i + 1) * size);
    frames.push(size === FD ? decodeCanFdFrame(at) : decodeCanFrame(at));
  }
  const { id, extended } = unpackCanId(v.getUint32(H.canId.offset, LE));
  const opcode = v.getUint32(H.opcode.offset, LE);
  return {
    opcode,
    opcodeName: bcmOpcodeName(opcode),
    flags,
    count: v.getUint32(H.count.offset, LE),
    ival1: readLong(v, H.ival1Sec) + readLong(v, H.ival1Usec) / 1e6,
    ival2: readLong(v, H.ival2Sec) + readLong(v, H.ival2Usec) / 1e6,
    id,
    extended,
    frames,
  };
}

/** Options of a cyclic transmission. */
export interface BcmTxSetup {
  id: number;
  extended?: boolean;
  /** The frames to send in turn (one for a plain cyclic message). */
  frames: ReadonlyArray<CanFrameInput | CanFdFrameInput>;
  /** Send `count` frames `ival1` apart, then keep sending every `ival2` (0: stop after count). */
  count?: number;
  ival1?: number;
  ival2?: number;
  /** Extra CAN_BCM_* flags (TX_COUNTEVT, TX_ANNOUNCE, TX_CP_CAN_ID, CAN_FD_FRAME, ...). */
  flags?: number;
}

/**
 * A TX_SETUP message: creates (or updates, for the same id) a cyclic
 * transmission. SETTIMER and STARTTIMER are added when an interval is given,
 * so the timers (re)start; without intervals the message updates the frame
 * contents of a running task.
 */
export function bcmTxSetup(setup: BcmTxSetup): Buffer {
  const s = validateObject(setup, 'setup') as unknown as BcmTxSetup;
  const timed = (s.ival1 ?? 0) > 0 || (s.ival2 ?? 0) > 0;
  const flags = (s.flags ?? 0) | (timed ? CAN_BCM_SETTIMER | CAN_BCM_STARTTIMER : 0);
  // The named fields only: spreading the caller's object would copy every own property (a 4 MiB Buffer has 4M).
  const { id, extended, frames, count, ival1, ival2 } = s;
  return encodeBcmMessage({ id, extended, frames, count, ival1, ival2, opcode: CAN_BCM_TX_SETUP, flags } as BcmMessageInput);
}

/** A TX_DELETE message: stops and removes the cyclic transmission of `id`. */
export function bcmTxDelete(id: number, extended?: boolean): Buffer {
  return encodeBcmMessage({ opcode: CAN_BCM_TX_DELETE, id, ...(extended === undefined ? {} : { extended }) });
}

/** A TX_SEND message: sends one frame once. */
export function bcmTxSend(frame: CanFrameInput): Buffer {
  const f = validateObject(frame, 'frame') as unknown as CanFrameInput;
  return encodeBcmMessage({ opcode: CAN_BCM_TX_SEND, id: f.id, ...(f.extended === undefined ? {} : { extended: f.extended }), frames: [f] });
}

/** Options of a content filter subscription. */
export interface BcmRxSetup {
  id: number;
  extended?: boolean;
  /**
   * Masks of the data bits to watch: a frame is reported (RX_CHANGED) when
   * the bits set here differ from the last frame's. Without masks every
   * frame of the id is reported (with RX_FILTER_ID).
   */
  masks?: ReadonlyArray<CanFrameInput | CanFdFrameInput>;
  /** Report RX_TIMEOUT when no frame arrives for ival1 seconds. */
  ival1?: number;
  /** Throttle RX_CHANGED notifications to one per ival2 seconds. */
  ival2?: number;
  /** Extra CAN_BCM_* flags (RX_CHECK_DLC, RX_NO_AUTOTIMER, RX_ANNOUNCE_RESUME, ...). */
  flags?: number;
}

/** An RX_SETUP message: subscribe to changes of `id`'s frames (and to its absence). */
export function bcmRxSetup(setup: BcmRxSetup): Buffer {
  const s = validateObject(setup, 'setup') as unknown as BcmRxSetup;
  const masks = s.masks ?? [];
  const timed = (s.ival1 ?? 0) > 0 || (s.ival2 ?? 0) > 0;
  const filterId = masks.length === 0 ? (CAN_BCM_RX_FILTER_ID) : 0;
  const flags = (s.flags ?? 0) | filterId | (timed ? CAN_BCM_SETTIMER | CAN_BCM_STARTTIMER : 0);
  return encodeBcmMessage({ opcode: CAN_BCM_RX_SETUP, flags, id: s.id, ...(s.extended === undefined ? {} : { extended: s.extended }), ival1: s.ival1 ?? 0, ival2: s.ival2 ?? 0, frames: masks });
}

/** An RX_DELETE message: ends the subscription for `id`. */
export function bcmRxDelete(id: number, extended?: boolean): Buffer {
  return encodeBcmMessage({ opcode: CAN_BCM_RX_DELETE, id, ...(extended === undefined ? {} : { extended }) });
}
