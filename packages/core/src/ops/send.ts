/** send, sendall, sendto, sendmsg — sync and async. */
import { types } from 'node:util';
import { encodeAddress, encodeAddressAsync } from '../address.js';
import { encodeAncillary, type AncillaryInput } from '../cmsg.js';
import { invalidArgType, timedOut } from '../errors.js';
import { callAsync, callSoon, callSync, deadlineOf, sys } from '../io.js';
import { native } from '../native.js';
import { kState, type SocketState } from '../state.js';
import type { Address, OpOptions, Socket } from '../socket.js';
import { boundedItems, checkAttached, toBytes, validateInt32, signalOf } from '../validate.js';

/**
 * MSG_NOSIGNAL is added where the platform has it (SocketState.sendFlags):
 * a write to a closed peer raises BrokenPipeError instead of killing the
 * process with SIGPIPE (Node ignores SIGPIPE too, so this matches what users
 * see in Python). Families that refuse the flag (FamilyPlugin.sendNoSignal
 * false) get none.
 */
const sendFlags = (sock: Socket, flags: unknown): number => validateInt32(flags, 'flags') | sock[kState].sendFlags;

// ---- send ------------------------------------------------------------------------------

export function sendSync(sock: Socket, data: ArrayBufferView, flags: number): number {
  const view = toBytes(data, 'data');
  const f = sendFlags(sock, flags);
  return callSync(sock[kState], 'write', 'send', (fd) => sys.send(fd, view, 0, view.length, f), { flags: f });
}

export function send(sock: Socket, data: ArrayBufferView, flags: number, options?: OpOptions): Promise<number> {
  const view = toBytes(data, 'data');
  const f = sendFlags(sock, flags);
  const signal = signalOf(options);
  return callAsync(sock[kState], 'write', 'send', (fd) => {
    checkAttached(view, 'data', 'send');
    return sys.send(fd, view, 0, view.length, f);
  }, { signal, flags: f });
}

// ---- sendall ---------------------------------------------------------------------------

function remainingOrThrow(deadline: number | undefined): void {
  if (deadline !== undefined && deadline - performance.now() <= 0) throw timedOut('send');
}

export function sendallSync(sock: Socket, data: ArrayBufferView, flags: number): void {
  const view = toBytes(data, 'data');
  const f = sendFlags(sock, flags);
  const st = sock[kState];
  const deadline = deadlineOf(st);
  const opts = { deadline, flags: f };
  let off = 0;
  const attempt = (fd: number): number => sys.send(fd, view, off, view.length - off, f);
  do {
    remainingOrThrow(deadline);
    off += callSync(st, 'write', 'send', attempt, opts);
  } while (off < view.length);
}

/** What sendall returns when its first try sent everything: one settled promise for every such call. */
const SENT: Promise<void> = Promise.resolve();

/**
 * Not an async function: a sendall whose first try (made at once, in the
 * calling tick) sends everything returns a settled promise without
 * allocating one; only a partial send or a wait continues in `sendallRest`.
 */
export function sendall(sock: Socket, data: ArrayBufferView, flags: number, options?: OpOptions): Promise<void> {
  try {
    const view = toBytes(data, 'data');
    const f = sendFlags(sock, flags);
    const signal = signalOf(options);
    const st = sock[kState];
    const deadline = deadlineOf(st);
    const opts = { deadline, signal, flags: f };
    const total = view.length;
    const sent = { bytes: 0 };
    const attempt = (fd: number): number => {
      checkAttached(view, 'data', 'sendall', `; ${sent.bytes} of ${total} bytes were sent`);
      return sys.send(fd, view, sent.bytes, total - sent.bytes, f);
    };
    remainingOrThrow(deadline);
    const n = callSoon(st, 'write', 'send', attempt, opts);
    if (typeof n === 'number') {
      sent.bytes += n;
      if (sent.bytes >= total) return SENT;
    }
    return sendallRest(st, sent, total, n, attempt, opts);
  } catch (err) {
    return Promise.reject(err);
  }
}

