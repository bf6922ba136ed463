/**
 * Random bytes from the kernel's RNG algorithms (algif_rng): 'stdrng' (the
 * kernel's default DRBG), 'drbg_nopr_sha256', 'drbg_pr_hmac_sha256', ...
 * Kernel layout: ALG_SET_KEY on the transform socket seeds (re-instantiates)
 * the generator (a DRBG takes the bytes as its personalisation string and
 * draws its entropy from the kernel); each recv(2) gives at most 128 bytes.
 */
import { invalidArgType, toBytes, validateObject, validateSignal, validateSize } from '@sock/core';
import { openOperation, recvExact, recvExactSync } from './transform.js';
import type { Socket } from '@sock/core';

/** The algorithm and seed of randomBytes. */
export interface RandomOptions {
  /** The kernel's rng algorithm; 'stdrng' when omitted. */
  readonly algorithm?: string;
  /** The seed set with ALG_SET_KEY; empty when omitted (a DRBG still seeds itself from the kernel). */
  readonly seed?: ArrayBufferView;
  readonly signal?: AbortSignal;
}

/** The most bytes algif_rng returns per recv(2). */
const RNG_MAX = 128;

function open(options: RandomOptions): Socket {
  const o = options === undefined || options === null ? {} : validateObject<RandomOptions>(options, 'options');
  const name = o.algorithm ?? 'stdrng';
  if (typeof name !== 'string') throw invalidArgType('options.algorithm', 'of type string', name);
  const seed = o.seed === undefined ? new Uint8Array(0) : toBytes(o.seed, 'options.seed');
  return openOperation('rng', name, { key: seed });
}

/** `size` bytes from the kernel's RNG. A composite: socket, bind, setsockopt (seed), accept, recv per 128 bytes. */
export function randomBytesSync(size: number, options: RandomOptions = {}): Buffer {
  const n = validateSize(size, 'size');
  validateObject(options, 'options');
  using op = open(options);
  const name = options.algorithm ?? 'stdrng';
  const out: Buffer[] = [];
  for (let got = 0; got < n; got += RNG_MAX) out.push(recvExactSync(op, Math.min(RNG_MAX, n - got), { syscall: 'recv', type: 'rng', name }));
  return Buffer.concat(out, n);
}

/** The async form of randomBytesSync. */
export async function randomBytes(size: number, options: RandomOptions = {}): Promise<Buffer> {
  const n = validateSize(size, 'size');
  validateObject(options, 'options');
  const signal = validateSignal(options?.signal);
  using op = open(options);
  const name = options.algorithm ?? 'stdrng';
  const out: Buffer[] = [];
  for (let got = 0; got < n; got += RNG_MAX) out.push(await recvExact(op, Math.min(RNG_MAX, n - got), { syscall: 'recv', type: 'rng', name }, signal));
  return Buffer.concat(out, n);
}
