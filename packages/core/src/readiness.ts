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
import { closedError, type Direction } from './io.js';
import { timedOut } from './errors.js';
import { native, type NativePoller } from './native.js';

const READABLE = native.POLL_READABLE;
const WRITABLE = native.POLL_WRITABLE;

interface Waiter {
  resolve(): void;
  reject(err: unknown): void;
}

export class Readiness {
  #poller: NativePoller | null = null;
  #mask = 0;
  #refd = false;
  #userRef = true;
  #closed = false;
  readonly #readers = new Set<Waiter>();
  readonly #writers = new Set<Waiter>();

  constructor(private readonly fd: number) {}

  /** Resolves when the fd is ready for `dir` (or failed: the retry reports it). */
  wait(dir: Direction, deadline: number | undefined, signal: AbortSignal | undefined, syscall: string): Promise<void> {
    if (this.#closed) return Promise.reject(closedError(syscall));
    const set = dir === 'read' ? this.#readers : this.#writers;
    return new Promise<void>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const onAbort = (): void => settle(signal!.reason, true);
      const settle = (err: unknown, failed: boolean): void => {
        set.delete(waiter);
        if (timer !== undefined) clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.#update();
        if (failed) reject(err);
        else resolve();
      };
      const waiter: Waiter = { resolve: () => settle(undefined, false), reject: (e) => settle(e, true) };
      set.add(waiter);
      if (deadline !== undefined) {
        const ms = Math.max(0, Math.ceil(deadline - performance.now()));
        timer = setTimeout(() => settle(timedOut(syscall), true), Math.min(ms, 0x7fffffff));
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#update();
    });
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
    this.#readers.clear();
    this.#writers.clear();
    this.#poller?.close();
    this.#poller = null;
    for (const w of waiters) w.reject(err);
  }

  #onReady = (status: number, events: number): void => {
    // An error status (libuv reports POLLERR as UV_EBADF) wakes everyone: the
    // retried syscall or SO_ERROR reports the real error. libuv has already
    // stopped the handle then, so the mask must be re-armed by the next wait.
    const all = status < 0;
    if (all) this.#mask = 0;
    if (all || events & READABLE) for (const w of [...this.#readers]) w.resolve();
    if (all || events & WRITABLE) for (const w of [...this.#writers]) w.resolve();
    let drop = 0;
    if (events & READABLE && this.#readers.size === 0) drop |= READABLE;
    if (events & WRITABLE && this.#writers.size === 0) drop |= WRITABLE;
    if (drop) this.#setMask(this.#mask & ~drop);
  };

  #update(): void {
    if (this.#closed) return;
    const want = (this.#readers.size ? READABLE : 0) | (this.#writers.size ? WRITABLE : 0);
    // Directions nobody waits for any more stay armed until a wake-up finds them idle.
    this.#setMask(this.#mask | want);
    this.#setRef(this.#userRef && want !== 0);
  }

  #setMask(mask: number): void {
    if (mask === this.#mask) return;
    this.#mask = mask;
    if (mask === 0) {
      this.#poller?.stop();
      return;
    }
    if (!this.#poller) {
      this.#poller = new native.Poller(this.fd, this.#onReady);
      this.#refd = true;
    }
    this.#poller.start(mask);
    this.#setRef(this.#refd);
  }

  #setRef(on: boolean): void {
    if (!this.#poller || on === this.#refd) return;
    this.#refd = on;
    if (on) this.#poller.ref();
    else this.#poller.unref();
  }
}
