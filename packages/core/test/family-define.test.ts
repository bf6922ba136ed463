import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { errno, OSError, registerFamily, SOCK_DGRAM, SOCK_STREAM, Socket, unregisterFamily } from '@sock/core';
import {
  allocSockaddr,
  boundedView,
  callOnSocket,
  callOnSocketSync,
  deadlineFor,
  defineFamily,
  getsockoptBytes,
  headerFamilies,
  loadAddon,
  probeSocket,
  readField,
  readSaFamily,
  recvmsgRaw,
  socketpairFds,
  StructCodec,
  tryReadField,
  writeField,
  writeSaFamily,
  type RecvmsgRawInfo,
} from '@sock/core/family';
import { fakeFamily, fakeSocketpair, rejected, thrown } from '@sock/core/testing';
import { kState } from '../src/state.js';
import { native } from '../src/native.js';

const AF_UNIX = headerFamilies.AF_UNIX!;
/** A family number no kernel serves (AF_MAX is below 64). */
const AF_NONE = 0xf0;

describe('loadAddon', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sock-addon-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names every path it tried, the platform and how to build, when nothing loads', () => {
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: '@sock/nothing' }));
    mkdirSync(path.join(dir, 'src'));
    const err = thrown<Error>(() => loadAddon('@sock/nothing', pathToFileURL(path.join(dir, 'src', 'native.js')).href));
    expect(err.message).toContain(`@sock/nothing: could not load its native addon for ${process.platform}-${process.arch}`);
    expect(err.message).toContain(path.join(dir, 'prebuilds', `${process.platform}-${process.arch}`));
    expect(err.message).toContain(path.join(dir, 'build', 'Release'));
    expect(err.message).toContain(path.join(dir, 'build', 'Debug'));
    expect(err.message).toContain('--build-from-source');
    expect(err.cause).toBeInstanceOf(Error);
  });

  it('finds the package root from src/ or dist/ and loads the build', () => {
    const core = loadAddon<typeof native>('@sock/core', new URL('../src/native.ts', import.meta.url).href);
    expect(typeof core.socket).toBe('function');
  });
});

describe('defineFamily', () => {
  const base = { name: 'AF_TEST', packageName: '@sock/test', constants: {}, encode: fakeFamily.encode, decode: fakeFamily.decode };

  it('probes once with socket(2) and reports available', () => {
    const p = defineFamily({ ...base, family: AF_UNIX, probe: { type: SOCK_STREAM } });
    expect(p.available()).toBe(true);
    expect(p.unavailableReason()).toBeNull();
    expect(Object.isFrozen(p)).toBe(true);
  });

  it('says which socket(2) failed and adds the module hint for EAFNOSUPPORT', () => {
    const p = defineFamily({ ...base, family: AF_NONE, probe: { type: SOCK_DGRAM }, module: 'test_mod' });
    expect(p.available()).toBe(false);
    expect(p.unavailableReason()).toMatch(/^socket\(AF_TEST, SOCK_DGRAM, 0\) failed with EAFNOSUPPORT \(.+\): the kernel lacks AF_TEST: modprobe test_mod$/);
    expect(p.socketErrorHint?.(errno.EAFNOSUPPORT!, SOCK_DGRAM, 0)).toBe('the kernel lacks AF_TEST: modprobe test_mod');
    expect(p.socketErrorHint?.(errno.EPERM!, SOCK_DGRAM, 0)).toBeNull();
  });

  it("prefers the family's own hint", () => {
    const p = defineFamily({ ...base, family: AF_NONE, probe: { type: SOCK_DGRAM }, module: 'm', socketErrorHint: () => 'own words' });
    expect(p.unavailableReason()).toMatch(/: own words$/);
  });

  it('is not registered where the platform lacks the family, and says why', () => {
    const p = defineFamily({ ...base, family: undefined, probe: { type: SOCK_DGRAM }, absentReason: 'test families are imaginary' });
    expect(p.family).toBe(-1);
    expect(p.available()).toBe(false);
    expect(p.unavailableReason()).toBe("this platform's headers define no AF_TEST (test families are imaginary)");
    expect(registerFamily(p)).toBe(false);
  });

  it('socket(2) errors of a registered family carry its hint', () => {
    const p = defineFamily({ ...base, family: AF_NONE, probe: { type: SOCK_DGRAM }, module: 'test_mod' });
    registerFamily(p);
    try {
      const err = thrown<OSError>(() => new Socket(AF_NONE, SOCK_DGRAM, 0));
      expect(err.errno).toBe(errno.EAFNOSUPPORT);
      expect(err.message).toContain('(the kernel lacks AF_TEST: modprobe test_mod)');
    } finally {
      unregisterFamily(AF_NONE);
    }
  });

  it('probeSocket answers 0 or the errno', () => {
    expect(probeSocket(AF_UNIX, SOCK_STREAM)).toBe(0);
    expect(probeSocket(AF_NONE, SOCK_STREAM)).toBe(errno.EAFNOSUPPORT);
  });
});

