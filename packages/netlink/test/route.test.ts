import { describe, expect, it } from 'vitest';
import { errno, ifNameindex, ifNametoindex, OSError, Socket, SOCK_DGRAM, SOCK_RAW } from '@sock/core';
import { needsRoot } from '@sock/core/testing';
import {
  addMembership,
  AF_NETLINK,
  attr,
  dropMembership,
  dumpAddresses,
  dumpAddressesSync,
  dumpLinks,
  dumpLinksSync,
  encodeAttrs,
  encodeIfinfomsg,
  flagNames,
  IFLA_IFNAME,
  linkInfo,
  listMemberships,
  netlinkSocket,
  NETLINK_BROADCAST_ERROR,
  NETLINK_CAP_ACK,
  NETLINK_EXT_ACK,
  NETLINK_GET_STRICT_CHK,
  NETLINK_LISTEN_ALL_NSID,
  NETLINK_NO_ENOBUFS,
  NETLINK_PKTINFO,
  NETLINK_ROUTE,
  request,
  requestSync,
  RTM_GETLINK,
  RTM_NEWLINK,
  RTMGRP_IPV4_IFADDR,
  RTMGRP_LINK,
  RTNLGRP_IPV4_IFADDR,
  RTNLGRP_LINK,
  SOL_NETLINK,
  type NetlinkAddress,
  type NetlinkOSError,
} from '@sock/netlink';
import { netlink, rejected, socketTracker, thrown } from './helpers.js';

const track = socketTracker();
const root = needsRoot('root (NETLINK_LISTEN_ALL_NSID needs CAP_NET_BROADCAST)');
const k = netlink;
const missingIndex = (): number => Math.max(0, ...ifNameindex().map(([i]) => i)) + 100_000;

