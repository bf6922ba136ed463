import { afterEach, describe, expect, it } from 'vitest';
import { CMSG_SPACE, errno, FileExistsError, OSError, PermissionError, TimeoutError } from '@sock/core';
import {
  addMembership,
  decodeDone,
  decodeMessages,
  dropMembership,
  listMemberships,
  NETLINK_PKTINFO,
  pktinfoGroup,
  SOL_NETLINK,
  type NetlinkAddress,
  decodeError,
  encodeMessage,
  NLM_F_ACK,
  NLM_F_DUMP,
  NLM_F_MULTI,
  NLM_F_REQUEST,
  receive,
  receiveSync,
  request,
  requestSync,
  type NetlinkOSError,
} from '@sock/netlink';
import { doneMessage, errorMessage, FakeKernel, pidOf, usersock } from './fake-kernel.js';
import { netlink, rejected, thrown } from './helpers.js';

const T = 20; // an arbitrary message type above NLMSG_MIN_TYPE
const reply = (seq: number, n: number, flags = NLM_F_MULTI): Buffer => encodeMessage({ type: T, flags, seq, payload: Buffer.from([n]) });

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup) c();
  cleanup = [];
});

function setup() {
  const kernel = new FakeKernel();
  const client = usersock();
  cleanup.push(() => kernel.close(), () => client.close());
  return { kernel, client, me: pidOf(client), opts: { peer: kernel.pid, timeout: 5 } };
}

