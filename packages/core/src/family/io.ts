/**
 * Core's one I/O path for a family's own syscalls: a family that must issue
 * a call the Socket has no method for (netlink's peek-then-read) hands core
 * an attempt, and core keeps the socket's timeout mode, the retries and the
 * deadline, as for every Socket method.
 */
import { invalidArgType, outOfRange } from '../errors.js';
import { callAsync, callSync, deadlineAfter, type Direction } from '../io.js';
import type { Socket } from '../socket.js';
import { kState, type SocketState } from '../state.js';

export type { Direction } from '../io.js';

/** Options of `callOnSocket`. */
export interface SocketCallOptions {
  /**
   * The end of a composite operation (from `deadlineFor`), shared by its
   * calls; without it each call is bounded by the socket's timeout.
   */
  deadline?: number | undefined;
  signal?: AbortSignal | undefined;
}

function stateOf(sock: Socket): SocketState {
  const st = (sock as { [kState]?: SocketState } | null)?.[kState];
  if (st === undefined) throw invalidArgType('sock', 'a Socket', sock);
  return st;
}

/**
 * The deadline of a composite operation on `sock` bounded by `timeout`
 * seconds, or by the socket's own timeout when `timeout` is undefined;
 * undefined when nothing bounds it (null). Validates `timeout` (named
 * `name` in errors): a finite number >= 0, null or undefined.
 */
export function deadlineFor(sock: Socket, timeout: number | null | undefined, name = 'options.timeout'): number | undefined {
  const t = timeout === undefined ? sock.gettimeout() : timeout;
  if (t === null) return undefined;
  if (typeof t !== 'number') throw invalidArgType(name, 'of type number or null', t);
  if (!(t >= 0) || !Number.isFinite(t)) throw outOfRange(name, 'a finite number >= 0 (seconds) or null', t);
  return deadlineAfter(t);
}

/**
 * Runs `attempt(fd)` (one non-blocking syscall: a result >= 0, or -errno)
 * through core's I/O path, without blocking the event loop: EINTR is
 * retried, EAGAIN waits for `dir` readiness within the deadline (or raises
 * BlockingIOError in non-blocking mode), anything else rejects with the
 * OSError of `syscall`. The attempt may run several times; it must not
 * block and must keep what it read itself.
 */
export function callOnSocket(sock: Socket, dir: Direction, syscall: string, attempt: (fd: number) => number, options?: SocketCallOptions): Promise<number> {
  return callAsync(stateOf(sock), dir, syscall, attempt, options);
}

/** `callOnSocket`'s blocking twin: waits in the calling thread, as Python does. */
export function callOnSocketSync(sock: Socket, dir: Direction, syscall: string, attempt: (fd: number) => number, options?: Omit<SocketCallOptions, 'signal'>): number {
  return callSync(stateOf(sock), dir, syscall, attempt, options);
}
