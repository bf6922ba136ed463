/**
 * Python's `socket.send_fds()` and `socket.recv_fds()`: file descriptors
 * over an AF_UNIX socket as SCM_RIGHTS ancillary data. Both are composites
 * of one sendmsg(2) / recvmsg(2) call.
 */
import { closeQuietly, platformLayout } from '@sock/core/family';
import { CMSG_LEN, validateInteger, type AncillaryInput, type OpOptions, type RecvmsgResult, type Socket } from '@sock/core';
import { rightsItem, rightsOf } from './ancillary.js';

/** `[data, fds, msgFlags, address]`, as Python's recv_fds returns it. */
export type RecvFdsResult<A = unknown> = [data: Buffer, fds: number[], msgFlags: number, address: A | null];

const INT_SIZE = platformLayout.sizeofInt;

function ancdataFor(fds: Iterable<number>): AncillaryInput[] {
  return [rightsItem(fds)];
}

function ancbufsizeFor(maxfds: unknown): number {
  const n = validateInteger(maxfds, 'maxfds', 0, Math.floor((platformLayout.socklenMax - CMSG_LEN(0)) / INT_SIZE));
  return CMSG_LEN(n * INT_SIZE);
}

/**
 * Takes the fds out of recvmsg's ancillary items: the first `maxfds` are the
 * caller's, any beyond are closed, and if anything fails on the way every
 * received fd is closed, so none leaks.
 */
export function takeFds(result: RecvmsgResult, maxfds: number): RecvFdsResult {
  const [data, ancdata, msgFlags, address] = result;
  const fds: number[] = [];
  try {
    for (const item of ancdata) fds.push(...rightsOf([item]));
    for (const extra of fds.splice(maxfds)) closeQuietly(extra);
    return [data, fds, msgFlags, address];
  } catch (err) {
    for (const fd of fds) closeQuietly(fd);
    throw err;
  }
}

/**
 * Python's `send_fds(sock, buffers, fds, flags=0, address=None)`: sends
 * `buffers` with one SCM_RIGHTS item carrying `fds`; returns the bytes sent.
 * Unlike CPython, which accepts `flags` and `address` but drops them, this
 * passes both to sendmsg(2). The fds stay open here: close them when the
 * peer no longer needs this process to hold them.
 */
export function sendFds(
  sock: Socket,
  buffers: Iterable<ArrayBufferView>,
  fds: Iterable<number>,
  flags = 0,
  address: unknown = null,
  options?: OpOptions,
): Promise<number> {
  return sock.sendmsg(buffers, ancdataFor(fds), flags, address, options);
}

/** The blocking twin of `sendFds`. */
export function sendFdsSync(sock: Socket, buffers: Iterable<ArrayBufferView>, fds: Iterable<number>, flags = 0, address: unknown = null): number {
  return sock.sendmsgSync(buffers, ancdataFor(fds), flags, address);
}

/**
 * Python's `recv_fds(sock, bufsize, maxfds, flags=0)`: receives up to
 * `bufsize` bytes and up to `maxfds` fds with recvmsg(2), offering a control
 * buffer of CMSG_LEN(maxfds * sizeof(int)) as CPython does. The fds arrive
 * non-inheritable (MSG_CMSG_CLOEXEC) and belong to the caller. When the
 * sender sent more than fit, the kernel keeps the extra ones out of this
 * process and `msgFlags` has MSG_CTRUNC. With SO_PASSCRED on, the
 * credentials item takes part of that buffer too, as in CPython: use
 * `recvmsg` with room for both and `parseAncillary` then. Unlike CPython,
 * `flags` is passed to recvmsg(2) rather than ignored.
 */
export async function recvFds(sock: Socket, bufsize: number, maxfds: number, flags = 0, options?: OpOptions): Promise<RecvFdsResult> {
  const ancbufsize = ancbufsizeFor(maxfds);
  return takeFds(await sock.recvmsg(bufsize, ancbufsize, flags, options), maxfds);
}

/** The blocking twin of `recvFds`. */
export function recvFdsSync(sock: Socket, bufsize: number, maxfds: number, flags = 0): RecvFdsResult {
  const ancbufsize = ancbufsizeFor(maxfds);
  return takeFds(sock.recvmsgSync(bufsize, ancbufsize, flags), maxfds);
}
