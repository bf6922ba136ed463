/** accept, connect, connectEx — sync and async. */
import { addrScratch, decodeAddress, encodeAddress, encodeAddressAsync, NO_ADDRESS, takeScratch } from '../address.js';
import { SO_ERROR, SOL_SOCKET } from '../constants.js';
import { errno as E, fromErrno, OSError, TimeoutError } from '../errors.js';
import { callAsync, callSync, closedError, deadlineOf, waitSync } from '../io.js';
import { native } from '../native.js';
import { kState, Socket, socketFromNewFd, type Address, type OpOptions } from '../socket.js';
import { validateSignal } from '../validate.js';

const EINPROGRESS = E.EINPROGRESS!;
const EINTR = E.EINTR!;
const EISCONN = E.EISCONN!;
const EWOULDBLOCK = E.EWOULDBLOCK ?? E.EAGAIN!;

// ---- accept ----------------------------------------------------------------------------

function acceptAttempt(got: { addr: Buffer }) {
  return (fd: number): number => {
    const r = native.accept(fd, addrScratch);
    if (r >= 0) got.addr = takeScratch(native.out[0]!);
    return r;
  };
}

/** Wraps the accepted fd; Python's accept gives the new socket the default timeout. */
function adopt(listener: Socket, fd: number, addr: Buffer): [Socket, Address] {
  let conn: Socket;
  try {
    conn = socketFromNewFd(listener.family, listener.type, listener.proto, fd);
  } catch (err) {
    native.close(fd);
    throw err;
  }
  return [conn, decodeAddress(listener, addr, 'accept')];
}

export function acceptSync(sock: Socket): [Socket, Address] {
  const got = { addr: NO_ADDRESS };
  const fd = callSync(sock[kState], 'read', 'accept', acceptAttempt(got));
  return adopt(sock, fd, got.addr);
}

export async function accept(sock: Socket, options?: OpOptions): Promise<[Socket, Address]> {
  const signal = validateSignal(options?.signal);
  const got = { addr: NO_ADDRESS };
  const fd = await callAsync(sock[kState], 'read', 'accept', acceptAttempt(got), { signal });
  return adopt(sock, fd, got.addr);
}

// ---- connect -----------------------------------------------------------------------------

/** The first step: connect(2) once; returns 0, or -errno, and whether to wait for completion. */
function start(sock: Socket, sa: Uint8Array): { r: number; wait: boolean } {
  const st = sock[kState];
  if (st.fd < 0) throw closedError('connect');
  st.useBlockingFd(false);
  let r = native.connect(st.fd, sa);
  const timeout = st.timeoutSeconds;
  if (r === -EINTR) return { r, wait: timeout !== 0 };
  // The fd is always non-blocking, so a blocking socket must wait too (the kernel would have).
  if (r === -EINPROGRESS && timeout !== 0) return { r, wait: true };
  return { r: r < 0 ? r : (r = 0), wait: false };
}

/**
 * After the wait: SO_ERROR decides (0 or EISCONN is success). In blocking
 * mode a successful connect is then completed with one more connect(2),
 * whose answer (0 or EISCONN) is ignored: the kernel reports the completion
 * of a non-blocking connect once, and CPython's blocking connect(2) has
 * consumed it, so a later connect/connectEx must see EISCONN at once.
 */
function finish(sock: Socket, sa: Uint8Array): number {
  const st = sock[kState];
  if (st.fd < 0) throw closedError('connect');
  const r = native.getsockoptInt(st.fd, SOL_SOCKET, SO_ERROR);
  if (r < 0) return r;
  const err = native.out[0]!;
  if (err !== 0 && err !== EISCONN) return -err;
  if (st.timeoutSeconds === null) native.connect(st.fd, sa);
  return 0;
}

/** Returns 0 or -errno; raises only for timeouts (caller decides) and closed sockets. */
function connectStepsSync(sock: Socket, sa: Uint8Array): number {
  const { r, wait } = start(sock, sa);
  if (!wait) return r;
  const st = sock[kState];
  waitSync(st, 'write', deadlineOf(st), 'connect', true);
  return finish(sock, sa);
}

async function connectStepsAsync(sock: Socket, sa: Uint8Array, signal: AbortSignal | undefined): Promise<number> {
  const { r, wait } = start(sock, sa);
  if (!wait) return r;
  const st = sock[kState];
  await st.readiness().wait('write', deadlineOf(st), signal, 'connect');
  return finish(sock, sa);
}

export function connectSync(sock: Socket, address: Address): void {
  const sa = encodeAddress(sock, address, 'connect');
  const r = connectStepsSync(sock, sa);
  if (r < 0) throw fromErrno(r, 'connect');
}

export async function connect(sock: Socket, address: Address, options?: OpOptions): Promise<void> {
  const signal = validateSignal(options?.signal);
  const sa = await encodeAddressAsync(sock, address, 'connect');
  const r = await connectStepsAsync(sock, sa, signal);
  if (r < 0) throw fromErrno(r, 'connect');
}

/** connect_ex: errno as a number; EWOULDBLOCK on timeout, as CPython. Address errors still raise. */
function errnoOf(err: unknown): number {
  if (err instanceof TimeoutError && err.errno === null) return EWOULDBLOCK;
  if (err instanceof OSError && err.errno !== null && err.syscall !== 'getaddrinfo') return err.errno;
  throw err;
}

export function connectExSync(sock: Socket, address: Address): number {
  const sa = encodeAddress(sock, address, 'connect_ex');
  try {
    return Math.abs(connectStepsSync(sock, sa));
  } catch (err) {
    return errnoOf(err);
  }
}

export async function connectEx(sock: Socket, address: Address, options?: OpOptions): Promise<number> {
  const signal = validateSignal(options?.signal);
  const sa = await encodeAddressAsync(sock, address, 'connect_ex');
  try {
    return Math.abs(await connectStepsAsync(sock, sa, signal));
  } catch (err) {
    return errnoOf(err);
  }
}
