/**
 * Batched receive: recvmmsg(2), sync and async. One call returns every
 * message the kernel has queued (up to `count`), so a datagram or CAN stream
 * costs one syscall and one wake-up per burst instead of one per message.
 * Where the platform lacks recvmmsg(2) the addon loops over recvmsg(2)
 * (later calls with MSG_DONTWAIT) under the same contract.
 */
import { decodeAddress } from '../address.js';
import { fdsOf, walkControl, type AncillaryItem } from '../cmsg.js';
import { MSG_CMSG_CLOEXEC, SCM_RIGHTS, SOL_SOCKET } from '../constants.js';
import { invalidArgType, outOfRange } from '../errors.js';
import { callSoon, callSync, sys } from '../io.js';
import { native } from '../native.js';
import { lookupFamily } from '../registry.js';
import { kState } from '../state.js';
import type { Address, OpOptions, RecvmsgResult, Socket } from '../socket.js';
import { signalOf, validateBoolean, validateInt32, validateInteger, validateObject, validateSize } from '../validate.js';

/** The most messages one call returns (the kernel's UIO_MAXIOV cap for recvmmsg). */
export const RECVMMSG_MAX = 1024;

const ADDR_SIZE = native.layout.sockaddrStorage;

/** Options of recvmmsg. */
export interface RecvmmsgOptions extends OpOptions {
  /** Bytes of control data room per message (0: none, as recvmsg's ancbufsize). */
  ancbufsize?: number;
  /** MSG_* flags for the call. */
  flags?: number;
  /**
   * Receive into buffers this socket keeps for its next `reuse` call of the
   * same shape (count, size, ancbufsize), instead of new ones: each result's
   * `data` is then valid only until that next call, so copy what you keep
   * (ancillary items and addresses are always copies).
   * For a loop that decodes each batch before it asks for the next one
   * (CAN's frames() is one), this saves copying the batch's bytes out into
   * a new Buffer on every call.
   */
  reuse?: boolean;
}

/**
 * What one recvmmsg call received: one `[data, ancdata, msgFlags, address]`
 * per message, as recvmsg returns them. Each `data` is a view into one
 * Buffer shared by the batch's messages: one allocation per call, not one
 * per message.
 */
export type RecvmmsgResult<A = Address> = Array<RecvmsgResult<A>>;

/** The buffers one call fills: allocated per call, or kept by the socket for its `reuse` calls. */
interface Slabs {
  /** Held by a pending call (kept slabs are never filled by two calls at once). */
  busy: boolean;
  readonly count: number;
  readonly size: number;
  readonly data: Buffer;
  readonly control: Buffer | null;
  readonly ctl: number;
  readonly addrs: Buffer;
  readonly meta: Int32Array;
  /** For a call without `reuse`: the socket's scratch whose control, address and meta slabs it borrows (held while the call runs). */
  readonly lease: Slabs | null;
}

/** One call: its slabs and its flags (the caller's, plus MSG_CMSG_CLOEXEC where core adds it). */
interface Batch {
  readonly slabs: Slabs;
  readonly flags: number;
  /** The flags core added, hidden from the msg_flags it returns. */
  readonly added: number;
}

/** Each socket's slabs for `reuse` calls; dropped with the socket. */
const kept = new WeakMap<Socket, Slabs>();

/**
 * Each socket's receive slabs for calls without `reuse`. Nothing a result
 * holds points into them: `finish` copies the items and addresses out, and
 * the data of the messages received into one new Buffer of their total
 * length (from Node's pool when small), so a call allocates what it got
 * rather than count * size bytes of fresh memory.
 */
const scratch = new WeakMap<Socket, Slabs>();

/** The largest data slab a socket keeps as scratch; a call that needs more receives into a new one. */
const SCRATCH_DATA_MAX = 256 * 1024;

function slabs(count: number, size: number, ctl: number): Slabs {
  return {
    busy: false,
    count,
    size,
    data: Buffer.allocUnsafe(count * size),
    // Not zero-filled: only the bytes the kernel reports writing (msg_controllen, msg_namelen) are read.
    control: ctl > 0 ? Buffer.allocUnsafe(count * ctl) : null,
    ctl,
    addrs: Buffer.allocUnsafe(count * ADDR_SIZE),
    meta: new Int32Array(4 * count),
    lease: null,
  };
}

/** Slabs for a call without `reuse`: the socket's scratch when it is free and fits, else new ones. */
function freshData(sock: Socket, count: number, size: number, ctl: number): Slabs {
  if (count * size > SCRATCH_DATA_MAX) return slabs(count, size, ctl);
  let s = scratch.get(sock);
  if (s === undefined || (!s.busy && (s.count < count || s.size !== size || s.ctl !== ctl))) {
    s = slabs(count, size, ctl);
    scratch.set(sock, s);
  }
  if (s.busy || s.count < count) return slabs(count, size, ctl);
  return { busy: false, count, size, data: s.data, control: s.control, ctl, addrs: s.addrs, meta: s.meta, lease: s };
}

/** Marks a call's slabs (and the scratch they borrow) as held, or free again. */
function hold(b: Batch, on: boolean): void {
  b.slabs.busy = on;
  if (b.slabs.lease !== null) b.slabs.lease.busy = on;
}

