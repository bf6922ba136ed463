/**
 * The part of a Socket that outlives it: its fd, timeout and readiness
 * watcher. Kept apart from the Socket object so that the finalizer (which
 * must not hold the Socket) can close what an unclosed socket leaves behind.
 */
import { closedError, fromErrno, errno as E } from './errors.js';
import type { IoTarget } from './io.js';
import { createRequire } from 'node:module';
import { native } from './native.js';
import { Readiness } from './readiness.js';

/**
 * Core's own access to a Socket's state (`sock[kState]`), for the operation
 * modules; not exported from any public entry.
 */
export const kState: unique symbol = Symbol('sock.state');

let mainThread: boolean | undefined;
/**
 * worker_threads' isMainThread, loaded on first use: importing core does not
 * pay for node:worker_threads (require, not process.getBuiltinModule, which
 * Node 20 has only from 20.16).
 */
function isMainThread(): boolean {
  return (mainThread ??= (createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')).isMainThread);
}

export class SocketState implements IoTarget {
  fd: number;
  timeoutSeconds: number | null;
  /**
   * Flags every send on this socket adds: MSG_NOSIGNAL where the platform
   * has it, unless the family refuses it (FamilyPlugin.sendNoSignal false).
   */
  sendFlags = 0;
  /** A description for the unclosed-socket warning, set by the Socket. */
  label = '';
  #readiness: Readiness | null = null;
  #userRef = true;
  /** See IoTarget.readWaits. */
  readWaits = 0;
  /** Watchers of other fds this socket's operations wait on (sendfile's source): closed with the socket. Made on first use. */
  linked: Set<Readiness> | null = null;
  /** The receive path's hint: the last recv/recvfrom filled more than half its large buffer. */
  largeReads = false;
  /** O_NONBLOCK is cleared on the fd (the I/O path's blocking Sync calls); it is set at creation. */
  #blockingFd = false;
  /**
   * The fd's file description may be shared with another fd (an adopted or
   * dup'd fd, one that came from another process): O_NONBLOCK is a flag of
   * the description, so it is never cleared, or a holder that relies on it
   * (an async operation here, Node's own sockets, another process) would
   * block. Blocking-mode Sync calls then wait with poll() instead.
   */
  #sharedFd = false;

  constructor(fd: number, timeout: number | null) {
    this.fd = fd;
    this.timeoutSeconds = timeout;
    open.set(fd, this);
    native.own(fd);
  }

  readiness(): Readiness {
    if (!this.#readiness) {
      this.#readiness = new Readiness(this.fd);
      if (!this.#userRef) this.#readiness.unref();
    }
    return this.#readiness;
  }

  /**
   * See IoTarget.useBlockingFd: one fcntl when the mode changes, none
   * otherwise; never blocking once shared, nor in a worker thread (a
   * kernel-blocking syscall there could not be interrupted by terminate();
   * the worker's poll() can).
   */
  useBlockingFd(blocking: boolean): boolean {
    if (blocking === this.#blockingFd) return true;
    if (blocking && (this.#sharedFd || !isMainThread())) return false;
    if (native.setNonblocking(this.fd, !blocking) < 0) return false;
    this.#blockingFd = blocking;
    return true;
  }

  /** Marks the fd's description as shared (see #sharedFd) and makes it non-blocking again if it was not. */
  shareFd(): void {
    this.#sharedFd = true;
    if (this.fd >= 0) this.useBlockingFd(false);
  }

  setRef(on: boolean): void {
    this.#userRef = on;
    if (on) this.#readiness?.ref();
    else this.#readiness?.unref();
  }

  /**
   * Refuse, cancel, stop polling, then close: marks the state closed, rejects
   * pending waiters with EBADF, closes the libuv handle and finally the fd.
   * Returns the fd it released (-1 if already closed) without closing it when
   * `keepFd` (detach).
   */
  release(syscall: string, keepFd: boolean): number {
    const fd = this.fd;
    if (fd < 0) return -1;
    this.fd = -1;
    if (open.get(fd) === this) open.delete(fd);
    this.#readiness?.close(closedError(syscall));
    this.#readiness = null;
    const linked = this.linked;
    this.linked = null;
    if (linked !== null) for (const r of linked) r.close(closedError(syscall));
    if (keepFd) native.disown(fd);
    else {
      const r = native.close(fd);
      if (r < 0 && r !== -E.ECONNRESET!) throw fromErrno(r, 'close');
    }
    return fd;
  }
}

/** The state of each open socket by fd, so that fromfd() can mark the original as shared. */
const open = new Map<number, SocketState>();

/** Marks the socket that owns `fd`, if any, as sharing its file description (fromfd() duplicates it). */
export function shareFdOf(fd: number): void {
  open.get(fd)?.shareFd();
}

/** Closes sockets that were garbage collected unclosed, with Python's ResourceWarning. */
export const finalizer = new FinalizationRegistry<SocketState>((state) => {
  if (state.fd < 0) return;
  const label = state.label;
  try {
    state.release('close', false);
  } catch {
    // The fd is gone either way; a finalizer has nobody to report to but the warning below.
  }
  process.emitWarning(`unclosed ${label}`, { type: 'ResourceWarning', code: 'SOCK_UNCLOSED_SOCKET' });
});
