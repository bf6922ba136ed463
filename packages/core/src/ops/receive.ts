/** recv, recvfrom, recvInto, recvfromInto, recvmsg, recvmsgInto — sync and async. */
import { addrScratch, decodeAddress, NO_ADDRESS, takeAddress } from '../address.js';
import { fdsOf, walkAncillary, type AncillaryItem } from '../cmsg.js';
import { MSG_CMSG_CLOEXEC, MSG_PEEK, MSG_WAITALL, SCM_RIGHTS, SOCK_STREAM, SOL_SOCKET } from '../constants.js';
import { invalidArgType, outOfRange } from '../errors.js';
import { callAsync, callSoon, callSoonTo, callSync, sys, type IoTarget } from '../io.js';
import type { Finisher } from '../readiness.js';
import { native } from '../native.js';
import { lookupFamily } from '../registry.js';
import { kState, type SocketState } from '../state.js';
import type { Address, OpOptions, RecvmsgIntoResult, RecvmsgResult, Socket } from '../socket.js';
import { boundedItems, checkAttached, toBytes, validateInt32, signalOf, validateSize } from '../validate.js';

const L = native.layout;

/** Shrinks a receive buffer to what arrived without keeping a large mostly-empty allocation alive. */
function fit(buf: Buffer, n: number): Buffer {
  if (n === buf.length) return buf;
  return n >= buf.length >>> 1 || buf.length <= 4096 ? buf.subarray(0, n) : Buffer.from(buf.subarray(0, n));
}

const SCRATCH_FROM = 8192;
const SCRATCH_MAX = 256 * 1024;
let scratch: Buffer | null = null;

/**
 * Where recv and recvfrom receive. A large bufsize that usually gets little
 * (datagrams into 64 KiB) would cost a fresh allocation per call and a copy
 * in fit(); such calls receive into one shared scratch buffer and copy out
 * exactly what arrived, inside the attempt (so nothing else can reuse the
 * scratch in between). A socket whose last such read filled more than half
 * its buffer (bulk) receives straight into a buffer of its own.
 */
class Landing {
  readonly buf: Buffer;
  readonly shared: boolean;
  out: Buffer | null = null;

  constructor(
    readonly st: SocketState,
    readonly size: number,
  ) {
    this.shared = size >= SCRATCH_FROM && size <= SCRATCH_MAX && !st.largeReads;
    if (this.shared && (scratch === null || scratch.length < size)) scratch = Buffer.allocUnsafe(Math.max(size, 65536));
    this.buf = this.shared ? scratch! : Buffer.allocUnsafe(size);
  }

  /** Call right after a successful syscall returned n (which MSG_TRUNC may make larger than the buffer). */
  landed(n: number): void {
    if (this.shared) {
      const k = Math.min(n, this.size);
      this.out = Buffer.allocUnsafe(k);
      this.buf.copy(this.out, 0, 0, k);
    }
  }

  result(n: number): Buffer {
    if (this.size >= SCRATCH_FROM) this.st.largeReads = n > this.size >>> 1;
    return this.out ?? fit(this.buf, n);
  }
}

function intoArgs(buffer: unknown, nbytes: unknown, flags: unknown, tooSmall: string): [Uint8Array, number, number] {
  const view = toBytes(buffer, 'buffer');
  const n = validateSize(nbytes, 'nbytes');
  if (n > view.length) throw outOfRange('nbytes', `<= ${view.length} (${tooSmall})`, n);
  return [view, n === 0 ? view.length : n, validateInt32(flags, 'flags')];
}

// ---- MSG_WAITALL in blocking mode ---------------------------------------------------

/**
 * MSG_WAITALL on a blocking-mode stream socket: a blocking recv(2) fills the
 * buffer unless end of stream, a signal or an error ends it first. The fd is
 * non-blocking for async calls (and for Sync calls on a shared description),
 * where the kernel returns what is queued, so the receive is repeated until
 * the buffer is full. Timeout mode returns the first piece, as CPython's does;
 * with MSG_PEEK every try sees the same bytes, so it is not repeated.
 */
function fillsAll(sock: Socket, flags: number): boolean {
  return (flags & MSG_WAITALL) !== 0 && (flags & MSG_PEEK) === 0 && sock.type === SOCK_STREAM && sock[kState].timeoutSeconds === null;
}

