import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { familyName } from '@sock/core';
import { needs } from '@sock/core/testing';
import * as nl from '@sock/netlink';
import { constantGroups, constantName, constants, flagNames, groups, messageTypeName, netlinkFamily } from '@sock/netlink';
import { hasPython, python } from './helpers.js';

const py = needs(hasPython ? null : 'python3 with AF_NETLINK on PATH');
const exported = Object.entries(nl).filter(([name, v]) => /^[A-Z]{2}[A-Za-z0-9_]*$/.test(name) && (typeof v === 'number' || v === undefined)) as [string, number | undefined][];
const sizes = new Set(['NLMSGHDR_SIZE', 'ATTR_DATA_MAX', 'IFINFOMSG_SIZE', 'IFADDRMSG_SIZE']);
/** Every name of constants.def, from the generated groups. */
const names: readonly string[] = Object.values(groups).flat();
/** The names constants.def marks `linux` (typed number). */
const linuxNames = [...readFileSync(new URL('../constants.def', import.meta.url), 'utf8').matchAll(/^(\w+)\s+linux(?=\s|$)/gm)].map((m) => m[1]!);

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

  it('are the names of constants.def, each exported with its table value', () => {
    const all = nl as unknown as Record<string, unknown>;
    for (const name of names) expect(all[name], name).toBe(constants[name]);
    expect(Object.keys(constants).filter((name) => !names.includes(name))).toEqual([]);
  });

  it.skipIf(process.platform !== 'linux')('define on Linux every name constants.def types as number', () => {
    expect(linuxNames.length).toBeGreaterThan(400);
    expect(linuxNames.filter((name) => typeof constants[name] !== 'number')).toEqual([]);
  });

  it('agree with core on the family and with the plugin', () => {
    expect(familyName(nl.AF_NETLINK)).toBe('AF_NETLINK');
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

  it.skipIf(py.skip)(`agree with CPython's socket module on every generated name it has, and have all its NETLINK_ names${py.title}`, () => {
    const theirs = python<{ ours: Record<string, number>; netlink: string[] }>(
      `import socket, json, sys
names = json.load(sys.stdin)
print(json.dumps({'ours': {n: int(getattr(socket, n)) for n in names if hasattr(socket, n)},
                  'netlink': [n for n in dir(socket) if n.startswith('NETLINK_')]}))`,
      names,
    );
    expect(Object.keys(theirs.ours).length).toBeGreaterThanOrEqual(8);
    for (const [name, value] of Object.entries(theirs.ours)) expect(constants[name], name).toBe(value);
    expect(theirs.netlink.filter((name) => constants[name] === undefined)).toEqual([]);
  });
});
