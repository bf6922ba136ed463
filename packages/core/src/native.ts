/**
 * The typed surface of core's native addon (native/core.cc).
 *
 * Conventions every entry point keeps:
 * - A syscall that fails returns `-errno` (a negative integer); the caller
 *   pairs it with the syscall name and core's errors.ts builds the OSError.
 *   Nothing here throws for an OS error.
 * - Wrong argument types or out-of-bounds offsets/lengths throw a TypeError or
 *   RangeError from C++ itself; TS validates first, C++ checks again and never
 *   trusts a length it was given.
 * - Every fd created here is CLOEXEC and O_NONBLOCK. No entry point blocks,
 *   except `poll` with a timeout (used by the Sync forms only).
 * - Secondary results (address lengths, msg_flags, option values) are written
 *   to `out`, an Int32Array owned by the addon instance, so the hot paths
 *   allocate nothing. Read it right after the call.
 */
import { loadAddon } from './family/addon.js';

export type Bytes = ArrayBufferView;

export interface NativePoller {
  /** Watch for `events` (a mask of POLL_READABLE/POLL_WRITABLE); replaces the previous mask. */
  start(events: number): void;
  /** Stop watching; the handle stays open. */
  stop(): void;
  /** uv_close the handle; idempotent; no callback runs afterwards. */
  close(): void;
  ref(): void;
  unref(): void;
}

export interface NativeBinding {
  /** out[0..3]: secondary results of the last call (see each entry). */
  readonly out: Int32Array;
  readonly constants: Readonly<Record<string, number>>;
  /** errno values from <errno.h> by name (Node's os.constants.errno lacks some, e.g. ESHUTDOWN). */
  readonly errnos: Readonly<Record<string, number>>;
  /** AF_* values from <sys/socket.h>, used only to name the package that serves a family. */
  readonly families: Readonly<Record<string, number>>;
  readonly layout: Readonly<{
    /** sizeof(struct sockaddr_storage) */
    sockaddrStorage: number;
    /** CMSG_LEN(0): the aligned size of struct cmsghdr. */
    cmsgHdr: number;
    /** the alignment CMSG_ALIGN rounds to (sizeof(size_t) on Linux). */
    cmsgAlign: number;
    /** sizeof(cmsghdr.cmsg_len) */
    cmsgLenSize: number;
    /** byte offsets of cmsg_level and cmsg_type */
    cmsgLevelOffset: number;
    cmsgTypeOffset: number;
    sizeofInt: number;
    /** the largest value a socklen_t holds (INT_MAX-bounded as CPython's SOCKLEN_T_LIMIT). */
    socklenMax: number;
    /** IOV_MAX */
    iovMax: number;
    /** POLLIN, POLLOUT, POLLERR, POLLHUP, POLLNVAL as this platform defines them. */
    POLLIN: number;
    POLLOUT: number;
    POLLERR: number;
    POLLHUP: number;
    POLLNVAL: number;
    /** struct timeval: its size and where tv_sec and tv_usec sit. */
    timeval: Readonly<{ size: number; sec: Readonly<{ offset: number; size: number }>; usec: Readonly<{ offset: number; size: number }> }>;
  }>;

  strerror(errno: number): string;

  /** socket(2) with SOCK_CLOEXEC|SOCK_NONBLOCK. Returns fd or -errno. */
  socket(family: number, type: number, proto: number): number;
  /** socketpair(2) with SOCK_CLOEXEC|SOCK_NONBLOCK. Returns 0 (fds in out[0], out[1]) or -errno. */
  socketpair(family: number, type: number, proto: number): number;
  bind(fd: number, addr: Bytes): number;
  /** connect(2); -EINPROGRESS is an ordinary result for a non-blocking fd. */
  connect(fd: number, addr: Bytes): number;
  listen(fd: number, backlog: number): number;
  /** accept4(2) with SOCK_CLOEXEC|SOCK_NONBLOCK. Returns fd or -errno; the peer address is written to addrBuf, its length to out[0]. */
  accept(fd: number, addrBuf: Bytes): number;
  /** accept4 passing NULL for the address (AF_ALG needs this). */
  acceptNoAddr(fd: number): number;
  shutdown(fd: number, how: number): number;
  close(fd: number): number;
  /** Records that a socket of this env owns fd: the env's cleanup (a worker ending) closes it if still open. close() forgets it. */
  own(fd: number): void;
  /** Forgets an owned fd without closing it (detach). */
  disown(fd: number): void;
  /** fcntl(F_DUPFD_CLOEXEC). Returns the new fd or -errno. */
  dup(fd: number): number;
  /** 1 when FD_CLOEXEC is clear (inheritable), 0 when set, or -errno. */
  getInheritable(fd: number): number;
  setInheritable(fd: number, inheritable: boolean): number;
  /** 1 when O_NONBLOCK is set, 0 when clear, or -errno. */
  getNonblocking(fd: number): number;
  setNonblocking(fd: number, nonblocking: boolean): number;
  /** Returns the address length (address in addrBuf) or -errno. */
  getsockname(fd: number, addrBuf: Bytes): number;
  getpeername(fd: number, addrBuf: Bytes): number;

  /** Returns 0 (value in out[0]) or -errno. */
  getsockoptInt(fd: number, level: number, name: number): number;
  /** getsockopt into buf[0..buflen). Returns the optlen the kernel gave, or -errno. */
  getsockoptBytes(fd: number, level: number, name: number, buf: Bytes, buflen: number): number;
  setsockoptInt(fd: number, level: number, name: number, value: number): number;
  /** setsockopt with the bytes of buf; buf null passes optval NULL with `optlen`. */
  setsockoptBytes(fd: number, level: number, name: number, buf: Bytes | null, optlen: number): number;