/** Receives into view[0..n) until full or end of stream; an error after some bytes returns them (the kernel's rule). */
function fillSync(st: IoTarget, view: Uint8Array, n: number, flags: number): number {
  let off = 0;
  const attempt = (fd: number): number => sys.recv(fd, view, off, n - off, flags);
  const opts = { flags };
  while (off < n) {
    let r: number;
    try {
      r = callSync(st, 'read', 'recv', attempt, opts);
    } catch (err) {
      if (off > 0) return off;
      throw err;
    }
    if (r === 0) break;
    off += r;
  }
  return off;
}

/** The async form of fillSync; an abort after some bytes returns them too. */
async function fill(st: IoTarget, view: Uint8Array, n: number, flags: number, signal: AbortSignal | undefined): Promise<number> {
  let off = 0;
  const attempt = (fd: number): number => {
    checkAttached(view, 'buffer', 'recv_into');
    return sys.recv(fd, view, off, n - off, flags);
  };
  const opts = { signal, flags };
  while (off < n) {
    let r: number;
    try {
      const soon = callSoon(st, 'read', 'recv', attempt, opts);
      r = typeof soon === 'number' ? soon : await soon;
    } catch (err) {
      // The bytes are returned unless the buffer holding them was detached.
      if (off > 0 && view.byteLength !== 0) return off;
      throw err;
    }
    if (r === 0) break;
    off += r;
  }
  return off;
}

// ---- recv ----------------------------------------------------------------------

export function recvSync(sock: Socket, bufsize: number, flags: number): Buffer {
  const size = validateSize(bufsize, 'bufsize');
  const f = validateInt32(flags, 'flags');
  if (size === 0) return Buffer.alloc(0);
  const st = sock[kState];
  if (fillsAll(sock, f)) {
    const buf = Buffer.allocUnsafe(size);
    return fit(buf, fillSync(st, buf, size, f));
  }
  const at = new Landing(st, size);
  const n = callSync(st, 'read', 'recv', (fd) => {
    const r = sys.recv(fd, at.buf, 0, size, f);
    if (r >= 0) at.landed(r);
    return r;
  }, { flags: f });
  return at.result(n);
}

/**
 * Not an async function: a receive that must wait returns the wait's own
 * promise, which the poll callback settles with the Buffer (one promise and
 * one microtask hop per message fewer than awaiting the wait here).
 */
export function recv(sock: Socket, bufsize: number, flags: number, options?: OpOptions): Promise<Buffer> {
  try {
    const size = validateSize(bufsize, 'bufsize');
    const f = validateInt32(flags, 'flags');
    const signal = signalOf(options);
    if (size === 0) return Promise.resolve(Buffer.alloc(0));
    const st = sock[kState];
    if (fillsAll(sock, f)) return recvAll(st, size, f, signal);
    const at = new Landing(st, size);
    const attempt = (fd: number): number => {
      const r = sys.recv(fd, at.buf, 0, size, f);
      if (r >= 0) at.landed(r);
      return r;
    };
    const soon = callSoonTo(st, 'read', 'recv', attempt, { signal, flags: f }, at);
    return typeof soon === 'number' ? Promise.resolve(at.result(soon)) : soon;
  } catch (err) {
    return Promise.reject(err);
  }
}

/** recv with MSG_WAITALL in blocking mode: the buffer filled (or end of stream). */
async function recvAll(st: SocketState, size: number, f: number, signal: AbortSignal | undefined): Promise<Buffer> {
  const buf = Buffer.allocUnsafe(size);
  return fit(buf, await fill(st, buf, size, f, signal));
}

// ---- recvfrom ----------------------------------------------------------------------

function recvfromAttempt(sock: Socket, buf: Uint8Array, len: number, flags: number, got: { addr: Buffer }, at?: Landing) {
  return (fd: number): number => {
    const n = sys.recvfrom(fd, buf, 0, len, flags, addrScratch);
    if (n >= 0) {
      got.addr = takeAddress(sock, sys.out[0]!);
      at?.landed(n);
    }
    return n;
  };
}

export function recvfromSync(sock: Socket, bufsize: number, flags: number): [Buffer, Address | null] {
  const size = validateSize(bufsize, 'bufsize');
  const f = validateInt32(flags, 'flags');
  const st = sock[kState];
  const at = new Landing(st, size);
  const got = { addr: NO_ADDRESS };
  const n = callSync(st, 'read', 'recvfrom', recvfromAttempt(sock, at.buf, size, f, got, at), { flags: f });
  return [at.result(n), decodeAddress(sock, got.addr, 'recvfrom')];
}

/** What recvfrom's wait settles with: the data and the decoded sender (decoding may throw: the promise rejects). */
class FromLanding implements Finisher<[Buffer, Address | null]> {
  readonly got = { addr: NO_ADDRESS };
  constructor(
    readonly sock: Socket,
    readonly at: Landing,
  ) {}

