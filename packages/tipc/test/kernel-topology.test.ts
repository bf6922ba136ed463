/**
 * The topology service and communication groups on a real kernel (the
 * kernel lab): subscriptions that see @sock and CPython sockets publish and
 * withdraw, a subscription timeout, and group membership events.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SOCK_RDM } from '@sock/core';
import {
  SOL_TIPC,
  TIPC_ADDR_NAMESEQ,
  TIPC_GROUP_JOIN,
  TIPC_GROUP_MEMBER_EVTS,
  TIPC_PUBLISHED,
  TIPC_SUB_PORTS,
  TIPC_SUB_SERVICE,
  TIPC_SUBSCR_TIMEOUT,
  TIPC_WITHDRAWN,
  tipcGroupJoin,
  tipcGroupLeave,
  tipcMemberEvent,
  TipcTopology,
  topologyEvents,
} from '@sock/tipc';
import { PythonPeer, pythonTipc, serviceType, tipc, tipcSocket } from './helpers.js';

const open: Array<{ close(): void }> = [];
const track = <S extends { close(): void }>(s: S): S => (open.push(s), s);
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

describe('the TIPC topology service', () => {
  it.skipIf(tipc.skip)(`reports a binding in the subscribed range as published, then withdrawn when its socket closes${tipc.title}`, async () => {
    const T = serviceType();
    const topo = track(TipcTopology.connectSync());
    topo.socket.settimeout(10);
    const handle = Buffer.from('sub-0001');
    topo.subscribe({ type: T, lower: 0, upper: 100, filter: TIPC_SUB_PORTS, handle });
    const s = tipcSocket(SOCK_RDM);
    s.bind([TIPC_ADDR_NAMESEQ, T, 7, 9]);
    const [, node, ref] = s.getsockname();
    const up = await topo.next();
    expect(up).toMatchObject({ event: TIPC_PUBLISHED, foundLower: 7, foundUpper: 9, port: { node, ref } });
    expect(up!.subscription).toEqual({ type: T, lower: 0, upper: 100, timeout: 0xffffffff, filter: TIPC_SUB_PORTS, handle });
    s.close();
    expect(await topo.next()).toMatchObject({ event: TIPC_WITHDRAWN, foundLower: 7, foundUpper: 9, port: { node, ref } });
  });

  it.skipIf(tipc.skip)(`ends a subscription with a finite timeout in a TIPC_SUBSCR_TIMEOUT event, which ends topologyEvents${tipc.title}`, async () => {
    const seen: number[] = [];
    for await (const ev of topologyEvents({ type: serviceType(), lower: 0, upper: 0, timeout: 200, filter: TIPC_SUB_SERVICE })) seen.push(ev.event);
    expect(seen).toEqual([TIPC_SUBSCR_TIMEOUT]);
  });

  it.skipIf(pythonTipc.skip)(`sees a CPython process publish and withdraw${pythonTipc.title}`, async () => {
    const T = serviceType();
    const events = topologyEvents({ type: T, lower: 40, upper: 49 });
    // Subscribe first: the generator connects and sends the subscription on its first next().
    const first = events.next();
    const py = new PythonPeer(
      `s = socket.socket(socket.AF_TIPC, socket.SOCK_RDM)
s.bind((socket.TIPC_ADDR_NAMESEQ, ARGS['type'], 41, 42))
print(json.dumps(list(s.getsockname())), flush=True)
sys.stdin.read()
s.close()`,
      { type: T },
    );
    const [, node, ref] = await py.next<number[]>();
    const up = await first;
    expect(up.value).toMatchObject({ event: TIPC_PUBLISHED, foundLower: 41, foundUpper: 42, port: { node, ref } });
    await py.end();
    const down = await events.next();
    expect(down.value).toMatchObject({ event: TIPC_WITHDRAWN, foundLower: 41, foundUpper: 42, port: { node, ref } });
    await events.return();
  });
});

describe('TIPC communication groups', () => {
  it.skipIf(tipc.skip)(`members see each other join and leave (MSG_OOB, MSG_OOB|MSG_EOR), and a group send reaches the others${tipc.title}`, () => {
    const G = serviceType();
    const a = track(tipcSocket(SOCK_RDM));
    const b = track(tipcSocket(SOCK_RDM));
    tipcGroupJoin(a, { type: G, instance: 1, flags: TIPC_GROUP_MEMBER_EVTS! });
    expect(a.getsockopt(SOL_TIPC, TIPC_GROUP_JOIN!)).toBe(G);
    tipcGroupJoin(b, { type: G, instance: 2, flags: TIPC_GROUP_MEMBER_EVTS! });
    const [joinData, , joinFlags, joinAddr] = a.recvmsgSync(100);
    expect(joinData.length).toBe(0);
    expect(tipcMemberEvent(joinFlags)).toBe('joined');
    expect(joinAddr).toEqual(b.getsockname());
    a.sendSync(Buffer.from('to the group'));
    // b first reads the member events queued for it (a's join among them), then the group message.
    const events: Array<[string | null, unknown]> = [];
    let message: ReturnType<typeof b.recvmsgSync> | undefined;
    for (let i = 0; i < 5 && message === undefined; i++) {
      const m = b.recvmsgSync(100);
      if (m[0].length === 0) events.push([tipcMemberEvent(m[2]), m[3]]);
      else message = m;
    }
    expect(events).toContainEqual(['joined', a.getsockname()]);
    expect(events.every(([kind]) => kind !== null)).toBe(true);
    const [data, , flags, from] = message!;
    expect(data.toString()).toBe('to the group');
    expect(tipcMemberEvent(flags)).toBeNull();
    expect(from).toEqual(a.getsockname());
    tipcGroupLeave(b);
    const seenByA: Array<[string | null, unknown]> = [];
    for (let i = 0; i < 5 && !seenByA.some(([kind]) => kind === 'left'); i++) {
      const [, , leaveFlags, leaveAddr] = a.recvmsgSync(100);
      seenByA.push([tipcMemberEvent(leaveFlags), leaveAddr]);
    }
    expect(seenByA).toContainEqual(['left', b.getsockname()]);
  });
});

