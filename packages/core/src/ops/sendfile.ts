/** sendfile: zero-copy where sendfile(2) can, read + send otherwise. A composite. */
import { fstat as fstatCb, fstatSync, read as readCb, readSync } from 'node:fs';
import { promisify, types } from 'node:util';
import { SOCK_STREAM } from '../constants.js';
import { closedError, errno as E, fromErrno, invalidArgType, invalidState } from '../errors.js';
import { callAsync, callSync } from '../io.js';
import { native } from '../native.js';
import { Readiness } from '../readiness.js';
import { kState, type SocketState } from '../state.js';
import type { OpOptions, Socket } from '../socket.js';
import { validateInteger, signalOf } from '../validate.js';

/** A file descriptor, or an object with one (fs.promises.FileHandle). */
export type SendfileSource = number | { readonly fd: number };

const CHUNK = 0x40000000;
const FALLBACK_CHUNK = 8192;
const fstatAsync = promisify(fstatCb);
const readAsync = promisify(readCb);

interface Plan {
  inFd: number;
  offset: number;
  count: number | null;
  /** Read position for the fallback: null for files without one (pipes, sockets). */
  seekable?: boolean;
}

function plan(sock: Socket, file: unknown, offset: unknown, count: unknown): Plan {
  // A Proxy is refused before any of its traps can run (a revoked one throws on every access).
  const inFd = typeof file === 'number' ? file : types.isProxy(file) ? undefined : (file as { fd?: unknown } | null)?.fd;
  if (typeof inFd !== 'number' || !Number.isInteger(inFd) || inFd < 0) {
    throw invalidArgType('file', 'a file descriptor or an object with an fd (FileHandle)', file);
  }
  if (sock.type !== SOCK_STREAM) throw invalidState('only SOCK_STREAM type sockets are supported', 'ERR_SOCKET_BAD_TYPE');
  if (sock.gettimeout() === 0) throw invalidState('non-blocking sockets are not supported', 'ERR_SOCKET_NONBLOCKING');
  const off = validateInteger(offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
  const cnt = count === null || count === undefined ? null : validateInteger(count, 'count', 1, Number.MAX_SAFE_INTEGER);
  return { inFd, offset: off, count: cnt };
}

const giveUp = (r: number): boolean => r === -E.EINVAL! || r === -E.ENOSYS! || r === -(E.EOPNOTSUPP ?? -1);

export function sendfileSync(sock: Socket, file: SendfileSource, offset: number, count: number | null): number {
  const p = plan(sock, file, offset, count);
  const st = sock[kState];
  const stat = fstatSync(p.inFd);
  p.seekable = stat.isFile() || stat.isBlockDevice();
  if (!stat.isFile()) return sendByReadingSync(sock, p);
  const total = p.count ?? Math.max(0, stat.size - p.offset);
  let sent = 0;
  while (sent < total) {
    const want = Math.min(total - sent, CHUNK);
    let gave = false;
    const n = callSync(st, 'write', 'sendfile', (fd) => {
      const r = native.sendfile(fd, p.inFd, p.offset + sent, want);
      if (r < 0 && sent === 0 && giveUp(r)) {
        gave = true;
        return 0;
      }
      return r;
    });
    if (gave) return sendByReadingSync(sock, p);
    if (n === 0) break;
    sent += n;
  }
  return sent;
}

export async function sendfile(sock: Socket, file: SendfileSource, offset: number, count: number | null, options?: OpOptions): Promise<number> {
  const p = plan(sock, file, offset, count);
  const signal = signalOf(options);
  const st = sock[kState];
  const stat = await fstatAsync(p.inFd);
  p.seekable = stat.isFile() || stat.isBlockDevice();
  if (!stat.isFile()) return sendByReading(sock, p, signal);
  const total = p.count ?? Math.max(0, stat.size - p.offset);
  let sent = 0;
  while (sent < total) {
    const want = Math.min(total - sent, CHUNK);
    let gave = false;
    const n = await callAsync(st, 'write', 'sendfile', (fd) => {
      const r = native.sendfile(fd, p.inFd, p.offset + sent, want);
      if (r < 0 && sent === 0 && giveUp(r)) {
        gave = true;
        return 0;
      }
      return r;
    }, { signal });
    if (gave) return sendByReading(sock, p, signal);
    if (n === 0) break;
    sent += n;
  }
  return sent;
}

/** The fallback for files sendfile(2) cannot read (pipes, some special files). */
function sendByReadingSync(sock: Socket, p: Plan): number {
  const buf = Buffer.allocUnsafe(FALLBACK_CHUNK);
  let sent = 0;
  for (;;) {
    const want = p.count === null ? FALLBACK_CHUNK : Math.min(FALLBACK_CHUNK, p.count - sent);
    if (want <= 0) break;
    const n = readSync(p.inFd, buf, 0, want, p.seekable ? p.offset + sent : null);
    if (n === 0) break;
    sock.sendallSync(buf.subarray(0, n));
    sent += n;
  }
  return sent;
}

async function sendByReading(sock: Socket, p: Plan, signal: AbortSignal | undefined): Promise<number> {
  const buf = Buffer.allocUnsafe(FALLBACK_CHUNK);
  let source = p.seekable ? null : new Readiness(p.inFd);
  const st = sock[kState];
  if (source) (st.linked ??= new Set()).add(source);
  let sent = 0;
  try {
    for (;;) {
      const want = p.count === null ? FALLBACK_CHUNK : Math.min(FALLBACK_CHUNK, p.count - sent);
      if (want <= 0) break;
      if (source && !(await sourceReadable(st, source, p.inFd, signal))) {
        st.linked?.delete(source);
        source = null;
      }
      const { bytesRead } = await readAsync(p.inFd, buf, 0, want, p.seekable ? p.offset + sent : null);
      if (bytesRead === 0) break;
      await sock.sendall(buf.subarray(0, bytesRead), 0, { signal });
      sent += bytesRead;
    }
  } finally {
    if (source) {
      st.linked?.delete(source);
      source.close(closedError('sendfile'));
    }
  }
  return sent;
}

/**
 * Waits on the event loop (poll(2) through libuv) until a source without a
 * position (FIFO, pipe, socket, tty) has something to read, so that the read
 * that follows does not hold a threadpool thread while nothing comes. Abort
 * and the socket's close() end the wait. False when libuv cannot watch the
 * fd (another watcher on this loop): the read then waits on the threadpool.
 */
async function sourceReadable(st: SocketState, source: Readiness, inFd: number, signal: AbortSignal | undefined): Promise<boolean> {
  if (signal?.aborted) throw signal.reason;
  if (st.fd < 0) throw closedError('sendfile');
  // fcntl(F_GETFL) first: a source closed behind our back is EBADF here, never an fd handed to epoll.
  const alive = native.getNonblocking(inFd);
  if (alive < 0) throw fromErrno(alive, 'sendfile');
  let wait: Promise<void>;
  try {
    wait = source.wait('read', undefined, signal, 'sendfile');
  } catch {
    return false;
  }
  await wait;
  return true;
}
