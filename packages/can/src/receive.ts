/**
 * Receiving frames with what the kernel says about them: the receive
 * timestamp (SO_TIMESTAMP, SO_TIMESTAMPNS or SO_TIMESTAMPING) and the
 * socket's drop counter (SO_RXQ_OVFL), decoded from recvmsg(2)'s control
 * messages, and `frames()`, a stream that drains every queued frame per
 * wake-up.
 */
import { endianness } from 'node:os';
import { types } from 'node:util';
import {
  constants as coreConstants, invalidArgType, SOL_SOCKET, ancillaryItems, validateSocket, type AncillaryItem, type Socket,
} from '@sock/core';
import { scanControl } from '@sock/core/family';
import { u32 } from './bytes.js';
import { decodeFrame, type AnyCanFrame } from './frame.js';
import { addon } from './native.js';

const LE = endianness() === 'LE';
const L = addon.layout;
const SO_TIMESTAMP = coreConstants.SO_TIMESTAMP;
const SO_TIMESTAMPNS = coreConstants.SO_TIMESTAMPNS;
const SO_TIMESTAMPING = coreConstants.SO_TIMESTAMPING;
const SO_RXQ_OVFL = coreConstants.SO_RXQ_OVFL;

/** Room for a timestamp item and a drop counter item. */
export const FRAME_ANCILLARY_SIZE = 256;
/** Room for the largest frame (struct canxl_frame, else canfd_frame). */
export const FRAME_BUFFER_SIZE = L.canxlFrame?.size ?? L.canfdFrame.size;

/** What recvmsg's control messages say about a received frame. */
export interface FrameMeta {
  /** Receive time in ns since the epoch (SCM_TIMESTAMPNS, SCM_TIMESTAMP, or SCM_TIMESTAMPING's software stamp). */
  timestamp?: bigint;
  /** SCM_TIMESTAMPING's raw hardware stamp, in ns, when the driver gave one. */
  hwTimestamp?: bigint;
  /**
   * SO_RXQ_OVFL: frames this socket had dropped (its queue full) when this
   * one was queued. The kernel sends it only once the count is above 0, so
   * it is absent until the first drop.
   */
  dropped?: number;
}

const view = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);

function signed(v: DataView, f: { offset: number; size: number }): bigint {
  return f.size === 8 ? v.getBigInt64(f.offset, LE) : BigInt(v.getInt32(f.offset, LE));
}

function timespecAt(data: Uint8Array, at: number): bigint | null {
  const T = L.timespec;
  if (at + T.size > data.length) return null;
  const v = view(data.subarray(at, at + T.size));
  return signed(v, T.sec) * 1_000_000_000n + signed(v, T.nsec);
}

/** Decodes the SOL_SOCKET timestamp and SO_RXQ_OVFL items of recvmsg's ancillary data; other items are ignored. */
export function decodeFrameAncillary(items: readonly AncillaryItem[]): FrameMeta {
  return frameMeta(ancillaryItems(items, 'items'), {});
}

/** decodeFrameAncillary without the checks, for the items recvmsg/recvmmsg just made: sets what they say on `out`. */
function frameMeta<T extends FrameMeta>(items: readonly AncillaryItem[], out: T): T {
  for (let i = 0; i < items.length; i++) {
    const [level, type, data] = items[i]!;
    if (level !== SOL_SOCKET) continue;
    if (type === SO_TIMESTAMPNS) {
      const t = timespecAt(data, 0);
      if (t !== null) out.timestamp = t;
    } else if (type === SO_TIMESTAMP && data.length >= L.timeval.size) {
      const v = view(data);
      out.timestamp = signed(v, L.timeval.sec) * 1_000_000_000n + signed(v, L.timeval.usec) * 1000n;
    } else if (type === SO_TIMESTAMPING) {
      const sw = timespecAt(data, 0);
      const hw = timespecAt(data, 2 * L.timespec.size);
      if (sw !== null && sw !== 0n) out.timestamp = sw;
      if (hw !== null && hw !== 0n) out.hwTimestamp = hw;
    } else if (type === SO_RXQ_OVFL && data.length >= 4) {
      out.dropped = u32(data, 0);
    }
  }
  return out;
}

/** frameMetaAt's walk: a view of the control slab, and the frame whose metadata it fills. */
export interface MetaScan {
  readonly view: DataView;
  frame: FrameMeta;
}

