/**
 * Batched send: sendmmsg(2), sync and async. One call hands the kernel up to
 * SENDMMSG_MAX datagrams, each to the socket's peer or to its own address,
 * so a burst costs one syscall instead of one per message. The kernel takes
 * the first n it can; the caller sends the rest itself. Where the platform
 * lacks sendmmsg(2) the addon loops over sendmsg(2) under the same contract.
 *
 * The messages are copied into one slab when the call is made (a few bytes
 * per datagram, cheaper than a walk over JS objects in the addon), so later
 * changes to the caller's buffers do not reach the kernel, even while an
 * async call waits.
 */
import { types } from 'node:util';
import { encodeAddress, encodeAddressAsync } from '../address.js';
import { closedError, invalidArgType, invalidArgValue, outOfRange } from '../errors.js';
import { callSoon, callSync, sys } from '../io.js';
import { native } from '../native.js';
import { kState } from '../state.js';
import type { Address, OpOptions, Socket } from '../socket.js';
import { INT32_MAX, signalOf, toBytes, validateInt32, validateObject } from '../validate.js';

/** The most messages one sendmmsg call takes (the kernel's UIO_MAXIOV cap). */
export const SENDMMSG_MAX = 1024;

/** Options of sendmmsg. */
export interface SendmmsgOptions extends OpOptions {
  /** MSG_* flags for every message of the call. */
  flags?: number;
}

/**
 * One message of a sendmmsg call: its bytes (to a connected socket's peer),
 * or `[data, address]` (the address in the family's form, as sendto takes it).
 */
export type SendmmsgItem<A = Address> = ArrayBufferView | readonly [data: ArrayBufferView, address: A];

/**
 * Added to every sendmmsg: the kernel takes what fits and returns, and the
 * I/O path waits (per the socket's timeout mode) only when it took nothing,
 * the same in every mode and form (a blocking fd would otherwise wait for
 * the last message, not the first).
 */
const MSG_DONTWAIT = native.constants.MSG_DONTWAIT ?? 0;

const ITEM = 'an instance of Buffer, TypedArray, or DataView, or a [data, address] tuple';

/** The validated call: each message's bytes, and its destination when it has one. */
interface Parsed {
  readonly views: Uint8Array[];
  /** Per message: the address as given, or undefined (none); null when no message has one. */
  readonly addresses: unknown[] | null;
  readonly total: number;
  readonly flags: number;
}

/** The slabs the addon reads. */
interface Packed {
  readonly data: Uint8Array;
  readonly lengths: Int32Array;
  readonly addrs: Uint8Array | null;
  readonly addrLens: Int32Array | null;
  readonly count: number;
}

/** Checks the arguments (the array and its length before any element is read) and reads each message once. */
function parse(sock: Socket, messages: unknown, options: unknown): Parsed {
  if (types.isProxy(messages) || !Array.isArray(messages)) throw invalidArgType('messages', 'an array', messages);
  const count = messages.length;
  if (count > SENDMMSG_MAX) throw outOfRange('messages.length', `<= ${SENDMMSG_MAX}`, count);
  if (options !== undefined) validateObject(options, 'options', 'an object');
  const user = options === undefined ? undefined : (options as SendmmsgOptions).flags;
  const flags = (user === undefined ? 0 : validateInt32(user, 'options.flags')) | sock[kState].sendFlags;
  const views: Uint8Array[] = new Array<Uint8Array>(count);
  let addresses: unknown[] | null = null;
  let total = 0;
  for (let i = 0; i < count; i++) {
    const item: unknown = messages[i];
    let view: Uint8Array;
    if (ArrayBuffer.isView(item)) {
      // The common case (a non-empty Uint8Array or Buffer) without building the argument's name.
      view = item instanceof Uint8Array && item.byteLength !== 0 ? item : toBytes(item, `messages[${i}]`);
    } else if (!types.isProxy(item) && Array.isArray(item)) {
      if (item.length !== 2) throw invalidArgValue(`messages[${i}]`, item, `must be a [data, address] tuple of 2 items (it has ${item.length})`);
      view = toBytes(item[0], `messages[${i}][0]`);
      addresses ??= new Array<unknown>(count);
      addresses[i] = item[1];
    } else {
      throw invalidArgType(`messages[${i}]`, ITEM, item);
    }
    views[i] = view;
    total += view.byteLength;
  }
  if (total > INT32_MAX) throw outOfRange('messages', `<= ${INT32_MAX} bytes in all`, total);
  return { views, addresses, total, flags };
}

