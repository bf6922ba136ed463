/**
 * Arguments a careless or hostile caller can pass: every error is a coded
 * TypeError/RangeError (or an OSError), lengths are checked before elements
 * are read, and describing an argument never runs its code (issue 12,
 * items 6-8).
 */
import { describe, expect, it } from 'vitest';
import {
  CMSG_SPACE,
  ancillaryItems,
  boundedItems,
  SCM_RIGHTS,
  SOCK_DGRAM,
  SOL_SOCKET,
  decodeAncillary,
  encodeAncillary,
  fdsOf,
  ifNametoindex,
  invalidArgType,
  invalidArgValue,
  outOfRange,
  packFds,
  reverseMap,
  validateInt32,
  type Socket,
} from '@sock/core';
import { fakeSocketpair } from '@sock/core/testing';

function pair(type?: number): [Socket, Socket] & Disposable {
  const p = fakeSocketpair(type) as [Socket, Socket] & Disposable;
  p[Symbol.dispose] = () => p.forEach((s) => s.close());
  return p;
}

/** What `fn` throws (synchronously) or rejects with. */
async function failure(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a failure');
}

const coded = (code: string) => expect.objectContaining({ code });

function revokedProxy(): object {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
}

function detachedView(): Uint8Array {
  const ab = new ArrayBuffer(8);
  const view = new Uint8Array(ab);
  structuredClone(ab, { transfer: [ab] });
  return view;
}

/** An object every one of whose property reads and traps throws 42, counting them. */
function hostile(): { value: object; touched: () => number } {
  let touched = 0;
  const value = new Proxy(
    {},
    {
      get: () => {
        touched++;
        throw 42;
      },
      getPrototypeOf: () => {
        touched++;
        throw 42;
      },
    },
  );
  return { value, touched: () => touched };
}

function throwingGetter(): object {
  return Object.defineProperty({}, 'constructor', {
    get() {
      throw 42;
    },
  });
}

