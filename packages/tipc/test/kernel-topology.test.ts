/**
 * The topology service on a real kernel (the
 * kernel lab): subscriptions that see @sock and CPython sockets publish and
 * withdraw, and a subscription timeout.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SOCK_RDM } from '@sock/core';
import {
  TIPC_ADDR_NAMESEQ,
  TIPC_PUBLISHED,
  TIPC_SUB_PORTS,
  TIPC_SUB_SERVICE,
  TIPC_SUBSCR_TIMEOUT,
  TIPC_WITHDRAWN,
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
