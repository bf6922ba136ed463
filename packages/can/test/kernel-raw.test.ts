import { describe, expect, it } from 'vitest';
import { BlockingIOError, errno, OSError, SO_RXQ_OVFL, SO_TIMESTAMPNS, SOCK_RAW, SOL_SOCKET, Socket, TimeoutError } from '@sock/core';
import { spawnSync } from 'node:child_process';
import { rejected, thrown } from '@sock/core/testing';
import {
  AF_CAN, CAN_EFF_FLAG, CAN_ERR_MASK, CAN_MTU, CANXL_MTU, CAN_RAW, CAN_RAW_FILTER, CAN_RAW_LOOPBACK, CANFD_MTU, canSocket, decodeCanFrame, decodeFrame, encodeCanFdFrame,
  encodeCanFrame, encodeCanXlFrame, getErrorFilter, getFdFrames, getFilters, getJoinFilters, getLoopback, getRecvOwnMsgs, recvFrame, recvFrameSync,
  setErrorFilter, setFdFrames, setFilters, setJoinFilters, setLoopback, setRecvOwnMsgs, setXlFrames, SOL_CAN_RAW,
} from '@sock/can';
import { can, only, overflowedReceiver, rawOn } from './helpers.js';

describe.skipIf(can.skip)(`CAN_RAW on vcan0${can.title}`, () => {
  it("bind(['']) binds every interface and getsockname gives [''] back; a 1024-character name is too long (CPython's test)", () => {
    using s = new Socket(AF_CAN, SOCK_RAW, CAN_RAW);
    s.bind(['']);
    expect(s.getsockname()).toEqual(['']);
    const err = thrown<OSError>(() => s.bind(['x'.repeat(1024)]));
    expect([err.errno, /interface name too long/.test(err.message)]).toEqual([null, true]);
    expect(thrown<OSError>(() => s.bind(['nosuchcan7'])).errno).toBe(errno.ENODEV);
  });

  it('sends and receives classic frames; recvfrom gives the interface name', async () => {
    using rx = rawOn([0x101]);
    using tx = canSocket(CAN_RAW, { ifname: 'vcan0' });
    expect(tx.getsockname()).toEqual(['vcan0']);
    await tx.send(encodeCanFrame({ id: 0x101, data: Buffer.from([0xde, 0xad, 0xbe, 0xef]) }));
    const [data, addr] = await rx.recvfrom(CANFD_MTU);
    expect(data.length).toBe(CAN_MTU);
    expect(addr).toEqual(['vcan0']);
    expect(decodeCanFrame(data)).toMatchObject({ id: 0x101, extended: false, data: Buffer.from([0xde, 0xad, 0xbe, 0xef]) });
    tx.sendSync(encodeCanFrame({ id: 0x101, rtr: true, data: Buffer.alloc(2) }));
    expect(decodeCanFrame(rx.recvSync(CAN_MTU))).toMatchObject({ id: 0x101, extended: false, rtr: true });
  });

  it('an unbound socket sends with sendto([ifname]); one bound to every interface receives from vcan0 and vcan1 by name', async () => {
    using rx = rawOn([0x102], '');
    using tx = new Socket(AF_CAN, SOCK_RAW, CAN_RAW);
    await tx.sendto(encodeCanFrame({ id: 0x102, data: Buffer.from('a') }), ['vcan0']);
    await tx.sendto(encodeCanFrame({ id: 0x102, data: Buffer.from('b') }), ['vcan1']);
    const got = [await rx.recvfrom(CAN_MTU), await rx.recvfrom(CAN_MTU)].map(([d, a]) => [decodeCanFrame(d).data.toString(), a]);
    expect(got.sort()).toEqual([['a', ['vcan0']], ['b', ['vcan1']]]);
  });

  it('CAN FD frames pass once CAN_RAW_FD_FRAMES is on; a classic frame still reads as CAN_MTU bytes', async () => {
    using rx = rawOn([0x103]);
    using tx = canSocket(CAN_RAW, { ifname: 'vcan0' });
    expect(getFdFrames(rx)).toBe(false);
    setFdFrames(rx, true);
    setFdFrames(tx, true);
    expect(getFdFrames(rx)).toBe(true);
    await tx.send(encodeCanFdFrame({ id: 0x103, brs: true, data: Buffer.alloc(64, 0x5a) }));
    await tx.send(encodeCanFrame({ id: 0x103, data: Buffer.from([1]) }));
    const fd = decodeFrame(await rx.recv(CANFD_MTU));
    expect(fd).toMatchObject({ kind: 'canfd', id: 0x103, brs: true, data: Buffer.alloc(64, 0x5a) });
    expect(decodeFrame(await rx.recv(CANFD_MTU)).kind).toBe('can');
  });

  it('a socket without CAN_RAW_FD_FRAMES cannot send an FD frame (EINVAL)', async () => {
    using tx = canSocket(CAN_RAW, { ifname: 'vcan0' });
    const err = await rejected<OSError>(tx.send(encodeCanFdFrame({ id: 0x104, data: Buffer.alloc(12) })));
    expect(err.errno).toBe(errno.EINVAL);
  });

  it('CAN_RAW_FILTER: set and get {id, mask, inverted} arrays, which decide what arrives; 513 filters are refused before the kernel', async () => {
    using rx = new Socket(AF_CAN, SOCK_RAW, CAN_RAW);
    expect(getFilters(rx)).toEqual([{ id: 0, mask: 0, inverted: false }]);
    const filters = [{ id: 0x110, mask: (0x7f0 | CAN_EFF_FLAG) >>> 0, inverted: false }, { id: 0x115, mask: 0x7ff, inverted: true }];
    setFilters(rx, filters);
    expect(getFilters(rx)).toEqual(filters);
    expect(rx.getsockopt(SOL_CAN_RAW, CAN_RAW_FILTER, 16)).toHaveLength(16);
    rx.bind(['vcan0']);
    rx.settimeout(5);
    using tx = canSocket(CAN_RAW, { ifname: 'vcan0' });
    setJoinFilters(rx, true);
    expect(getJoinFilters(rx)).toBe(true);
    for (const id of [0x120, 0x115, 0x111]) await tx.send(encodeCanFrame({ id }));
    expect(decodeCanFrame(await rx.recv(CAN_MTU)).id).toBe(0x111);
    expect(thrown<RangeError>(() => setFilters(rx, Array.from({ length: 513 }, () => ({ id: 0, mask: 0 }))))).toBeInstanceOf(RangeError);
    setFilters(rx, []);
    expect(getFilters(rx)).toEqual([]);
  });

  it('CAN_RAW_LOOPBACK off: local sockets no longer see the frames; CAN_RAW_RECV_OWN_MSGS: the sender sees its own', async () => {
    using rx = rawOn([0x105], 'vcan0', 0.5);
    using tx = canSocket(CAN_RAW, { ifname: 'vcan0' });
    expect([getLoopback(tx), getRecvOwnMsgs(tx)]).toEqual([true, false]);
    setLoopback(tx, false);
    expect(getLoopback(tx)).toBe(false);
    expect(tx.getsockopt(SOL_CAN_RAW, CAN_RAW_LOOPBACK)).toBe(0);
    await tx.send(encodeCanFrame({ id: 0x105 }));
    await expect(rx.recv(CAN_MTU)).rejects.toBeInstanceOf(TimeoutError);
    setLoopback(tx, true);
    setRecvOwnMsgs(tx, true);
    setFilters(tx, [only(0x106)]);
    tx.settimeout(5);
    await tx.send(encodeCanFrame({ id: 0x106, data: Buffer.from('own') }));
    expect(decodeCanFrame(await tx.recv(CAN_MTU)).data.toString()).toBe('own');
  });

  it('CAN_RAW_ERR_FILTER round-trips the error classes asked for', () => {
    using s = new Socket(AF_CAN, SOCK_RAW, CAN_RAW);
    expect(getErrorFilter(s)).toBe(0);
    setErrorFilter(s, CAN_ERR_MASK);
    expect(getErrorFilter(s)).toBe(CAN_ERR_MASK);
  });

  it('receive timestamps (SO_TIMESTAMPNS and SO_TIMESTAMP) and the SO_RXQ_OVFL counter come decoded with each frame', async () => {
    using rx = rawOn([0x107]);
    using rxUs = canSocket(CAN_RAW, { ifname: 'vcan0', timestamps: 'us' });
    setFilters(rxUs, [only(0x107)]);
    rxUs.settimeout(5);
    rx.setsockopt(SOL_SOCKET, SO_TIMESTAMPNS, 1);
    rx.setsockopt(SOL_SOCKET, SO_RXQ_OVFL, 1);
    using tx = canSocket(CAN_RAW, { ifname: 'vcan0' });
    const before = BigInt(Date.now()) * 1_000_000n;
    await tx.send(encodeCanFrame({ id: 0x107, data: Buffer.from('t') }));
    const f = await recvFrame(rx);
    const g = recvFrameSync(rxUs);
    const after = BigInt(Date.now() + 1) * 1_000_000n;
    expect(f).toMatchObject({ kind: 'can', id: 0x107, ifname: 'vcan0' });
    expect(f.dropped).toBeUndefined();
    expect(f.timestamp! >= before - 1_000_000n && f.timestamp! <= after).toBe(true);
    expect(g.timestamp! % 1000n).toBe(0n);
    expect(g.timestamp! >= before - 1_000_000n && g.timestamp! <= after).toBe(true);
  });

  it('SO_RXQ_OVFL counts the frames a full receive queue dropped', async () => {
    const filled = await overflowedReceiver(0x108);
    using rx = filled.rx;
    using tx = filled.tx;
    const { sent } = filled;
    expect(sent).toBeGreaterThan(50);
    rx.settimeout(0);
    const queued: Array<number | undefined> = [];
    for (let i = 0; i < 200; i++) {
      try {
        queued.push(recvFrameSync(rx).dropped);
      } catch (err) {
        if (err instanceof BlockingIOError) break;
        throw err;
      }
    }
    expect(queued.length).toBeGreaterThan(0);
    expect(queued.length).toBeLessThan(sent);
    await tx.send(encodeCanFrame({ id: 0x108, data: Buffer.from('after') }));
    rx.settimeout(5);
    const after = await recvFrame(rx);
    expect(after.data.toString()).toBe('after');
    expect(after.dropped).toBe(sent - queued.length);
  });

  it('CAN XL frames round-trip on a vcan with the CAN XL MTU where the kernel has CAN XL; one without it refuses CAN_RAW_XL_FRAMES with ENOPROTOOPT', async () => {
    using rx = rawOn([]);
    setFilters(rx, [{ id: 0, mask: 0 }]);
    let xl = true;
    try {
      setXlFrames(rx, true);
    } catch (err) {
      expect((err as OSError).errno).toBe(errno.ENOPROTOOPT);
      xl = false;
    }
    if (!xl) return;
    const ip = (...args: string[]): string => {
      const r = spawnSync('ip', args, { encoding: 'utf8' });
      return r.status === 0 ? '' : `ip ${args.join(' ')}: ${r.stderr}`;
    };
    expect(ip('link', 'add', 'vcanxl0', 'mtu', String(CANXL_MTU), 'type', 'vcan') || ip('link', 'set', 'vcanxl0', 'up')).toBe('');
    try {
      using rxXl = rawOn([0x109], 'vcanxl0');
      setXlFrames(rxXl, true);
      using tx = canSocket(CAN_RAW, { ifname: 'vcanxl0' });
      setXlFrames(tx, true);
      await tx.send(encodeCanXlFrame({ prio: 0x109, sdt: 1, af: 0xcafe, data: Buffer.alloc(300, 3) }));
      expect(decodeFrame(await rxXl.recv(4096))).toMatchObject({ kind: 'canxl', prio: 0x109, sdt: 1, af: 0xcafe, data: Buffer.alloc(300, 3) });
      await tx.send(encodeCanFrame({ id: 0x109, data: Buffer.from('c') }));
      expect(decodeFrame(await rxXl.recv(4096)).kind).toBe('can');
    } finally {
      ip('link', 'del', 'vcanxl0');
    }
  });
});
