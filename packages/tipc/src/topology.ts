/**
 * The TIPC topology service: a client that connects to the kernel's
 * topology server (service `TIPC_TOP_SRV`), subscribes to service ranges
 * and reads the published / withdrawn events, with the codecs of
 * `struct tipc_subscr` (what a subscriber sends) and `struct tipc_event`
 * (what the server answers). Layouts come from <linux/tipc.h> through the
 * addon; the server answers in the byte order of the subscription, and
 * these codecs use the host's.
 *
 * ```js
 * for await (const ev of topologyEvents({ type: 18888, lower: 0, upper: 100 })) {
 *   console.log(tipcEventName(ev.event), ev.foundLower, ev.foundUpper, ev.port);
 * }
 * ```
 */
import { invalidArgType, invalidArgValue, osError, outOfRange, Socket, SOCK_SEQPACKET, toBytes, validateObject, validateUint32 } from '@sock/core';
import { readField, writeField } from '@sock/core/family';
import { AF_TIPC, TIPC_ADDR_NAME, TIPC_SUB_CANCEL, TIPC_SUB_PORTS, TIPC_SUBSCR_TIMEOUT, TIPC_TOP_SRV, TIPC_WAIT_FOREVER } from './constants.js';
import { addon } from './native.js';

const SUBSCR = addon.layout.tipcSubscr;
const EVENT = addon.layout.tipcEvent;

/** sizeof(struct tipc_subscr) (28 on Linux); 0 where the headers lack it. */
export const TIPC_SUBSCR_SIZE: number = SUBSCR?.size ?? 0;
/** sizeof(struct tipc_event) (48 on Linux); 0 where the headers lack it. */
export const TIPC_EVENT_SIZE: number = EVENT?.size ?? 0;

/** A subscription: the service range of interest and how to report it. */
export interface TipcSubscription {
  /** The service type. */
  type: number;
  lower: number;
  upper: number;
  /** Milliseconds the subscription lasts; TIPC_WAIT_FOREVER (-1, the default) for ever. */
  timeout?: number;
  /** TIPC_SUB_PORTS (the default: an event per binding) or TIPC_SUB_SERVICE (first up, last down); TIPC_SUB_CANCEL added to cancel. */
  filter?: number;
  /** Up to 8 bytes the server echoes in every event of this subscription (usr_handle). */
  handle?: Uint8Array;
}

/** A decoded struct tipc_subscr: every member, handle as its 8 bytes. */
export interface TipcSubscriptionFields {
  type: number;
  lower: number;
  upper: number;
  /** As the kernel reads it: 0xffffffff is TIPC_WAIT_FOREVER. */
  timeout: number;
  filter: number;
  handle: Buffer;
}

/** A decoded struct tipc_event. */
export interface TipcEvent {
  /** TIPC_PUBLISHED, TIPC_WITHDRAWN or TIPC_SUBSCR_TIMEOUT. */
  event: number;
  /** The part of the subscribed range the binding covers. */
  foundLower: number;
  foundUpper: number;
  /** The bound socket, as a TIPC_ADDR_ID address's node and ref. */
  port: { node: number; ref: number };
  /** The subscription this event answers. */
  subscription: TipcSubscriptionFields;
}

function layouts(): [NonNullable<typeof SUBSCR>, NonNullable<typeof EVENT>] {
  if (!SUBSCR || !EVENT) throw osError("this platform's headers define no TIPC topology structs (<linux/tipc.h>)");
  return [SUBSCR, EVENT];
}

/** Packs a struct tipc_subscr. Members are unsigned 32-bit; timeout may be TIPC_WAIT_FOREVER (-1). */
export function packTipcSubscr(sub: TipcSubscription): Buffer {
  const [L] = layouts();
  validateObject(sub, 'subscription');
  const type = validateUint32(sub.type, 'subscription.type');
  const lower = validateUint32(sub.lower, 'subscription.lower');
  const upper = validateUint32(sub.upper, 'subscription.upper');
  if (lower > upper) throw outOfRange('subscription.upper', `>= subscription.lower (${lower})`, upper);
  const rawTimeout = sub.timeout ?? TIPC_WAIT_FOREVER;
  const timeout = rawTimeout === TIPC_WAIT_FOREVER ? 0xffffffff : validateUint32(rawTimeout, 'subscription.timeout');
  const filter = validateUint32(sub.filter ?? TIPC_SUB_PORTS, 'subscription.filter');
  const out = Buffer.alloc(L.size);
  writeField(out, L.type, type);
  writeField(out, L.lower, lower);
  writeField(out, L.upper, upper);
  writeField(out, L.timeout, timeout);
  writeField(out, L.filter, filter);
  if (sub.handle !== undefined) {
    const handle = toBytes(sub.handle, 'subscription.handle');
    if (handle.length > L.usrHandle.size) throw outOfRange('subscription.handle.length', `<= ${L.usrHandle.size}`, handle.length);
    out.set(handle, L.usrHandle.offset);
  }
  return out;
}