function visitMeta(scan: MetaScan, level: number, type: number, from: number, to: number): void {
  if (level !== SOL_SOCKET) return;
  if (type === SO_RXQ_OVFL) {
    if (to - from >= 4) scan.frame.dropped = scan.view.getUint32(from, LE);
  } else if (type === SO_TIMESTAMPNS || type === SO_TIMESTAMP || type === SO_TIMESTAMPING) {
    // Rare next to the counter (and a BigInt either way): through the item decoder.
    const v = scan.view;
    frameMeta([[SOL_SOCKET, type, Buffer.from(v.buffer, v.byteOffset + from, to - from)]], scan.frame);
  }
}

/**
 * frameMeta over raw control bytes: core's in-place cmsghdr walk of
 * scan.view's [start, end) (as recvmmsg left one message's msg_controllen
 * bytes there), with no item objects, for frames(), which reads every
 * frame's control data in place. Not exported by the package.
 */
export function frameMetaAt(scan: MetaScan, start: number, end: number): void {
  scanControl(scan.view, start, end, visitMeta, scan);
}

/** Options for receiving frames with their metadata. */
export interface FrameOptions {
  /** Ask for receive timestamps: 'ns' sets SO_TIMESTAMPNS, 'us' SO_TIMESTAMP. */
  timestamps?: 'ns' | 'us' | false;
  /** Set SO_RXQ_OVFL, so every frame carries the drop counter. */
  dropCounter?: boolean;
}

/** setsockopt(SOL_SOCKET, SO_TIMESTAMPNS / SO_TIMESTAMP / SO_RXQ_OVFL) as `options` asks. */
export function enableFrameMeta(sock: Socket, options: FrameOptions): void {
  validateSocket(sock);
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'an object', options);
  if (options.timestamps === 'ns' && SO_TIMESTAMPNS !== undefined) sock.setsockopt(SOL_SOCKET, SO_TIMESTAMPNS, 1);
  else if (options.timestamps === 'us' && SO_TIMESTAMP !== undefined) sock.setsockopt(SOL_SOCKET, SO_TIMESTAMP, 1);
  else if (options.timestamps !== undefined && options.timestamps !== false) throw invalidArgType('options.timestamps', "'ns', 'us' or false", options.timestamps);
  if (options.dropCounter === true && SO_RXQ_OVFL !== undefined) sock.setsockopt(SOL_SOCKET, SO_RXQ_OVFL, 1);
}

/** A received frame: the frame, the interface it came from, and its metadata. */
export type ReceivedFrame = AnyCanFrame & FrameMeta & { ifname: string };

/** A received frame from recvmsg's (or recvmmsg's) parts. */
export function receivedFrame(data: Buffer, anc: AncillaryItem[], address: unknown): ReceivedFrame {
  const items = ancillaryItems(anc, 'items');
  return frameFromParts(data, items, types.isProxy(address) ? undefined : address);
}

/**
 * receivedFrame for the parts recvmsg or recvmmsg just returned (a Buffer, an
 * array of checked items, a decoded address): no argument checks, since this
 * runs once per frame on the receive path. Not exported by the package.
 */
export function frameFromParts(data: Buffer, anc: readonly AncillaryItem[], address: unknown): ReceivedFrame {
  const ifname = Array.isArray(address) && typeof address[0] === 'string' ? address[0] : '';
  const frame = decodeFrame(data) as ReceivedFrame;
  if (anc.length > 0) frameMeta(anc, frame);
  frame.ifname = ifname;
  return frame;
}

/**
 * Receives one frame on a CAN_RAW socket with recvmsg(2), honouring the
 * socket's timeout mode, and decodes it with its interface and metadata.
 */
export async function recvFrame(sock: Socket, options?: { signal?: AbortSignal }): Promise<ReceivedFrame> {
  validateSocket(sock);
  const [data, anc, , address] = await sock.recvmsg(FRAME_BUFFER_SIZE, FRAME_ANCILLARY_SIZE, 0, options);
  return frameFromParts(data, anc, address);
}

/** The blocking twin of recvFrame. */
export function recvFrameSync(sock: Socket): ReceivedFrame {
  validateSocket(sock);
  const [data, anc, , address] = sock.recvmsgSync(FRAME_BUFFER_SIZE, FRAME_ANCILLARY_SIZE, 0);
  return frameFromParts(data, anc, address);
}

