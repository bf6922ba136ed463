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
 *
 * One exception to "the fd is non-blocking", for speed: a Sync call on a
 * socket in blocking mode (timeout null) clears O_NONBLOCK first, when the
 * target allows it, and lets the kernel wait in the syscall, as CPython's
 * blocking sockets do: one syscall per operation instead of
 * syscall + EAGAIN + poll() + syscall. Every other call (async, timeout,
 * non-blocking) sets O_NONBLOCK back before its first try. The flag is
 * changed only when the mode differs from the last call's, so a socket used
 * in one form costs no extra syscall. An EAGAIN on a blocking fd (SO_RCVTIMEO,
 * or a file description shared with a socket that made it non-blocking) is
 * waited out with poll() exactly as on a non-blocking fd.
 */
import { closedError, errno as E, fromErrno, timedOut } from './errors.js';
import { native } from './native.js';
import type { Direction, Finisher, Readiness } from './readiness.js';

export type { Direction } from './readiness.js';

/**
 * The addon's functions, copied into a plain object for the hot paths: the
 * exports object an addon fills through Node-API (40-odd properties) is in
 * V8's dictionary mode, so every `native.recv` there is a hash lookup.
 */
export const sys: typeof native = { ...native };

const EAGAIN = E.EAGAIN!;
const EWOULDBLOCK = E.EWOULDBLOCK ?? EAGAIN;
const EINTR = E.EINTR!;
const EINPROGRESS = E.EINPROGRESS!;
const { POLLIN, POLLOUT, POLLERR } = native.layout;

/** What the I/O path needs of a socket. */
export interface IoTarget {
  /** The fd, or -1 once closed or detached. */
  readonly fd: number;
  /** Seconds; null blocks without limit, 0 never waits. */
  readonly timeoutSeconds: number | null;
  /** The socket's libuv readiness watcher, created on first use. */
  readiness(): Readiness;
  /**
   * Optional: puts the fd in blocking (true) or non-blocking (false) mode,
   * changing O_NONBLOCK only when the last call left it otherwise; returns
   * whether the fd is now in that mode. Targets without it stay non-blocking.
   */
  useBlockingFd?(blocking: boolean): boolean;
  /**
   * Optional, kept by the I/O path: how many async reads in a row found
   * nothing to read (see `tryNow`). Targets without it always try first.
   */
  readWaits?: number;
}

/** Options of one call. */
export interface CallOptions {
  /** Absolute monotonic deadline in ms (performance.now()), overriding the socket's timeout (sendall). */
  deadline?: number | undefined;
  signal?: AbortSignal | undefined;
  /**
   * The call's MSG_* flags. With MSG_DONTWAIT a blocking-mode socket reports
   * EAGAIN as BlockingIOError at once instead of waiting (CPython's blocking
   * sockets make one syscall and raise); timeout mode still waits, as there.
   */
  flags?: number | undefined;
}

const MSG_DONTWAIT = native.constants.MSG_DONTWAIT ?? 0;

/** Whether EAGAIN ends this call at once: non-blocking mode, or MSG_DONTWAIT in blocking mode. */
function noWait(target: IoTarget, opts: CallOptions | undefined): boolean {
  const t = target.timeoutSeconds;
  return t === 0 || (t === null && opts?.flags !== undefined && (opts.flags & MSG_DONTWAIT) !== 0);
}

export function isRetryable(result: number): boolean {
  return result === -EAGAIN || result === -EWOULDBLOCK;
}

/** The deadline of an operation starting now, or undefined (no limit / no wait). */
export function deadlineOf(target: IoTarget): number | undefined {
  const t = target.timeoutSeconds;
  return t !== null && t > 0 ? performance.now() + t * 1000 : undefined;
}

/**
 * The deadline of a composite operation bounded by `seconds` from now
 * (a family's exchange of several reads): undefined for null (no limit).
 */
export function deadlineAfter(seconds: number | null): number | undefined {
  return seconds === null ? undefined : performance.now() + seconds * 1000;
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
    const r = sys.poll(target.fd, events, ms);
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
  if (target.fd >= 0) target.useBlockingFd?.(target.timeoutSeconds === null && deadline === undefined);
  for (;;) {
    const fd = target.fd;
    if (fd < 0) throw closedError(syscall);
    const r = attempt(fd);
    if (r >= 0) return r;
    if (r === -EINTR) continue;
    if (!isRetryable(r) || noWait(target, opts)) throw fromErrno(r, syscall);
    waitSync(target, dir, deadline, syscall);
  }
}

/**
 * The async form of `callSync`: the same loop, but waiting happens on the
 * event loop (libuv poll + a timer), never in the calling thread.
 */
export function callAsync(target: IoTarget, dir: Direction, syscall: string, attempt: (fd: number) => number, opts?: CallOptions): Promise<number> {
  try {
    const r = callSoon(target, dir, syscall, attempt, opts);
    return typeof r === 'number' ? Promise.resolve(r) : r;
  } catch (err) {
    return Promise.reject(err);
  }
}

/**
 * `callAsync` for the hot paths, without a promise when no wait is needed:
 * the result at once, or a promise of it. Throws what the first try cannot
 * retry, so call it from an async function.
 */
export function callSoon(target: IoTarget, dir: Direction, syscall: string, attempt: (fd: number) => number, opts?: CallOptions): number | Promise<number> {
  const r = tryNow(target, syscall, attempt, opts, dir);
  return r === MUST_WAIT ? waitAndRetry(target, dir, syscall, attempt, opts) : r;
}

/**
 * `callSoon` whose wait settles with `finish.result(n)`, made in the poll
 * callback, instead of n: the result n at once, or a promise of the
 * finished value. For the receives, whose callers then need no async
 * function (and no promise of their own) around the wait.
 */