/** Sync calls pack into these (no user code runs between packing and the syscall); grown as needed. */
let scratchData = Buffer.allocUnsafe(0);
/** The most the sync scratch grows to; a larger batch gets a buffer of its own, not kept. */
const SCRATCH_MAX = 4 * 1024 * 1024;
const scratchLengths = new Int32Array(SENDMMSG_MAX);
const scratchAddrLens = new Int32Array(SENDMMSG_MAX);

/** Copies the messages end to end into `data` and their lengths into `lengths`. */
function packData(views: Uint8Array[], data: Uint8Array, lengths: Int32Array): void {
  let off = 0;
  for (let i = 0; i < views.length; i++) {
    const v = views[i]!;
    const n = v.byteLength;
    if (n <= 16) for (let k = 0; k < n; k++) data[off + k] = v[k]!;
    else data.set(v, off);
    lengths[i] = n;
    off += n;
  }
}

/** The encoded destinations end to end, or null when no message has one (`sas[i]` undefined: none). */
function packAddrs(sas: Array<Uint8Array | undefined>, addrLens: Int32Array): Uint8Array {
  let bytes = 0;
  for (let i = 0; i < sas.length; i++) bytes += sas[i]?.byteLength ?? 0;
  const addrs = Buffer.allocUnsafe(bytes);
  let off = 0;
  for (let i = 0; i < sas.length; i++) {
    const sa = sas[i];
    const n = sa?.byteLength ?? 0;
    if (sa !== undefined) addrs.set(sa, off);
    addrLens[i] = n;
    off += n;
  }
  return addrs;
}

/**
 * A family's argument error for message i's address names it as the caller
 * passed it (`messages[i][1]`), keeping its class and code; any other error
 * (gaierror, an OSError) is the family's own, as sendto raises it.
 */
