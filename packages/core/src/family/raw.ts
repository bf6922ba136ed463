/**
 * The few raw calls on core's addon that family packages need beyond the
 * public API, each typed and bounded. A family uses these, never the addon
 * itself. Conventions as in core: OS errors are OSError from `fromErrno`,
 * unless a function says it returns `-errno`.
 */
import { scanControl as scan, type ControlVisitor } from '../cmsg.js';
import { fromErrno, invalidArgType } from '../errors.js';
import { sys } from '../io.js';
import { native } from '../native.js';
import type { Socket } from '../socket.js';
import { toBytes, validateInt32, validateInteger } from '../validate.js';

/** Sizes from this platform's headers that family codecs need. */
export const platformLayout: Readonly<{
  /** sizeof(struct sockaddr_storage) */
  sockaddrStorage: number;
  /** sizeof(int) */
  sizeofInt: number;
  /** the largest socklen_t (INT_MAX-bounded, as CPython's SOCKLEN_T_LIMIT) */
  socklenMax: number;
}> = Object.freeze({
  sockaddrStorage: native.layout.sockaddrStorage,
  sizeofInt: native.layout.sizeofInt,
  socklenMax: native.layout.socklenMax,
});

/**
 * Every AF_ value this platform's <sys/socket.h> defines, by name, whether
 * or not a package registered the family: for a family that must name
 * another's number (socketpair(AF_INET) refused, a peer family in a message).
 */
export const headerFamilies: Readonly<Record<string, number>> = Object.freeze({ ...native.families });

/** strerror(3) of a positive errno, as OSError messages use it. */
export function strerror(errno: number): string {
  return native.strerror(Math.abs(validateInt32(errno, 'errno')));
}

function fdOf(sock: Socket): number {
  const fd = (sock as { fileno?: () => number } | null)?.fileno?.();
  if (typeof fd !== 'number') throw invalidArgType('sock', 'a Socket', sock);
  return fd;
}

/**
 * close(2) of an fd this process received and will not hand out (extra
 * SCM_RIGHTS fds, error paths); errors are ignored, as there is nobody to
 * report them to. Use `close` from '@sock/core' where Python raises.
 */
export function closeQuietly(fd: number): void {
  if (Number.isInteger(fd) && fd >= 0) native.close(fd);
}

/**
 * socketpair(2), non-blocking and close-on-exec: two new fds whose file
 * descriptions no other fd shares (wrap each with `socketFromNewFd`). The
 * type must not carry SOCK_NONBLOCK/SOCK_CLOEXEC. Throws OSError('socketpair').
 */
export function socketpairFds(family: number, type: number, proto: number): [number, number] {
  const r = native.socketpair(validateInt32(family, 'family'), validateInt32(type, 'type'), validateInt32(proto, 'proto'));
  if (r < 0) throw fromErrno(r, 'socketpair');
  return [native.out[0]!, native.out[1]!];
}

/**
 * getsockopt(2) into `size` bytes (1..65536), beyond Python's 1024-byte
 * buffer form and on families whose integer options are 64-bit: the bytes
 * the kernel wrote, or `-errno` so the caller can retry ERANGE with a
 * larger size.
 */
export function getsockoptBytes(sock: Socket, level: number, option: number, size: number): Buffer | number {
  const n = validateInteger(size, 'size', 1, 65536);
  const buf = Buffer.alloc(n);
  const r = native.getsockoptBytes(fdOf(sock), validateInt32(level, 'level'), validateInt32(option, 'option'), buf, n);
  return r < 0 ? r : buf.subarray(0, Math.min(r, n));
}

/** setsockopt(2) with exactly `value`'s bytes, whatever the family's option width. Throws OSError('setsockopt'). */
export function setsockoptBytes(sock: Socket, level: number, option: number, value: ArrayBufferView): void {
  const bytes = toBytes(value, 'value');
  const r = native.setsockoptBytes(fdOf(sock), validateInt32(level, 'level'), validateInt32(option, 'option'), bytes, bytes.length);
  if (r < 0) throw fromErrno(r, 'setsockopt');
}