function subscrAt(bytes: Uint8Array, base: number): TipcSubscriptionFields {
  const [L] = layouts();
  const at = (f: { offset: number; size: number }) => ({ offset: base + f.offset, size: f.size });
  return {
    type: Number(readField(bytes, at(L.type))),
    lower: Number(readField(bytes, at(L.lower))),
    upper: Number(readField(bytes, at(L.upper))),
    timeout: Number(readField(bytes, at(L.timeout))),
    filter: Number(readField(bytes, at(L.filter))),
    handle: Buffer.from(bytes.subarray(base + L.usrHandle.offset, base + L.usrHandle.offset + L.usrHandle.size)),
  };
}

function exactLength(bytes: unknown, size: number, what: string): Uint8Array {
  const b = toBytes(bytes, what);
  if (b.length !== size) throw invalidArgValue(`${what}.length`, b.length, `must be ${size} (sizeof ${what === 'event' ? 'struct tipc_event' : 'struct tipc_subscr'})`);
  return b;
}

/** Unpacks the bytes of a struct tipc_subscr; any other length is a TypeError (ERR_INVALID_ARG_VALUE). */
export function unpackTipcSubscr(bytes: Uint8Array): TipcSubscriptionFields {
  const [L] = layouts();
  return subscrAt(exactLength(bytes, L.size, 'subscription'), 0);
}

/** Unpacks the bytes of a struct tipc_event; any other length is a TypeError (ERR_INVALID_ARG_VALUE). */
export function unpackTipcEvent(bytes: Uint8Array): TipcEvent {
  const [, E] = layouts();
  const b = exactLength(bytes, E.size, 'event');
  return {
    event: Number(readField(b, E.event)),
    foundLower: Number(readField(b, E.foundLower)),
    foundUpper: Number(readField(b, E.foundUpper)),
    port: { node: Number(readField(b, E.portNode)), ref: Number(readField(b, E.portRef)) },
    subscription: subscrAt(b, E.s.offset),
  };
}

/** The address of the topology server on this node. */
export function topologyServerAddress(): [number, number, number, number] {
  return [TIPC_ADDR_NAME, TIPC_TOP_SRV, TIPC_TOP_SRV, 0];
}

/**
 * A connection to the topology server: `subscribe` and `cancel` send
 * subscriptions, `next` and the async iterator read events. One connection
 * may hold many subscriptions; the server closes it when a subscription
 * is malformed.
 */
export class TipcTopology implements AsyncIterable<TipcEvent> {
  /** The SOCK_SEQPACKET socket connected to the server. */
  readonly socket: Socket<'AF_TIPC'>;

  private constructor(socket: Socket<'AF_TIPC'>) {
    this.socket = socket;
  }

  /** Connects to the topology server (a blocking connect; the server is local). */
  static connectSync(): TipcTopology {
    const sock = new Socket(AF_TIPC, SOCK_SEQPACKET, 0);
    try {
      sock.connectSync(topologyServerAddress());
    } catch (err) {
      sock.close();
      throw err;
    }
    return new TipcTopology(sock);
  }

  /** Sends a subscription; its events follow (at once for bindings that exist). */
  subscribe(sub: TipcSubscription): void {
    this.socket.sendallSync(packTipcSubscr(sub));
  }

  /** Cancels a subscription: the same range, timeout and handle, with TIPC_SUB_CANCEL added to the filter. */
  cancel(sub: TipcSubscription): void {
    validateObject(sub, 'subscription');
    this.socket.sendallSync(packTipcSubscr({ ...sub, filter: (validateUint32(sub.filter ?? TIPC_SUB_PORTS, 'subscription.filter') | TIPC_SUB_CANCEL) >>> 0 }));
  }

  /** The next event; null when the server closed the connection. */
  async next(options?: { signal?: AbortSignal }): Promise<TipcEvent | null> {
    const [, E] = layouts();
    const bytes = await this.socket.recv(E.size + 1, 0, options);
    if (bytes.length === 0) return null;
    return unpackTipcEvent(bytes);
  }

  /** `next` without the event loop: blocks (under the socket's timeout). */
  nextSync(): TipcEvent | null {
    const [, E] = layouts();
    const bytes = this.socket.recvSync(E.size + 1);
    if (bytes.length === 0) return null;
    return unpackTipcEvent(bytes);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<TipcEvent> {
    for (;;) {
      const ev = await this.next();
      if (ev === null) return;
      yield ev;
    }
  }

  close(): void {
    this.socket.close();
  }

  [Symbol.dispose](): void {
    this.close();
  }
}

/**
 * Events of one subscription as an async iterable: connects, subscribes,
 * yields each event, and closes the connection when the loop ends (break,
 * return, throw), when `signal` aborts, or when the server closes it (a
 * finite `timeout` ends with a TIPC_SUBSCR_TIMEOUT event, then nothing).
 */
export async function* topologyEvents(sub: TipcSubscription, options: { signal?: AbortSignal } = {}): AsyncGenerator<TipcEvent, void, undefined> {
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  const bytes = packTipcSubscr(sub);
  const topo = TipcTopology.connectSync();
  try {
    topo.socket.sendallSync(bytes);
    for (;;) {
      const ev = await topo.next(options);
      if (ev === null) return;
      yield ev;
      if (ev.event === TIPC_SUBSCR_TIMEOUT) return;
    }
  } finally {
    topo.close();
  }
}
