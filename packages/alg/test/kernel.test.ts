/**
 * Real AF_ALG sockets, checked against node:crypto: the kernel lab runs
 * these (af_alg, algif_hash, algif_skcipher, algif_aead, algif_rng loaded);
 * elsewhere they skip with what is missing.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes as nodeRandom } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { FileNotFoundError, OSError, Socket, SOCK_SEQPACKET } from '@sock/core';
import { needsFamily, rejected, thrown } from '@sock/core/testing';
import {
  AF_ALG,
  aeadDecrypt,
  aeadDecryptSync,
  aeadEncrypt,
  aeadEncryptSync,
  algFamily,
  ALG_OP_DECRYPT,
  ALG_OP_ENCRYPT,
  ALG_SET_AEAD_AUTHSIZE,
  ALG_SET_KEY,
  decrypt,
  decryptSync,
  encrypt,
  encryptSync,
  hash,
  hashSync,
  hmac,
  hmacSync,
  randomBytes,
  randomBytesSync,
  sendmsgAfalgSync,
  SOL_ALG,
  withAlgHint,
} from '@sock/alg';

const alg = needsFamily(algFamily);
const MiB = nodeRandom(1 << 20);
const KEY = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const IV = Buffer.from('f0e0d0c0b0a090807060504030201000', 'hex');
const sha256 = (b: Uint8Array): Buffer => createHash('sha256').update(b).digest();

describe('AF_ALG hash and HMAC against node:crypto', () => {
  it.skipIf(alg.skip)(`sha256 of small inputs, in both forms${alg.title}`, async () => {
    for (const input of [Buffer.alloc(0), Buffer.from('abc'), Buffer.from('x'.repeat(1000))]) {
      expect(hashSync('sha256', input)).toEqual(sha256(input));
      expect(await hash('sha256', input)).toEqual(sha256(input));
    }
    expect(hashSync('sha256', [Buffer.from('a'), new Uint8Array([0x62]), Buffer.from('c')])).toEqual(sha256(Buffer.from('abc')));
  });

  it.skipIf(alg.skip)(`sha256 of 1 MiB, from a Buffer and from a stream${alg.title}`, async () => {
    expect(hashSync('sha256', MiB)).toEqual(sha256(MiB));
    const stream = Readable.from((function* () {
      for (let at = 0; at < MiB.length; at += 100_000) yield MiB.subarray(at, at + 100_000);
    })());
    expect(await hash('sha256', stream)).toEqual(sha256(MiB));
  });

  it.skipIf(alg.skip)(`hmac(sha256), in both forms${alg.title}`, async () => {
    const key = Buffer.from('key of some length');
    const data = Buffer.from('The quick brown fox jumps over the lazy dog');
    const expected = createHmac('sha256', key).update(data).digest();
    expect(hmacSync('sha256', key, data)).toEqual(expected);
    expect(await hmac('sha256', key, Readable.from([data.subarray(0, 10), data.subarray(10)]))).toEqual(expected);
    expect(hashSync('hmac(sha256)', data, { key })).toEqual(expected);
  });
});

describe('AF_ALG skcipher against node:crypto', () => {
  const nodeCbc = (data: Buffer, dir: 'enc' | 'dec'): Buffer => {
    const c = dir === 'enc' ? createCipheriv('aes-128-cbc', KEY, IV) : createDecipheriv('aes-128-cbc', KEY, IV);
    c.setAutoPadding(false);
    return Buffer.concat([c.update(data), c.final()]);
  };

  it.skipIf(alg.skip)(`cbc(aes) encrypts and decrypts as node:crypto, in both forms${alg.title}`, async () => {
    const plain = nodeRandom(64);
    const cipher = nodeCbc(plain, 'enc');
    expect(encryptSync('cbc(aes)', plain, { key: KEY, iv: IV })).toEqual(cipher);
    expect(decryptSync('cbc(aes)', cipher, { key: KEY, iv: IV })).toEqual(plain);
    expect(await encrypt('cbc(aes)', plain, { key: KEY, iv: IV })).toEqual(cipher);
    expect(await decrypt('cbc(aes)', cipher, { key: KEY, iv: IV })).toEqual(plain);
  });

  it.skipIf(alg.skip)(`cbc(aes) over many pieces: the kernel chains the IV from one to the next${alg.title}`, async () => {
    const plain = nodeRandom(200 * 1024);
    const cipher = nodeCbc(plain, 'enc');
    expect(encryptSync('cbc(aes)', plain, { key: KEY, iv: IV }).equals(cipher)).toBe(true);
    expect((await decrypt('cbc(aes)', cipher, { key: KEY, iv: IV })).equals(plain)).toBe(true);
  });

  it.skipIf(alg.skip)(`a partial block is the kernel's EINVAL, with a hint${alg.title}`, () => {
    const err = thrown(() => encryptSync('cbc(aes)', Buffer.alloc(15), { key: KEY, iv: IV }));
    expect(err).toBeInstanceOf(OSError);
    expect(err).toMatchObject({ code: 'EINVAL' });
    expect((err as Error).message).toContain('whole number of blocks');
  });
});

describe('AF_ALG AEAD against node:crypto', () => {
  const iv = Buffer.from('cafebabefacedbaddecaf888', 'hex');
  const assoc = Buffer.from('feedfacedeadbeeffeedfacedeadbeefabaddad2', 'hex');

  it.skipIf(alg.skip)(`gcm(aes) with associated data seals and opens as node:crypto, in both forms${alg.title}`, async () => {
    const plain = nodeRandom(60);
    const c = createCipheriv('aes-128-gcm', KEY, iv);
    c.setAAD(assoc);
    const ciphertext = Buffer.concat([c.update(plain), c.final()]);
    const tag = c.getAuthTag();
    expect(aeadEncryptSync('gcm(aes)', plain, { key: KEY, iv, assoc })).toEqual({ ciphertext, tag });
    expect(await aeadEncrypt('gcm(aes)', plain, { key: KEY, iv, assoc })).toEqual({ ciphertext, tag });
    expect(aeadDecryptSync('gcm(aes)', ciphertext, tag, { key: KEY, iv, assoc })).toEqual(plain);
    expect(await aeadDecrypt('gcm(aes)', ciphertext, tag, { key: KEY, iv, assoc })).toEqual(plain);
    const d = createDecipheriv('aes-128-gcm', KEY, iv);
    d.setAAD(assoc);
    d.setAuthTag(tag);
    expect(Buffer.concat([d.update(ciphertext), d.final()])).toEqual(plain);
  });

  it.skipIf(alg.skip)(`a tag that does not verify is EBADMSG, with a hint${alg.title}`, async () => {
    const { ciphertext, tag } = aeadEncryptSync('gcm(aes)', Buffer.from('secret'), { key: KEY, iv, assoc, tagLength: 12 });
    expect(tag.length).toBe(12);
    tag[0]! ^= 1;
    const err = await rejected(aeadDecrypt('gcm(aes)', ciphertext, tag, { key: KEY, iv, assoc, tagLength: 12 }));
    expect(err).toMatchObject({ code: 'EBADMSG' });
    expect((err as Error).message).toContain('authentication failed');
  });
});

describe('AF_ALG rng', () => {
  it.skipIf(alg.skip)(`gives the bytes asked for, different each time, in both forms${alg.title}`, async () => {
    const a = randomBytesSync(300);
    const b = await randomBytes(300, { algorithm: 'drbg_nopr_sha256', seed: nodeRandom(32) });
    expect([a.length, b.length]).toEqual([300, 300]);
    expect(a.equals(b)).toBe(false);
    expect(a.equals(randomBytesSync(300))).toBe(false);
    expect(new Set(a).size).toBeGreaterThan(64);
    expect(randomBytesSync(0).length).toBe(0);
  });
});

describe('AF_ALG sockets as Python uses them', () => {
  it.skipIf(alg.skip)(`bind, ALG_SET_KEY, accept -> [op, null], send, recv (CPython's test_hmac_sha1 pattern)${alg.title}`, async () => {
    using algo = new Socket(AF_ALG, SOCK_SEQPACKET, 0);
    algo.bind(['hash', 'hmac(sha256)']);
    algo.setsockopt(SOL_ALG, ALG_SET_KEY, Buffer.from('Jefe'));
    const [op, addr] = algo.acceptSync();
    using _ = op;
    expect(addr).toBeNull();
    const [op2, addr2] = await algo.accept();
    using __ = op2;
    expect(addr2).toBeNull();
    op.sendallSync(Buffer.from('what do ya want for nothing?'));
    expect(op.recvSync(512)).toEqual(createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest());
    // A new key after accept is refused: the key belongs to the operation sockets already made.
    const busy = thrown(() => algo.setsockopt(SOL_ALG, ALG_SET_KEY, Buffer.from('other')));
    expect(busy).toMatchObject({ code: 'EBUSY' });
    expect(String((withAlgHint(busy, { syscall: 'setsockopt' }) as Error).message)).toContain('before accept()');
  });

  it.skipIf(alg.skip)(`sendmsgAfalg with op and iv on cbc(aes), and with assoclen on gcm(aes)${alg.title}`, () => {
    using algo = new Socket(AF_ALG, SOCK_SEQPACKET, 0);
    algo.bind(['skcipher', 'cbc(aes)']);
    algo.setsockopt(SOL_ALG, ALG_SET_KEY, KEY);
    const [op] = algo.acceptSync();
    using _ = op;
    const plain = Buffer.from('Single block msg');
    expect(sendmsgAfalgSync(op, [plain], { op: ALG_OP_ENCRYPT, iv: IV })).toBe(16);
    const c = createCipheriv('aes-128-cbc', KEY, IV).setAutoPadding(false);
    expect(op.recvSync(16)).toEqual(Buffer.concat([c.update(plain), c.final()]));

    using gcm = new Socket(AF_ALG, SOCK_SEQPACKET, 0);
    gcm.bind(['aead', 'gcm(aes)']);
    gcm.setsockopt(SOL_ALG, ALG_SET_KEY, KEY);
    gcm.setsockopt(SOL_ALG, ALG_SET_AEAD_AUTHSIZE, null, 16);
    const [aop] = gcm.acceptSync();
    using __ = aop;
    const iv = nodeRandom(12);
    const assoc = Buffer.from('header');
    const cipher = createCipheriv('aes-128-gcm', KEY, iv);
    cipher.setAAD(assoc);
    const ct = Buffer.concat([cipher.update(plain), cipher.final()]);
    expect(sendmsgAfalgSync(aop, [assoc, ct, cipher.getAuthTag()], { op: ALG_OP_DECRYPT, iv, assoclen: assoc.length })).toBe(6 + 16 + 16);
    expect(aop.recvSync(6 + 16)).toEqual(Buffer.concat([assoc, plain]));
  });

  it.skipIf(alg.skip)(`an unknown algorithm is FileNotFoundError at bind; the helpers say where to look${alg.title}`, async () => {
    using algo = new Socket(AF_ALG, SOCK_SEQPACKET, 0);
    expect(thrown(() => algo.bind(['hash', 'n'.repeat(63)]))).toBeInstanceOf(FileNotFoundError);
    expect(thrown(() => algo.bind(['t'.repeat(13), 'sha256']))).toMatchObject({ code: 'ENOENT' });
    const err = await rejected(hash('no-such-hash', Buffer.from('x')));
    expect(err).toBeInstanceOf(FileNotFoundError);
    expect((err as Error).message).toContain('/proc/crypto');
  });

  it.skipIf(alg.skip)(`a keyed algorithm without its key refuses to work (ENOKEY), with a hint${alg.title}`, () => {
    using algo = new Socket(AF_ALG, SOCK_SEQPACKET, 0);
    algo.bind(['hash', 'hmac(sha256)']);
    const [op] = algo.acceptSync();
    using _ = op;
    const err = thrown(() => op.sendallSync(Buffer.from('x')));
    expect(err).toMatchObject({ code: 'ENOKEY' });
    expect((withAlgHint(err, { syscall: 'sendmsg', type: 'hash', name: 'hmac(sha256)' }) as Error).message).toContain('ALG_SET_KEY');
  });
});
