/**
 * sendmsgAfalg on the host: the control messages it builds, and its
 * argument checks in CPython's order. A Unix socket pair adopted as AF_ALG
 * carries the data (a Unix socket skips control messages of other levels),
 * so the sendmsg(2) call itself runs here; the kernel lab runs it on real
 * operation sockets (kernel-*.test.ts).
 */
import { endianness } from 'node:os';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OSError, Socket, SOCK_STREAM } from '@sock/core';
import { socketpairFds } from '@sock/core/family';
import { rejected, thrown } from '@sock/core/testing';
import { AF_UNIX } from '@sock/unix';
import {
  AF_ALG,
  afalgAncillary,
  ALG_OP_DECRYPT,
  ALG_OP_ENCRYPT,
  ALG_SET_AEAD_ASSOCLEN,
  ALG_SET_IV,
  ALG_SET_OP,
  sendmsgAfalg,
  sendmsgAfalgSync,
  SOL_ALG,
} from '@sock/alg';

const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  if (endianness() === 'LE') b.writeUInt32LE(n);
  else b.writeUInt32BE(n);
  return b;
};

function pair(): [Socket, Socket] {
  const [a, b] = socketpairFds(AF_UNIX, SOCK_STREAM, 0);
  return [new Socket(AF_ALG, SOCK_STREAM, 0, a) as Socket, new Socket(AF_UNIX, SOCK_STREAM, 0, b) as Socket];
}

