/**
 * SO_VM_SOCKETS_CONNECT_TIMEOUT, the one struct-valued option at level
 * AF_VSOCK: how long the kernel lets connect(2) wait for the peer's answer
 * (2 seconds by default) before it fails with ETIMEDOUT.
 *
 * Python cannot read or write it: on AF_VSOCK sockets CPython's getsockopt
 * reads every option as a 64-bit integer and refuses the buffer form, and
 * setsockopt takes only integers, while the kernel wants a struct timeval.
 * These helpers pass the struct directly. Core's `settimeout()` still bounds
 * the whole call on our side; the kernel's timeout is what the peer sees.
 *
 * The buffer sizes (SO_VM_SOCKETS_BUFFER_SIZE, _MIN_SIZE, _MAX_SIZE) need no
 * helper: `sock.getsockopt(AF_VSOCK, SO_VM_SOCKETS_BUFFER_SIZE)` and
 * `setsockopt` already read and write them as 64-bit numbers (a bigint past
 * 2**53), as CPython does.
 */
import { fromErrno, osError, type Socket } from '@sock/core';
import { validateSocket } from '@sock/core';
import { getsockoptBytes, packTimeval, setsockoptBytes, timevalLayout, unpackTimeval } from '@sock/core/family';
import { AF_VSOCK, SO_VM_SOCKETS_CONNECT_TIMEOUT } from './constants.js';

function option(): number {
  if (SO_VM_SOCKETS_CONNECT_TIMEOUT === undefined) throw osError('SO_VM_SOCKETS_CONNECT_TIMEOUT is not defined by these headers');
  return SO_VM_SOCKETS_CONNECT_TIMEOUT;
}

/** struct timeval bytes for `seconds` (non-negative, microsecond resolution). */
export function packConnectTimeout(seconds: number): Buffer {
  return packTimeval(seconds);
}

/** getsockopt(AF_VSOCK, SO_VM_SOCKETS_CONNECT_TIMEOUT), in seconds. */
export function getConnectTimeout(sock: Socket): number {
  validateSocket(sock);
  const buf = getsockoptBytes(sock, AF_VSOCK, option(), timevalLayout.size);
  if (typeof buf === 'number') throw fromErrno(buf, 'getsockopt');
  return unpackTimeval(buf);
}

/**
 * setsockopt(AF_VSOCK, SO_VM_SOCKETS_CONNECT_TIMEOUT): the kernel's limit
 * on connect(2), in seconds, kept in scheduler ticks (so read back rounded
 * up to a tick). 0 restores the default of 2 seconds.
 */
export function setConnectTimeout(sock: Socket, seconds: number): void {
  validateSocket(sock);
  const bytes = packConnectTimeout(seconds);
  setsockoptBytes(sock, AF_VSOCK, option(), bytes);
}