describe.skipIf(netlink.skip)(`request() against a fake kernel${netlink.title}`, () => {
  it('collects a multipart reply over several datagrams up to NLMSG_DONE', async () => {
    const { kernel, client, me, opts } = setup();
    const pending = request(client, { type: T, dump: true, payload: Buffer.from('hi') }, opts);
    const { messages, from } = await kernel.next();
    expect(from).toBe(me);
    const [req] = messages;
    expect(req!.flags).toBe(NLM_F_REQUEST | NLM_F_DUMP);
    expect(req!.payload.toString()).toBe('hi');
    await kernel.send(me, reply(req!.seq, 1), reply(req!.seq, 2));
    await kernel.send(me, reply(req!.seq, 3));
    await kernel.send(me, reply(req!.seq, 4), doneMessage(req!.seq));
    const got = await pending;
    expect(got.map((m) => m.payload[0])).toEqual([1, 2, 3, 4]);
    expect(got.every((m) => m.seq === req!.seq && m.type === T)).toBe(true);
  });

  it('uses a fresh non-zero sequence number per request on a socket', async () => {
    const { kernel, client, me, opts } = setup();
    const seqs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const pending = request(client, { type: T }, opts);
      const [req] = (await kernel.next()).messages;
      seqs.push(req!.seq);
      await kernel.send(me, reply(req!.seq, i, 0));
      expect((await pending).map((m) => m.payload[0])).toEqual([i]);
    }
    expect(new Set(seqs).size).toBe(3);
    expect(seqs.includes(0)).toBe(false);
  });

  it('ends an acknowledged request at the ack, keeping the replies before it', async () => {
    const { kernel, client, me, opts } = setup();
    const pending = request(client, { type: T, ack: true }, opts);
    const [req] = (await kernel.next()).messages;
    expect(req!.flags & NLM_F_ACK).toBe(NLM_F_ACK);
    await kernel.send(me, reply(req!.seq, 9, 0));
    await kernel.send(me, errorMessage({ seq: req!.seq, errno: 0, request: req! }));
    expect((await pending).map((m) => m.payload[0])).toEqual([9]);
  });

  it('skips other sequence numbers (notifications) and datagrams from other senders', async () => {
    const { kernel, client, me, opts } = setup();
    const stranger = usersock();
    cleanup.push(() => stranger.close());
    const pending = request(client, { type: T, dump: true }, opts);
    const [req] = (await kernel.next()).messages;
    await kernel.send(me, reply(0, 100), reply(req!.seq + 1, 101), reply(req!.seq, 1));
    await stranger.sendto(Buffer.concat([reply(req!.seq, 102), doneMessage(req!.seq)]), [me, 0]);
    await kernel.send(me, doneMessage(req!.seq));
    expect((await pending).map((m) => m.payload[0])).toEqual([1]);
  });

  it('turns NLMSG_ERROR into the OSError subclass for the errno, with the extended ack', async () => {
    const { kernel, client, me, opts } = setup();
    const pending = request(client, { type: T, payload: Buffer.alloc(8) }, opts);
    const [req] = (await kernel.next()).messages;
    await kernel.send(me, errorMessage({ seq: req!.seq, errno: errno.EEXIST!, request: req!, message: 'Object exists', offset: 20 }));
    const err = (await rejected(pending)) as NetlinkOSError;
    expect(err).toBeInstanceOf(FileExistsError);
    expect(err.errno).toBe(errno.EEXIST);
    expect(err.code).toBe('EEXIST');
    expect(err.message).toBe('[Errno 17] File exists: Object exists');
    expect(err.syscall).toBe(String(T));
    expect(err.extack).toEqual({ message: 'Object exists', offset: 20 });
    expect(err.request).toMatchObject({ type: T, seq: req!.seq, len: 24 });
  });

  it('reads capped errors (NETLINK_CAP_ACK) and errors without an extended ack', async () => {
    const { kernel, client, me, opts } = setup();
    let pending = request(client, { type: T, payload: Buffer.alloc(40) }, opts);
    let [req] = (await kernel.next()).messages;
    await kernel.send(me, errorMessage({ seq: req!.seq, errno: errno.EPERM!, request: req!, capped: true, message: 'no' }));
    let err = (await rejected(pending)) as NetlinkOSError;
    expect(err).toBeInstanceOf(PermissionError);
    expect(err.extack?.message).toBe('no');
    pending = request(client, { type: T }, opts);
    [req] = (await kernel.next()).messages;
    await kernel.send(me, errorMessage({ seq: req!.seq, errno: errno.EINVAL!, request: req! }));
    err = (await rejected(pending)) as NetlinkOSError;
    expect(err.constructor).toBe(OSError);
    expect(err.message).toBe('[Errno 22] Invalid argument');
    expect(err.extack).toBeNull();
  });

  it('turns an error in NLMSG_DONE (a failed dump) into OSError', async () => {
    const { kernel, client, me, opts } = setup();
    const pending = request(client, { type: T, dump: true }, opts);
    const [req] = (await kernel.next()).messages;
    await kernel.send(me, reply(req!.seq, 1), doneMessage(req!.seq, errno.EBUSY!, 'dump in progress'));
    const err = (await rejected(pending)) as NetlinkOSError;
    expect(err.errno).toBe(errno.EBUSY);
    expect(err.extack?.message).toBe('dump in progress');
  });

  it('rejects a malformed reply with the clean decoding error', async () => {
    const { kernel, client, me, opts } = setup();
    const pending = request(client, { type: T }, opts);
    const [req] = (await kernel.next()).messages;
    const bad = reply(req!.seq, 1, 0);
    bad.writeUInt32LE(4096, 0);
    await kernel.send(me, bad);
    expect(await rejected(pending)).toMatchObject({ name: 'RangeError', code: 'ERR_NETLINK_MALFORMED' });
  });

  it('bounds the exchange: maxMessages, then the timeout', async () => {
    const { kernel, client, me, opts } = setup();
    const pending = request(client, { type: T, dump: true }, { ...opts, maxMessages: 3 });
    const [req] = (await kernel.next()).messages;
    await kernel.send(me, reply(req!.seq, 1), reply(req!.seq, 2), reply(req!.seq, 3), reply(req!.seq, 4));
    expect(await rejected(pending)).toMatchObject({ name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
    const t0 = performance.now();
    const silent = await rejected(request(client, { type: T, dump: true }, { ...opts, timeout: 0.2 }));
    expect(silent).toBeInstanceOf(TimeoutError);
    expect(performance.now() - t0).toBeLessThan(3000);
    await kernel.next();
  });

  it('stops waiting when aborted', async () => {
    const { kernel, client, opts } = setup();
    const ac = new AbortController();
    const pending = request(client, { type: T }, { ...opts, signal: ac.signal });
    await kernel.next();
    ac.abort(new Error('stop'));
    expect((await rejected(pending)).message).toBe('stop');
  });

  it('receives a datagram larger than its starting buffer whole', async () => {
    const { kernel, client, me, opts } = setup();
    const pending = request(client, { type: T }, opts);
    const [req] = (await kernel.next()).messages;
    await kernel.send(me, encodeMessage({ type: T, seq: req!.seq, payload: Buffer.alloc(100_000, 7) }));
    const [big] = await pending;
    expect(big!.payload.length).toBe(100_000);
    expect(big!.payload.every((b) => b === 7)).toBe(true);
  });

  it('requestSync reads replies already queued (explicit seq), blocking the thread only while it waits', () => {
    const { kernel, client, me, opts } = setup();
    kernel.sendSync(me, reply(77, 1), reply(76, 99));
    kernel.sendSync(me, reply(77, 2), doneMessage(77));
    expect(requestSync(client, { type: T, seq: 77, dump: true }, opts).map((m) => m.payload[0])).toEqual([1, 2]);
    kernel.sendSync(me, errorMessage({ seq: 78, errno: errno.ENOENT!, request: { type: T, flags: 1, seq: 78, pid: 0, payload: Buffer.alloc(0) } }));
    expect(thrown(() => requestSync(client, { type: T, seq: 78 }, opts))).toMatchObject({ errno: errno.ENOENT, name: 'FileNotFoundError' });
    expect(thrown(() => requestSync(client, { type: T, seq: 79 }, { ...opts, timeout: 0.05 }))).toBeInstanceOf(TimeoutError);
  });

  it('refuses bad arguments with coded errors', async () => {
    const { client, opts } = setup();
    expect(thrown(() => requestSync({} as never, { type: T }, opts))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    expect(thrown(() => requestSync(client, null as never, opts))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    expect(thrown(() => requestSync(client, { type: T }, null as never))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    expect(thrown(() => receiveSync(client, 5 as never))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    expect(thrown(() => receiveSync(client, { from: -2 }))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => requestSync(client, { type: T, flags: 0x10000 }, opts))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => requestSync(client, { type: T }, { ...opts, timeout: -1 }))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => requestSync(client, { type: T }, { ...opts, timeout: '1' as never }))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    expect(thrown(() => requestSync(client, { type: T }, { ...opts, peer: -1 }))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => requestSync(client, { type: T }, { ...opts, maxMessages: 0 }))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(await rejected(request(client, { type: T }, { ...opts, signal: 'x' as never }))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
  });
});

describe.skipIf(netlink.skip)(`receive()${netlink.title}`, () => {
  it('returns the messages of the next datagram from the expected sender', async () => {
    const { kernel, client, me } = setup();
    const stranger = usersock();
    cleanup.push(() => stranger.close());
    await stranger.sendto(reply(0, 5), [me, 0]);
    await kernel.send(me, reply(0, 6), reply(0, 7));
    expect((await receive(client, { from: kernel.pid, timeout: 5 })).map((m) => m.payload[0])).toEqual([6, 7]);
    kernel.sendSync(me, reply(0, 8));
    expect(receiveSync(client, { from: null, timeout: 5 }).map((m) => m.payload[0])).toEqual([8]);
    expect(thrown(() => receiveSync(client, { timeout: 0.05 }))).toBeInstanceOf(TimeoutError);
  });
});

describe.skipIf(netlink.skip)(`multicast between userspace sockets (NETLINK_USERSOCK)${netlink.title}`, () => {
  it('delivers to group members, names the group in NETLINK_PKTINFO, and receive({ from: null }) takes it', async () => {
    const { client, me } = setup();
    const group = 3;
    // A datagram to [pid, groups] goes to the group members and, unicast, to pid: here the sender itself.
    const toGroup = (n: number) => client.sendto(reply(0, n), [me, 1 << (group - 1)]);
    const listener = usersock();
    const other = usersock();
    cleanup.push(() => listener.close(), () => other.close());
    addMembership(listener, group);
    expect(listMemberships(listener)).toEqual([group]);
    listener.setsockopt(SOL_NETLINK, NETLINK_PKTINFO, 1);
    await toGroup(42);
    const [data, anc, , from] = await listener.recvmsg(4096, CMSG_SPACE(4));
    expect(decodeMessages(data)[0]!.payload[0]).toBe(42);
    expect(pktinfoGroup(anc)).toBe(group);
    expect((from as NetlinkAddress)[0]).toBe(pidOf(client));
    expect(pktinfoGroup([])).toBeNull();
    await toGroup(43);
    expect(await rejected(receive(listener, { timeout: 0.05 }))).toBeInstanceOf(TimeoutError);
    other.settimeout(0);
    expect(thrown(() => other.recvSync(100))).toMatchObject({ name: 'BlockingIOError' });
    await toGroup(44);
    expect((await receive(listener, { from: null, timeout: 5 })).map((m) => m.payload[0])).toEqual([44]);
    dropMembership(listener, group);
    expect(listMemberships(listener)).toEqual([]);
  });
});

describe('NLMSG_ERROR and NLMSG_DONE payloads', () => {
  const req = { type: T, flags: 1, seq: 3, pid: 0, payload: Buffer.alloc(4) };
  const payloadOf = (b: Buffer): Buffer => b.subarray(16, b.readUInt32LE(0));
  const flagsOf = (b: Buffer): number => b.readUInt16LE(6);

  it('decode errno, the request header and the extended ack', () => {
    const m = errorMessage({ seq: 3, errno: 19, request: req, message: 'gone', offset: 16 });
    expect(decodeError(payloadOf(m), flagsOf(m))).toEqual({ errno: 19, request: { len: 20, type: T, flags: 1, seq: 3, pid: 0 }, extack: { message: 'gone', offset: 16 } });
    const d = doneMessage(3, 16, 'busy');
    expect(decodeDone(payloadOf(d), flagsOf(d))).toEqual({ errno: 16, request: null, extack: { message: 'busy' } });
    expect(decodeDone(Buffer.alloc(0), 2)).toEqual({ errno: 0, request: null, extack: null });
  });

  it('report a truncated error code as malformed, and drop malformed extended-ack attributes', () => {
    expect(thrown(() => decodeError(Buffer.alloc(2), 0))).toMatchObject({ code: 'ERR_NETLINK_MALFORMED' });
    expect(thrown(() => decodeDone(Buffer.alloc(3), 0))).toMatchObject({ code: 'ERR_NETLINK_MALFORMED' });
    const m = errorMessage({ seq: 3, errno: 19, request: req, message: 'gone' });
    const p = Buffer.from(payloadOf(m));
    p.writeUInt16LE(0, 24);
    expect(decodeError(p, flagsOf(m))).toMatchObject({ errno: 19, extack: null });
    expect(thrown(() => decodeError(p.subarray(0, 22), flagsOf(m)))).toMatchObject({ code: 'ERR_NETLINK_MALFORMED' });
  });
});
