import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CMSG_SPACE, MSG_EOR, MSG_OOB, SOL_SOCKET } from '@sock/core';
import { thrown } from '@sock/core/testing';
import {
  decodeTipcAncillary,
  packTipcGroupReq,
  packTipcSubscr,
  SOL_TIPC,
  TIPC_CLUSTER_SCOPE,
  TIPC_DESTNAME,
  TIPC_ERR_NO_NAME,
  TIPC_ERRINFO,
  TIPC_EVENT_SIZE,
  TIPC_GROUP_MEMBER_EVTS,
  TIPC_NODE_SCOPE,
  TIPC_PUBLISHED,
  TIPC_RETDATA,
  TIPC_SUB_CANCEL,
  TIPC_SUB_PORTS,
  TIPC_SUB_SERVICE,
  TIPC_SUBSCR_SIZE,
  TIPC_WAIT_FOREVER,
  tipcAncillarySpace,
  tipcMemberEvent,
  topologyServerAddress,
  unpackTipcEvent,
  unpackTipcGroupReq,
  unpackTipcSubscr,
  TIPC_ADDR_NAME,
  TIPC_TOP_SRV,
} from '@sock/tipc';

const u32s = (...v: number[]): Buffer => Buffer.from(new Uint32Array(v).buffer);

describe('struct tipc_subscr and struct tipc_event', () => {
  it('have the sizes of <linux/tipc.h>', () => {
    expect(TIPC_SUBSCR_SIZE).toBe(28);
    expect(TIPC_EVENT_SIZE).toBe(48);
  });

  it('pack a subscription member by member, TIPC_WAIT_FOREVER as 0xffffffff, the handle in usr_handle', () => {
    const b = packTipcSubscr({ type: 18888, lower: 1, upper: 9, filter: TIPC_SUB_SERVICE, handle: Buffer.from('abc') });
    expect(b).toEqual(Buffer.concat([u32s(18888, 1, 9, 0xffffffff, TIPC_SUB_SERVICE), Buffer.from('abc\0\0\0\0\0')]));
    expect(packTipcSubscr({ type: 1, lower: 0, upper: 0, timeout: 250 }).subarray(12, 20)).toEqual(u32s(250, TIPC_SUB_PORTS));
    expect(unpackTipcSubscr(b)).toEqual({ type: 18888, lower: 1, upper: 9, timeout: 0xffffffff, filter: TIPC_SUB_SERVICE, handle: Buffer.from('abc\0\0\0\0\0') });
    expect(TIPC_WAIT_FOREVER).toBe(-1);
  });

  it('refuse what the struct cannot hold, with coded errors', () => {
    expect(thrown(() => packTipcSubscr({ type: -1, lower: 0, upper: 0 }))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => packTipcSubscr({ type: 1, lower: 5, upper: 4 }))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => packTipcSubscr({ type: 1, lower: 0, upper: 0, timeout: -2 }))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => packTipcSubscr({ type: 1, lower: 0, upper: 0, handle: Buffer.alloc(9) }))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => packTipcSubscr(null as never))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    expect(thrown(() => unpackTipcSubscr(Buffer.alloc(27)))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
    expect(thrown(() => unpackTipcEvent(Buffer.alloc(47)))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
    expect(thrown(() => unpackTipcEvent(Buffer.alloc(49)))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
  });

  it('unpack an event: type, found range, the port as node and ref, and the subscription', () => {
    const sub = packTipcSubscr({ type: 77, lower: 0, upper: 100, handle: Buffer.from('h') });
    // struct tipc_socket_addr is { ref, node }.
    const ev = unpackTipcEvent(Buffer.concat([u32s(TIPC_PUBLISHED, 7, 9, 4242, 0x1001), sub]));
    expect(ev).toEqual({ event: TIPC_PUBLISHED, foundLower: 7, foundUpper: 9, port: { node: 0x1001, ref: 4242 }, subscription: unpackTipcSubscr(sub) });
  });

  it('round-trip every subscription (fast-check)', () => {
    const u32 = fc.nat({ max: 0xffffffff });
    fc.assert(
      fc.property(u32, u32, u32, u32, fc.uint8Array({ maxLength: 8 }), (type, a, b, filter, handle) => {
        const [lower, upper] = a <= b ? [a, b] : [b, a];
        const fields = unpackTipcSubscr(packTipcSubscr({ type, lower, upper, filter, timeout: 5, handle }));
        expect(fields).toEqual({ type, lower, upper, filter, timeout: 5, handle: Buffer.concat([Buffer.from(handle), Buffer.alloc(8 - handle.length)]) });
      }),
      { numRuns: 300 },
    );
  });

  it('name the topology server as CPython programs do', () => {
    expect(topologyServerAddress()).toEqual([TIPC_ADDR_NAME, TIPC_TOP_SRV, TIPC_TOP_SRV, 0]);
    expect(TIPC_SUB_CANCEL).toBe(4);
  });
});

