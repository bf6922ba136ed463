/**
 * @sock/unix with arguments a careless caller passes (issue 12, items 6, 7,
 * 9, 11): coded errors at once, lengths before elements, decoders by bytes,
 * and the same outcome for a full sun_path whether or not it was just received.
 */
import { describe, expect, it } from 'vitest';
import { OSError, SOCK_DGRAM, Socket } from '@sock/core';
import {
  AF_UNIX,
  credentialsOf,
  decodeUnixAddress,
  encodeUnixAddress,
  getPeerCred,
  parseAncillary,
  rightsItem,
  rightsOf,
  sendFds,
  sendFdsSync,
  socketpair,
  takeFds,
} from '@sock/unix';
import { socketDir } from './helpers.js';

const path = socketDir();

async function failure(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a failure');
}

const coded = (code: string) => expect.objectContaining({ code });

describe('lengths before elements', () => {
  it('rightsItem and sendFds refuse 2**32-1 holes with a coded RangeError at once, in both forms', async () => {
    const [a, b] = socketpair();
    try {
      const t0 = performance.now();
      expect(() => rightsItem(new Array(2 ** 32 - 1))).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
      expect(() => rightsItem(new Array(5e7))).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
      expect(await failure(() => sendFdsSync(a, [Buffer.from('x')], new Array(2 ** 32 - 1)))).toEqual(coded('ERR_OUT_OF_RANGE'));
      expect(await failure(() => sendFds(a, [Buffer.from('x')], new Array(2 ** 32 - 1)))).toEqual(coded('ERR_OUT_OF_RANGE'));
      expect(performance.now() - t0).toBeLessThan(1000);
      expect(rightsItem(new Int32Array([a.fileno()]))[2]).toEqual(rightsItem([a.fileno()])[2]);
    } finally {
      a.close();
      b.close();
    }
  });
});

describe('every error has a code', () => {
  it('helpers given undefined, {}, 1.5 or a revoked proxy', async () => {
    const r = Proxy.revocable({}, {});
    r.revoke();
    for (const bad of [undefined, {}, 1.5, r.proxy]) {
      expect(await failure(() => getPeerCred(bad as never))).toEqual(coded('ERR_INVALID_ARG_TYPE'));
      expect(await failure(() => rightsOf(bad as never))).toEqual(coded('ERR_INVALID_ARG_TYPE'));
      expect(await failure(() => credentialsOf(bad as never))).toEqual(coded('ERR_INVALID_ARG_TYPE'));
      expect(await failure(() => parseAncillary(bad as never))).toEqual(coded('ERR_INVALID_ARG_TYPE'));
      expect(await failure(() => takeFds(bad as never, 1))).toEqual(coded('ERR_INVALID_ARG_TYPE'));
      expect(await failure(() => sendFds(bad as never, [], []))).toEqual(coded('ERR_INVALID_ARG_TYPE'));
      expect(await failure(() => sendFdsSync(bad as never, [], []))).toEqual(coded('ERR_INVALID_ARG_TYPE'));
      expect(await failure(() => decodeUnixAddress(bad as never))).toEqual(coded('ERR_INVALID_ARG_TYPE'));
    }
    expect(await failure(() => parseAncillary(new Array(5)))).toEqual(coded('ERR_INVALID_ARG_TYPE'));
  });
});

describe('decodeUnixAddress reads any ArrayBufferView by its bytes', () => {
  it('a DataView, a Uint16Array and an offset view decode as the Buffer does', () => {
    const sa = encodeUnixAddress('/tmp/sock-decode-test');
    const ab = new ArrayBuffer(sa.length + 8);
    new Uint8Array(ab, 8).set(sa);
    expect(decodeUnixAddress(sa)).toBe('/tmp/sock-decode-test');
    expect(decodeUnixAddress(new DataView(ab, 8))).toBe('/tmp/sock-decode-test');
    expect(decodeUnixAddress(new Uint8Array(ab, 8))).toBe('/tmp/sock-decode-test');
    if (sa.length % 2 === 0) expect(decodeUnixAddress(new Uint16Array(ab, 8, sa.length / 2))).toBe('/tmp/sock-decode-test');
  });
});

describe('a path that fills sun_path', () => {
  // A peer bound at a full 108-byte name (possible from C, or from an fd another
  // program bound) and replies to it are tested in tools/fuzz/test/reply-address.test.ts,
  // through a raw test family; @sock/unix itself never binds such a name, as CPython does not.
  it('is refused for a filesystem path, with no room for the NUL, as CPython refuses it (str and bytes, bind and sendto)', async () => {
    const full = path('d').padEnd(108, 'p');
    expect(Buffer.byteLength(full)).toBe(108);
    const s = new Socket(AF_UNIX, SOCK_DGRAM);
    try {
      for (const address of [full, Buffer.from(full)]) {
        for (const call of [() => s.bind(address), () => s.sendtoSync(Buffer.from('x'), address), () => s.sendto(Buffer.from('x'), address)]) {
          const err = await failure(call);
          expect(err).toBeInstanceOf(OSError);
          expect((err as OSError).message).toBe('AF_UNIX path too long');
          expect((err as OSError).errno).toBeNull();
        }
      }
    } finally {
      s.close();
    }
  });
});
