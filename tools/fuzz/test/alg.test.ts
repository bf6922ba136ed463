import { Socket, SOCK_SEQPACKET } from '@sock/core';
import { registerFakeFamily } from '@sock/core/testing';
import * as alg from '@sock/alg';
import { constantsOf, fuzzSuite, known } from '../suite.js';

registerFakeFamily();

/** randomBytes of up to 2**31-1 bytes is a valid request; where AF_ALG works it would fill the machine's memory. */
function smallRequests(name: string, args: unknown[]): boolean {
  if (!/^randomBytes/.test(name)) return true;
  return !(typeof args[0] === 'number' && args[0] > 1 << 20);
}

fuzzSuite({
  name: '@sock/alg',
  module: alg,
  // Where the kernel has AF_ALG: an unbound transform socket; elsewhere the functions alone.
  sockets: [() => new Socket(alg.AF_ALG, SOCK_SEQPACKET, 0)],
  plausible: [
    ...constantsOf(alg),
    known("['hash', 'sha256']", ['hash', 'sha256']),
    known("['skcipher', 'cbc(aes)']", ['skcipher', 'cbc(aes)']),
    known("['aead', 'gcm(aes)', 0, 0]", ['aead', 'gcm(aes)', 0, 0]),
    known("'sha256'", 'sha256'),
    known("'cbc(aes)'", 'cbc(aes)'),
    known("'hmac(sha256)'", 'hmac(sha256)'),
    known('key Buffer(16)', Buffer.alloc(16, 1)),
    known('{ key: Buffer(16), iv: Buffer(16) }', { key: Buffer.alloc(16, 1), iv: Buffer.alloc(16, 2) }),
    known('{ key: Buffer(16), iv: Buffer(12), assoclen: 4, taglen: 16 }', { key: Buffer.alloc(16, 1), iv: Buffer.alloc(12, 2), assoclen: 4, taglen: 16 }),
  ],
  allowed: smallRequests,
});