  result(n: number): [Buffer, Address | null] {
    return [this.at.result(n), decodeAddress(this.sock, this.got.addr, 'recvfrom') as Address | null];
  }
}

/** Not an async function, as recv. */
export function recvfrom(sock: Socket, bufsize: number, flags: number, options?: OpOptions): Promise<[Buffer, Address | null]> {
  try {
    const size = validateSize(bufsize, 'bufsize');
    const f = validateInt32(flags, 'flags');
    const signal = signalOf(options);
    const st = sock[kState];
    const from = new FromLanding(sock, new Landing(st, size));
    const attempt = recvfromAttempt(sock, from.at.buf, size, f, from.got, from.at);
    const soon = callSoonTo(st, 'read', 'recvfrom', attempt, { signal, flags: f }, from);
    return typeof soon === 'number' ? Promise.resolve(from.result(soon)) : soon;
  } catch (err) {
    return Promise.reject(err);
  }
}

// ---- recvInto / recvfromInto ----------------------------------------------------------

export function recvIntoSync(sock: Socket, buffer: ArrayBufferView, nbytes: number, flags: number): number {
  const [view, n, f] = intoArgs(buffer, nbytes, flags, 'buffer too small for requested bytes');
  if (n === 0) return 0;
  if (fillsAll(sock, f)) return fillSync(sock[kState], view, n, f);
  return callSync(sock[kState], 'read', 'recv', (fd) => sys.recv(fd, view, 0, n, f), { flags: f });
}

export async function recvInto(sock: Socket, buffer: ArrayBufferView, nbytes: number, flags: number, options?: OpOptions): Promise<number> {
  const [view, n, f] = intoArgs(buffer, nbytes, flags, 'buffer too small for requested bytes');
  const signal = signalOf(options);
  if (n === 0) return 0;
  if (fillsAll(sock, f)) return fill(sock[kState], view, n, f, signal);
  return callAsync(sock[kState], 'read', 'recv', (fd) => {
    checkAttached(view, 'buffer', 'recv_into');
    return sys.recv(fd, view, 0, n, f);
  }, { signal, flags: f });
}

export function recvfromIntoSync(sock: Socket, buffer: ArrayBufferView, nbytes: number, flags: number): [number, Address | null] {
  const [view, n, f] = intoArgs(buffer, nbytes, flags, 'nbytes is greater than the length of the buffer');
  const got = { addr: NO_ADDRESS };
  const r = callSync(sock[kState], 'read', 'recvfrom', recvfromAttempt(sock, view, n, f, got), { flags: f });
  return [r, decodeAddress(sock, got.addr, 'recvfrom_into')];
}

export async function recvfromInto(sock: Socket, buffer: ArrayBufferView, nbytes: number, flags: number, options?: OpOptions): Promise<[number, Address | null]> {
  const [view, n, f] = intoArgs(buffer, nbytes, flags, 'nbytes is greater than the length of the buffer');
  const signal = signalOf(options);
  const got = { addr: NO_ADDRESS };
  const attempt = recvfromAttempt(sock, view, n, f, got);
  const r = await callAsync(sock[kState], 'read', 'recvfrom', (fd) => {
    checkAttached(view, 'buffer', 'recvfrom_into');
    return attempt(fd);
  }, { signal, flags: f });
  return [r, decodeAddress(sock, got.addr, 'recvfrom_into')];
}

// ---- recvmsg / recvmsgInto ----------------------------------------------------------------

interface MsgOut {
  addr: Buffer;
  msgFlags: number;
  controllen: number;
}

/** [control buffer, flags for the syscall, the flag bits core added]. */
function msgArgs(sock: Socket, ancbufsize: unknown, flags: unknown): [Buffer | null, number, number] {
  if (typeof ancbufsize !== 'number') throw invalidArgType('ancbufsize', 'of type number', ancbufsize);
  if (!Number.isInteger(ancbufsize) || ancbufsize < 0 || ancbufsize > L.socklenMax) {
    throw outOfRange('ancbufsize', `>= 0 && <= ${L.socklenMax} (invalid ancillary data buffer length)`, ancbufsize);
  }
  const user = validateInt32(flags, 'flags');
  const add = ancbufsize > 0 && lookupFamily(sock.family)?.passesFds === true ? MSG_CMSG_CLOEXEC & ~user : 0;
  return [ancbufsize > 0 ? Buffer.alloc(ancbufsize) : null, user | add, add];
}

