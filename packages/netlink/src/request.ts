/**
 * The request/dump helper: send one request, collect the kernel's answer.
 *
 * Composite: sendto(2) of the request (NLM_F_REQUEST, a fresh sequence
 * number), then recvmsg(2) of datagrams until the answer is complete:
 * - a multipart reply (NLM_F_MULTI, as dumps send) ends with NLMSG_DONE;
 * - with NLM_F_ACK, the answer ends with the acknowledgement (NLMSG_ERROR
 *   whose error is 0);
 * - otherwise one reply message ends it.
 * NLMSG_ERROR with a non-zero error, or NLMSG_DONE carrying one, becomes
 * core's OSError for that errno, with the kernel's extended-ack text.
 * Messages with another sequence number (multicast notifications on the same
 * socket) and datagrams from another sender than `peer` are skipped.
 * The whole exchange is bounded by `timeout` and by `maxMessages`. When it
 * fails midway through a dump, the rest of the dump stays queued on the
 * socket (later requests skip it by sequence number, but the kernel refuses
 * a new dump with EBUSY until it is read); a fresh socket avoids that.
 */
import { invalidArgType, outOfRange, validateInteger, validateSignal, validateUint32, type Socket } from '@sock/core';
import { validateSocket } from '@sock/core';
import { messageTypeName, NLM_F_ACK, NLM_F_DUMP, NLM_F_MULTI, NLM_F_REQUEST, NLMSG_NOOP } from './constants/index.js';
import { statusError, statusOf } from './extack.js';
import { decodeMessages, encodeMessage, type NetlinkMessage, type NetlinkMessageInput } from './message.js';
import { deadlineFor, read, Reader, readSync, type Datagram } from './receive.js';
import { validateNetlinkSocket, validateOptions } from './validate.js';

/** A request: a message (type, flags, payload) and the two flags most requests want. */
export interface NetlinkRequest extends NetlinkMessageInput {
  /** Adds NLM_F_DUMP: ask for every object (a multipart reply). */
  dump?: boolean;
  /** Adds NLM_F_ACK: the kernel confirms success with an acknowledgement. */
  ack?: boolean;
}

export interface RequestOptions {
  /** Seconds for the whole exchange; default the socket's timeout; null: each wait bounded only by the socket's timeout. */
  timeout?: number | null;
  /** The most messages to read before giving up with a RangeError (default 1,000,000). */
  maxMessages?: number;
  /** The port id that answers (default 0, the kernel). */
  peer?: number;
  signal?: AbortSignal;
}

const DEFAULT_MAX = 1_000_000;
const sequences = new WeakMap<Socket, number>();

/** The next sequence number for `sock`: 1, 2, ... wrapping past 0xffffffff to 1 (0 is what notifications carry). */
function nextSeq(sock: Socket): number {
  const seq = ((sequences.get(sock) ?? 0) % 0xffffffff) + 1;
  sequences.set(sock, seq);
  return seq;
}

/** The state of one exchange: what has been collected and whether it is complete. */
export class Exchange {
  readonly replies: NetlinkMessage[] = [];
  #seen = 0;

  constructor(
    readonly seq: number,
    readonly ack: boolean,
    readonly peer: number,
    readonly syscall: string,
    readonly maxMessages: number,
  ) {}

  /** Takes one datagram; true when the answer is complete. Throws the kernel's error as OSError. */
  feed(d: Datagram): boolean {
    if (d.senderPid !== this.peer) return false;
    let complete = false;
    for (const m of decodeMessages(d.data)) {
      if (++this.#seen > this.maxMessages) throw outOfRange('reply messages', `<= ${this.maxMessages} (options.maxMessages)`, this.#seen);
      if (m.seq !== this.seq || complete || m.type === NLMSG_NOOP) continue;
      const status = statusOf(m);
      if (status) {
        if (status.errno !== 0) throw statusError(status, this.syscall);
        complete = true;
        continue;
      }
      this.replies.push(m);
      if ((m.flags & NLM_F_MULTI) === 0 && !this.ack) complete = true;
    }
    return complete;
  }
}

interface Prepared {
  bytes: Buffer;
  exchange: Exchange;
  deadline: number | undefined;
  peer: number;
}

function prepare(sock: Socket, req: NetlinkRequest, options: RequestOptions): Prepared {
  validateNetlinkSocket(sock);
  if (req === null || typeof req !== 'object') throw invalidArgType('request', 'an object', req);
  const flags =
    NLM_F_REQUEST |
    validateInteger(req.flags ?? 0, 'request.flags', 0, 0xffff) |
    (req.dump ? NLM_F_DUMP : 0) |
    (req.ack ? NLM_F_ACK : 0);
  const seq = req.seq === undefined ? nextSeq(sock) : validateUint32(req.seq, 'request.seq');
  const bytes = encodeMessage({ ...req, flags, seq });
  const peer = validateUint32(options.peer ?? 0, 'options.peer');
  const max = validateInteger(options.maxMessages ?? DEFAULT_MAX, 'options.maxMessages', 1, Number.MAX_SAFE_INTEGER);
  const exchange = new Exchange(seq, (flags & NLM_F_ACK) !== 0, peer, messageTypeName(req.type, sock.proto), max);
  return { bytes, exchange, deadline: deadlineFor(sock, options.timeout), peer };
}

/**
 * Sends `req` and returns the reply messages (without the closing
 * NLMSG_DONE or acknowledgement): a dump's objects, a GET's one object, or
 * [] for an acknowledged change. Never blocks the event loop.
 */
export async function request(sock: Socket, req: NetlinkRequest, options?: RequestOptions): Promise<NetlinkMessage[]> {
  validateSocket(sock);
  const opts = validateOptions(options);
  const signal = validateSignal(opts.signal);
  const p = prepare(sock, req, opts);
  await sock.sendto(p.bytes, [p.peer, 0], { signal });
  const reader = new Reader();
  for (;;) {
    if (p.exchange.feed(await read(sock, reader, p.deadline, signal))) return p.exchange.replies;
  }
}

/** The blocking twin of `request`, for scripts and worker threads. */
export function requestSync(sock: Socket, req: NetlinkRequest, options?: RequestOptions): NetlinkMessage[] {
  validateSocket(sock);
  const p = prepare(sock, req, validateOptions(options));
  sock.sendtoSync(p.bytes, [p.peer, 0]);
  const reader = new Reader();
  for (;;) {
    if (p.exchange.feed(readSync(sock, reader, p.deadline))) return p.exchange.replies;
  }
}
