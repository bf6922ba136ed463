/**
 * Python's socket object. Operations that can wait are async by default and
 * have a `...Sync` twin that blocks the calling thread as Python's does; both
 * honour the socket's timeout mode (blocking, timeout, non-blocking).
 * Operations that never wait are synchronous.
 */
import { inspect, types } from 'node:util';
import { addrScratch, decodeAddress, encodeAddress, takeScratch } from './address.js';
import { MSG_NOSIGNAL, SOCK_CLOEXEC, SOCK_NONBLOCK, SO_DOMAIN, SO_PROTOCOL, SO_TYPE, SOL_SOCKET, SOMAXCONN, sockTypeName } from './constants.js';
import { endianness } from 'node:os';
import { errno as E, fromErrno, invalidArgType, outOfRange } from './errors.js';
import { native } from './native.js';
import { familyName, lookupFamily, requireFamily } from './registry.js';
import { finalizer, kState, SocketState } from './state.js';
import { getdefaulttimeout, parseTimeout } from './timeout.js';
import { INT32_MAX, validateInt32, validateInteger } from './validate.js';
import * as connectOps from './ops/connect.js';
import * as recvOps from './ops/receive.js';
import * as batchOps from './ops/batch.js';
import * as batchSendOps from './ops/batch-send.js';
import * as sendOps from './ops/send.js';
import * as optionOps from './options.js';
import type { AncillaryInput, AncillaryItem } from './cmsg.js';
import type { MakefileOptions, SocketStream } from './stream.js';
import type { AddressInputOf, AddressOf } from './address-types.js';
import type { FamilyNumber } from './family-number.js';
import { makefile } from './stream.js';
import { sendfile, sendfileSync, type SendfileSource } from './ops/sendfile.js';

/** Options every waiting async operation takes. */
export interface OpOptions {
  /** Aborts the wait; the operation rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
}

/**
 * The token of core's own-fd factory (`socketFromNewFd`): a Socket built
 * with it owns a file description no other fd shares. Module-private, so
 * no caller outside this file can pass it.
 */
const OWN_FD: unique symbol = Symbol('sock.ownFd');

const TYPE_FLAGS = (SOCK_NONBLOCK ?? 0) | (SOCK_CLOEXEC ?? 0);

/** Types only: makes `Socket<F>` covariant in F, so an untyped Socket is not taken for a typed one. */
declare const kFamilyType: unique symbol;

/** Any family's address, as the untyped API sees it; a typed socket uses `AddressOf<F>` (see AddressTypes). */
export type Address = unknown;
export type RecvmsgResult<A = Address> = [data: Buffer, ancdata: AncillaryItem[], msgFlags: number, address: A | null];
export type RecvmsgIntoResult<A = Address> = [nbytes: number, ancdata: AncillaryItem[], msgFlags: number, address: A | null];

function detect(fd: number, level: number, opt: number | undefined): number | undefined {
  if (opt === undefined) return undefined;
  const r = native.getsockoptInt(fd, level, opt);
  return r < 0 ? undefined : native.out[0];
}

function validateFileno(fileno: unknown): number {
  if (typeof fileno !== 'number' || !Number.isInteger(fileno)) throw invalidArgType('fileno', 'an integer', fileno);
  if (fileno < 0) throw outOfRange('fileno', '>= 0 (negative file descriptor)', fileno);
  return validateInteger(fileno, 'fileno', 0, INT32_MAX);
}

export class Socket<F extends string = string> {
  declare readonly [kFamilyType]?: F;
  readonly [kState]: SocketState;
  #family: number;
  #type: number;
  #proto: number;
  /** Python's `_closed`: close() or detach() was called. */
  #closed = false;
  #ioRefs = 0;

