/**
 * Receiving netlink datagrams whole. A datagram is read with one peek
 * (MSG_PEEK | MSG_TRUNC, which on netlink returns the datagram's full length)
 * and one read into a buffer that fits, so no reply is ever truncated,
 * however large. Waiting goes through core's one I/O path with a deadline
 * for the whole operation.
 */
import { errno, fromErrno, MSG_PEEK, MSG_TRUNC, validateSignal, validateUint32, type Socket } from '@sock/core';
import { validateSocket } from '@sock/core';
import { callOnSocket, callOnSocketSync, deadlineFor, platformLayout, recvmsgRaw, type RecvmsgRawInfo } from '@sock/core/family';
import { decodeNetlinkAddress } from './address.js';
import { decodeMessages, type NetlinkMessage } from './message.js';
import { validateNetlinkSocket, validateOptions } from './validate.js';

/** A datagram's bytes and its sender's port id. */
export interface Datagram {
  data: Buffer;
  senderPid: number;
  senderGroups: number;
}

const START = 32 * 1024;
const EMSGSIZE = errno.EMSGSIZE!;

/** One datagram reader per exchange: its buffer grows to the largest datagram seen. */
export class Reader {
  #buf = Buffer.allocUnsafe(START);
  #addr = Buffer.alloc(platformLayout.sockaddrStorage);
  readonly #info: RecvmsgRawInfo = { namelen: 0, flags: 0, controllen: 0 };

  /** The attempt core's I/O path retries: peek for the length, then read the whole datagram. */
  readonly attempt = (fd: number): number => {
    const want = recvmsgRaw(fd, this.#buf, null, MSG_PEEK | MSG_TRUNC, this.#addr, this.#info);
    if (want < 0) return want;
    if (want > this.#buf.length) this.#buf = Buffer.allocUnsafe(want);
    return recvmsgRaw(fd, this.#buf, null, 0, this.#addr, this.#info);
  };

  /** A copy of the datagram just read, with its sender. */
  take(n: number): Datagram {
    if ((this.#info.flags & MSG_TRUNC) !== 0) throw fromErrno(EMSGSIZE, 'recvmsg');
    const [pid, groups] = decodeNetlinkAddress(this.#addr.subarray(0, Math.min(this.#info.namelen, this.#addr.length)));
    return { data: Buffer.from(this.#buf.subarray(0, n)), senderPid: pid, senderGroups: groups };
  }
}

/** The deadline of one exchange (core's, from options.timeout or the socket's timeout). */
export { deadlineFor };

export function readSync(sock: Socket, reader: Reader, deadline: number | undefined): Datagram {
  validateSocket(sock);
  return reader.take(callOnSocketSync(sock, 'read', 'recvmsg', reader.attempt, { deadline }));
}

export async function read(sock: Socket, reader: Reader, deadline: number | undefined, signal?: AbortSignal): Promise<Datagram> {
  validateSocket(sock);
  return reader.take(await callOnSocket(sock, 'read', 'recvmsg', reader.attempt, { deadline, signal }));
}

/** Options of `receive` and `receiveSync`. */
export interface ReceiveOptions {
  /** Seconds to wait; default the socket's timeout; null: no limit. */
  timeout?: number | null;
  /** Only accept datagrams from this port id (default 0, the kernel); null: from anyone. */
  from?: number | null;
  signal?: AbortSignal;
}

function wanted(d: Datagram, from: number | null): boolean {
  return from === null || d.senderPid === from;
}

function fromOption(from: unknown): number | null {
  if (from === undefined) return 0;
  return from === null ? null : validateUint32(from, 'options.from');
}

/**
 * Waits for the next datagram (a multicast notification, typically) and
 * returns its messages. Datagrams from other senders than `from` are
 * dropped. Composite: recvmsg(2) in core's I/O path, then decodeMessages.
 */
export async function receive(sock: Socket, options?: ReceiveOptions): Promise<NetlinkMessage[]> {
  validateSocket(sock);
  validateNetlinkSocket(sock);
  options = validateOptions(options);
  const signal = validateSignal(options.signal);
  const deadline = deadlineFor(sock, options.timeout);
  const from = fromOption(options.from);
  const reader = new Reader();
  for (;;) {
    const d = await read(sock, reader, deadline, signal);
    if (wanted(d, from)) return decodeMessages(d.data);
  }
}

/** The blocking twin of `receive`. */
export function receiveSync(sock: Socket, options?: ReceiveOptions): NetlinkMessage[] {
  validateSocket(sock);
  validateNetlinkSocket(sock);
  options = validateOptions(options);
  const deadline = deadlineFor(sock, options.timeout);
  const from = fromOption(options.from);
  const reader = new Reader();
  for (;;) {
    const d = readSync(sock, reader, deadline);
    if (wanted(d, from)) return decodeMessages(d.data);
  }
}