describe('argument errors are coded and never run the argument', () => {
  it('the builders describe proxies, throwing getters and detached views without touching them', () => {
    const h = hostile();
    expect(invalidArgType('x', 'a number', h.value).message).toMatch(/Received a Proxy$/);
    expect(invalidArgType('x', 'a number', throwingGetter()).message).toMatch(/Received an instance of Object$/);
    expect(invalidArgType('x', 'a number', revokedProxy()).message).toMatch(/Received a Proxy$/);
    expect(invalidArgValue('x', detachedView(), 'is bad').message).toMatch(/Received an instance of Uint8Array$/);
    expect(outOfRange('x', '>= 0', { valueOf: () => -1 }).message).toMatch(/Received an instance of Object$/);
    expect(outOfRange('x', '>= 0', Symbol('s')).message).toMatch(/Received Symbol\(s\)$/);
    expect(h.touched()).toBe(0);
    expect(() => validateInt32(throwingGetter(), 'n')).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
  });

  it('revoked proxies and detached views to send and bind: coded TypeErrors, in both forms', async () => {
    using p = pair(SOCK_DGRAM);
    const [a] = p;
    for (const data of [revokedProxy(), new Proxy(Buffer.alloc(4), {}), detachedView()]) {
      const code = ArrayBuffer.isView(data) ? 'ERR_INVALID_ARG_VALUE' : 'ERR_INVALID_ARG_TYPE';
      expect(await failure(() => a.sendSync(data as Buffer))).toEqual(coded(code));
      expect(await failure(() => a.send(data as Buffer))).toEqual(coded(code));
      expect(await failure(() => a.sendallSync(data as Buffer))).toEqual(coded(code));
      expect(await failure(() => a.sendmsg([data as Buffer]))).toEqual(coded(code));
    }
    expect(await failure(() => a.bind(revokedProxy()))).toEqual(coded('ERR_INVALID_ARG_TYPE'));
    expect(await failure(() => a.sendto(Buffer.alloc(1), revokedProxy()))).toEqual(coded('ERR_INVALID_ARG_TYPE'));
    expect(await failure(() => a.recvIntoSync(detachedView()))).toEqual(coded('ERR_INVALID_ARG_VALUE'));
  });

  it('sendfile and ifNametoindex refuse proxies (revoked or of a Buffer) with coded TypeErrors, in both forms', async () => {
    using p = pair();
    const [a] = p;
    for (const file of [revokedProxy(), new Proxy({ fd: 0 }, {})]) {
      expect(await failure(() => a.sendfileSync(file as never))).toEqual(coded('ERR_INVALID_ARG_TYPE'));
      expect(await failure(() => a.sendfile(file as never))).toEqual(coded('ERR_INVALID_ARG_TYPE'));
    }
    for (const name of [revokedProxy(), new Proxy(Buffer.from('lo'), {})]) {
      expect(await failure(() => ifNametoindex(name as never))).toEqual(coded('ERR_INVALID_ARG_TYPE'));
    }
  });

  it('recvmmsg refuses a revoked Proxy as its options, in both forms; ancillaryItems a name that is not a string', async () => {
    using p = pair(SOCK_DGRAM);
    const [a] = p;
    expect(await failure(() => a.recvmmsgSync(2, 16, revokedProxy() as never))).toEqual(coded('ERR_INVALID_ARG_TYPE'));
    expect(await failure(() => a.recvmmsg(2, 16, revokedProxy() as never))).toEqual(coded('ERR_INVALID_ARG_TYPE'));
    expect(await failure(() => ancillaryItems([], detachedView() as never))).toEqual(coded('ERR_INVALID_ARG_TYPE'));
  });

  it('sendmmsg refuses a Proxy (revoked or not) as its messages, as an item, and as its options, in both forms', async () => {
    using p = pair(SOCK_DGRAM);
    const [a] = p;
    const ok = Buffer.from('x');
    for (const [messages, options] of [
      [revokedProxy(), undefined], [new Proxy([ok], {}), undefined], [[ok, revokedProxy()], undefined],
      [[[ok, ok], new Proxy([ok, ok], {})], undefined], [[ok], revokedProxy()],
    ] as Array<[unknown, unknown]>) {
      expect(await failure(() => a.sendmmsgSync(messages as never, options as never))).toEqual(coded('ERR_INVALID_ARG_TYPE'));
      expect(await failure(() => a.sendmmsg(messages as never, options as never))).toEqual(coded('ERR_INVALID_ARG_TYPE'));
    }
    expect(await failure(() => a.sendmmsgSync([ok, detachedView()]))).toEqual(coded('ERR_INVALID_ARG_VALUE'));
  });

  it('recvmsgInto refuses a typed array as its iterable of buffers, in both forms', async () => {
    using p = pair(SOCK_DGRAM);
    const [a] = p;
    expect(await failure(() => a.recvmsgIntoSync(new Uint8Array(8) as unknown as Uint8Array[]))).toEqual(coded('ERR_INVALID_ARG_TYPE'));
    expect(await failure(() => a.recvmsgInto(new Uint8Array(8) as unknown as Uint8Array[]))).toEqual(coded('ERR_INVALID_ARG_TYPE'));
  });

  it("makefile('w', null) is a writer with default options; bad options are coded", () => {
    using p = pair();
    const [a] = p;
    const w = a.makefile('w', null as never);
    expect(w.writable).toBe(true);
    w.destroy();
    expect(() => a.makefile('r', { highWaterMark: -1 })).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
    expect(() => a.makefile('r', { encoding: 'bogus' as BufferEncoding })).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_VALUE' }));
    expect(() => a.makefile('r', revokedProxy())).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
    expect(() => a.makefile('r'.repeat(1 << 20))).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_VALUE' }));
  });
});