describe('afalgAncillary', () => {
  it('builds ALG_SET_OP, then ALG_SET_IV as a struct af_alg_iv, then ALG_SET_AEAD_ASSOCLEN', () => {
    const iv = Buffer.from('000102030405060708090a0b', 'hex');
    const items = afalgAncillary({ op: ALG_OP_ENCRYPT, iv, assoclen: 20 });
    expect(items.map(([level, type]) => [level, type])).toEqual([
      [SOL_ALG, ALG_SET_OP],
      [SOL_ALG, ALG_SET_IV],
      [SOL_ALG, ALG_SET_AEAD_ASSOCLEN],
    ]);
    expect(Buffer.from(items[0]![2] as Uint8Array)).toEqual(u32(ALG_OP_ENCRYPT));
    expect(Buffer.from(items[1]![2] as Uint8Array)).toEqual(Buffer.concat([u32(12), iv]));
    expect(Buffer.from(items[2]![2] as Uint8Array)).toEqual(u32(20));
  });

  it('sends only ALG_SET_OP when iv and assoclen are left out; an empty IV is still an af_alg_iv', () => {
    expect(afalgAncillary({ op: ALG_OP_DECRYPT }).length).toBe(1);
    const [, iv] = afalgAncillary({ op: ALG_OP_DECRYPT, iv: new Uint8Array(0) });
    expect(Buffer.from(iv![2] as Uint8Array)).toEqual(u32(0));
    const [, len] = afalgAncillary({ op: 0, assoclen: 0 });
    expect(len![1]).toBe(ALG_SET_AEAD_ASSOCLEN);
  });

  it('takes the IV from any ArrayBufferView by its bytes', () => {
    const backing = new Uint8Array([9, 1, 2, 3, 4, 9]);
    const view = new DataView(backing.buffer, 1, 4);
    expect(Buffer.from(afalgAncillary({ op: 0, iv: view })[1]![2] as Uint8Array)).toEqual(Buffer.concat([u32(4), Buffer.from([1, 2, 3, 4])]));
  });

  it("refuses op, iv and assoclen as CPython does, with Node's codes", () => {
    const cases: Array<[unknown, string, string]> = [
      [undefined, 'TypeError', "Invalid or missing argument 'op'"],
      [{}, 'TypeError', "Invalid or missing argument 'op'"],
      [{ op: null }, 'TypeError', '"op"'],
      [{ op: -1 }, 'TypeError', "Invalid or missing argument 'op'"],
      [{ op: 2 ** 40 }, 'TypeError', "Invalid or missing argument 'op'"],
      [{ op: 1.5 }, 'TypeError', "Invalid or missing argument 'op'"],
      [{ op: '1' }, 'TypeError', '"op"'],
      [{ op: 0, iv: 'x' }, 'TypeError', '"iv"'],
      [{ op: 0, iv: null }, 'TypeError', '"iv"'],
      [{ op: 0, assoclen: -1 }, 'TypeError', 'assoclen must be positive'],
      [{ op: 0, assoclen: null }, 'TypeError', '"assoclen"'],
      [{ op: 0, assoclen: 2 ** 40 }, 'RangeError', '"assoclen"'],
      [{ op: 0, assoclen: 0.5 }, 'TypeError', 'assoclen'],
      ['op', 'TypeError', '"options"'],
    ];
    for (const [options, name, text] of cases) {
      const err = thrown(() => afalgAncillary(options)) as Error & { code?: string };
      expect(err.name, JSON.stringify(options)).toBe(name);
      expect(err.message, JSON.stringify(options)).toContain(text);
      expect(typeof err.code).toBe('string');
    }
  });

  it('checks op before iv and iv before assoclen', () => {
    expect((thrown(() => afalgAncillary({ op: -1, iv: 'x', assoclen: -1 })) as Error).message).toContain("'op'");
    expect((thrown(() => afalgAncillary({ op: 0, iv: 'x', assoclen: -1 })) as Error).message).toContain('"iv"');
  });

  it('encodes every valid op, IV and assoclen (fast-check)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 0x7fffffff }), fc.option(fc.uint8Array({ maxLength: 64 }), { nil: undefined }), fc.option(fc.nat({ max: 0x7fffffff }), { nil: undefined }), (op, iv, assoclen) => {
        const items = afalgAncillary({ op, ...(iv && { iv }), ...(assoclen !== undefined && { assoclen }) });
        expect(items.length).toBe(1 + (iv ? 1 : 0) + (assoclen !== undefined ? 1 : 0));
        expect(Buffer.from(items[0]![2] as Uint8Array)).toEqual(u32(op));
        if (iv) expect(Buffer.from(items[1]![2] as Uint8Array)).toEqual(Buffer.concat([u32(iv.length), iv]));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('sendmsgAfalg / sendmsgAfalgSync', () => {
  it('refuses a socket of another family first, with CPython\'s OSError', async () => {
    const [a, b] = socketpairFds(AF_UNIX, SOCK_STREAM, 0);
    using unix = new Socket(AF_UNIX, SOCK_STREAM, 0, a) as Socket;
    using _ = new Socket(AF_UNIX, SOCK_STREAM, 0, b) as Socket;
    for (const err of [thrown(() => sendmsgAfalgSync(unix, [Buffer.from('x')], { op: -1 })), await rejected(sendmsgAfalg(unix, [], { op: -1 }))]) {
      expect(err).toBeInstanceOf(OSError);
      expect(err).toMatchObject({ errno: null, message: 'algset is only supported for AF_ALG' });
    }
    expect(thrown(() => sendmsgAfalgSync({} as Socket, [], { op: 0 }))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
  });

  it('sends the data with the control messages through the socket\'s sendmsg, in both forms', async () => {
    const [alg, peer] = pair();
    using _a = alg;
    using _p = peer;
    expect(sendmsgAfalgSync(alg, [Buffer.from('ab'), Buffer.from('cd')], { op: ALG_OP_ENCRYPT, iv: Buffer.alloc(16), assoclen: 1 })).toBe(4);
    expect(await sendmsgAfalg(alg, [Buffer.from('efg')], { op: ALG_OP_DECRYPT, flags: 0 })).toBe(3);
    expect(sendmsgAfalgSync(alg, undefined, { op: 0 })).toBe(0);
    expect(peer.recvSync(100).toString()).toBe('abcdefg');
  });

  it('refuses bad msgs and flags with coded errors, and sends nothing', async () => {
    const [alg, peer] = pair();
    using _a = alg;
    using _p = peer;
    expect(thrown(() => sendmsgAfalgSync(alg, 5 as unknown as Buffer[], { op: 0 }))).toMatchObject({ name: 'TypeError' });
    expect(thrown(() => sendmsgAfalgSync(alg, ['x'] as unknown as Buffer[], { op: 0 }))).toMatchObject({ name: 'TypeError' });
    expect(thrown(() => sendmsgAfalgSync(alg, [], { op: 0, flags: 'x' as unknown as number }))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    expect(await rejected(sendmsgAfalg(alg, [], { op: 0, signal: 'no' as unknown as AbortSignal }))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    peer.setblocking(false);
    expect(thrown(() => peer.recvSync(10))).toMatchObject({ code: 'EAGAIN' });
  });
});
