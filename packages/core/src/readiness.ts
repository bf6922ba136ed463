/**
 * Readiness of one fd on the event loop: a lazily created libuv poll handle
 * and the operations waiting on it.
 *
 * libuv's poll is level-triggered and every change of its event mask costs
 * two epoll_ctl calls, so the mask changes only when it must: a wake-up that
 * finds nobody waiting in a direction drops that direction, and a handle with
 * no waiters is unref'd (it never holds the process open) rather than
 * stopped, which keeps ping-pong traffic free of extra syscalls.
 */
import { closedError, timedOut } from './errors.js';
import { native, type NativePoller } from './native.js';

const READABLE = native.POLL_READABLE;
const WRITABLE = native.POLL_WRITABLE;
const IDLE_AFTER_DISPATCH = native.POLL_IDLE_AFTER_DISPATCH;
const UNREFD = native.POLL_UNREFD;

const noop = (): void => {};

/** The empty waiter set every Readiness starts with, never added to. */
const NO_WAITERS: Set<Waiter> = new Set();

/** A native Poller and the Readiness its callback serves. */
type OwnedPoller = NativePoller & { owner: Readiness };

/**
 * One 'abort' listener per AbortSignal, however many waiting operations
 * share it: Node warns (MaxListenersExceededWarning) past ten listeners on
 * one signal, and a caller may pass one signal to any number of operations.
 * The listener calls every waiter's onAbort and is removed once no waiter
 * is left.
 */
interface AbortWatch {
  readonly listener: () => void;
  readonly waiters: Set<Waiter>;
}
const abortWatches = new WeakMap<AbortSignal, AbortWatch>();

function watchAbort(signal: AbortSignal, w: Waiter): void {
  let watch = abortWatches.get(signal);
  if (watch === undefined) {
    const waiters = new Set<Waiter>();
    const listener = (): void => {
      abortWatches.delete(signal);
      for (const waiter of [...waiters]) waiter.onAbort?.();
      waiters.clear();
    };
    watch = { listener, waiters };
    abortWatches.set(signal, watch);
    signal.addEventListener('abort', listener, { once: true });
  }
  watch.waiters.add(w);
}

function unwatchAbort(w: Waiter): void {
  const signal = w.signal;
  if (signal === undefined || w.onAbort === undefined) return;
  w.onAbort = undefined;
  const watch = abortWatches.get(signal);
  if (watch === undefined || !watch.waiters.delete(w) || watch.waiters.size > 0) return;
  abortWatches.delete(signal);
  signal.removeEventListener('abort', watch.listener);
}

/** The readiness an operation waits for. */
export type Direction = 'read' | 'write';

/** One waiting operation: a class, so that a wait allocates no closures but its promise's. */
class Waiter {
  timer: NodeJS.Timeout | undefined = undefined;
  onAbort: (() => void) | undefined = undefined;
  resolve: (value: unknown) => void = noop;
  reject: (err: unknown) => void = noop;

  constructor(
    readonly set: Set<Waiter>,
    /** Run when the fd is ready: a result >= 0 settles, a negative one keeps waiting; null: just resolve. */
    readonly retry: (() => number) | null,
    readonly signal: AbortSignal | undefined,
    /** Turns the retry's result into what the promise settles with (null: the result itself). */
    readonly finish: Finisher<unknown> | null,
  ) {}
}

/**
 * What a waiting operation resolves with, made from the syscall's result in
 * the poll callback: a receive settles its caller's promise with the Buffer
 * directly, with no async function and no second promise around the wait.
 */
export interface Finisher<T> {
  result(n: number): T;
}

export class Readiness {
  #poller: NativePoller | null = null;
  #mask = 0;
  #refd = false;
  #userRef = true;
  #closed = false;
  /** Inside #onReady: a socket that goes idle there is unref'd by the native side afterwards. */
  #inReady = false;
  /** Shared with the Poller (its idle-unref protocol, see native.ts). */
  readonly #idle = new Int32Array(1);
  /** The waiting operations of each direction; NO_WAITERS until a first one waits (most sockets never wait to write). */
  #readers: Set<Waiter> = NO_WAITERS;
  #writers: Set<Waiter> = NO_WAITERS;

  constructor(private readonly fd: number) {}

  /** Resolves when the fd is ready for `dir` (or failed: the caller's retry reports it). */
  wait(dir: Direction, deadline: number | undefined, signal: AbortSignal | undefined, syscall: string): Promise<void> {
    return this.#enqueue(dir, deadline, signal, syscall, null) as Promise<void>;
  }

  /**
   * Runs `retry` each time the fd is ready for `dir`, right in the poll
   * callback, until it returns a result (>= 0) or throws, and settles with
   * that; a negative result (still nothing) keeps it waiting. This spares
   * the promise hop a wake-up followed by a retry in a microtask would cost.
   */
  retryWhenReady(dir: Direction, deadline: number | undefined, signal: AbortSignal | undefined, syscall: string, retry: () => number): Promise<number>;
  /** retryWhenReady settling with `finish.result(n)` instead of the result n. */
  retryWhenReady<T>(dir: Direction, deadline: number | undefined, signal: AbortSignal | undefined, syscall: string, retry: () => number, finish: Finisher<T>): Promise<T>;
  retryWhenReady<T>(dir: Direction, deadline: number | undefined, signal: AbortSignal | undefined, syscall: string, retry: () => number, finish: Finisher<T> | null = null): Promise<T | number> {
    return this.#enqueue(dir, deadline, signal, syscall, retry, finish) as Promise<T | number>;
  }

