/**
 * The AF_NETLINK address codec: `[pid, groups]` <-> struct sockaddr_nl.
 *
 * `pid` is the port id (0 is the kernel; binding 0 lets the kernel pick one,
 * usually the process id for the first socket) and `groups` the bit mask of
 * multicast groups 1..32 (RTMGRP_*). CPython parses the pair with the "II"
 * format, which wraps out-of-range and negative numbers modulo 2**32 without
 * a word; here they are refused with a RangeError, as nothing else in @sock
 * truncates silently. The error messages keep CPython's text.
 */
import { endianness } from 'node:os';
import { types } from 'node:util';
import { errno, fromErrno, invalidArgType, invalidArgValue, validateUint32, type AddressContext } from '@sock/core';
import { toBytes, validateObject } from '@sock/core';
import { AF_NETLINK } from './constants/index.js';
import { addon } from './native.js';

export type NetlinkAddress = [pid: number, groups: number];
/** What encode accepts: the same pair, read-only or not. */
export type NetlinkAddressInput = readonly [pid: number, groups: number];

declare module '@sock/core' {
  interface AddressTypes {
    AF_NETLINK: { address: NetlinkAddress; input: NetlinkAddressInput };
    AF_ROUTE: { address: NetlinkAddress; input: NetlinkAddressInput };
  }
}

const LE = endianness() === 'LE';
const SA = addon.layout.sockaddr_nl;
const SIZE = SA?.size ?? 0;
const FAMILY = SA?.nl_family.offset ?? 0;
const PID = SA?.nl_pid.offset ?? 0;
const GROUPS = SA?.nl_groups.offset ?? 0;

/**
 * Encodes `[pid, groups]` as the sockaddr_nl that bind(2), connect(2) and
 * sendto(2) take. `caller` names the method in CPython's message.
 */
export function encodeNetlinkAddress(address: unknown, ctx?: Pick<AddressContext, 'caller'>): Buffer {
  if (ctx !== undefined) validateObject(ctx, 'ctx', 'an AddressContext');
  if (types.isProxy(address) || !Array.isArray(address)) {
    const caller = ctx?.caller ?? 'bind';
    throw invalidArgType('address', `an array [pid, groups] (${caller}(): AF_NETLINK address must be tuple)`, address);
  }
  if (address.length !== 2) {
    throw invalidArgValue('address', `[${address.length} items]`, 'must be an array [pid, groups] (AF_NETLINK address must be a pair (pid, groups))');
  }
  if (SIZE === 0) throw fromErrno(errno.EAFNOSUPPORT!, ctx?.caller ?? 'bind', "Address family not supported: this platform's headers define no struct sockaddr_nl");
  const pid = validateUint32(address[0], 'pid');
  const groups = validateUint32(address[1], 'groups');
  const sa = Buffer.alloc(SIZE);
  const view = new DataView(sa.buffer, sa.byteOffset, sa.byteLength);
  view.setUint16(FAMILY, AF_NETLINK, LE);
  view.setUint32(PID, pid, LE);
  view.setUint32(GROUPS, groups, LE);
  return sa;
}

/**
 * Decodes the sockaddr_nl the kernel returned (getsockname, recvfrom,
 * recvmsg). A field the bytes do not reach reads as 0, as CPython reads it
 * from its zeroed buffer; so any length decodes.
 */
export function decodeNetlinkAddress(bytes: Uint8Array, _ctx?: AddressContext): NetlinkAddress {
  bytes = toBytes(bytes, 'bytes');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number): number => (bytes.length >= at + 4 ? view.getUint32(at, LE) : 0);
  return [u32(PID), u32(GROUPS)];
}
