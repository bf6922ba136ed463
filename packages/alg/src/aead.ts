/**
 * Authenticated encryption with the kernel's AEAD algorithms (algif_aead):
 * 'gcm(aes)', 'ccm(aes)', 'rfc4106(gcm(aes))', 'authenc(hmac(sha256),cbc(aes))'.
 *
 * Kernel layout (Linux 4.14 and later), with assoclen = the associated
 * data's length and authsize = the tag length (ALG_SET_AEAD_AUTHSIZE):
 * - encrypt: in `assoc ‖ plaintext`; out `assoc ‖ ciphertext ‖ tag`;
 * - decrypt: in `assoc ‖ ciphertext ‖ tag`; out `assoc ‖ plaintext`, or
 *   EBADMSG when the tag does not verify.
 * The helpers send that layout in one sendmsg with ALG_SET_OP, ALG_SET_IV
 * and ALG_SET_AEAD_ASSOCLEN, and return the parts without the echoed
 * associated data. An AEAD operation cannot be split: its whole input must
 * fit the socket's send buffer, which is raised to fit where
 * net.core.wmem_max allows (else a RangeError says the limit).
 */
import { invalidArgType, outOfRange, toBytes, validateInteger, validateObject, validateSignal } from '@sock/core';
import { ALG_OP_DECRYPT, ALG_OP_ENCRYPT } from './constants.js';
import { sendmsgAfalg, sendmsgAfalgSync } from './afalg.js';
import { withAlgHint } from './errors.js';
import { algStep, fitSendLimit, openOperation, recvExact, recvExactSync } from './transform.js';
import type { Socket } from '@sock/core';

/** The key, IV, associated data and tag length of an AEAD operation. */
export interface AeadOptions {
  readonly key: ArrayBufferView;
  readonly iv: ArrayBufferView;
  /** Authenticated but not encrypted bytes (empty when omitted). */
  readonly assoc?: ArrayBufferView;
  /** The tag length in bytes (ALG_SET_AEAD_AUTHSIZE); 16 when omitted. */
  readonly tagLength?: number;
  readonly signal?: AbortSignal;
}

/** What aeadEncrypt gives: the ciphertext (as long as the plaintext) and the tag. */
export interface AeadSealed {
  readonly ciphertext: Buffer;
  readonly tag: Buffer;
}

interface Prepared {
  readonly name: string;
  readonly key: Uint8Array;
  readonly iv: Uint8Array;
  readonly assoc: Uint8Array;
  readonly tagLength: number;
}

function prepare(algorithm: unknown, options: unknown): Prepared {
  if (typeof algorithm !== 'string') throw invalidArgType('algorithm', 'of type string', algorithm);
  const o = validateObject<Record<string, unknown>>(options, 'options');
  return {
    name: algorithm,
    key: toBytes(o.key, 'options.key'),
    iv: toBytes(o.iv, 'options.iv'),
    assoc: o.assoc === undefined ? new Uint8Array(0) : toBytes(o.assoc, 'options.assoc'),
    tagLength: o.tagLength === undefined ? 16 : validateInteger(o.tagLength, 'options.tagLength', 0, 0xffff),
  };
}

function open(p: Prepared, inputLength: number): Socket {
  const op = openOperation('aead', p.name, { key: p.key, authsize: p.tagLength });
  try {
    const limit = fitSendLimit(op, inputLength);
    if (inputLength > limit) throw outOfRange('input', `at most ${limit} bytes (the operation socket's send buffer; raise net.core.wmem_max for more)`, inputLength);
    return op;
  } catch (err) {
    op.close();
    throw err;
  }
}

const recvCtx = (name: string) => ({ syscall: 'recv', type: 'aead', name }) as const;

/** Splits `assoc ‖ ciphertext ‖ tag` into its parts. */
function sealed(out: Buffer, p: Prepared): AeadSealed {
  const body = out.subarray(p.assoc.length);
  return { ciphertext: body.subarray(0, body.length - p.tagLength), tag: body.subarray(body.length - p.tagLength) };
}

/** Encrypts and authenticates `plaintext` (and `options.assoc`). A composite: socket, bind, setsockopt, accept, sendmsg, recv. */
export function aeadEncryptSync(algorithm: string, plaintext: ArrayBufferView, options: AeadOptions): AeadSealed {
  const p = prepare(algorithm, options);
  const data = toBytes(plaintext, 'plaintext');
  using op = open(p, p.assoc.length + data.length);
  algStep({ syscall: 'sendmsg', type: 'aead', name: p.name }, () =>
    sendmsgAfalgSync(op, [p.assoc, data], { op: ALG_OP_ENCRYPT, iv: p.iv, assoclen: p.assoc.length }),
  );
  return sealed(recvExactSync(op, p.assoc.length + data.length + p.tagLength, recvCtx(p.name)), p);
}

/** Verifies `tag` and decrypts `ciphertext`; a tag that does not verify is OSError EBADMSG. The Sync form. */
export function aeadDecryptSync(algorithm: string, ciphertext: ArrayBufferView, tag: ArrayBufferView, options: AeadOptions): Buffer {
  const p = prepare(algorithm, options);
  const data = toBytes(ciphertext, 'ciphertext');
  const t = toBytes(tag, 'tag');
  if (t.length !== p.tagLength) throw outOfRange('tag.length', `${p.tagLength} (options.tagLength)`, t.length);
  using op = open(p, p.assoc.length + data.length + t.length);
  algStep({ syscall: 'sendmsg', type: 'aead', name: p.name }, () =>
    sendmsgAfalgSync(op, [p.assoc, data, t], { op: ALG_OP_DECRYPT, iv: p.iv, assoclen: p.assoc.length }),
  );
  return recvExactSync(op, p.assoc.length + data.length, recvCtx(p.name)).subarray(p.assoc.length);
}

/** The async form of aeadEncryptSync. */
export async function aeadEncrypt(algorithm: string, plaintext: ArrayBufferView, options: AeadOptions): Promise<AeadSealed> {
  const p = prepare(algorithm, options);
  const signal = validateSignal(options.signal);
  const data = toBytes(plaintext, 'plaintext');
  using op = open(p, p.assoc.length + data.length);
  try {
    await sendmsgAfalg(op, [p.assoc, data], { op: ALG_OP_ENCRYPT, iv: p.iv, assoclen: p.assoc.length, ...(signal && { signal }) });
  } catch (err) {
    throw withAlgHint(err, { syscall: 'sendmsg', type: 'aead', name: p.name });
  }
  return sealed(await recvExact(op, p.assoc.length + data.length + p.tagLength, recvCtx(p.name), signal), p);
}

/** The async form of aeadDecryptSync. */
export async function aeadDecrypt(algorithm: string, ciphertext: ArrayBufferView, tag: ArrayBufferView, options: AeadOptions): Promise<Buffer> {
  const p = prepare(algorithm, options);
  const signal = validateSignal(options.signal);
  const data = toBytes(ciphertext, 'ciphertext');
  const t = toBytes(tag, 'tag');
  if (t.length !== p.tagLength) throw outOfRange('tag.length', `${p.tagLength} (options.tagLength)`, t.length);
  using op = open(p, p.assoc.length + data.length + t.length);
  try {
    await sendmsgAfalg(op, [p.assoc, data, t], { op: ALG_OP_DECRYPT, iv: p.iv, assoclen: p.assoc.length, ...(signal && { signal }) });
  } catch (err) {
    throw withAlgHint(err, { syscall: 'sendmsg', type: 'aead', name: p.name });
  }
  return (await recvExact(op, p.assoc.length + data.length, recvCtx(p.name), signal)).subarray(p.assoc.length);
}
