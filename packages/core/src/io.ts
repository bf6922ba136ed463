/**
 * The one I/O path. Every operation that can wait — sync or async, on every
 * family — goes through `callSync` or `callAsync`. Only this file knows which
 * errnos mean "try again" and how deadlines are kept (CPython's sock_call_ex):
 *
 *   check closed -> try the syscall (the fd is non-blocking)
 *     -> EINTR: retry at once
 *     -> EAGAIN/EWOULDBLOCK (or EINPROGRESS for connect):
 *          non-blocking mode: BlockingIOError
 *          otherwise wait for readiness with the remaining time, then retry
 *     -> anything else: the OSError, built once
 *
 * The deadline is computed once per call from a monotonic clock; a wait that
 * outlives it raises TimeoutError('timed out').
 */
import { errno as E, fromErrno, timedOut } from './errors.js';
import { native } from './native.js';
import type { Readiness } from './readiness.js';

const EAGAIN = E.EAGAIN!;
const EWOULDBLOCK = E.EWOULDBLOCK ?? EAGAIN;
const EINTR = E.EINTR!;
const EBADF = E.EBADF!;
const { POLLIN, POLLOUT, POLLERR } = native.layout;

export type Direction = 'read' | 'write';

/** What the I/O path needs of a socket. */
export interface IoTarget {
  /** The fd, or -1 once closed or detached. */
  readonly fd: number;
  /** Seconds; null blocks without limit, 0 never waits. */
  readonly timeoutSeconds: number | null;
  /** The socket's libuv readiness watcher, created on first use. */
  readiness(): Readiness;
}

/** Options of one call. */
export interface CallOptions {
  /** Absolute monotonic deadline in ms (performance.now()), overriding the socket's timeout (sendall). */
  deadline?: number | undefined;
  signal?: AbortSignal | undefined;
}

export function isRetryable(result: number): boolean {
  return result === -EAGAIN || result === -EWOULDBLOCK;
}

export function closedError(syscall: string): Error {
  return fromErrno(EBADF, syscall);
}

/** The deadline of an operation starting now, or undefined (no limit / no wait). */
export function deadlineOf(target: IoTarget): number | undefined {
  const t = target.timeoutSeconds;
  return t !== null && t > 0 ? performance.now() + t * 1000 : undefined;
}

/** Milliseconds left until `deadline`, rounded up as CPython rounds poll timeouts; -1: none. */
function remainingMs(deadline: number | undefined): number {
  if (deadline === undefined) return -1;
  const left = Math.ceil(deadline - performance.now());
  return left > 0 ? Math.min(left, 0x7fffffff) : 0;
}

/**
 * Waits in the calling thread until the fd is ready for `dir`, or throws
 * TimeoutError. EINTR restarts the poll with the time that is left.
 */
export function waitSync(target: IoTarget, dir: Direction, deadline: number | undefined, syscall: string, connect = false): void {
  const events = (dir === 'read' ? POLLIN : POLLOUT) | (connect ? POLLERR : 0);
  for (;;) {
    if (target.fd < 0) throw closedError(syscall);
    const ms = remainingMs(deadline);
    if (deadline !== undefined && ms === 0) throw timedOut(syscall);
    const r = native.poll(target.fd, events, ms);
    if (r > 0) return;
    if (r === 0) throw timedOut(syscall);
    if (r !== -EINTR) throw fromErrno(r, 'poll');
  }
}

/**
 * Runs `attempt` (a syscall returning a result >= 0 or -errno) until it
 * completes, in the calling thread, honouring the socket's timeout mode.
 */
export function callSync(target: IoTarget, dir: Direction, syscall: string, attempt: (fd: number) => number, opts?: CallOptions): number {
  const deadline = opts?.deadline ?? deadlineOf(target);
  for (;;) {
    const fd = target.fd;
    if (fd < 0) throw closedError(syscall);
    const r = attempt(fd);
    if (r >= 0) return r;
    if (r === -EINTR) continue;
    if (!isRetryable(r) || target.timeoutSeconds === 0) throw fromErrno(r, syscall);
    waitSync(target, dir, deadline, syscall);
  }
}

/**
 * The async form of `callSync`: the same loop, but waiting happens on the
 * event loop (libuv poll + a timer), never in the calling thread.
 */
export async function callAsync(target: IoTarget, dir: Direction, syscall: string, attempt: (fd: number) => number, opts?: CallOptions): Promise<number> {
  const deadline = opts?.deadline ?? deadlineOf(target);
  const signal = opts?.signal;
  for (;;) {
    if (signal?.aborted) throw signal.reason;
    const fd = target.fd;
    if (fd < 0) throw closedError(syscall);
    const r = attempt(fd);
    if (r >= 0) return r;
    if (r === -EINTR) continue;
    if (!isRetryable(r) || target.timeoutSeconds === 0) throw fromErrno(r, syscall);
    await target.readiness().wait(dir, deadline, signal, syscall);
  }
}
