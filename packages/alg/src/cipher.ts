/**
 * Symmetric ciphers with the kernel's skcipher algorithms (algif_skcipher):
 * 'cbc(aes)', 'ctr(aes)', 'xts(aes)', 'ecb(aes)'. Kernel layout: in, the
 * plaintext (or ciphertext), with ALG_SET_OP and ALG_SET_IV on the first
 * sendmsg; out, as many bytes as went in. No padding: for a block mode the
 * input must be a whole number of blocks (the kernel answers EINVAL).
 *
 * Long inputs go through in pieces: each is sent with MSG_MORE and read
 * back before the next, and the kernel carries the IV from one to the next,
 * so a piece never exceeds the socket's send buffer.
 */
import { invalidArgType, MSG_MORE, toBytes, validateObject, validateSignal } from '@sock/core';
import { ALG_OP_DECRYPT, ALG_OP_ENCRYPT } from './constants.js';
import { sendmsgAfalg, sendmsgAfalgSync } from './afalg.js';
import { withAlgHint } from './errors.js';
import { algStep, openOperation, recvExact, recvExactSync, sendLimit } from './transform.js';

/** The key and IV of a cipher operation. */
export interface CipherOptions {
  readonly key: ArrayBufferView;
  /** The IV (omitted for modes without one, such as 'ecb(aes)'). */
  readonly iv?: ArrayBufferView;
}

/** CipherOptions and the async form's AbortSignal. */
export interface CipherAsyncOptions extends CipherOptions {
  readonly signal?: AbortSignal;
}

/** At most this many bytes per piece: a multiple of every power-of-two block size. */
const PIECE = 64 * 1024;

interface Prepared {
  readonly name: string;
  readonly data: Uint8Array;
  readonly key: Uint8Array;
  readonly iv: Uint8Array | undefined;
}

function prepare(algorithm: unknown, data: unknown, options: unknown): Prepared {
  if (typeof algorithm !== 'string') throw invalidArgType('algorithm', 'of type string', algorithm);
  const bytes = toBytes(data, 'data');
  const o = validateObject<{ key?: unknown; iv?: unknown }>(options, 'options', 'an object with key and iv?');
  return { name: algorithm, data: bytes, key: toBytes(o.key, 'options.key'), iv: o.iv === undefined ? undefined : toBytes(o.iv, 'options.iv') };
}

function pieceSize(limit: number): number {
  return Math.max(Math.min(PIECE, limit) - (Math.min(PIECE, limit) % 4096), 4096);
}

function runSync(op: number, p: Prepared): Buffer {
  using sock = openOperation('skcipher', p.name, { key: p.key });
  const ctx = { syscall: 'recv', type: 'skcipher', name: p.name } as const;
  const size = pieceSize(sendLimit(sock));
  const out: Buffer[] = [];
  if (p.data.length === 0) return Buffer.alloc(0);
  for (let at = 0; at < p.data.length; at += size) {
    const piece = p.data.subarray(at, Math.min(at + size, p.data.length));
    const flags = at + piece.length < p.data.length ? MSG_MORE : 0;
    algStep({ ...ctx, syscall: 'sendmsg' }, () => {
      if (at === 0) sendmsgAfalgSync(sock, [piece], { op, ...(p.iv && { iv: p.iv }), flags });
      else sock.sendallSync(piece, flags);
    });
    out.push(recvExactSync(sock, piece.length, ctx));
  }
  return Buffer.concat(out);
}

async function run(op: number, p: Prepared, signal: AbortSignal | undefined): Promise<Buffer> {
  using sock = openOperation('skcipher', p.name, { key: p.key });
  const ctx = { syscall: 'recv', type: 'skcipher', name: p.name } as const;
  const size = pieceSize(sendLimit(sock));
  const out: Buffer[] = [];
  if (p.data.length === 0) return Buffer.alloc(0);
  const opts = signal === undefined ? undefined : { signal };
  for (let at = 0; at < p.data.length; at += size) {
    const piece = p.data.subarray(at, Math.min(at + size, p.data.length));
    const flags = at + piece.length < p.data.length ? MSG_MORE : 0;
    try {
      if (at === 0) await sendmsgAfalg(sock, [piece], { op, ...(p.iv && { iv: p.iv }), flags, ...(signal && { signal }) });
      else await sock.sendall(piece, flags, opts);
    } catch (err) {
      throw withAlgHint(err, { ...ctx, syscall: 'sendmsg' });
    }
    out.push(await recvExact(sock, piece.length, ctx, signal));
  }
  return Buffer.concat(out);
}

/** Encrypts `data` with the kernel's skcipher `algorithm`. A composite: socket, bind, setsockopt, accept, sendmsg/recv per piece. */
export function encryptSync(algorithm: string, data: ArrayBufferView, options: CipherOptions): Buffer {
  return runSync(ALG_OP_ENCRYPT, prepare(algorithm, data, options));
}

/** Decrypts `data` with the kernel's skcipher `algorithm`; the Sync form. */
export function decryptSync(algorithm: string, data: ArrayBufferView, options: CipherOptions): Buffer {
  return runSync(ALG_OP_DECRYPT, prepare(algorithm, data, options));
}

/** The async form of encryptSync. */
export async function encrypt(algorithm: string, data: ArrayBufferView, options: CipherAsyncOptions): Promise<Buffer> {
  return run(ALG_OP_ENCRYPT, prepare(algorithm, data, options), validateSignal(options?.signal));
}

/** The async form of decryptSync. */
export async function decrypt(algorithm: string, data: ArrayBufferView, options: CipherAsyncOptions): Promise<Buffer> {
  return run(ALG_OP_DECRYPT, prepare(algorithm, data, options), validateSignal(options?.signal));
}
