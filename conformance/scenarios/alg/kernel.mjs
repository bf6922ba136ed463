// §2.10, §7.38 AF_ALG on a kernel that has it (the kernel lab): accept gives (op, None), hash, cbc(aes) and gcm(aes) through send/recv and sendmsg_afalg, and the kernel's errors.
import { MSG_MORE, OSError, Socket, SOCK_SEQPACKET } from '@sock/core';
import { AF_ALG as A, ALG_OP_ENCRYPT, ALG_SET_AEAD_AUTHSIZE, ALG_SET_KEY, sendmsgAfalgSync, SOL_ALG } from '@sock/alg';

const KEY = Buffer.from(Array.from({ length: 16 }, (_, i) => i));
const IV = Buffer.from(Array.from({ length: 16 }, (_, i) => 16 + i));

function transform(h, addr) {
  const s = h.track(new Socket(A, SOCK_SEQPACKET, 0));
  s.bind(addr);
  return s;
}

export async function run(h) {
  try {
    h.track(new Socket(A, SOCK_SEQPACKET, 0));
  } catch (e) {
    if (e instanceof OSError) h.skip(`needs AF_ALG: modprobe af_alg algif_hash algif_skcipher algif_aead (${e.strerror})`);
    throw e;
  }
  const sha = transform(h, ['hash', 'sha256']);
  await h.step('getsockname on an ALG socket', () => sha.getsockname());
  const accepted = (pair) => {
    const [op, addr] = pair;
    h.track(op);
    return [op.family, op.type, addr];
  };
  await h.both('accept gives (op, None)', () => accepted(sha.acceptSync()), async () => accepted(await sha.accept()));
  const [op] = sha.acceptSync();
  h.track(op);
  await h.step("sendall b'abc'", () => op.sendallSync(Buffer.from('abc')));
  await h.step('recv the sha256 digest', () => op.recvSync(64));
  await h.step('send with MSG_MORE', () => op.sendSync(Buffer.from('ab'), MSG_MORE));
  await h.step('send the rest', () => op.sendSync(Buffer.from('c')));
  await h.step('recv 16 of the digest', () => op.recvSync(16));

  const bad = h.track(new Socket(A, SOCK_SEQPACKET, 0));
  await h.step('bind an unknown algorithm', () => bad.bind(['hash', 'no-such-hash']));
  await h.step('bind a 63-byte name', () => bad.bind(['hash', 'n'.repeat(63)]));
  await h.step('bind an unknown 13-byte type', () => bad.bind(['t'.repeat(13), 'sha256']));

  const cbc = transform(h, ['skcipher', 'cbc(aes)']);
  await h.step('ALG_SET_KEY', () => cbc.setsockopt(SOL_ALG, ALG_SET_KEY, KEY));
  const [enc] = cbc.acceptSync();
  h.track(enc);
  await h.step('sendmsg_afalg encrypt with iv', () => sendmsgAfalgSync(enc, [Buffer.from('Single block msg')], { op: ALG_OP_ENCRYPT, iv: IV }));
  await h.step('recv the ciphertext', () => enc.recvSync(16));
  await h.step('ALG_SET_KEY after accept', () => cbc.setsockopt(SOL_ALG, ALG_SET_KEY, KEY));
  await h.step('sendmsg_afalg settings only, MSG_MORE', () => sendmsgAfalgSync(enc, undefined, { op: ALG_OP_ENCRYPT, iv: IV, flags: MSG_MORE }));
  await h.step('then the data', () => enc.sendallSync(Buffer.from('0123456789abcdef'.repeat(2))));
  await h.step('recv two blocks', () => enc.recvSync(32));
  await h.step('a partial block', () => sendmsgAfalgSync(enc, [Buffer.alloc(15, 'x')], { op: ALG_OP_ENCRYPT, iv: IV }));
  await h.step('recv refuses it', () => enc.recvSync(16));
  await h.step('ALG_SET_KEY on the operation socket', () => enc.setsockopt(SOL_ALG, ALG_SET_KEY, KEY));

  const gcm = transform(h, ['aead', 'gcm(aes)']);
  gcm.setsockopt(SOL_ALG, ALG_SET_KEY, KEY);
  await h.step('ALG_SET_AEAD_AUTHSIZE 16', () => gcm.setsockopt(SOL_ALG, ALG_SET_AEAD_AUTHSIZE, null, 16));
  const [aop] = gcm.acceptSync();
  h.track(aop);
  const assoc = Buffer.from('header');
  await h.step('sendmsg_afalg assoc+plain with assoclen', () =>
    sendmsgAfalgSync(aop, [assoc, Buffer.from('plain text')], { op: ALG_OP_ENCRYPT, iv: IV.subarray(0, 12), assoclen: assoc.length }),
  );
  await h.step('recv assoc, ciphertext and tag', () => aop.recvSync(assoc.length + 10 + 16));
}
