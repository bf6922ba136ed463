/**
 * `frames()`: a CAN_RAW socket as an async iterator of received frames.
 * Each wake-up drains everything the kernel has queued with one recvmmsg(2)
 * (core's batched receive), so a burst costs one syscall and one event-loop
 * turn instead of one per frame, and the socket's queue is emptied as fast
 * as it fills.
 *
 * The frames are read in place from one set of receive buffers the stream
 * keeps: each is decoded when the iterator is asked for it (its data copied
 * out), and the next recvmmsg(2) runs only once the batch is used up. The
 * iterator is a plain object rather than an async generator, so a frame
 * that is already received costs one settled promise, not a generator
 * resumption and its extra promise turns.
 */
import { errno, invalidArgType, validateInteger, validateSocket, type Socket } from '@sock/core';
import { callOnSocket, platformLayout, recvmmsgRaw } from '@sock/core/family';
import { u16, u32 } from './bytes.js';
import { AF_CAN, CAN_RAW_XL_FRAMES, SOL_CAN_RAW } from './constants.js';
import { decodeFrameAt } from './frame.js';
import { ifnameOf } from './ifname.js';
import { addon } from './native.js';
import { enableFrameMeta, frameMetaAt, type FrameOptions, type MetaScan, type ReceivedFrame } from './receive.js';

/** Room for a timestamp (SCM_TIMESTAMPING's three timespecs at most) and the drop counter, per frame. */
const ANCILLARY_PER_FRAME = 128;
const ADDR_SIZE = platformLayout.sockaddrStorage;
const SA = addon.layout.sockaddrCan;

export interface FramesOptions extends FrameOptions {
  /** The most frames one recvmmsg(2) takes (1..1024; default 64). */
  batch?: number;
  /** Ends the iteration: the pending wait rejects with the signal's reason. */
  signal?: AbortSignal;
}

function frameSize(sock: Socket): number {
  const L = addon.layout;
  if (L.canxlFrame === undefined || CAN_RAW_XL_FRAMES === undefined) return L.canfdFrame.size;
  try {
    return Number(sock.getsockopt(SOL_CAN_RAW, CAN_RAW_XL_FRAMES)) !== 0 ? L.canxlFrame.size : L.canfdFrame.size;
  } catch {
    return L.canfdFrame.size;
  }
}

const done = (): IteratorReturnResult<void> => ({ done: true, value: undefined });

/** The receive buffers of one stream and what the last recvmmsg(2) left in them. */
class FrameStream implements AsyncGenerator<ReceivedFrame, void, undefined> {
  readonly #sock: Socket;
  readonly #options: FramesOptions;
  #started = false;
  #finished = false;
  /** The pending recvmmsg(2), while one runs: a next() that comes meanwhile waits for it. */
  #pending: Promise<IteratorResult<ReceivedFrame, void>> | null = null;
  /** next() for a call that waited for the pending one, whichever way it settled. */
  readonly #again = (): Promise<IteratorResult<ReceivedFrame, void>> => this.next();
  #size = 0;
  #data: Buffer = Buffer.alloc(0);
  #control: Buffer = Buffer.alloc(0);
  #addrs: Buffer = Buffer.alloc(0);
  #meta: Int32Array = new Int32Array(0);
  /** The in-place walk of #control's items, reused for every frame. */
  #scan: MetaScan = { view: new DataView(new ArrayBuffer(0)), frame: {} };
  #attempt: (fd: number) => number = () => 0;
  #call: { signal?: AbortSignal } = {};
  /** Messages in the buffers, and the next one to hand out. */
  #got = 0;
  #at = 0;
  /** The interface index of the last frame decoded, and its name. */
  #ifindex = -1;
  #ifname = '';

  constructor(sock: Socket, options: FramesOptions) {
    this.#sock = sock;
    this.#options = options;
  }