  #enqueue(dir: Direction, deadline: number | undefined, signal: AbortSignal | undefined, syscall: string, retry: (() => number) | null, finish: Finisher<unknown> | null = null): Promise<unknown> {
    if (this.#closed) return Promise.reject(closedError(syscall));
    let set: Set<Waiter>;
    if (dir === 'read') set = this.#readers === NO_WAITERS ? (this.#readers = new Set()) : this.#readers;
    else set = this.#writers === NO_WAITERS ? (this.#writers = new Set()) : this.#writers;
    const w = new Waiter(set, retry, signal, finish);
    const promise = new Promise<unknown>((resolve, reject) => {
      w.resolve = resolve;
      w.reject = reject;
    });
    w.set.add(w);
    if (deadline !== undefined) {
      const ms = Math.max(0, Math.ceil(deadline - performance.now()));
      w.timer = setTimeout(() => this.#settle(w, timedOut(syscall), true), Math.min(ms, 0x7fffffff));
    }
    if (signal !== undefined) {
      w.onAbort = () => this.#settle(w, signal.reason, true);
      watchAbort(signal, w);
    }
    try {
      this.#update();
    } catch (err) {
      // libuv refused the fd (uv_poll_init): nobody waits, nothing is left armed.
      w.set.delete(w);
      if (w.timer !== undefined) clearTimeout(w.timer);
      unwatchAbort(w);
      throw err;
    }
    return promise;
  }

  #ready(w: Waiter): void {
    const retry = w.retry;
    if (retry === null) return this.#settle(w, undefined, false);
    let r: number;
    try {
      r = retry();
    } catch (err) {
      return this.#settle(w, err, true);
    }
    if (r < 0) return;
    const finish = w.finish;
    if (finish === null) return this.#settle(w, r, false);
    let value: unknown;
    try {
      value = finish.result(r);
    } catch (err) {
      return this.#settle(w, err, true);
    }
    this.#settle(w, value, false);
  }

  #settle(w: Waiter, value: unknown, failed: boolean): void {
    if (!w.set.delete(w)) return;
    if (w.timer !== undefined) clearTimeout(w.timer);
    unwatchAbort(w);
    this.#update();
    if (failed) w.reject(value);
    else w.resolve(value);
  }

  /** Whether operations wait; the event loop is kept alive by them unless unref'd. */
  get pending(): number {
    return this.#readers.size + this.#writers.size;
  }

  ref(): void {
    this.#userRef = true;
    this.#update();
  }

  unref(): void {
    this.#userRef = false;
    this.#update();
  }

  /** Rejects every waiter with `err` and closes the handle; later waits fail with EBADF. */
  close(err: Error): void {
    if (this.#closed) return;
    this.#closed = true;
    const waiters = [...this.#readers, ...this.#writers];
    this.#readers = NO_WAITERS;
    this.#writers = NO_WAITERS;
    this.#poller?.close();
    this.#poller = null;
    for (const w of waiters) {
      if (w.timer !== undefined) clearTimeout(w.timer);
      unwatchAbort(w);
      w.reject(err);
    }
  }

  /**
   * The poll callback, one function for every Readiness: the native Poller
   * calls it with itself as `this`, and each Poller points back to its
   * Readiness (no closure per socket).
   */
  static readonly #onReady = function (this: OwnedPoller, status: number, events: number): void {
    this.owner.#dispatch(status, events);
  };

  #dispatch(status: number, events: number): void {
    // An error status (libuv reports POLLERR as UV_EBADF) wakes everyone: the
    // retried syscall or SO_ERROR reports the real error. libuv has already
    // stopped the handle then, so the mask must be re-armed by the next wait.
    // Idleness is judged before anyone is woken: a woken operation retries
    // (and usually waits again) only after this callback returns, so a direction
    // is dropped only when a wake-up finds nobody waiting on it at all.
    const all = status < 0;
    if (all) this.#mask = 0;
    let drop = 0;
    if (events & READABLE && this.#readers.size === 0) drop |= READABLE;
    if (events & WRITABLE && this.#writers.size === 0) drop |= WRITABLE;
    if (drop) this.#setMask(this.#mask & ~drop);
    this.#inReady = true;
    try {
      if (all || events & READABLE) for (const w of [...this.#readers]) this.#ready(w);
      if (all || events & WRITABLE) for (const w of [...this.#writers]) this.#ready(w);
    } finally {
      this.#inReady = false;
    }
  }

  #update(): void {
    if (this.#closed) return;
    const want = (this.#readers.size ? READABLE : 0) | (this.#writers.size ? WRITABLE : 0);
    // Directions nobody waits for any more stay armed until a wake-up finds them idle.
    this.#setMask(this.#mask | want);
    const idle = this.#idle;
    if (idle[0] === UNREFD) this.#refd = false;
    if (want !== 0) {
      idle[0] = 0;
      this.#setRef(this.#userRef);
    } else if (this.#inReady && this.#refd) {
      // A request/response loop waits again before the poll callback returns
      // (its continuation runs in the callback's microtasks): leave the
      // reference to the native side, which drops it only if nothing did.
      idle[0] = IDLE_AFTER_DISPATCH;
    } else {
      idle[0] = 0;
      this.#setRef(false);
    }
  }

  #setMask(mask: number): void {
    if (mask === this.#mask) return;
    this.#mask = mask;
    if (mask === 0) {
      this.#poller?.stop();
      return;
    }
    if (!this.#poller) {
      const poller = new native.Poller(this.fd, Readiness.#onReady, this.#idle) as OwnedPoller;
      poller.owner = this;
      this.#poller = poller;
      this.#refd = true;
    }
    this.#poller.start(mask);
  }

  #setRef(on: boolean): void {
    if (!this.#poller || on === this.#refd) return;
    this.#refd = on;
    if (on) this.#poller.ref();
    else this.#poller.unref();
  }
}
