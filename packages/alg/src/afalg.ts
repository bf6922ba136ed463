/**
 * Python's `sock.sendmsg_afalg([msg, ...], *, op, iv, assoclen, flags)`:
 * sendmsg(2) on an AF_ALG operation socket with the SOL_ALG control
 * messages that set the operation (ALG_SET_OP, a u32), the IV
 * (ALG_SET_IV, a struct af_alg_iv: u32 ivlen then the IV bytes) and the
 * AEAD associated-data length (ALG_SET_AEAD_ASSOCLEN, a u32), in that order.
 *
 * Core's Socket knows no family by name, so this is a function of
 * @sock/alg taking the socket first — `sendmsgAfalg(op, [data], { op:
 * ALG_OP_ENCRYPT, iv })` — that builds the control messages and calls the
 * socket's own `sendmsg`/`sendmsgSync`, so the timeout mode, retries and
 * errors are core's.
 *
 * Validation as CPython's: a socket of another family raises
 * OSError('algset is only supported for AF_ALG') first; `op` is required
 * and must be an int in 0..2**31-1 (else TypeError "Invalid or missing
 * argument 'op'"); `iv` bytes-like; `assoclen` an int >= 0 (negative:
 * TypeError 'assoclen must be positive'; beyond a C int: RangeError);
 * `flags` defaults to 0 (the docstring's MSG_MORE is not the code's
 * default). `msgs` may be left out (undefined) to send only the settings.
 */
import { endianness } from 'node:os';
import { types } from 'node:util';
import {
  invalidArgType,
  invalidArgValue,
  osError,
  outOfRange,
  toBytes,
  validateInt32,
  validateSignal,
  validateSocket,
  type AncillaryInput,
  type Socket,
} from '@sock/core';
import { AF_ALG, ALG_SET_AEAD_ASSOCLEN, ALG_SET_IV, ALG_SET_OP, SOL_ALG } from './constants.js';
import { addon } from './native.js';

/** The keyword arguments of Python's sendmsg_afalg. */
export interface AfalgOptions {
  /** ALG_OP_ENCRYPT or ALG_OP_DECRYPT (required). */
  readonly op: number;
  /** The IV of this operation, sent as a struct af_alg_iv. */
  readonly iv?: ArrayBufferView;
  /** How many leading bytes of an AEAD operation's input are associated data. */
  readonly assoclen?: number;
  /** sendmsg(2) flags; MSG_MORE when more input for the same operation follows. */
  readonly flags?: number;
}

/** AfalgOptions and the async form's AbortSignal. */
export interface AfalgAsyncOptions extends AfalgOptions {
  readonly signal?: AbortSignal;
}

const INT_MAX = 0x7fffffff;
const LE = endianness() === 'LE';
const IV_LAYOUT = addon.layout.afAlgIv;

function u32(value: number): Buffer {
  const b = Buffer.alloc(4);
  if (LE) b.writeUInt32LE(value);
  else b.writeUInt32BE(value);
  return b;
}

function ivMessage(iv: Uint8Array): Buffer {
  if (!IV_LAYOUT) throw osError("this platform's headers define no struct af_alg_iv");
  const data = Buffer.alloc(IV_LAYOUT.iv.offset + iv.length);
  data.set(u32(iv.length), IV_LAYOUT.ivlen.offset);
  data.set(iv, IV_LAYOUT.iv.offset);
  return data;
}

function opOf(value: unknown): number {
  if (typeof value !== 'number') throw invalidArgType('op', `of type number (Invalid or missing argument 'op')`, value);
  if (!Number.isInteger(value) || value < 0 || value > INT_MAX) {
    throw invalidArgValue('op', value, `must be an integer from 0 to ${INT_MAX} (Invalid or missing argument 'op')`);
  }
  return value;
}

function assoclenOf(value: unknown): number {
  if (typeof value !== 'number') throw invalidArgType('assoclen', 'of type number', value);
  if (!Number.isInteger(value)) throw invalidArgValue('assoclen', value, 'must be an integer');
  if (value < 0) throw invalidArgValue('assoclen', value, 'must not be negative (assoclen must be positive)');
  if (value > INT_MAX) throw outOfRange('assoclen', `>= 0 && <= ${INT_MAX}`, value);
  return value;
}

/**
 * The control messages of sendmsg_afalg for these options, validated as
 * CPython validates them: `[SOL_ALG, ALG_SET_OP, u32]`, then
 * `[SOL_ALG, ALG_SET_IV, af_alg_iv]` when `iv` is given, then
 * `[SOL_ALG, ALG_SET_AEAD_ASSOCLEN, u32]` when `assoclen` is.
 */
export function afalgAncillary(options: unknown): AncillaryInput[] {
  if (options === undefined || options === null) throw invalidArgType('op', `of type number (Invalid or missing argument 'op')`, undefined);
  if (typeof options !== 'object' || types.isProxy(options)) throw invalidArgType('options', 'of type object', options);
  const o = options as Record<string, unknown>;
  const op = opOf(o.op);
  const iv = o.iv === undefined ? undefined : toBytes(o.iv, 'iv');
  const assoclen = o.assoclen === undefined ? undefined : assoclenOf(o.assoclen);
  const items: AncillaryInput[] = [[SOL_ALG, ALG_SET_OP, u32(op)]];
  if (iv !== undefined) items.push([SOL_ALG, ALG_SET_IV, ivMessage(iv)]);
  if (assoclen !== undefined) items.push([SOL_ALG, ALG_SET_AEAD_ASSOCLEN, u32(assoclen)]);
  return items;
}

function prepare(sock: unknown, options: unknown): { s: Socket; ancdata: AncillaryInput[]; flags: number } {
  const s = validateSocket(sock);
  if (s.family !== AF_ALG) throw osError('algset is only supported for AF_ALG');
  const ancdata = afalgAncillary(options);
  const raw = (options as { flags?: unknown }).flags;
  const flags = raw === undefined ? 0 : validateInt32(raw, 'flags');
  return { s, ancdata, flags };
}

/**
 * Wraps sendmsg(2) as Python's sendmsg_afalg: sends `msgs` (undefined: no
 * data) with the operation's control messages. Returns the bytes sent.
 */
export function sendmsgAfalgSync(sock: Socket, msgs: Iterable<ArrayBufferView> | undefined, options: AfalgOptions): number {
  const { s, ancdata, flags } = prepare(sock, options);
  return s.sendmsgSync(msgs === undefined ? [] : msgs, ancdata, flags);
}

/** The async form of sendmsgAfalgSync, in the socket's timeout mode; `signal` aborts the wait. */
export async function sendmsgAfalg(sock: Socket, msgs: Iterable<ArrayBufferView> | undefined, options: AfalgAsyncOptions): Promise<number> {
  const { s, ancdata, flags } = prepare(sock, options);
  const signal = validateSignal((options as { signal?: unknown }).signal);
  return s.sendmsg(msgs === undefined ? [] : msgs, ancdata, flags, null, signal === undefined ? undefined : { signal });
}
