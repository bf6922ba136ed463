/**
 * Digests with the kernel's hash algorithms (algif_hash): the input is
 * sent with MSG_MORE, piece by piece, and one recv(2) finalises and returns
 * the digest. Kernel layout: in, the message (any length, in any number of
 * sends); out, the digest (digestsize bytes).
 */
import { MSG_MORE, invalidArgType, validateObject, validateSignal, type Socket } from '@sock/core';
import { algStep, openOperation } from './transform.js';
import { asyncChunksOf, chunksOf, pieces, type BytesInput, type StreamInput } from './input.js';
import { withAlgHint } from './errors.js';

/** Options of hash/hashSync: a key makes it a keyed hash ('hmac(sha256)', 'cmac(aes)'). */
export interface HashOptions {
  readonly key?: ArrayBufferView;
}

/** HashOptions and the async form's AbortSignal. */
export interface HashAsyncOptions extends HashOptions {
  readonly signal?: AbortSignal;
}

/** Larger than any digest the kernel has (HASH_MAX_DIGESTSIZE is 64); the kernel returns digestsize bytes. */
const DIGEST_ROOM = 256;
/** The most bytes one send(2) carries in the async form, so that one call never holds the event loop for long. */
const PIECE = 64 * 1024;

function algorithmOf(value: unknown, name = 'algorithm'): string {
  if (typeof value !== 'string') throw invalidArgType(name, 'of type string', value);
  return value;
}

/**
 * The digest of `data` under the kernel's hash `algorithm` ('sha256',
 * 'hmac(sha256)' with `options.key`). A composite: socket, bind, setsockopt
 * (key), accept, send(MSG_MORE) per piece, recv.
 */
export function hashSync(algorithm: string, data: BytesInput, options: HashOptions = {}): Buffer {
  const name = algorithmOf(algorithm);
  validateObject(options, 'options');
  const chunks = chunksOf(data);
  using op = openOperation('hash', name, options);
  for (const chunk of chunks) if (chunk.length > 0) algStep({ syscall: 'sendmsg', type: 'hash', name }, () => op.sendallSync(chunk, MSG_MORE));
  return algStep({ syscall: 'recv', type: 'hash', name }, () => op.recvSync(DIGEST_ROOM));
}

async function feed(op: Socket, name: string, data: unknown, signal: AbortSignal | undefined): Promise<void> {
  for await (const chunk of asyncChunksOf(data)) {
    for (const piece of pieces(chunk, PIECE)) {
      try {
        await op.sendall(piece, MSG_MORE, signal === undefined ? undefined : { signal });
      } catch (err) {
        throw withAlgHint(err, { syscall: 'sendmsg', type: 'hash', name });
      }
    }
  }
}

/** The async form of hashSync; `data` may also be an async iterable of bytes (a Readable). */
export async function hash(algorithm: string, data: StreamInput, options: HashAsyncOptions = {}): Promise<Buffer> {
  const name = algorithmOf(algorithm);
  validateObject(options, 'options');
  const signal = validateSignal(options.signal);
  using op = openOperation('hash', name, options);
  await feed(op, name, data, signal);
  try {
    return await op.recv(DIGEST_ROOM, 0, signal === undefined ? undefined : { signal });
  } catch (err) {
    throw withAlgHint(err, { syscall: 'recv', type: 'hash', name });
  }
}

/** HMAC of `data` with `key` under the kernel's `hmac(<digest>)`: `hmacSync('sha256', key, data)`. */
export function hmacSync(digest: string, key: ArrayBufferView, data: BytesInput): Buffer {
  return hashSync(`hmac(${algorithmOf(digest, 'digest')})`, data, { key });
}

/** The async form of hmacSync; `data` may be a stream. */
export async function hmac(digest: string, key: ArrayBufferView, data: StreamInput, options: { signal?: AbortSignal } = {}): Promise<Buffer> {
  validateObject(options, 'options');
  return hash(`hmac(${algorithmOf(digest, 'digest')})`, data, { key, ...(options.signal && { signal: options.signal }) });
}
