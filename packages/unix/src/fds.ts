/**
 * Python's `socket.send_fds()` and `socket.recv_fds()`: file descriptors
 * over an AF_UNIX socket as SCM_RIGHTS ancillary data. Both are composites
 * of one sendmsg(2) / recvmsg(2) call.
 */
import { closeQuietly, platformLayout } from '@sock/core/family';
import { CMSG_LEN, validateInteger, type AncillaryInput, type OpOptions, type RecvmsgResult, type Socket } from '@sock/core';
import { validateSocket } from '@sock/core';
import { types } from 'node:util';
import { invalidArgType, outOfRange } from '@sock/core';
import { rightsItem, rightsOf } from './ancillary.js';

/** As core's limit on items per call. */
const MAX_ITEMS = 65536;

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
  if (types.isProxy(result) || !Array.isArray(result) || result.length !== 4) throw invalidArgType('result', 'a recvmsg result [data, ancdata, msgFlags, address]', result);
  const [data, ancdata, msgFlags, address] = result;
  validateInteger(maxfds, 'maxfds', 0, Number.MAX_SAFE_INTEGER);
  if (ancdata === null || typeof ancdata !== 'object' || types.isProxy(ancdata) || typeof (ancdata as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw invalidArgType('result[1]', 'an iterable of [level, type, data] items', ancdata);
  }
  const fds: number[] = [];
  try {
    // Item by item, so that the fds of the items read before a failure are closed.
    let n = 0;
    for (const item of ancdata) {
      if (++n > MAX_ITEMS) throw outOfRange('result[1].length', `<= ${MAX_ITEMS}`, `an iterable of more than ${MAX_ITEMS} items`);
      fds.push(...rightsOf([item]));
    }
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
  validateSocket(sock);
  return sock.sendmsg(buffers, ancdataFor(fds), flags, address, options);
}

/** The blocking twin of `sendFds`. */
export function sendFdsSync(sock: Socket, buffers: Iterable<ArrayBufferView>, fds: Iterable<number>, flags = 0, address: unknown = null): number {
  validateSocket(sock);
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
  validateSocket(sock);
  const ancbufsize = ancbufsizeFor(maxfds);
  return takeFds(await sock.recvmsg(bufsize, ancbufsize, flags, options), maxfds);
}

/** The blocking twin of `recvFds`. */
export function recvFdsSync(sock: Socket, bufsize: number, maxfds: number, flags = 0): RecvFdsResult {
  validateSocket(sock);
  const ancbufsize = ancbufsizeFor(maxfds);
  return takeFds(sock.recvmsgSync(bufsize, ancbufsize, flags), maxfds);
}