describe('struct tipc_group_req and member events', () => {
  it('packs type, instance, scope (TIPC_CLUSTER_SCOPE by default) and flags', () => {
    expect(packTipcGroupReq({ type: 5000, instance: 3 })).toEqual(u32s(5000, 3, TIPC_CLUSTER_SCOPE, 0));
    const req = { type: 1, instance: 2, scope: TIPC_NODE_SCOPE, flags: TIPC_GROUP_MEMBER_EVTS! };
    expect(unpackTipcGroupReq(packTipcGroupReq(req))).toEqual(req);
    expect(thrown(() => packTipcGroupReq({ type: 1, instance: 2 ** 32 }))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => unpackTipcGroupReq(Buffer.alloc(15)))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
  });

  it('reads joins and leaves from the recvmsg flags', () => {
    expect(tipcMemberEvent(0)).toBeNull();
    expect(tipcMemberEvent(MSG_OOB)).toBe('joined');
    expect(tipcMemberEvent(MSG_OOB | MSG_EOR)).toBe('left');
    expect(tipcMemberEvent(MSG_EOR)).toBeNull();
    expect(thrown(() => tipcMemberEvent(-1))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
  });
});

describe('the SOL_TIPC control messages', () => {
  it('decodes TIPC_ERRINFO, TIPC_RETDATA and TIPC_DESTNAME, leaving other levels out', () => {
    const out = decodeTipcAncillary([
      [SOL_SOCKET, 1, Buffer.alloc(4)],
      [SOL_TIPC, TIPC_ERRINFO!, u32s(TIPC_ERR_NO_NAME!, 3)],
      [SOL_TIPC, TIPC_RETDATA!, Buffer.from('abc')],
      [SOL_TIPC, TIPC_DESTNAME!, u32s(18888, 5, 5)],
    ]);
    expect(out).toEqual({ error: { code: TIPC_ERR_NO_NAME, dataLength: 3 }, returnedData: Buffer.from('abc'), destName: { type: 18888, lower: 5, upper: 5 } });
    expect(decodeTipcAncillary([])).toEqual({});
  });

  it('refuses control messages of the wrong length instead of misreading them', () => {
    expect(thrown(() => decodeTipcAncillary([[SOL_TIPC, TIPC_ERRINFO!, Buffer.alloc(7)]]))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
    expect(thrown(() => decodeTipcAncillary([[SOL_TIPC, TIPC_DESTNAME!, Buffer.alloc(16)]]))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
    expect(thrown(() => decodeTipcAncillary(null as never))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    expect(thrown(() => decodeTipcAncillary([[SOL_TIPC, TIPC_RETDATA!]] as never))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
  });

  it('sizes the ancillary buffer for all three, with room for the returned data', () => {
    expect(tipcAncillarySpace(10)).toBe(CMSG_SPACE(8) + CMSG_SPACE(10) + CMSG_SPACE(12));
    expect(tipcAncillarySpace()).toBe(CMSG_SPACE(8) + CMSG_SPACE(66000) + CMSG_SPACE(12));
    expect(thrown(() => tipcAncillarySpace(-1))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
  });
});