/**
 * bind(2) to a sockaddr the family built itself, for the addresses a tuple
 * cannot express (AF_PACKET's sll_ifindex 0: every interface). Throws
 * OSError('bind').
 */
export function bindSockaddr(sock: Socket, sockaddr: Uint8Array): void {
  const r = native.bind(fdOf(sock), toBytes(sockaddr, 'sockaddr'));
  if (r < 0) throw fromErrno(r, 'bind');
}

/**
 * One non-blocking recvmmsg(2) on `fd`, for the attempt a family passes to
 * `callOnSocket`: up to `count` messages, message i into
 * data[i*size, (i+1)*size), its control data into
 * control[i*controlSize, ...) (`control` null: none), its sender into
 * addrs[i*addrSize, ...); meta[4i..4i+3] receives [bytes received,
 * msg_namelen, msg_flags, msg_controllen]. Returns the number of messages
 * or `-errno`; a slab too small for `count` slots is a RangeError. Adds no
 * flags of its own. For a receive loop that reads the slabs in place (CAN's
 * frames()) instead of the `[data, ancdata, msgFlags, address]` results
 * `Socket.recvmmsg` builds per message.
 */
export function recvmmsgRaw(
  fd: number, data: Uint8Array, size: number, count: number, control: Uint8Array | null, controlSize: number,
  addrs: Uint8Array, addrSize: number, flags: number, meta: Int32Array,
): number {
  return sys.recvmmsg(fd, data, size, count, control, controlSize, addrs, addrSize, flags, meta);
}

export type { ControlVisitor };

/**
 * Walks received control bytes in place: the cmsghdr items of
 * control[start, end) (a message's msg_controllen bytes, as `recvmsgRaw` or
 * `recvmmsgRaw` left them), calling `visit(ctx, level, type, from, to)` per
 * item with where its data lies in the view; no item objects, no copies. The
 * rules are recvmsg's: a header that does not fit, or a cmsg_len shorter than
 * one, ends the walk; an item cut short at `end` is visited up to `end` and
 * ends it. Returns whether the walk ended on such malformed or truncated data.
 * For a receive loop that reads one field per message (CAN's drop counter).
 */
export function scanControl<C>(control: DataView, start: number, end: number, visit: ControlVisitor<C>, ctx: C): boolean {
  if (!(control instanceof DataView)) throw invalidArgType('control', 'a DataView', control);
  const to = validateInteger(end, 'end', 0, control.byteLength);
  const from = validateInteger(start, 'start', 0, to);
  if (typeof visit !== 'function') throw invalidArgType('visit', 'a function', visit);
  return scan(control, from, to, visit, ctx);
}

/** What `recvmsgRaw` reports besides the byte count. */
export interface RecvmsgRawInfo {
  /** msg_namelen: bytes of `addr` the kernel filled. */
  namelen: number;
  /** msg_flags (MSG_TRUNC, MSG_CTRUNC, ...). */
  flags: number;
  /** msg_controllen: bytes of `control` the kernel filled. */
  controllen: number;
}

/**
 * One non-blocking recvmsg(2) on `fd` into `buffer`, for the attempt a
 * family passes to `callOnSocket` (whose attempts receive the fd): bytes
 * received or `-errno`; on success `info` holds namelen, msg_flags and
 * controllen. `control` null passes no control buffer. Adds no flags of its
 * own (no MSG_CMSG_CLOEXEC: families whose recvmsg refuses unknown flags
 * can use it).
 */
export function recvmsgRaw(fd: number, buffer: Uint8Array, control: Uint8Array | null, flags: number, addr: Uint8Array, info: RecvmsgRawInfo): number {
  const n = native.recvmsg(fd, [buffer], control, flags, addr);
  if (n >= 0) {
    const out = native.out;
    info.namelen = out[0]!;
    info.flags = out[1]!;
    info.controllen = out[2]!;
  }
  return n;
}