export function callSoonTo<T>(target: IoTarget, dir: Direction, syscall: string, attempt: (fd: number) => number, opts: CallOptions | undefined, finish: Finisher<T>): number | Promise<T> {
  const r = tryNow(target, syscall, attempt, opts, dir);
  return r === MUST_WAIT ? waitAndRetry(target, dir, syscall, attempt, opts, finish) : r;
}

/** What `tryNow` returns when the operation must wait for readiness. */
const MUST_WAIT = -1;

/** While reads keep finding nothing, one first try in this many is still made. */
const READ_SAMPLE = 8;

/**
 * The first try of an async operation (`first`: its direction), made at
 * once in the calling tick, or a retry after a wake-up (`first` omitted):
 * the result (>= 0), or MUST_WAIT, after which `waitAndRetry` finishes the
 * call. Throws what cannot be retried. `callSoon` is these two steps.
 *
 * A read on a blocking-mode socket whose reads keep finding nothing (a
 * request/response peer) skips the first try and waits for readiness at
 * once, sparing an EAGAIN syscall per message: libuv's poll is
 * level-triggered, so data that is already there wakes it on the next loop
 * turn. One first try in READ_SAMPLE is still made, and any read that finds
 * data at once ends the streak. Timeout and non-blocking modes always try first.
 */
function tryNow(target: IoTarget, syscall: string, attempt: (fd: number) => number, opts: CallOptions | undefined, first?: Direction): number {
  const signal = opts?.signal;
  if (signal?.aborted) throw signal.reason;
  if (target.fd < 0) throw closedError(syscall);
  target.useBlockingFd?.(false);
  const once = noWait(target, opts);
  const streak = first === 'read' && target.timeoutSeconds === null && !once ? target.readWaits : undefined;
  if (streak !== undefined && streak > 0) {
    target.readWaits = streak + 1;
    if ((streak + 1) % READ_SAMPLE !== 0) return MUST_WAIT;
  }
  for (;;) {
    const fd = target.fd;
    if (fd < 0) throw closedError(syscall);
    const r = attempt(fd);
    if (r >= 0) {
      if (streak !== undefined) target.readWaits = 0;
      return r;
    }
    if (r === -EINTR) continue;
    if (!isRetryable(r) || once) throw fromErrno(r, syscall);
    if (streak === 0) target.readWaits = 1;
    return MUST_WAIT;
  }
}

/**
 * The rest of `callAsync` after a try that must wait: on each readiness
 * wake-up, retry (in the poll callback itself) until done.
 */
function waitAndRetry(target: IoTarget, dir: Direction, syscall: string, attempt: (fd: number) => number, opts?: CallOptions): Promise<number>;
function waitAndRetry<T>(target: IoTarget, dir: Direction, syscall: string, attempt: (fd: number) => number, opts: CallOptions | undefined, finish: Finisher<T>): Promise<T>;
function waitAndRetry<T>(target: IoTarget, dir: Direction, syscall: string, attempt: (fd: number) => number, opts?: CallOptions, finish?: Finisher<T>): Promise<T | number> {
  const deadline = opts?.deadline ?? deadlineOf(target);
  const signal = opts?.signal;
  const retry = (): number => tryNow(target, syscall, attempt, opts);
  try {
    const readiness = target.readiness();
    return finish === undefined
      ? readiness.retryWhenReady(dir, deadline, signal, syscall, retry)
      : readiness.retryWhenReady(dir, deadline, signal, syscall, retry, finish);
  } catch (err) {
    return Promise.reject(err);
  }
}

/** What `connectStart` returns when the connect must be waited for. */
const CONNECT_PENDING = 1;

/**
 * The first step of a connect: `attempt` (connect(2) once on the
 * non-blocking fd) returns 0 or -errno. EINTR, and EINPROGRESS unless the
 * socket is non-blocking, mean the kernel goes on connecting: CONNECT_PENDING.
 */
function connectStart(target: IoTarget, syscall: string, attempt: (fd: number) => number): number {
  if (target.fd < 0) throw closedError(syscall);
  target.useBlockingFd?.(false);
  const r = attempt(target.fd);
  if ((r === -EINTR || r === -EINPROGRESS) && target.timeoutSeconds !== 0) return CONNECT_PENDING;
  return r < 0 ? r : 0;
}

function connectComplete(target: IoTarget, syscall: string, complete: (fd: number) => number): number {
  if (target.fd < 0) throw closedError(syscall);
  return complete(target.fd);
}

/**
 * connect(2) through the I/O path: `attempt` starts the connect once; when
 * the kernel goes on connecting (EINPROGRESS, EINTR) and the socket may wait,
 * waits for writability within its timeout, then `complete` reads the
 * outcome (SO_ERROR). Returns 0 or -errno; throws TimeoutError, or EBADF
 * once the socket is closed.
 */
export function connectSync(target: IoTarget, syscall: string, attempt: (fd: number) => number, complete: (fd: number) => number): number {
  const r = connectStart(target, syscall, attempt);
  if (r !== CONNECT_PENDING) return r;
  waitSync(target, 'write', deadlineOf(target), syscall, true);
  return connectComplete(target, syscall, complete);
}

/** The async form of `connectSync`: the wait happens on the event loop. */
export async function connectAsync(
  target: IoTarget,
  syscall: string,
  attempt: (fd: number) => number,
  complete: (fd: number) => number,
  signal: AbortSignal | undefined,
): Promise<number> {
  const r = connectStart(target, syscall, attempt);
  if (r !== CONNECT_PENDING) return r;
  await target.readiness().wait('write', deadlineOf(target), signal, syscall);
  return connectComplete(target, syscall, complete);
}
