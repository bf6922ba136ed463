/**
 * `frames()`: a CAN_RAW socket as an async iterator of received frames.
 * Each wake-up drains everything the kernel has queued with one recvmmsg(2)
 * (core's batched receive), so a burst costs one syscall and one event-loop
 * turn instead of one per frame, and the socket's queue is emptied as fast
 * as it fills.
 */
import { errno, invalidArgType, validateInteger, validateSocket, type Socket } from '@sock/core';
import { CAN_RAW_XL_FRAMES, SOL_CAN_RAW } from './constants.js';
import { addon } from './native.js';
import { enableFrameMeta, frameFromParts, type FrameOptions, type ReceivedFrame } from './receive.js';

/** Room for a timestamp (SCM_TIMESTAMPING's three timespecs at most) and the drop counter, per frame. */
const ANCILLARY_PER_FRAME = 128;

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

/**
 * Yields every frame `sock` (a CAN_RAW socket) receives, with its interface
 * and metadata (timestamps and the drop counter, when `options` turns them
 * on or the socket already has them). Waits as the socket's timeout mode
 * says: with a timeout, an idle bus ends the iteration with TimeoutError;
 * `settimeout(null)` waits forever. Closing the socket ends it quietly.
 * Wraps `recvmmsg(2)` (a composite: one call per wake-up).
 */
export async function* frames(sock: Socket, options: FramesOptions = {}): AsyncGenerator<ReceivedFrame, void, undefined> {
  validateSocket(sock);
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'an object', options);
  const batch = options.batch === undefined ? 64 : validateInteger(options.batch, 'options.batch', 1, 1024);
  enableFrameMeta(sock, options);
  const size = frameSize(sock);
  // Every frame is decoded (its data copied) before the next call, so the call's buffers are reused.
  const call = { ancbufsize: ANCILLARY_PER_FRAME, reuse: true, ...(options.signal ? { signal: options.signal } : {}) };
  for (;;) {
    let got;
    try {
      got = await sock.recvmmsg(batch, size, call);
    } catch (err) {
      if (sock.closed && (err as { errno?: unknown }).errno === errno.EBADF) return;
      throw err;
    }
    for (const [data, anc, , address] of got) yield frameFromParts(data, anc, address);
  }
}