describe('plugin hooks', () => {
  const hooked = (extra: object) => ({ ...fakeFamily, ...extra });

  it('acceptReturnsAddress false: accept passes NULL and returns [conn, null]', async () => {
    const AF_HOOK = 0xf1;
    registerFamily(hooked({ family: AF_HOOK, name: 'AF_HOOK', acceptReturnsAddress: false }));
    const fd = native.socket(AF_UNIX, SOCK_STREAM, 0);
    const listener = new Socket(AF_HOOK, SOCK_STREAM, 0, fd);
    const dir = mkdtempSync(path.join(tmpdir(), 'sock-accept-'));
    try {
      const where = Buffer.from(path.join(dir, 's'));
      listener.bind(where);
      listener.listen(2);
      for (const sync of [true, false]) {
        const client = new Socket(AF_HOOK, SOCK_STREAM, 0, native.socket(AF_UNIX, SOCK_STREAM, 0));
        client.connectSync(where);
        const [conn, addr] = sync ? listener.acceptSync() : await listener.accept();
        expect(addr).toBeNull();
        expect(conn.family).toBe(AF_HOOK);
        conn.close();
        client.close();
      }
    } finally {
      listener.close();
      unregisterFamily(AF_HOOK);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sendNoSignal false: sends carry no MSG_NOSIGNAL; other families do where the platform has it', () => {
    const AF_QUIET = 0xf2;
    registerFamily(hooked({ family: AF_QUIET, name: 'AF_QUIET', sendNoSignal: false }));
    const [a, b] = socketpairFds(AF_UNIX, SOCK_DGRAM, 0);
    const quiet = new Socket(AF_QUIET, SOCK_DGRAM, 0, a);
    const [x, y] = fakeSocketpair(SOCK_DGRAM);
    try {
      const sendFlags = (s: Socket): number => (s as unknown as Record<symbol, { sendFlags: number }>)[kState]!.sendFlags;
      expect(sendFlags(quiet)).toBe(0);
      expect(sendFlags(x)).toBe(native.constants.MSG_NOSIGNAL ?? 0);
      expect(quiet.sendSync(Buffer.from('hi'))).toBe(2);
    } finally {
      quiet.close();
      native.close(b);
      x.close();
      y.close();
      unregisterFamily(AF_QUIET);
    }
  });
});

describe('struct and sockaddr helpers', () => {
  const layout = { size: 16, a: { offset: 0, size: 2 }, b: { offset: 4, size: 4 }, c: { offset: 8, size: 8 } };

  it('pack and unpack integer members in host byte order', () => {
    const codec = new StructCodec(layout, ['a', 'b', 'c']);
    const bytes = codec.pack({ a: 0xbeef, b: 0xfffffffe, c: 2n ** 63n + 5n });
    expect(bytes.length).toBe(16);
    expect(codec.unpack(bytes)).toEqual({ a: 0xbeef, b: 0xfffffffe, c: 2n ** 63n + 5n });
    expect(codec.unpack(bytes.subarray(0, 6))).toEqual({ a: 0xbeef });
  });

  it('reads within bounds only and never truncates a write', () => {
    const buf = Buffer.alloc(4);
    expect(thrown(() => readField(buf, { offset: 2, size: 4 })).code).toBe('ERR_OUT_OF_RANGE');
    expect(tryReadField(buf, { offset: 2, size: 4 })).toBeUndefined();
    expect(thrown(() => writeField(buf, { offset: 0, size: 2 }, 0x10000)).code).toBe('ERR_OUT_OF_RANGE');
    writeField(buf, { offset: 0, size: 2 }, -1);
    expect(readField(buf, { offset: 0, size: 2 }, true)).toBe(-1);
    expect(readField(buf, { offset: 0, size: 2 })).toBe(0xffff);
  });

  it('sa_family round-trips; short sockaddrs read as undefined; views stay in bounds', () => {
    const sa = allocSockaddr(16, AF_UNIX);
    expect(readSaFamily(sa)).toBe(AF_UNIX);
    writeSaFamily(sa, 0xabcd);
    expect(readSaFamily(sa)).toBe(0xabcd);
    expect(readSaFamily(sa.subarray(0, 1))).toBeUndefined();
    expect(boundedView(sa, 10, 100).length).toBe(6);
    expect(boundedView(sa, 100, 4).length).toBe(0);
    const revoked = Proxy.revocable(new Uint8Array(4), {});
    revoked.revoke();
    for (const bad of [undefined, null, new DataView(sa.buffer), revoked.proxy, new Proxy(sa, {}), [1, 2]]) {
      expect(thrown(() => boundedView(bad as Uint8Array, 0, 2)).code).toBe('ERR_INVALID_ARG_TYPE');
    }
    expect(thrown(() => allocSockaddr(1, 0)).code).toBe('ERR_OUT_OF_RANGE');
  });
});

describe('raw access and the I/O path', () => {
  it('getsockoptBytes gives the bytes or -errno', () => {
    const [a, b] = fakeSocketpair(SOCK_STREAM);
    try {
      const got = getsockoptBytes(a, native.constants.SOL_SOCKET!, native.constants.SO_TYPE!, 4);
      expect(Buffer.isBuffer(got) && got.length).toBe(4);
      expect(getsockoptBytes(a, native.constants.SOL_SOCKET!, 0x7fff, 4)).toBe(-errno.ENOPROTOOPT!);
    } finally {
      a.close();
      b.close();
    }
  });

  it('callOnSocket runs a raw recvmsg through the timeout mode, sync and async', async () => {
    const [a, b] = fakeSocketpair(SOCK_DGRAM);
    const buf = Buffer.alloc(16);
    const addr = Buffer.alloc(128);
    const info: RecvmsgRawInfo = { namelen: 0, flags: 0, controllen: 0 };
    const attempt = (fd: number): number => recvmsgRaw(fd, buf, null, 0, addr, info);
    try {
      b.sendSync(Buffer.from('one'));
      expect(callOnSocketSync(a, 'read', 'recvmsg', attempt)).toBe(3);
      expect(buf.subarray(0, 3).toString()).toBe('one');
      const pending = callOnSocket(a, 'read', 'recvmsg', attempt);
      b.sendSync(Buffer.from('three'));
      expect(await pending).toBe(5);
      const t0 = performance.now();
      const err = await rejected(callOnSocket(a, 'read', 'recvmsg', attempt, { deadline: deadlineFor(a, 0.05) }));
      expect(err.name).toBe('TimeoutError');
      expect(performance.now() - t0).toBeGreaterThanOrEqual(40);
      a.settimeout(0);
      expect(thrown(() => callOnSocketSync(a, 'read', 'recvmsg', attempt)).name).toBe('BlockingIOError');
      expect(thrown(() => deadlineFor(a, -1)).code).toBe('ERR_OUT_OF_RANGE');
      expect(deadlineFor(a, null)).toBeUndefined();
    } finally {
      a.close();
      b.close();
    }
  });
});