describe('lengths are checked before elements are read', () => {
  it('packFds and encodeAncillary refuse 2**32-1 holes at once', () => {
    const t0 = performance.now();
    expect(() => packFds(new Array(2 ** 32 - 1))).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
    expect(() => packFds(new Array(5e7))).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
    expect(() => encodeAncillary(new Array(2 ** 32 - 1))).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
    expect(() => fdsOf(new Array(2 ** 32 - 1), SOL_SOCKET, SCM_RIGHTS)).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('endless iterables end in a RangeError, in both forms', async () => {
    function* endless(): Generator<Buffer> {
      for (;;) yield Buffer.alloc(1);
    }
    function* endlessItems(): Generator<[number, number, Buffer]> {
      for (;;) yield [SOL_SOCKET, SCM_RIGHTS, Buffer.alloc(4)];
    }
    using p = pair(SOCK_DGRAM);
    const [a] = p;
    expect(await failure(() => a.sendmsgSync(endless()))).toEqual(coded('ERR_OUT_OF_RANGE'));
    expect(await failure(() => a.sendmsg(endless()))).toEqual(coded('ERR_OUT_OF_RANGE'));
    expect(await failure(() => a.recvmsgIntoSync(endless()))).toEqual(coded('ERR_OUT_OF_RANGE'));
    expect(await failure(() => a.recvmsgInto(endless()))).toEqual(coded('ERR_OUT_OF_RANGE'));
    expect(await failure(() => a.sendmsgSync([Buffer.alloc(1)], endlessItems()))).toEqual(coded('ERR_OUT_OF_RANGE'));
    expect(() => packFds((function* () {
      for (;;) yield 0;
    })())).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
  });

  it('boundedItems needs a bound: a missing or bad max is a coded error, not an endless read', () => {
    function* endless(): Generator<number> {
      for (;;) yield 0;
    }
    for (const max of [undefined, NaN, -1, 1.5, Infinity, '3']) {
      expect(() => boundedItems(endless(), 'items', max as number)).toThrow(expect.objectContaining({ code: expect.stringMatching(/^ERR_(OUT_OF_RANGE|INVALID_ARG_TYPE)$/) }));
    }
    expect(() => boundedItems(endless(), 'items', 3)).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
    expect(boundedItems(new Set([1, 2]), 'items', 2)).toEqual([1, 2]);
  });

  it('reverseMap is bounded and checks its arguments', () => {
    const t0 = performance.now();
    expect(() => reverseMap(Buffer.alloc(4 << 20) as never, '')).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
    expect(() => reverseMap({ A_B: 1 }, 'A_', new Array(2 ** 32 - 1))).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
    expect(() => reverseMap({ A_B: 1 }, 1 as never)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
    expect(reverseMap({ A_B: 1, A_C: 1, X: 2 }, 'A_', ['A_C']).get(1)).toBe('A_C');
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('decoders take any ArrayBufferView by its bytes', () => {
  it('decodeAncillary decodes a DataView or a Uint32Array over the same bytes as the Buffer', () => {
    const control = encodeAncillary([[SOL_SOCKET, SCM_RIGHTS, packFds([7, 8])]])!;
    expect(control.length).toBe(CMSG_SPACE(8));
    const padded = new ArrayBuffer(control.length + 8);
    new Uint8Array(padded, 8).set(control);
    const expected = decodeAncillary(control, control.length);
    expect(expected.items).toHaveLength(1);
    expect(decodeAncillary(new DataView(padded, 8), control.length)).toEqual(expected);
    expect(decodeAncillary(new Uint32Array(padded, 8), control.length)).toEqual(expected);
    expect(fdsOf(decodeAncillary(new DataView(padded, 8), control.length).items, SOL_SOCKET, SCM_RIGHTS)).toEqual([7, 8]);
    expect(() => decodeAncillary(detachedView(), 0)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_VALUE' }));
    expect(() => decodeAncillary(undefined as never, 0)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
  });
});