  /**
   * Python's `socket.socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)`.
   * Wraps `socket(2)`; with `fileno`, adopts that fd and detects family, type
   * and proto (SO_DOMAIN, SO_TYPE, SO_PROTOCOL) unless given.
   * `ownership` is core's own-fd token (see socketFromNewFd); callers omit it.
   */
  constructor(family?: FamilyNumber<F> | null, type?: number | null, proto?: number | null, fileno?: number | null, ownership?: symbol) {
    const given = (v: number | null | undefined, name: string): number | undefined =>
      v === undefined || v === null || v === -1 ? undefined : validateInt32(v, name);
    let fam = given(family, 'family');
    let typ = given(type, 'type');
    let pro = given(proto, 'proto');
    let fd: number;
    let plugin;
    if (fileno !== undefined && fileno !== null) {
      fd = validateFileno(fileno);
      const soType = native.getsockoptInt(fd, SOL_SOCKET, SO_TYPE);
      if (soType < 0) throw fromErrno(soType, 'getsockopt');
      typ ??= native.out[0]!;
      fam ??= detect(fd, SOL_SOCKET, SO_DOMAIN) ?? this.#familyFromName(fd);
      pro ??= detect(fd, SOL_SOCKET, SO_PROTOCOL) ?? 0;
      const nb = native.setNonblocking(fd, true);
      if (nb < 0) throw fromErrno(nb, 'fcntl');
    } else {
      fam ??= defaultFamily();
      typ ??= native.constants.SOCK_STREAM!;
      pro ??= 0;
      plugin = requireFamily(fam);
      fd = native.socket(fam, typ & ~TYPE_FLAGS, pro);
      if (fd < 0) {
        const hint = plugin.socketErrorHint?.(-fd, typ & ~TYPE_FLAGS, pro);
        throw fromErrno(fd, 'socket', hint ? `${native.strerror(-fd)} (${hint})` : undefined);
      }
    }
    const nonblock = SOCK_NONBLOCK !== undefined && (typ & SOCK_NONBLOCK) !== 0;
    this.#family = fam;
    this.#type = typ & ~TYPE_FLAGS;
    this.#proto = pro;
    this[kState] = new SocketState(fd, nonblock ? 0 : getdefaulttimeout());
    this[kState].label = this.#label();
    this[kState].sendFlags = (plugin ?? lookupFamily(fam))?.sendNoSignal === false ? 0 : MSG_NOSIGNAL;
    if (fileno !== undefined && fileno !== null && ownership !== OWN_FD) this[kState].shareFd();
    finalizer.register(this, this[kState], this[kState]);
  }

  #familyFromName(fd: number): number {
    const len = native.getsockname(fd, addrScratch);
    if (len < 0) throw fromErrno(len, 'getsockname');
    return decodeFamily(takeScratch(len));
  }