describe.skipIf(k.skip)(`NETLINK_ROUTE on this host${k.title}`, () => {
  it('binds to [pid, groups]: the kernel picks the port id, getsockname gives it back', () => {
    const s = track(netlinkSocket(NETLINK_ROUTE, { groups: RTMGRP_LINK }));
    const [pid, groups] = s.getsockname() as NetlinkAddress;
    expect(pid).toBeGreaterThan(0);
    expect(groups).toBe(RTMGRP_LINK);
    const plain = track(new Socket(AF_NETLINK, SOCK_DGRAM, NETLINK_ROUTE));
    plain.bind([0, 0]);
    expect((plain.getsockname() as NetlinkAddress)[0]).not.toBe(pid);
  });

  it('lists lo in an RTM_GETLINK dump, its index equal to if_nametoindex("lo") (async and Sync)', async () => {
    const s = track(netlinkSocket());
    const links = await dumpLinks(s);
    const lo = links.find((l) => l.name === 'lo');
    expect(lo).toBeDefined();
    expect(lo!.index).toBe(ifNametoindex('lo'));
    expect(flagNames('IFF', lo!.flags)).toContain('IFF_LOOPBACK');
    expect(lo!.mtu).toBeGreaterThan(0);
    expect(dumpLinksSync(s).map((l) => [l.index, l.name])).toEqual(links.map((l) => [l.index, l.name]));
    expect(links.map((l) => l.index).sort()).toEqual(ifNameindex().map(([i]) => i).sort());
  });

  it('shows 127.0.0.1 on lo in an RTM_GETADDR dump (async and Sync)', async () => {
    const s = track(netlinkSocket());
    const lo = ifNametoindex('lo');
    const addrs = await dumpAddresses(s);
    expect(addrs.some((a) => a.index === lo && a.local === '127.0.0.1' && a.prefixlen === 8 && a.label === 'lo')).toBe(true);
    expect(dumpAddressesSync(s).length).toBe(addrs.length);
  });

  it('gets one link by index with an acknowledged GET (reply, then ack)', () => {
    const s = track(netlinkSocket());
    const [one, ...rest] = requestSync(s, { type: RTM_GETLINK, ack: true, payload: encodeIfinfomsg({ index: ifNametoindex('lo') }) });
    expect(rest).toEqual([]);
    expect(one!.type).toBe(RTM_NEWLINK);
    expect(linkInfo(one!).name).toBe('lo');
  });

  it('returns the kernel\'s error as OSError: RTM_GETLINK for an index or name that does not exist is ENODEV', async () => {
    const s = track(netlinkSocket());
    const err = (await rejected(request(s, { type: RTM_GETLINK, payload: encodeIfinfomsg({ index: missingIndex() }) }))) as NetlinkOSError;
    expect(err).toBeInstanceOf(OSError);
    expect(err.errno).toBe(errno.ENODEV);
    expect(err.code).toBe('ENODEV');
    expect(err.syscall).toBe('RTM_GETLINK');
    expect(err.request).toMatchObject({ type: RTM_GETLINK });
    const byName = thrown(() => requestSync(s, { type: RTM_GETLINK, payload: [encodeIfinfomsg(), encodeAttrs([attr.string(IFLA_IFNAME, 'sock-no-such0')])] }));
    expect(byName.errno).toBe(errno.ENODEV);
    expect(requestSync(s, { type: RTM_GETLINK, payload: encodeIfinfomsg({ index: ifNametoindex('lo') }) })).toHaveLength(1);
  });

  it('carries the extended-ack text: a strict link dump filtered by index is EINVAL with the kernel\'s reason', () => {
    const s = track(netlinkSocket(NETLINK_ROUTE, { strict: true }));
    const err = thrown(() => requestSync(s, { type: RTM_GETLINK, dump: true, payload: encodeIfinfomsg({ index: 1 }) })) as NetlinkOSError;
    expect(err.errno).toBe(errno.EINVAL);
    expect(err.extack?.message).toMatch(/not supported|Invalid/);
    expect(err.message).toBe(`[Errno ${errno.EINVAL}] Invalid argument: ${err.extack!.message}`);
  });

  it('joins and leaves multicast groups by number; bind groups show in the membership list', () => {
    const s = track(netlinkSocket(NETLINK_ROUTE, { groups: RTMGRP_IPV4_IFADDR }));
    expect(listMemberships(s)).toEqual([RTNLGRP_IPV4_IFADDR]);
    addMembership(s, RTNLGRP_LINK);
    expect(listMemberships(s)).toEqual([RTNLGRP_LINK, RTNLGRP_IPV4_IFADDR].sort((a, b) => a - b));
    dropMembership(s, RTNLGRP_LINK);
    expect(listMemberships(s)).toEqual([RTNLGRP_IPV4_IFADDR]);
    expect(thrown(() => addMembership(s, -1))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
  });

  it('sets the integer SOL_NETLINK options, each off by default', () => {
    const s = track(new Socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE));
    for (const opt of [NETLINK_EXT_ACK, NETLINK_GET_STRICT_CHK!, NETLINK_CAP_ACK, NETLINK_NO_ENOBUFS, NETLINK_BROADCAST_ERROR, NETLINK_PKTINFO]) {
      expect(s.getsockopt(SOL_NETLINK, opt), `option ${opt} default`).toBe(0);
      s.setsockopt(SOL_NETLINK, opt, 1);
      expect(s.getsockopt(SOL_NETLINK, opt), `option ${opt} set`).toBe(1);
    }
    expect(track(netlinkSocket()).getsockopt(SOL_NETLINK, NETLINK_EXT_ACK)).toBe(1);
    expect(track(netlinkSocket(NETLINK_ROUTE, { extAck: false })).getsockopt(SOL_NETLINK, NETLINK_EXT_ACK)).toBe(0);
  });

  it.skipIf(root.skip)(`sets NETLINK_LISTEN_ALL_NSID, off by default${root.title}`, () => {
    const s = track(netlinkSocket());
    // Older kernels (6.1 among them) accept the option but cannot report it (getsockopt: ENOPROTOOPT).
    const read = (): number | 'ENOPROTOOPT' => {
      try {
        return s.getsockopt(SOL_NETLINK, NETLINK_LISTEN_ALL_NSID) as number;
      } catch (err) {
        if (err instanceof OSError && err.errno === errno.ENOPROTOOPT) return 'ENOPROTOOPT';
        throw err;
      }
    };
    const before = read();
    s.setsockopt(SOL_NETLINK, NETLINK_LISTEN_ALL_NSID, 1);
    const after = read();
    if (before === 'ENOPROTOOPT') expect(after).toBe('ENOPROTOOPT');
    else expect([before, after]).toEqual([0, 1]);
  });

  it('refuses a bad protocol or options before opening anything', () => {
    expect(thrown(() => netlinkSocket(-1))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => netlinkSocket(NETLINK_ROUTE, { groups: 2 ** 32 }))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => netlinkSocket(NETLINK_ROUTE, null as never))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
  });
});
