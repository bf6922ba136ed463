import { describe, expect, it } from 'vitest';
import { native } from '@sock/core';
import { needs } from '@sock/core/testing';
import * as nl from '@sock/netlink';
import { constantGroups, constantName, constants, flagNames, messageTypeName, netlinkFamily } from '@sock/netlink';
import { hasPython, python } from './helpers.js';

const py = needs(hasPython ? null : 'python3 with AF_NETLINK on PATH');
const exported = Object.entries(nl).filter(([name, v]) => /^[A-Z]{2}[A-Za-z0-9_]*$/.test(name) && (typeof v === 'number' || v === undefined)) as [string, number | undefined][];
const sizes = new Set(['NLMSGHDR_SIZE', 'ATTR_DATA_MAX', 'IFINFOMSG_SIZE', 'IFADDRMSG_SIZE']);

describe('netlink constants', () => {
  it('come from the headers: every named export is the table value, and this machine has them all', () => {
    expect(exported.length).toBeGreaterThan(500);
    for (const [name, value] of exported) {
      if (sizes.has(name)) continue;
      expect(value, name).toBe(constants[name]);
      expect(Number.isInteger(value), `${name} is defined by this machine's headers`).toBe(true);
    }
    expect(Object.keys(constants).length).toBe(exported.length - sizes.size);
  });

  it('agree with core on the family and with the plugin', () => {
    expect(nl.AF_NETLINK).toBe(native.families.AF_NETLINK);
    expect(nl.PF_NETLINK).toBe(nl.AF_NETLINK);
    expect(netlinkFamily.family).toBe(nl.AF_NETLINK);
    expect(netlinkFamily.constants).toBe(constants);
  });

  it('carry the socket options, message flags and types, and the sizes the codecs use', () => {
    for (const name of ['NETLINK_ADD_MEMBERSHIP', 'NETLINK_DROP_MEMBERSHIP', 'NETLINK_PKTINFO', 'NETLINK_BROADCAST_ERROR', 'NETLINK_NO_ENOBUFS', 'NETLINK_LISTEN_ALL_NSID', 'NETLINK_LIST_MEMBERSHIPS', 'NETLINK_CAP_ACK', 'NETLINK_EXT_ACK', 'NETLINK_GET_STRICT_CHK', 'SOL_NETLINK']) {
      expect(constants[name], name).toBeTypeOf('number');
    }
    expect(nl.NLM_F_DUMP).toBe(nl.NLM_F_ROOT | nl.NLM_F_MATCH);
    expect([nl.NLMSG_NOOP, nl.NLMSG_ERROR, nl.NLMSG_DONE, nl.NLMSG_OVERRUN].every((v) => v < nl.NLMSG_MIN_TYPE)).toBe(true);
    expect(nl.NLMSG_HDRLEN).toBe(nl.NLMSGHDR_SIZE);
    expect(nl.NLMSG_ALIGNTO).toBe(4);
    expect(nl.NLA_HDRLEN).toBe(4);
    expect(nl.RTMGRP_LINK).toBe(1 << (nl.RTNLGRP_LINK - 1));
    expect(nl.RTMGRP_IPV4_IFADDR).toBe(1 << (nl.RTNLGRP_IPV4_IFADDR - 1));
    expect(nl.RTM_GETLINK).toBe(nl.RTM_NEWLINK + 2);
    expect(nl.IFF_UP).toBe(1);
    expect(nl.NLA_TYPE_MASK & nl.NLA_F_NESTED).toBe(0);
  });

  it('group names for the reverse maps, in header order', () => {
    expect(constantGroups.RTM![0]).toBe('RTM_BASE');
    expect(constantGroups.IFLA).toContain('IFLA_IFNAME');
    for (const [group, names] of Object.entries(constantGroups)) {
      for (const name of names) expect(constants[name], `${group}: ${name}`).toBeTypeOf('number');
    }
  });

  it('have readable names: constantName, flagNames, messageTypeName; unknown values print as numbers', () => {
    expect(constantName('RTM', nl.RTM_NEWLINK)).toBe('RTM_NEWLINK');
    expect(constantName('NETLINK_PROTOCOL', nl.NETLINK_ROUTE)).toBe('NETLINK_ROUTE');
    expect(constantName('NETLINK_PROTOCOL', nl.NETLINK_SOCK_DIAG)).toBe('NETLINK_SOCK_DIAG');
    expect(constantName('IFLA', nl.IFLA_IFNAME)).toBe('IFLA_IFNAME');
    expect(constantName('ARPHRD', nl.ARPHRD_LOOPBACK)).toBe('ARPHRD_LOOPBACK');
    expect(constantName('RTM', 0xfff0)).toBe(String(0xfff0));
    expect(constantName('NO_SUCH_GROUP', 1)).toBe('1');
    expect(flagNames('IFF', nl.IFF_UP | nl.IFF_LOOPBACK | nl.IFF_RUNNING)).toEqual(['IFF_UP', 'IFF_LOOPBACK', 'IFF_RUNNING']);
    expect(flagNames('IFF', nl.IFF_UP | 0x80000000)).toEqual(['IFF_UP', '0x80000000']);
    expect(flagNames('IFF', 0)).toEqual([]);
    expect(messageTypeName(nl.NLMSG_ERROR)).toBe('NLMSG_ERROR');
    expect(messageTypeName(nl.RTM_GETADDR, nl.NETLINK_ROUTE)).toBe('RTM_GETADDR');
    expect(messageTypeName(nl.RTM_GETADDR, nl.NETLINK_GENERIC)).toBe(String(nl.RTM_GETADDR));
  });

  it.skipIf(py.skip)(`agree with CPython's socket module wherever it has the name${py.title}`, () => {
    const theirs = python<Record<string, number>>(
      `import socket, json
print(json.dumps({n: getattr(socket, n) for n in dir(socket) if n.startswith(('NETLINK_', 'AF_NETLINK', 'PF_NETLINK', 'SOL_NETLINK'))}))`,
    );
    expect(Object.keys(theirs).length).toBeGreaterThanOrEqual(8);
    for (const [name, value] of Object.entries(theirs)) expect(constants[name], name).toBe(value);
  });
});