function prepare(sock: Socket, count: unknown, size: unknown, options: RecvmmsgOptions | undefined): Batch {
  const n = validateInteger(count, 'count', 1, RECVMMSG_MAX);
  const bytes = validateSize(size, 'size');
  if (options !== undefined) validateObject(options, 'options', 'an object');
  const ctl = options?.ancbufsize === undefined ? 0 : validateSize(options.ancbufsize, 'options.ancbufsize');
  const user = options?.flags === undefined ? 0 : validateInt32(options.flags, 'options.flags');
  const reuse = options?.reuse === undefined ? false : validateBoolean(options.reuse, 'options.reuse');
  if (n * bytes > 0x7fffffff || n * ctl > 0x7fffffff) throw outOfRange('count * size', '<= 2147483647 bytes in all', n * Math.max(bytes, ctl));
  const added = ctl > 0 && lookupFamily(sock.family)?.passesFds === true ? MSG_CMSG_CLOEXEC & ~user : 0;
  const flags = user | added;
  if (!reuse) return { slabs: freshData(sock, n, bytes, ctl), flags, added };
  const k = kept.get(sock);
  if (k !== undefined && !k.busy && k.count === n && k.size === bytes && k.ctl === ctl) return { slabs: k, flags, added };
  const fresh = slabs(n, bytes, ctl);
  if (k?.busy !== true) kept.set(sock, fresh);
  return { slabs: fresh, flags, added };
}

function attemptOf({ slabs: b, flags }: Batch): (fd: number) => number {
  return (fd) => sys.recvmmsg(fd, b.data, b.size, b.count, b.control, b.ctl, b.addrs, ADDR_SIZE, flags, b.meta);
}

/** Whether addrs[at, at + len) holds the bytes of `last` (a byte loop: no view and no native call per message). */
function sameAddress(addrs: Buffer, at: number, len: number, last: Buffer): boolean {
  if (last.length !== len) return false;
  for (let k = 0; k < len; k++) if (addrs[at + k] !== last[k]) return false;
  return true;
}

/** Turns the slabs of `got` received messages into results; received fds are closed if an address cannot be decoded. */
function finish(sock: Socket, { slabs: b, added }: Batch, got: number): RecvmmsgResult {
  const out: RecvmmsgResult = [];
  // Scratch data (a lease) is copied out: every message's bytes, back to back, in one new Buffer.
  let data = b.data;
  let packed = 0;
  if (b.lease !== null) {
    let total = 0;
    for (let i = 0; i < got; i++) total += Math.min(b.meta[4 * i]!, b.size);
    data = Buffer.allocUnsafe(total);
  }
  let runStart = 0;
  let runEnd = 0;
  let runAt = 0;
  let lastBytes: Buffer | null = null;
  let last: unknown = null;
  const items: AncillaryItem[][] = [];
  const control = b.control;
  const dv = control === null ? null : new DataView(control.buffer, control.byteOffset, control.byteLength);
  try {
    for (let i = 0; i < got; i++) {
      const len = Math.min(b.meta[4 * i]!, b.size);
      const namelen = Math.min(Math.max(b.meta[4 * i + 1]!, 0), ADDR_SIZE);
      const msgFlags = b.meta[4 * i + 2]! & ~added;
      const ctlLen = b.meta[4 * i + 3]!;
      const anc = dv === null || ctlLen <= 0 ? [] : walkControl(dv, control!, i * b.ctl, i * b.ctl + Math.min(ctlLen, b.ctl)).items;
      items.push(anc);
      const at = i * ADDR_SIZE;
      let address: unknown;
      if (lastBytes !== null && sameAddress(b.addrs, at, namelen, lastBytes)) {
        address = Array.isArray(last) ? last.slice() : last;
      } else {
        lastBytes = Buffer.from(b.addrs.subarray(at, at + namelen));
        address = decodeAddress(sock, lastBytes, 'recvmmsg');
        last = address;
      }
      let view: Buffer;
      if (b.lease === null) view = b.data.subarray(i * b.size, i * b.size + len);
      else {
        // Copied in runs: slots filled to the end are contiguous, so a batch of full messages is one copy.
        const from = i * b.size;
        if (runEnd !== from) {
          if (runEnd > runStart) b.data.copy(data, runAt, runStart, runEnd);
          runStart = from;
          runAt = packed;
        }
        runEnd = from + len;
        view = data.subarray(packed, packed + len);
        packed += len;
      }
      out.push([view, anc, msgFlags, address]);
    }
    if (runEnd > runStart) b.data.copy(data, runAt, runStart, runEnd);
  } catch (err) {
    for (const anc of items) for (const fd of fdsOf(anc, SOL_SOCKET, SCM_RIGHTS)) native.close(fd);
    throw err;
  }
  return out;
}

/**
 * Wraps `recvmmsg(2)`: up to `count` messages of at most `size` bytes each,
 * waiting (as the socket's timeout mode says) only until the first arrives,
 * then taking every other one already queued.
 */
export function recvmmsgSync(sock: Socket, count: number, size: number, options?: RecvmmsgOptions): RecvmmsgResult {
  const b = prepare(sock, count, size, options);
  hold(b, true);
  try {
    return finish(sock, b, callSync(sock[kState], 'read', 'recvmmsg', attemptOf(b)));
  } finally {
    hold(b, false);
  }
}

/** The async form of recvmmsgSync: the wait happens on the event loop. */
export async function recvmmsg(sock: Socket, count: number, size: number, options?: RecvmmsgOptions): Promise<RecvmmsgResult> {
  const b = prepare(sock, count, size, options);
  const signal = signalOf(options);
  hold(b, true);
  try {
    const soon = callSoon(sock[kState], 'read', 'recvmmsg', attemptOf(b), { signal });
    return finish(sock, b, typeof soon === 'number' ? soon : await soon);
  } finally {
    hold(b, false);
  }
}
