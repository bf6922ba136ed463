/** Peer credentials: SO_PEERCRED, SO_PASSCRED + SCM_CREDENTIALS, SO_PEERSEC, SO_PEERGROUPS, struct ucred. */
import { closeSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errno, OSError, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_STREAM, SOL_SOCKET, Socket } from '@sock/core';
import {
  AF_UNIX,
  credentialsItem,
  credentialsOf,
  decodeUcred,
  encodeUcred,
  getPassCred,
  getPeerCred,
  getPeerGroups,
  getPeerPidfd,
  getPeerSec,
  parseAncillary,
  processCredentials,
  SCM_CREDENTIALS,
  setPassCred,
  SO_PEERPIDFD,
  socketpair,
  UCRED_SIZE,
} from '@sock/unix';
import { scoped, socketDir, unix } from './helpers.js';

const pathFor = socketDir();
const me = (): { pid: number; uid: number; gid: number } => ({ pid: process.pid, uid: process.getuid!(), gid: process.getgid!() });

describe('struct ucred codec', () => {
  it('has the platform layout: 12 bytes, pid then uid then gid', () => {
    expect(UCRED_SIZE).toBe(12);
    const b = encodeUcred({ pid: 0x01020304, uid: 0xfffffffe, gid: 7 });
    expect([b.readInt32LE(0), b.readUInt32LE(4), b.readUInt32LE(8)]).toEqual([0x01020304, 0xfffffffe, 7]);
  });

  it('round-trips any pid_t / uid_t / gid_t (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.nat({ max: 2 ** 32 - 1 }), fc.nat({ max: 2 ** 32 - 1 }), (pid, uid, gid) => {
        expect(decodeUcred(encodeUcred({ pid, uid, gid }))).toEqual({ pid, uid, gid });
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses out-of-range fields, non-objects and short input with coded errors', () => {
    expect(() => encodeUcred({ pid: 1, uid: -1, gid: 0 })).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
    expect(() => encodeUcred({ pid: 2 ** 31, uid: 0, gid: 0 })).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
    expect(() => encodeUcred({ pid: 1, uid: 0 } as never)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
    expect(() => encodeUcred(null as never)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
    expect(() => decodeUcred(Buffer.alloc(11))).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
  });

  it('decodes any 12+ bytes without throwing (fuzz)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 12, maxLength: 40 }), (raw) => {
        const c = decodeUcred(raw);
        expect(Number.isInteger(c.pid) && c.uid >= 0 && c.gid >= 0).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("processCredentials() is this process's pid, uid and gid", () => {
    expect(processCredentials()).toEqual(me());
  });
});

describe.skipIf(unix.skip)(`SO_PEERCRED${unix.title}`, () => {
  it("a socketpair's peer is this process", () => {
    const [a, b] = socketpair();
    using _ = scoped(a, b);
    expect(getPeerCred(a)).toEqual(me());
    expect(getPeerCred(b)).toEqual(me());
  });

  it.each([
    ['SOCK_STREAM', SOCK_STREAM],
    ['SOCK_SEQPACKET', SOCK_SEQPACKET],
  ])('over a listening %s socket, both ends see this process', async (_n, type) => {
    const p = pathFor(`peer-${type}`);
    using s = scoped(new Socket(AF_UNIX, type), new Socket(AF_UNIX, type));
    const [server, client] = s;
    server.bind(p);
    server.listen();
    await client.connect(p);
    const [conn] = await server.accept();
    using _c = scoped(conn);
    expect(getPeerCred(conn)).toEqual(me());
    expect(getPeerCred(client)).toEqual(me());
  });

  it('matches the raw getsockopt bytes', () => {
    const [a, b] = socketpair();
    using _ = scoped(a, b);
    const raw = a.getsockopt(SOL_SOCKET, 17, UCRED_SIZE!) as Buffer;
    expect(decodeUcred(raw)).toEqual(getPeerCred(a));
  });

  it('a closed socket: OSError EBADF', () => {
    const [a, b] = socketpair();
    a.close();
    b.close();
    expect(() => getPeerCred(a)).toThrow(expect.objectContaining({ errno: errno.EBADF }));
  });
});

describe.skipIf(unix.skip)(`SO_PASSCRED and SCM_CREDENTIALS${unix.title}`, () => {
  it('SO_PASSCRED is off by default and can be turned on', () => {
    const [a, b] = socketpair(AF_UNIX, SOCK_DGRAM);
    using _ = scoped(a, b);
    expect(getPassCred(b)).toBe(false);
    setPassCred(b, true);
    expect(getPassCred(b)).toBe(true);
    setPassCred(b, false);
    expect(getPassCred(b)).toBe(false);
    expect(() => setPassCred(b, 1 as never)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
  });

  it('with SO_PASSCRED, each message carries the sender credentials even when none were sent', async () => {
    const [a, b] = socketpair(AF_UNIX, SOCK_DGRAM);
    using _ = scoped(a, b);
    setPassCred(b, true);
    a.sendSync(Buffer.from('who'));
    const [data, anc] = await b.recvmsg(10, 256);
    expect(data.toString()).toBe('who');
    expect(credentialsOf(anc)).toEqual([me()]);
  });

  it('an explicit SCM_CREDENTIALS item arrives as sent', () => {
    const [a, b] = socketpair(AF_UNIX, SOCK_SEQPACKET);
    using _ = scoped(a, b);
    setPassCred(b, true);
    a.sendmsgSync([Buffer.from('creds')], [credentialsItem()]);
    const [, anc] = b.recvmsgSync(10, 256);
    const parsed = parseAncillary(anc);
    expect(parsed.credentials).toEqual([me()]);
    expect(parsed.fds).toEqual([]);
    expect(anc[0]![1]).toBe(SCM_CREDENTIALS);
  });

  it('claiming another pid without CAP_SYS_ADMIN fails with EPERM; as root the kernel checks it exists', () => {
    const [a, b] = socketpair(AF_UNIX, SOCK_DGRAM);
    using _ = scoped(a, b);
    let caught: unknown;
    try {
      a.sendmsgSync([Buffer.from('x')], [credentialsItem({ ...me(), pid: 0x7ffffff0 })]);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(OSError);
    expect([errno.EPERM, errno.ESRCH]).toContain((caught as OSError).errno);
  });
});

describe.skipIf(unix.skip)(`SO_PEERSEC, SO_PEERGROUPS, SO_PEERPIDFD${unix.title}`, () => {
  it('SO_PEERSEC returns the label, or ENOPROTOOPT naming what is missing', () => {
    const [a, b] = socketpair();
    using _ = scoped(a, b);
    try {
      expect(typeof getPeerSec(a)).toBe('string');
    } catch (err) {
      expect(err).toBeInstanceOf(OSError);
      expect((err as OSError).errno).toBe(errno.ENOPROTOOPT);
      expect((err as OSError).message).toMatch(/SO_PEERSEC needs a Linux security module/);
    }
  });

  it("SO_PEERGROUPS lists this process's supplementary groups", () => {
    const [a, b] = socketpair();
    using _ = scoped(a, b);
    const groups = getPeerGroups(a);
    expect(Array.isArray(groups)).toBe(true);
    expect(groups.every((g) => Number.isInteger(g) && g >= 0)).toBe(true);
  });

  it('SO_PEERPIDFD: a pidfd where the headers define it, else ENOPROTOOPT that says so', () => {
    const [a, b] = socketpair();
    using _ = scoped(a, b);
    if (SO_PEERPIDFD === undefined) {
      expect(() => getPeerPidfd(a)).toThrow(/SO_PEERPIDFD is not defined by this platform's headers/);
    } else {
      const fd = getPeerPidfd(a);
      expect(fd).toBeGreaterThanOrEqual(0);
      closeSync(fd);
    }
  });
});