  #label(): string {
    return `<Socket fd=${this[kState].fd}, family=${familyName(this.#family)}, type=${sockTypeName(this.#type)}, proto=${this.#proto}>`;
  }

  /** The address family (AF_*), read-only: a number, typed with the socket's family name. */
  get family(): FamilyNumber<F> {
    return this.#family as FamilyNumber<F>;
  }
  /** The socket type without SOCK_NONBLOCK / SOCK_CLOEXEC, read-only. */
  get type(): number {
    return this.#type;
  }
  get proto(): number {
    return this.#proto;
  }
  /** Python's `timeout` attribute: the same as gettimeout(). */
  get timeout(): number | null {
    return this[kState].timeoutSeconds;
  }
  /** True once close() or detach() was called. */
  get closed(): boolean {
    return this.#closed;
  }

  /** The fd, or -1 after close() or detach(). */
  fileno(): number {
    return this[kState].fd;
  }

  // ---- state without waiting ------------------------------------------------

  /** Wraps `bind(2)`. */
  bind(address: AddressInputOf<F>): void {
    const st = this[kState];
    const sa = encodeAddress(this, address, 'bind');
    const r = native.bind(st.fd, sa);
    if (r < 0) throw fromErrno(r, 'bind');
  }

  /** Wraps `listen(2)`. The default backlog is min(SOMAXCONN, 128); a negative one becomes 0. */
  listen(backlog?: number): void {
    let b = backlog === undefined ? Math.min(SOMAXCONN, 128) : validateInteger(backlog, 'backlog', -INT32_MAX - 1, INT32_MAX);
    if (b < 0) b = 0;
    const r = native.listen(this[kState].fd, b);
    if (r < 0) throw fromErrno(r, 'listen');
  }

  /** Wraps `shutdown(2)`; `how` is SHUT_RD, SHUT_WR or SHUT_RDWR. */
  shutdown(how: number): void {
    const r = native.shutdown(this[kState].fd, validateInt32(how, 'how'));
    if (r < 0) throw fromErrno(r, 'shutdown');
  }

  /** Wraps `getsockname(2)`. */
  getsockname(): AddressOf<F> {
    const len = native.getsockname(this[kState].fd, addrScratch);
    if (len < 0) throw fromErrno(len, 'getsockname');
    return decodeAddress(this, takeScratch(len), 'getsockname') as AddressOf<F>;
  }

  /** Wraps `getpeername(2)`. */
  getpeername(): AddressOf<F> {
    const len = native.getpeername(this[kState].fd, addrScratch);
    if (len < 0) throw fromErrno(len, 'getpeername');
    return decodeAddress(this, takeScratch(len), 'getpeername') as AddressOf<F>;
  }

  /**
   * Wraps `getsockopt(2)`. Without `buflen` (or 0) returns the integer value;
   * with 1..1024 returns the option's bytes as the kernel gave them.
   */
  getsockopt(level: number, option: number): number | bigint;
  getsockopt(level: number, option: number, buflen: number): Buffer | number | bigint;
  getsockopt(level: number, option: number, buflen?: number): Buffer | number | bigint {
    return optionOps.getsockopt(this, level, option, buflen);
  }

  /**
   * Wraps `setsockopt(2)`: an integer (or boolean), the bytes of a buffer, or
   * `null` with `optlen` (optval NULL, as AF_ALG's ALG_SET_AEAD_AUTHSIZE needs).
   */
  setsockopt(level: number, option: number, value: number | boolean | bigint | ArrayBufferView): void;
  setsockopt(level: number, option: number, value: null, optlen: number): void;
  setsockopt(level: number, option: number, value: number | boolean | bigint | ArrayBufferView | null, optlen?: number): void {
    optionOps.setsockopt(this, level, option, value, optlen);
  }

  // ---- timeout modes ---------------------------------------------------------

  /** Seconds, 0 (non-blocking) or null (blocking). */
  gettimeout(): number | null {
    return this[kState].timeoutSeconds;
  }

  /** Python's settimeout: null blocks, 0 never waits, t > 0 bounds each operation. */
  settimeout(value: number | null): void {
    // As CPython: the new mode is stored, then a closed socket reports EBADF.
    this[kState].timeoutSeconds = parseTimeout(value);
    this.#checkOpen('settimeout');
  }

  /** False only in non-blocking mode (timeout 0). */
  getblocking(): boolean {
    return this[kState].timeoutSeconds !== 0;
  }

  /** setblocking(true) is settimeout(null); setblocking(false) is settimeout(0). */
  setblocking(flag: boolean): void {
    this.settimeout(flag ? null : 0);
  }

  #checkOpen(syscall: string): void {
    const fd = this[kState].fd;
    // CPython touches the fd here (ioctl FIONBIO), so a closed socket reports EBADF.
    const r = fd < 0 ? -E_BADF : native.getNonblocking(fd);
    if (r < 0) throw fromErrno(r, syscall === 'settimeout' ? 'fcntl' : syscall);
  }

  // ---- fd ownership ---------------------------------------------------------

  getInheritable(): boolean {
    const r = native.getInheritable(this[kState].fd);
    if (r < 0) throw fromErrno(r, 'fcntl');
    return r === 1;
  }

  setInheritable(inheritable: boolean): void {
    if (typeof inheritable !== 'boolean') throw invalidArgType('inheritable', 'of type boolean', inheritable);
    const r = native.setInheritable(this[kState].fd, inheritable);
    if (r < 0) throw fromErrno(r, 'fcntl');
  }

  /** A new Socket on a `dup(2)` of the fd (non-inheritable), with the same timeout. */
  dup(): Socket<F> {
    this[kState].shareFd();
    const fd = native.dup(this[kState].fd);
    if (fd < 0) throw fromErrno(fd, 'dup');
    const s = new Socket<F>(this.#family, this.#type, this.#proto, fd);
    s.settimeout(this.gettimeout());
    return s;
  }

  /**
   * Gives up the fd without closing it and returns it. The fd leaves in the
   * state Python leaves it: blocking unless the socket had a timeout or was
   * non-blocking. Pending async operations reject with EBADF.
   */
  detach(): number {
    this.#closed = true;
    const st = this[kState];
    if (st.fd >= 0 && st.timeoutSeconds === null) native.setNonblocking(st.fd, false);
    else if (st.fd >= 0) st.useBlockingFd(false);
    const fd = st.release('detach', true);
    finalizer.unregister(st);
    return fd;
  }

  /**
   * Closes the socket: pending async operations reject with EBADF, the libuv
   * watcher stops, then the fd is closed. Idempotent. While streams from
   * makefile() are open the fd stays open until the last one closes.
   */
  close(): void {
    this.#closed = true;
    if (this.#ioRefs > 0) return;
    const st = this[kState];
    finalizer.unregister(st);
    st.release('close', false);
  }

  [Symbol.dispose](): void {
    this.close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    this.close();
  }

  /** Lets pending operations keep the event loop alive (the default). */
  ref(): this {
    this[kState].setRef(true);
    return this;
  }

  /** Pending operations of this socket no longer keep the event loop alive. */
  unref(): this {
    this[kState].setRef(false);
    return this;
  }

  /** @internal makefile's streams hold the fd open past close(). */
  _ioRef(delta: 1 | -1): void {
    if (delta !== 1 && delta !== -1) throw outOfRange('delta', '1 or -1', delta);
    this.#ioRefs += delta;
    if (delta < 0 && this.#ioRefs <= 0 && this.#closed) this.close();
  }

  toString(): string {
    const st = this[kState];
    const head = `<Socket${this.#closed && st.fd < 0 ? ' [closed]' : ''} fd=${st.fd}, family=${familyName(this.#family)}, type=${sockTypeName(this.#type)}, proto=${this.#proto}`;
    let tail = '';
    if (st.fd >= 0) {
      for (const [key, get] of [['laddr', () => this.getsockname()], ['raddr', () => this.getpeername()]] as const) {
        try {
          const a = get();
          if (a !== null && a !== '' && !(Array.isArray(a) && a.length === 0)) tail += `, ${key}=${inspect(a)}`;
        } catch {
          // Python shows only the addresses that can be read.
        }
      }
    }
    return `${head}${tail}>`;
  }

  [inspect.custom](): string {
    return this.toString();
  }

  // ---- operations that can wait ----------------------------------------------

  /** Wraps `accept4(2)`: `[conn, address]`. The new socket takes the default timeout. */
  accept(options?: OpOptions): Promise<[Socket<F>, AddressOf<F>]> {
    return connectOps.accept(this, socketFromNewFd, options) as Promise<[Socket<F>, AddressOf<F>]>;
  }
  acceptSync(): [Socket<F>, AddressOf<F>] {
    return connectOps.acceptSync(this, socketFromNewFd) as [Socket<F>, AddressOf<F>];
  }

  /** Wraps `connect(2)`; with a timeout: EINPROGRESS, wait for writability, then SO_ERROR (a composite). */
  connect(address: AddressInputOf<F>, options?: OpOptions): Promise<void> {
    return connectOps.connect(this, address, options);
  }
  connectSync(address: AddressInputOf<F>): void {
    connectOps.connectSync(this, address);
  }

  /** As connect(), but returns the errno (0 on success; EWOULDBLOCK on timeout) instead of raising OS errors. */
  connectEx(address: AddressInputOf<F>, options?: OpOptions): Promise<number> {
    return connectOps.connectEx(this, address, options);
  }
  connectExSync(address: AddressInputOf<F>): number {
    return connectOps.connectExSync(this, address);
  }

  /** Wraps `recv(2)`: at most `bufsize` bytes; an empty Buffer at end of stream. */
  recv(bufsize: number, flags = 0, options?: OpOptions): Promise<Buffer> {
    return recvOps.recv(this, bufsize, flags, options);
  }
  recvSync(bufsize: number, flags = 0): Buffer {
    return recvOps.recvSync(this, bufsize, flags);
  }

  /** Wraps `recvfrom(2)`: `[data, address]` (address null when the kernel gives none). */
  recvfrom(bufsize: number, flags = 0, options?: OpOptions): Promise<[Buffer, AddressOf<F> | null]> {
    return recvOps.recvfrom(this, bufsize, flags, options) as Promise<[Buffer, AddressOf<F> | null]>;
  }
  recvfromSync(bufsize: number, flags = 0): [Buffer, AddressOf<F> | null] {
    return recvOps.recvfromSync(this, bufsize, flags) as [Buffer, AddressOf<F> | null];
  }

  /** Wraps `recv(2)` into `buffer` (nbytes 0: all of it); returns the count. */
  recvInto(buffer: ArrayBufferView, nbytes = 0, flags = 0, options?: OpOptions): Promise<number> {
    return recvOps.recvInto(this, buffer, nbytes, flags, options);
  }
  recvIntoSync(buffer: ArrayBufferView, nbytes = 0, flags = 0): number {
    return recvOps.recvIntoSync(this, buffer, nbytes, flags);
  }

  /** Wraps `recvfrom(2)` into `buffer`: `[nbytes, address]`. */
  recvfromInto(buffer: ArrayBufferView, nbytes = 0, flags = 0, options?: OpOptions): Promise<[number, AddressOf<F> | null]> {
    return recvOps.recvfromInto(this, buffer, nbytes, flags, options) as Promise<[number, AddressOf<F> | null]>;
  }
  recvfromIntoSync(buffer: ArrayBufferView, nbytes = 0, flags = 0): [number, AddressOf<F> | null] {
    return recvOps.recvfromIntoSync(this, buffer, nbytes, flags) as [number, AddressOf<F> | null];
  }

  /**
   * Wraps `recvmsg(2)`: `[data, ancdata, msgFlags, address]`. Received fds
   * are non-inheritable (MSG_CMSG_CLOEXEC).
   */
  recvmsg(bufsize: number, ancbufsize = 0, flags = 0, options?: OpOptions): Promise<RecvmsgResult<AddressOf<F>>> {
    return recvOps.recvmsg(this, bufsize, ancbufsize, flags, options) as Promise<RecvmsgResult<AddressOf<F>>>;
  }
  recvmsgSync(bufsize: number, ancbufsize = 0, flags = 0): RecvmsgResult<AddressOf<F>> {
    return recvOps.recvmsgSync(this, bufsize, ancbufsize, flags) as RecvmsgResult<AddressOf<F>>;
  }

  /** Wraps `recvmsg(2)` scattering into `buffers`: `[nbytes, ancdata, msgFlags, address]`. */
  recvmsgInto(buffers: Iterable<ArrayBufferView>, ancbufsize = 0, flags = 0, options?: OpOptions): Promise<RecvmsgIntoResult<AddressOf<F>>> {
    return recvOps.recvmsgInto(this, buffers, ancbufsize, flags, options) as Promise<RecvmsgIntoResult<AddressOf<F>>>;
  }
  recvmsgIntoSync(buffers: Iterable<ArrayBufferView>, ancbufsize = 0, flags = 0): RecvmsgIntoResult<AddressOf<F>> {
    return recvOps.recvmsgIntoSync(this, buffers, ancbufsize, flags) as RecvmsgIntoResult<AddressOf<F>>;
  }

  /**
   * Wraps `recvmmsg(2)`: waits (per the timeout mode) for the first message,
   * then returns it with every other one already queued, up to `count`, each
   * `[data, ancdata, msgFlags, address]` as recvmsg gives it (`data` views one
   * slab of count * size bytes). Python has no such method.
   */
  recvmmsg(count: number, size: number, options?: batchOps.RecvmmsgOptions): Promise<batchOps.RecvmmsgResult<AddressOf<F>>> {
    return batchOps.recvmmsg(this, count, size, options) as Promise<batchOps.RecvmmsgResult<AddressOf<F>>>;
  }
  recvmmsgSync(count: number, size: number, options?: Omit<batchOps.RecvmmsgOptions, 'signal'>): batchOps.RecvmmsgResult<AddressOf<F>> {
    return batchOps.recvmmsgSync(this, count, size, options) as batchOps.RecvmmsgResult<AddressOf<F>>;
  }

  /**
   * Wraps `sendmmsg(2)`: sends `messages` in order, each a bytes-like (to the
   * connected peer) or `[data, address]`, in one syscall, and returns how
   * many the kernel took: the first n, at least 1, possibly fewer than given
   * (the caller sends the rest). Waits, per the timeout mode, only while it
   * can take none. The bytes are copied when the call is made. Python has no
   * such method.
   */
  sendmmsg(messages: ReadonlyArray<batchSendOps.SendmmsgItem<AddressInputOf<F>>>, options?: batchSendOps.SendmmsgOptions): Promise<number> {
    return batchSendOps.sendmmsg(this, messages, options);
  }
  sendmmsgSync(messages: ReadonlyArray<batchSendOps.SendmmsgItem<AddressInputOf<F>>>, options?: Omit<batchSendOps.SendmmsgOptions, 'signal'>): number {
    return batchSendOps.sendmmsgSync(this, messages, options);
  }

  /** Wraps `send(2)`; returns the bytes sent, which may be fewer than given. */
  send(data: ArrayBufferView, flags = 0, options?: OpOptions): Promise<number> {
    return sendOps.send(this, data, flags, options);
  }
  sendSync(data: ArrayBufferView, flags = 0): number {
    return sendOps.sendSync(this, data, flags);
  }

  /** Sends every byte, calling `send(2)` as often as needed; the timeout bounds the whole call (a composite). */
  sendall(data: ArrayBufferView, flags = 0, options?: OpOptions): Promise<void> {
    return sendOps.sendall(this, data, flags, options);
  }
  sendallSync(data: ArrayBufferView, flags = 0): void {
    sendOps.sendallSync(this, data, flags);
  }

  /** Wraps `sendto(2)`: `sendto(data, address)` or `sendto(data, flags, address)`. */
  sendto(data: ArrayBufferView, address: AddressInputOf<F>, options?: OpOptions): Promise<number>;
  sendto(data: ArrayBufferView, flags: number, address: AddressInputOf<F>, options?: OpOptions): Promise<number>;
  sendto(data: ArrayBufferView, ...rest: unknown[]): Promise<number> {
    return sendOps.sendto(this, data, rest);
  }
  sendtoSync(data: ArrayBufferView, address: AddressInputOf<F>): number;
  sendtoSync(data: ArrayBufferView, flags: number, address: AddressInputOf<F>): number;
  sendtoSync(data: ArrayBufferView, ...rest: unknown[]): number {
    return sendOps.sendtoSync(this, data, rest);
  }

  /** Wraps `sendmsg(2)`: gathers `buffers`, with ancillary items and an optional destination. */
  sendmsg(buffers: Iterable<ArrayBufferView>, ancdata?: Iterable<AncillaryInput> | null, flags = 0, address: AddressInputOf<F> | null = null, options?: OpOptions): Promise<number> {
    return sendOps.sendmsg(this, buffers, ancdata, flags, address, options);
  }
  sendmsgSync(buffers: Iterable<ArrayBufferView>, ancdata?: Iterable<AncillaryInput> | null, flags = 0, address: AddressInputOf<F> | null = null): number {
    return sendOps.sendmsgSync(this, buffers, ancdata, flags, address);
  }

  /**
   * Sends a file with `sendfile(2)` (falling back to read + send where the
   * file cannot be mapped), from `offset`, `count` bytes or to the end. A composite.
   */
  sendfile(file: SendfileSource, offset = 0, count: number | null = null, options?: OpOptions): Promise<number> {
    return sendfile(this, file, offset, count, options);
  }
  sendfileSync(file: SendfileSource, offset = 0, count: number | null = null): number {
    return sendfileSync(this, file, offset, count);
  }

  /** A Node stream over the socket: Readable ('r'), Writable ('w') or Duplex ('rw'), 'b' accepted. */
  makefile(mode = 'r', options?: MakefileOptions): SocketStream {
    return makefile(this, mode, options);
  }
}

const E_BADF = E.EBADF!;

let defaultFamilyValue: number | undefined;
function defaultFamily(): number {
  defaultFamilyValue ??= native.families.AF_INET!;
  return defaultFamilyValue;
}

function decodeFamily(sa: Uint8Array): number {
  if (sa.length < 2) throw fromErrno(E.ENOTSOCK!, 'getsockname');
  return new DataView(sa.buffer, sa.byteOffset, 2).getUint16(0, endianness() === 'LE');
}

/**
 * A Socket on an fd whose file description no other fd shares: one this
 * process has just created (a family package's socketpair(2) or accept(2)),
 * or one it knows to be the last copy. `new Socket(..., fileno)` instead
 * assumes the description may be shared (a dup, an fd from another process),
 * and so never clears its O_NONBLOCK flag (see SocketState#sharedFd).
 */
export function socketFromNewFd(family: number, type: number, proto: number, fd: number): Socket {
  return new Socket(family, type, proto, fd, OWN_FD);
}

/**
 * Python's `socket.socket(...)` as a factory. Without a family (and without
 * `fileno`, from which the family is read) the socket is AF_INET, as Python's
 * default, and typed so.
 */
export function socket(family?: null, type?: number | null, proto?: number | null, fileno?: null): Socket<'AF_INET'>;
export function socket<F extends string = string>(family?: FamilyNumber<F> | null, type?: number | null, proto?: number | null, fileno?: number | null): Socket<F>;
export function socket(family?: number | null, type?: number | null, proto?: number | null, fileno?: number | null): Socket {
  return new Socket(family, type, proto, fileno);
}

/** `value` when it is a Socket of any family, else ERR_INVALID_ARG_TYPE naming `name`: the first check of every helper that takes a socket. */
export function validateSocket(value: unknown, name = 'sock'): Socket {
  if (value === null || typeof value !== 'object' || types.isProxy(value) || !(value instanceof Socket)) {
    throw invalidArgType(name, 'an instance of Socket', value);
  }
  return value;
}