  /** send(2) of buf[offset, offset+length). Returns bytes sent or -errno. */
  send(fd: number, buf: Bytes, offset: number, length: number, flags: number): number;
  sendto(fd: number, buf: Bytes, offset: number, length: number, flags: number, addr: Bytes): number;
  /** recv(2) into buf[offset, offset+length). Returns bytes received or -errno. */
  recv(fd: number, buf: Bytes, offset: number, length: number, flags: number): number;
  /** recvfrom(2); the sender's address goes to addrBuf, its length to out[0]. */
  recvfrom(fd: number, buf: Bytes, offset: number, length: number, flags: number, addrBuf: Bytes): number;
  /**
   * sendmsg(2) gathering `buffers`; `control` is the encoded cmsg bytes (or
   * null), `addr` a sockaddr (or null). Returns bytes sent or -errno.
   */
  sendmsg(fd: number, buffers: readonly Bytes[], control: Bytes | null, flags: number, addr: Bytes | null): number;
  /**
   * recvmsg(2) scattering into `buffers`; control data into `control` (null:
   * no control buffer), sender address into `addrBuf`. Returns bytes received
   * or -errno; out[0] = msg_namelen, out[1] = msg_flags, out[2] = msg_controllen.
   */
  recvmsg(fd: number, buffers: readonly Bytes[], control: Bytes | null, flags: number, addrBuf: Bytes): number;
  /**
   * recvmmsg(2) of up to `count` (1..1024) messages: message i lands in
   * data[i*size..), its control data in control[i*controlSize..) (control
   * null: none), its sender in addrs[i*addrSize..); meta[4i..4i+3] receives
   * [bytes, msg_namelen, msg_flags, msg_controllen]. Returns the number of
   * messages or -errno. Throws RangeError when a slab is too small.
   */
  recvmmsg(fd: number, data: Bytes, size: number, count: number, control: Bytes | null, controlSize: number, addrs: Bytes, addrSize: number, flags: number, meta: Int32Array): number;
  /**
   * sendmmsg(2) of `count` (0..1024) messages: message i is the next
   * lengths[i] bytes of `data` (end to end from offset 0), sent to the next
   * addrLens[i] bytes of `addrs` (0, or addrs null: no address). Returns how
   * many the kernel took (the first n), 0 for count 0, or -errno when it took
   * none. Throws RangeError when a length runs past its buffer.
   */
  sendmmsg(fd: number, data: Bytes, lengths: Int32Array, count: number, addrs: Bytes | null, addrLens: Int32Array | null, flags: number): number;

  /**
   * poll(2) on one fd for `events` for at most timeoutMs (-1: forever).
   * Returns revents (0 on timeout) or -errno (-EINTR included: the caller retries).
   * In a worker it polls in short slices and returns -ECANCELED once the worker
   * is being terminated, so a blocked Sync call never keeps terminate() waiting.
   */
  poll(fd: number, events: number, timeoutMs: number): number;

  /** sendfile(2) from inFd at `offset` (a non-negative safe integer); returns bytes sent or -errno. */
  sendfile(outFd: number, inFd: number, offset: number, count: number): number;

  /** if_nameindex(3): [index, name] pairs, or -errno. */
  ifNameindex(): Array<[number, string]> | number;
  /** if_nametoindex(3): the index, or 0 when there is no such interface (errno in out[0]). */
  ifNametoindex(name: string): number;
  /** if_indextoname(3): the name, or -errno. */
  ifIndextoname(index: number): string | number;
  /** ioctl(fd, SIOCGIFINDEX): the index of interface `name` in fd's network namespace, or -errno (-ENODEV for a name of IFNAMSIZ bytes or more). */
  ifNameToIndex(fd: number, name: string): number;
  /** ioctl(fd, SIOCGIFNAME): the name of interface `index`, or -errno. */
  ifIndexToName(fd: number, index: number): string | number;
  /** setsockopt(2) with a struct sock_fprog over `program` (packed struct sock_filter): 0 or -errno. */
  setsockoptFprog(fd: number, level: number, name: number, program: Bytes): number;
  /** getsockopt(SOL_SOCKET, SO_GET_FILTER): the attached program as packed struct sock_filter (empty when none), or -errno. */
  getFilter(fd: number): Buffer | number;

  /**
   * A readiness watcher on `fd` in the calling thread's event loop. Unlike
   * the syscalls, its constructor throws (an Error with `code`, negative
   * `errno` and syscall 'uv_poll_init': EBADF, EPERM for regular files, EEXIST
   * when this loop already watches the fd). C++ holds it weakly: the owner
   * must keep it reachable while it waits.
   */
  /**
   * `idleCell` (one Int32Array element) enables the idle-unref protocol: JS
   * writes POLL_IDLE_AFTER_DISPATCH into it when a callback leaves nothing
   * waiting; once the callback and its microtasks have returned, native code
   * unrefs the handle if the cell still says so and writes POLL_UNREFD.
   */
  Poller: new (fd: number, onReady: (status: number, events: number) => void, idleCell?: Int32Array) => NativePoller;
  readonly POLL_IDLE_AFTER_DISPATCH: number;
  readonly POLL_UNREFD: number;
  /** uv_poll event bits the Poller's start() takes and its callback reports. */
  readonly POLL_READABLE: number;
  readonly POLL_WRITABLE: number;
  readonly POLL_DISCONNECT: number;
}

export const native: NativeBinding = loadAddon<NativeBinding>('@sock/core', import.meta.url);

/** The same binding under the name every addon's generated constants import. */
export { native as addon };