function named(err: unknown, i: number): unknown {
  if ((err instanceof TypeError || err instanceof RangeError) && typeof (err as { code?: unknown }).code === 'string') {
    err.message = err.message.replace(/(["'])address\1/, (_, q: string) => `${q}messages[${i}][1]${q}`);
  }
  return err;
}

/** Encodes each destination (the same address object twice is encoded once), as sendto does. */
function encodeSync(sock: Socket, addresses: unknown[]): Array<Uint8Array | undefined> {
  const sas = new Array<Uint8Array | undefined>(addresses.length);
  let lastAddress: unknown;
  let lastSa: Uint8Array | undefined;
  for (let i = 0; i < addresses.length; i++) {
    if (!(i in addresses)) continue;
    const a = addresses[i];
    if (lastSa === undefined || a !== lastAddress) {
      try {
        lastSa = encodeAddress(sock, a, 'sendmmsg');
      } catch (err) {
        throw named(err, i);
      }
      lastAddress = a;
    }
    sas[i] = lastSa;
  }
  return sas;
}

async function encodeAsync(sock: Socket, addresses: unknown[]): Promise<Array<Uint8Array | undefined>> {
  const sas = new Array<Uint8Array | undefined>(addresses.length);
  let lastAddress: unknown;
  let lastSa: Uint8Array | undefined;
  for (let i = 0; i < addresses.length; i++) {
    if (!(i in addresses)) continue;
    const a = addresses[i];
    if (lastSa === undefined || a !== lastAddress) {
      try {
        const enc = encodeAddressAsync(sock, a, 'sendmmsg');
        lastSa = enc instanceof Uint8Array ? enc : await enc;
      } catch (err) {
        throw named(err, i);
      }
      lastAddress = a;
    }
    sas[i] = lastSa;
  }
  return sas;
}

function attemptOf(p: Packed, flags: number): (fd: number) => number {
  const f = flags | MSG_DONTWAIT;
  return (fd) => sys.sendmmsg(fd, p.data, p.lengths, p.count, p.addrs, p.addrLens, f);
}

/**
 * Wraps `sendmmsg(2)`: sends the messages in order, each to the connected
 * peer or to its own address, and returns how many the kernel took (the
 * first n, at least 1, possibly fewer than given: the caller sends the
 * rest). Waits, as the socket's timeout mode says, only while it can take none.
 */
export function sendmmsgSync(sock: Socket, messages: ReadonlyArray<SendmmsgItem>, options?: Omit<SendmmsgOptions, 'signal'>): number {
  const p = parse(sock, messages, options);
  const count = p.views.length;
  const st = sock[kState];
  if (count === 0) {
    if (st.fd < 0) throw closedError('sendmmsg');
    return 0;
  }
  const sas = p.addresses === null ? null : encodeSync(sock, p.addresses);
  if (scratchData.length < p.total && p.total <= SCRATCH_MAX) scratchData = Buffer.allocUnsafe(Math.min(Math.max(p.total, scratchData.length * 2, 16 * 1024), SCRATCH_MAX));
  const data = scratchData.length >= p.total ? scratchData : Buffer.allocUnsafe(p.total);
  packData(p.views, data, scratchLengths);
  const addrs = sas === null ? null : packAddrs(sas, scratchAddrLens);
  const packed: Packed = { data, lengths: scratchLengths, addrs, addrLens: addrs === null ? null : scratchAddrLens, count };
  return callSync(st, 'write', 'sendmmsg', attemptOf(packed, p.flags), { flags: p.flags });
}

/** A data slab and its lengths, for async calls. */
interface Slab {
  readonly data: Buffer;
  readonly lengths: Int32Array;
}

/**
 * The slab of the last async call that ended, lent to the next one that fits
 * (a call holds its slab until it settles, so two pending calls never share
 * one); a call that finds none free allocates its own.
 */
let spare: Slab | null = null;
const SPARE_MAX = 64 * 1024;

function takeSlab(total: number): Slab {
  const s = spare;
  if (s !== null && s.data.length >= total) {
    spare = null;
    return s;
  }
  return { data: Buffer.allocUnsafe(Math.max(total, 4096)), lengths: new Int32Array(SENDMMSG_MAX) };
}

function giveBack(s: Slab): void {
  if (s.data.length <= SPARE_MAX && (spare === null || spare.data.length < s.data.length)) spare = s;
}

/** The async form of sendmmsgSync: the wait happens on the event loop. */
export async function sendmmsg(sock: Socket, messages: ReadonlyArray<SendmmsgItem>, options?: SendmmsgOptions): Promise<number> {
  const p = parse(sock, messages, options);
  const signal = signalOf(options);
  const count = p.views.length;
  const st = sock[kState];
  if (count === 0) {
    if (signal?.aborted) throw signal.reason;
    if (st.fd < 0) throw closedError('sendmmsg');
    return 0;
  }
  // The bytes are taken now, before any await (address resolution, the wait for room).
  const slab = takeSlab(p.total);
  try {
    packData(p.views, slab.data, slab.lengths);
    const sas = p.addresses === null ? null : await encodeAsync(sock, p.addresses);
    const addrLens = sas === null ? null : new Int32Array(count);
    const addrs = sas === null ? null : packAddrs(sas, addrLens!);
    const packed: Packed = { data: slab.data, lengths: slab.lengths, addrs, addrLens, count };
    const r = callSoon(st, 'write', 'sendmmsg', attemptOf(packed, p.flags), { signal, flags: p.flags });
    return typeof r === 'number' ? r : await r;
  } finally {
    giveBack(slab);
  }
}
