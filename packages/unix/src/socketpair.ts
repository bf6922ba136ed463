/** Python's `socket.socketpair()`. */
import { socketFromNewFd, SOCK_CLOEXEC, SOCK_NONBLOCK, SOCK_STREAM, validateInt32, type FamilyNumber, type Socket } from '@sock/core';
import { closeQuietly, socketpairFds } from '@sock/core/family';
import { AF_UNIX } from './constants.js';

const TYPE_FLAGS = (SOCK_NONBLOCK ?? 0) | (SOCK_CLOEXEC ?? 0);

/**
 * Wraps `socketpair(2)`: two connected sockets, non-inheritable. As in
 * Python, `family` null means AF_UNIX; any socket type the kernel pairs
 * works (SOCK_DGRAM, SOCK_SEQPACKET). SOCK_NONBLOCK in `type` makes both
 * non-blocking; otherwise both take the default timeout. Both names are `''`.
 *
 * CPython falls back to a loopback TCP pair where the C library has no
 * socketpair(); every platform @sock runs on has it, so there is no fallback.
 * The sockets are typed by the family: `Socket<'AF_UNIX'>` without one.
 */
export function socketpair(family?: null, type?: number, proto?: number): [Socket<'AF_UNIX'>, Socket<'AF_UNIX'>];
export function socketpair<F extends string = string>(family: FamilyNumber<F> | null | undefined, type?: number, proto?: number): [Socket<F>, Socket<F>];
export function socketpair(family: number | null = AF_UNIX, type: number = SOCK_STREAM, proto = 0): [Socket, Socket] {
  const fam = family === null ? AF_UNIX : validateInt32(family, 'family');
  const typ = validateInt32(type, 'type');
  const pro = validateInt32(proto, 'proto');
  const fds = socketpairFds(fam, typ & ~TYPE_FLAGS, pro);
  const pair: Socket[] = [];
  try {
    for (const fd of fds) pair.push(socketFromNewFd(fam, typ, pro, fd));
  } catch (err) {
    for (const s of pair) s.close();
    for (const fd of fds.slice(pair.length)) closeQuietly(fd);
    throw err;
  }
  return [pair[0]!, pair[1]!];
}
