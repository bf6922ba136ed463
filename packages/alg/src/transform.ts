/**
 * The kernel's two-socket pattern, as the helpers use it: a transform socket
 * is bound to `[type, name]` (bind(2)) and keyed (setsockopt(2)
 * ALG_SET_KEY), then each accept(2) gives an operation socket that does the
 * work. The transform socket is closed once the operation socket exists; the
 * operation socket keeps the algorithm and key alive.
 */
import { invalidArgType, SOCK_SEQPACKET, SO_SNDBUF, SOL_SOCKET, Socket, toBytes, validateObject } from '@sock/core';
import { AF_ALG, ALG_SET_AEAD_AUTHSIZE, ALG_SET_KEY, SOL_ALG } from './constants.js';
import { withAlgHint, type AlgErrorContext } from './errors.js';

/** What a transform socket is set up with before accept(2). */
export interface TransformSetup {
  readonly key?: ArrayBufferView;
  /** ALG_SET_AEAD_AUTHSIZE: the tag length of an AEAD (setsockopt with a NULL value and this length). */
  readonly authsize?: number;
}

function step<T>(ctx: AlgErrorContext, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw withAlgHint(err, ctx);
  }
}

/**
 * A composite of socket(2), bind(2), setsockopt(2) and accept(2): the
 * operation socket of `type`/`name`, keyed when `setup.key` is given. Errors
 * carry hints (see algErrorHint); no socket is left open on failure.
 */
export function openOperation(type: string, name: string, setup: TransformSetup = {}): Socket<'AF_ALG'> {
  if (typeof type !== 'string') throw invalidArgType('type', 'of type string', type);
  if (typeof name !== 'string') throw invalidArgType('name', 'of type string', name);
  validateObject(setup, 'setup', 'an object');
  const key = setup.key === undefined ? undefined : toBytes(setup.key, 'key');
  const transform = step({ syscall: 'socket', type, name }, () => new Socket(AF_ALG, SOCK_SEQPACKET, 0));
  try {
    step({ syscall: 'bind', type, name }, () => transform.bind([type, name]));
    if (key !== undefined) step({ syscall: 'setsockopt', type, name }, () => transform.setsockopt(SOL_ALG, ALG_SET_KEY, key));
    if (setup.authsize !== undefined) {
      const authsize = setup.authsize;
      step({ syscall: 'setsockopt', type, name }, () => transform.setsockopt(SOL_ALG, ALG_SET_AEAD_AUTHSIZE, null, authsize));
    }
    return step({ syscall: 'accept', type, name }, () => transform.acceptSync()[0]);
  } finally {
    transform.close();
  }
}

/**
 * The most input af_alg takes before an operation must be read out: the
 * socket's send buffer rounded down to whole pages, as af_alg_sndbuf()
 * counts it (at least one page).
 */
export function sendLimit(op: Socket): number {
  const sndbuf = Number(op.getsockopt(SOL_SOCKET, SO_SNDBUF));
  return Math.max(sndbuf - (sndbuf % 4096), 4096);
}

/** Raises the send buffer (setsockopt(2) SO_SNDBUF, capped by net.core.wmem_max) when `needed` exceeds sendLimit; returns the new limit. */
export function fitSendLimit(op: Socket, needed: number): number {
  const limit = sendLimit(op);
  if (needed <= limit) return limit;
  op.setsockopt(SOL_SOCKET, SO_SNDBUF, Math.min(needed + 4096, 0x3fffffff));
  return sendLimit(op);
}

/** recv(2) until `length` bytes have come (an operation's output may come in pieces); the Sync form. */
export function recvExactSync(op: Socket, length: number, ctx: AlgErrorContext): Buffer {
  const out = Buffer.alloc(length);
  let got = 0;
  while (got < length) {
    const n = step(ctx, () => op.recvIntoSync(out.subarray(got), length - got));
    if (n === 0) break;
    got += n;
  }
  return got === length ? out : out.subarray(0, got);
}

/** The async form of recvExactSync. */
export async function recvExact(op: Socket, length: number, ctx: AlgErrorContext, signal?: AbortSignal): Promise<Buffer> {
  const out = Buffer.alloc(length);
  let got = 0;
  while (got < length) {
    let n: number;
    try {
      n = await op.recvInto(out.subarray(got), length - got, 0, signal === undefined ? undefined : { signal });
    } catch (err) {
      throw withAlgHint(err, ctx);
    }
    if (n === 0) break;
    got += n;
  }
  return got === length ? out : out.subarray(0, got);
}

export { step as algStep };