  /** The checks and setsockopts, on the first next() (where an async generator would run them). */
  #start(): void {
    this.#started = true;
    const sock = this.#sock;
    const options = this.#options;
    validateSocket(sock);
    if (options === null || typeof options !== 'object') throw invalidArgType('options', 'an object', options);
    const batch = options.batch === undefined ? 64 : validateInteger(options.batch, 'options.batch', 1, 1024);
    enableFrameMeta(sock, options);
    const size = frameSize(sock);
    this.#size = size;
    this.#data = Buffer.allocUnsafe(batch * size);
    // Not zero-filled: only the bytes the kernel reports writing (msg_controllen, msg_namelen) are read.
    this.#control = Buffer.allocUnsafe(batch * ANCILLARY_PER_FRAME);
    this.#addrs = Buffer.allocUnsafe(batch * ADDR_SIZE);
    this.#meta = new Int32Array(4 * batch);
    this.#scan = { view: new DataView(this.#control.buffer, this.#control.byteOffset, this.#control.byteLength), frame: {} };
    const data = this.#data;
    const control = this.#control;
    const addrs = this.#addrs;
    const meta = this.#meta;
    this.#attempt = (fd) => recvmmsgRaw(fd, data, size, batch, control, ANCILLARY_PER_FRAME, addrs, ADDR_SIZE, 0, meta);
    if (options.signal) this.#call = { signal: options.signal };
  }

  /** Frame `i` of the buffers, with its interface and metadata. */
  #frame(i: number): ReceivedFrame {
    const meta = this.#meta;
    const size = this.#size;
    const len = Math.min(meta[4 * i]!, size);
    const frame = decodeFrameAt(this.#data, i * size, len) as ReceivedFrame;
    const ctlLen = Math.min(meta[4 * i + 3]!, ANCILLARY_PER_FRAME);
    if (ctlLen > 0) {
      const scan = this.#scan;
      scan.frame = frame;
      frameMetaAt(scan, i * ANCILLARY_PER_FRAME, i * ANCILLARY_PER_FRAME + ctlLen);
    }
    frame.ifname = this.#ifnameOf(i, Math.min(Math.max(meta[4 * i + 1]!, 0), ADDR_SIZE));
    return frame;
  }

  /** The interface a frame came from: sockaddr_can's ifindex, named once per run of frames from one interface. */
  #ifnameOf(i: number, namelen: number): string {
    const at = i * ADDR_SIZE;
    const addrs = this.#addrs;
    const family = u16(addrs, at + SA.family.offset);
    if (namelen < SA.ifindex.offset + 4 || family !== AF_CAN) return '';
    const ifindex = u32(addrs, at + SA.ifindex.offset) | 0;
    if (ifindex !== this.#ifindex) {
      this.#ifname = ifnameOf(ifindex, { fd: this.#sock.fileno() });
      this.#ifindex = ifindex;
    }
    return this.#ifname;
  }

  next(): Promise<IteratorResult<ReceivedFrame, void>> {
    if (this.#pending !== null) return this.#pending.then(this.#again, this.#again);
    if (this.#finished) return Promise.resolve(done());
    try {
      if (this.#at < this.#got) return Promise.resolve({ done: false, value: this.#frame(this.#at++) });
      if (!this.#started) this.#start();
      // A new batch: the interface names are looked up again (an index may have been renamed meanwhile).
      this.#ifindex = -1;
      const pending = callOnSocket(this.#sock, 'read', 'recvmmsg', this.#attempt, this.#call).then(
        (n) => {
          this.#pending = null;
          if (this.#finished) return done();
          this.#got = n;
          this.#at = 1;
          try {
            return { done: false as const, value: this.#frame(0) };
          } catch (err) {
            this.#finished = true;
            throw err;
          }
        },
        (err: unknown) => {
          this.#pending = null;
          if (this.#finished) return done();
          this.#finished = true;
          if (this.#sock.closed && (err as { errno?: unknown }).errno === errno.EBADF) return done();
          throw err;
        },
      );
      this.#pending = pending;
      return pending;
    } catch (err) {
      this.#finished = true;
      return Promise.reject(err);
    }
  }

  return(): Promise<IteratorResult<ReceivedFrame, void>> {
    this.#finished = true;
    this.#got = 0;
    return Promise.resolve(done());
  }

  throw(err: unknown): Promise<IteratorResult<ReceivedFrame, void>> {
    this.#finished = true;
    this.#got = 0;
    return Promise.reject(err);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.return();
  }
}

/**
 * Yields every frame `sock` (a CAN_RAW socket) receives, with its interface
 * and metadata (timestamps and the drop counter, when `options` turns them
 * on or the socket already has them). Waits as the socket's timeout mode
 * says: with a timeout, an idle bus ends the iteration with TimeoutError;
 * `settimeout(null)` waits forever. Closing the socket ends it quietly.
 * Wraps `recvmmsg(2)` (a composite: one call per wake-up). The checks run on
 * the first `next()`, which rejects with their error.
 */
export function frames(sock: Socket, options: FramesOptions = {}): AsyncGenerator<ReceivedFrame, void, undefined> {
  return new FrameStream(sock, options);
}