function writableViews(buffers: unknown): Uint8Array[] {
  const given = boundedItems(buffers, 'buffers', L.iovMax, 'an iterable of Buffer, TypedArray, or DataView');
  const views: Uint8Array[] = [];
  for (let i = 0; i < given.length; i++) views.push(toBytes(given[i], `buffers[${i}]`));
  return views;
}

function recvmsgAttempt(sock: Socket, views: Uint8Array[], control: Buffer | null, flags: number, added: number, got: MsgOut) {
  return (fd: number): number => {
    const n = sys.recvmsg(fd, views, control, flags, addrScratch);
    if (n >= 0) {
      got.addr = takeAddress(sock, sys.out[0]!);
      // Linux echoes MSG_CMSG_CLOEXEC back in msg_flags; report only what the kernel says of the message.
      got.msgFlags = sys.out[1]! & ~added;
      got.controllen = sys.out[2]!;
    }
    return n;
  };
}

/** Decodes control data; on a malformed walk, warns as CPython does. Closes received fds if decoding throws. */
function ancillary(control: Buffer | null, controllen: number): AncillaryItem[] {
  if (!control || controllen === 0) return [];
  const { items, malformed } = walkAncillary(control, controllen);
  if (malformed) {
    process.emitWarning('received malformed or improperly-truncated ancillary data', { type: 'RuntimeWarning', code: 'SOCK_CMSG_TRUNCATED' });
  }
  return items;
}

function finishMsg(sock: Socket, control: Buffer | null, got: MsgOut, caller: string): [AncillaryItem[], number, Address | null] {
  const items = ancillary(control, got.controllen);
  try {
    return [items, got.msgFlags, decodeAddress(sock, got.addr, caller)];
  } catch (err) {
    for (const fd of fdsOf(items, SOL_SOCKET, SCM_RIGHTS)) native.close(fd);
    throw err;
  }
}

const emptyOut = (): MsgOut => ({ addr: NO_ADDRESS, msgFlags: 0, controllen: 0 });

export function recvmsgSync(sock: Socket, bufsize: number, ancbufsize: number, flags: number): RecvmsgResult {
  const size = validateSize(bufsize, 'bufsize');
  const [control, f, added] = msgArgs(sock, ancbufsize, flags);
  const buf = Buffer.allocUnsafe(size);
  const got = emptyOut();
  const n = callSync(sock[kState], 'read', 'recvmsg', recvmsgAttempt(sock, [buf], control, f, added, got), { flags: f });
  return [fit(buf, n), ...finishMsg(sock, control, got, 'recvmsg')];
}

export async function recvmsg(sock: Socket, bufsize: number, ancbufsize: number, flags: number, options?: OpOptions): Promise<RecvmsgResult> {
  const size = validateSize(bufsize, 'bufsize');
  const [control, f, added] = msgArgs(sock, ancbufsize, flags);
  const signal = signalOf(options);
  const buf = Buffer.allocUnsafe(size);
  const got = emptyOut();
  const n = await callAsync(sock[kState], 'read', 'recvmsg', recvmsgAttempt(sock, [buf], control, f, added, got), { signal, flags: f });
  return [fit(buf, n), ...finishMsg(sock, control, got, 'recvmsg')];
}

export function recvmsgIntoSync(sock: Socket, buffers: Iterable<ArrayBufferView>, ancbufsize: number, flags: number): RecvmsgIntoResult {
  const views = writableViews(buffers);
  const [control, f, added] = msgArgs(sock, ancbufsize, flags);
  const got = emptyOut();
  const n = callSync(sock[kState], 'read', 'recvmsg', recvmsgAttempt(sock, views, control, f, added, got), { flags: f });
  return [n, ...finishMsg(sock, control, got, 'recvmsg_into')];
}

export async function recvmsgInto(sock: Socket, buffers: Iterable<ArrayBufferView>, ancbufsize: number, flags: number, options?: OpOptions): Promise<RecvmsgIntoResult> {
  const views = writableViews(buffers);
  const [control, f, added] = msgArgs(sock, ancbufsize, flags);
  const signal = signalOf(options);
  const got = emptyOut();
  const attempt = recvmsgAttempt(sock, views, control, f, added, got);
  const n = await callAsync(sock[kState], 'read', 'recvmsg', (fd) => {
    for (let i = 0; i < views.length; i++) checkAttached(views[i]!, `buffers[${i}]`, 'recvmsg_into');
    return attempt(fd);
  }, { signal, flags: f });
  return [n, ...finishMsg(sock, control, got, 'recvmsg_into')];
}
