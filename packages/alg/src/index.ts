/**
 * @sock/alg — AF_ALG for @sock: the Linux kernel's crypto API through
 * sockets, as Python's socket module exposes it. Importing it registers
 * AF_ALG with @sock/core, so `new Socket(AF_ALG, SOCK_SEQPACKET)` binds to
 * `[type, name, feat?, mask?]` and `accept()` gives `[opSocket, null]`;
 * `sendmsgAfalg` is Python's `sendmsg_afalg`, and the helpers hash, encrypt,
 * seal and draw random bytes with the kernel's algorithms.
 */
import { registerFamily } from '@sock/core';
import { algFamily } from './family.js';

registerFamily(algFamily);

export { algFamily, algSocketHint } from './family.js';
export { ALG_NAME_SIZE, ALG_TYPE_SIZE, decodeAlgAddress, encodeAlgAddress, type AlgAddress, type AlgAddressInput } from './address.js';
export * from './constants.js';
export { afalgAncillary, sendmsgAfalg, sendmsgAfalgSync, type AfalgAsyncOptions, type AfalgOptions } from './afalg.js';
export { algErrorHint, withAlgHint, type AlgErrorContext } from './errors.js';
export { openOperation, type TransformSetup } from './transform.js';
export { hash, hashSync, hmac, hmacSync, type HashAsyncOptions, type HashOptions } from './hash.js';
export { decrypt, decryptSync, encrypt, encryptSync, type CipherAsyncOptions, type CipherOptions } from './cipher.js';
export { aeadDecrypt, aeadDecryptSync, aeadEncrypt, aeadEncryptSync, type AeadOptions, type AeadSealed } from './aead.js';
export { randomBytes, randomBytesSync, type RandomOptions } from './rng.js';
export type { BytesInput, StreamInput } from './input.js';
