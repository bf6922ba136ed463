/** accept, connect, connectEx — sync and async. */
import { addrScratch, decodeAddress, encodeAddress, encodeAddressAsync, NO_ADDRESS, takeScratch } from '../address.js';
import { SO_ERROR, SOL_SOCKET } from '../constants.js';
import { errno as E, fromErrno, OSError, TimeoutError } from '../errors.js';
import { callAsync, callSync, connectAsync, connectSync as connectIoSync } from '../io.js';
import { native } from '../native.js';
import { lookupFamily } from '../registry.js';
import { kState } from '../state.js';
import type { Address, OpOptions, Socket } from '../socket.js';
import { signalOf } from '../validate.js';

const EISCONN = E.EISCONN!;
const EWOULDBLOCK = E.EWOULDBLOCK ?? E.EAGAIN!;

/** Wraps an fd this process has just created (socket.ts's own-fd factory). */
export type NewSocket = (family: number, type: number, proto: number, fd: number) => Socket;

// ---- accept ----------------------------------------------------------------------------

function acceptAttempt(got: { addr: Buffer }) {
  return (fd: number): number => {
    const r = native.accept(fd, addrScratch);
    if (r >= 0) got.addr = takeScratch(native.out[0]!);
    return r;
  };
}

/** accept4(2) with a NULL address, for families whose kernel side has no getname (FamilyPlugin.acceptReturnsAddress). */
const acceptNoAddr = (fd: number): number => native.acceptNoAddr(fd);

const withAddress = (sock: Socket): boolean => lookupFamily(sock.family)?.acceptReturnsAddress !== false;

/** Wraps the accepted fd; Python's accept gives the new socket the default timeout. */
function adopt(listener: Socket, newSocket: NewSocket, fd: number, addr: Buffer | null): [Socket, Address] {
  let conn: Socket;
  try {
    conn = newSocket(listener.family, listener.type, listener.proto, fd);
  } catch (err) {
    native.close(fd);
    throw err;
  }
  return [conn, addr === null ? null : decodeAddress(listener, addr, 'accept')];
}

export function acceptSync(sock: Socket, newSocket: NewSocket): [Socket, Address] {
  if (!withAddress(sock)) return adopt(sock, newSocket, callSync(sock[kState], 'read', 'accept', acceptNoAddr), null);
  const got = { addr: NO_ADDRESS };
  const fd = callSync(sock[kState], 'read', 'accept', acceptAttempt(got));
  return adopt(sock, newSocket, fd, got.addr);
}

export async function accept(sock: Socket, newSocket: NewSocket, options?: OpOptions): Promise<[Socket, Address]> {
  const signal = signalOf(options);
  if (!withAddress(sock)) return adopt(sock, newSocket, await callAsync(sock[kState], 'read', 'accept', acceptNoAddr, { signal }), null);
  const got = { addr: NO_ADDRESS };
  const fd = await callAsync(sock[kState], 'read', 'accept', acceptAttempt(got), { signal });
  return adopt(sock, newSocket, fd, got.addr);
}

// ---- connect -----------------------------------------------------------------------------

/** The connect(2) attempt and the completion step io.ts's connect path runs. */
class ConnectSteps {
  constructor(
    readonly sock: Socket,
    readonly sa: Uint8Array,
  ) {}

  readonly attempt = (fd: number): number => native.connect(fd, this.sa);

  /**
   * After the wait: SO_ERROR decides (0 or EISCONN is success). In blocking
   * mode a successful connect is then completed with one more connect(2),
   * whose answer (0 or EISCONN) is ignored: the kernel reports the completion
   * of a non-blocking connect once, and CPython's blocking connect(2) has
   * consumed it, so a later connect/connectEx must see EISCONN at once.
   */
  readonly complete = (fd: number): number => {
    const r = native.getsockoptInt(fd, SOL_SOCKET, SO_ERROR);
    if (r < 0) return r;
    const err = native.out[0]!;
    if (err !== 0 && err !== EISCONN) return -err;
    if (this.sock[kState].timeoutSeconds === null) native.connect(fd, this.sa);
    return 0;
  };
}

/** Returns 0 or -errno; raises only for timeouts (caller decides) and closed sockets. */
function connectStepsSync(sock: Socket, sa: Uint8Array): number {
  const steps = new ConnectSteps(sock, sa);
  return connectIoSync(sock[kState], 'connect', steps.attempt, steps.complete);
}

function connectStepsAsync(sock: Socket, sa: Uint8Array, signal: AbortSignal | undefined): Promise<number> {
  const steps = new ConnectSteps(sock, sa);
  return connectAsync(sock[kState], 'connect', steps.attempt, steps.complete, signal);
}

export function connectSync(sock: Socket, address: Address): void {
  const sa = encodeAddress(sock, address, 'connect');
  const r = connectStepsSync(sock, sa);
  if (r < 0) throw fromErrno(r, 'connect');
}

export async function connect(sock: Socket, address: Address, options?: OpOptions): Promise<void> {
  const signal = signalOf(options);
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
  const signal = signalOf(options);
  const sa = await encodeAddressAsync(sock, address, 'connect_ex');
  try {
    return Math.abs(await connectStepsAsync(sock, sa, signal));
  } catch (err) {
    return errnoOf(err);
  }
}