/** The rest of a sendall after its first try: waits, and sends until every byte is taken. */
async function sendallRest(
  st: SocketState, sent: { bytes: number }, total: number, first: number | Promise<number>,
  attempt: (fd: number) => number, opts: { deadline: number | undefined; signal: AbortSignal | undefined; flags: number },
): Promise<void> {
  if (typeof first !== 'number') sent.bytes += await first;
  while (sent.bytes < total) {
    remainingOrThrow(opts.deadline);
    const n = callSoon(st, 'write', 'send', attempt, opts);
    sent.bytes += typeof n === 'number' ? n : await n;
  }
}

// ---- sendto ----------------------------------------------------------------------------

function isOptions(v: unknown): v is OpOptions {
  return v === undefined || (typeof v === 'object' && v !== null && !types.isProxy(v) && !Array.isArray(v) && !ArrayBuffer.isView(v) && Object.getPrototypeOf(v) === Object.prototype);
}

/** Python's two forms: (data, address) and (data, flags, address); an options object may follow. */
function sendtoArgs(rest: unknown[]): { flags: number; address: unknown; options?: OpOptions } {
  const n = rest.length;
  if (n === 1 || (n === 2 && isOptions(rest[1]))) return { flags: 0, address: rest[0], options: rest[1] as OpOptions };
  if (n === 2 || (n === 3 && isOptions(rest[2]))) return { flags: validateInt32(rest[0], 'flags'), address: rest[1], options: rest[2] as OpOptions };
  throw invalidArgType('arguments', `(data, address) or (data, flags, address); sendto() takes 2 or 3 arguments (${n + 1} given)`, n + 1);
}

export function sendtoSync(sock: Socket, data: ArrayBufferView, rest: unknown[]): number {
  const view = toBytes(data, 'data');
  const { flags, address } = sendtoArgs(rest);
  const f = sendFlags(sock, flags);
  const sa = encodeAddress(sock, address, 'sendto');
  return callSync(sock[kState], 'write', 'sendto', (fd) => sys.sendto(fd, view, 0, view.length, f, sa), { flags: f });
}

export async function sendto(sock: Socket, data: ArrayBufferView, rest: unknown[]): Promise<number> {
  const view = toBytes(data, 'data');
  const { flags, address, options } = sendtoArgs(rest);
  const f = sendFlags(sock, flags);
  const signal = signalOf(options);
  const enc = encodeAddressAsync(sock, address, 'sendto');
  const sa = enc instanceof Uint8Array ? enc : await enc;
  const st = sock[kState];
  const attempt = (fd: number): number => {
    checkAttached(view, 'data', 'sendto');
    return sys.sendto(fd, view, 0, view.length, f, sa);
  };
  return callSoon(st, 'write', 'sendto', attempt, { signal, flags: f });
}

// ---- sendmsg ---------------------------------------------------------------------------

function gather(buffers: unknown): Uint8Array[] {
  const given = boundedItems(buffers, 'buffers', native.layout.iovMax, 'an iterable of Buffer, TypedArray, or DataView');
  const views: Uint8Array[] = [];
  for (let i = 0; i < given.length; i++) views.push(toBytes(given[i], `buffers[${i}]`));
  return views;
}

export function sendmsgSync(sock: Socket, buffers: Iterable<ArrayBufferView>, ancdata: Iterable<AncillaryInput> | null | undefined, flags: number, address: Address | null): number {
  const views = gather(buffers);
  const control = encodeAncillary(ancdata);
  const f = sendFlags(sock, flags);
  const sa = address === null || address === undefined ? null : encodeAddress(sock, address, 'sendmsg');
  return callSync(sock[kState], 'write', 'sendmsg', (fd) => sys.sendmsg(fd, views, control, f, sa), { flags: f });
}

export async function sendmsg(sock: Socket, buffers: Iterable<ArrayBufferView>, ancdata: Iterable<AncillaryInput> | null | undefined, flags: number, address: Address | null, options?: OpOptions): Promise<number> {
  const views = gather(buffers);
  const control = encodeAncillary(ancdata);
  const f = sendFlags(sock, flags);
  const signal = signalOf(options);
  const sa = address === null || address === undefined ? null : await encodeAddressAsync(sock, address, 'sendmsg');
  return callAsync(sock[kState], 'write', 'sendmsg', (fd) => {
    for (let i = 0; i < views.length; i++) checkAttached(views[i]!, `buffers[${i}]`, 'sendmsg');
    return sys.sendmsg(fd, views, control, f, sa);
  }, { signal, flags: f });
}
