/**
 * Opening netlink sockets and the SOL_NETLINK options that take more than an
 * integer: multicast membership by group number, the membership list, and
 * the NETLINK_PKTINFO ancillary item.
 */
import { ancillaryItems, errno, fromErrno, OSError, Socket, SOCK_RAW, validateInteger, validateUint32, type AncillaryItem } from '@sock/core';
import { validateSocket } from '@sock/core';
import { LE, viewOf } from './bytes.js';
import { AF_NETLINK, NETLINK_ADD_MEMBERSHIP, NETLINK_DROP_MEMBERSHIP, NETLINK_EXT_ACK, NETLINK_GET_STRICT_CHK, NETLINK_LIST_MEMBERSHIPS, NETLINK_PKTINFO, NETLINK_ROUTE, SOL_NETLINK } from './constants/index.js';
import { netlinkFamily } from './family.js';
import { validateNetlinkSocket, validateOptions } from './validate.js';

export interface NetlinkSocketOptions {
  /** The multicast groups to bind to, as a bit mask of groups 1..32 (RTMGRP_*); default 0. */
  groups?: number;
  /** The port id to bind; default 0, the kernel picks one. */
  pid?: number;
  /** Ask for extended acknowledgements (NETLINK_EXT_ACK), so errors carry the kernel's text; default true. */
  extAck?: boolean;
  /** Ask for strict checking of dump requests (NETLINK_GET_STRICT_CHK); default false. */
  strict?: boolean;
  /** SOCK_RAW (default) or SOCK_DGRAM; netlink treats them alike. */
  type?: number;
}

const ENOPROTOOPT = errno.ENOPROTOOPT!;

/** setsockopt that an older kernel may not know; ENOPROTOOPT is ignored there. */
function trySetInt(sock: Socket, option: number | undefined, value: number): void {
  if (option === undefined) return;
  try {
    sock.setsockopt(SOL_NETLINK, option, value);
  } catch (err) {
    if (!(err instanceof OSError && err.errno === ENOPROTOOPT)) throw err;
  }
}

/**
 * Opens a bound netlink socket for `protocol` (default NETLINK_ROUTE).
 * Composite: socket(2), the NETLINK_EXT_ACK (and NETLINK_GET_STRICT_CHK)
 * options where the kernel has them, then bind(2) to `[pid, groups]`. The
 * socket is closed again if a step fails.
 */
export function netlinkSocket(protocol: number = NETLINK_ROUTE, opts?: NetlinkSocketOptions): Socket<'AF_NETLINK'> {
  const options = validateOptions(opts);
  if (!netlinkFamily.available()) throw fromErrno(errno.EAFNOSUPPORT!, 'socket', `Address family not supported: ${netlinkFamily.unavailableReason()}`);
  const proto = validateInteger(protocol, 'protocol', 0, 0x7fffffff);
  const groups = validateUint32(options.groups ?? 0, 'options.groups');
  const pid = validateUint32(options.pid ?? 0, 'options.pid');
  const sock = new Socket(AF_NETLINK, options.type ?? SOCK_RAW, proto);
  try {
    if (options.extAck ?? true) trySetInt(sock, NETLINK_EXT_ACK, 1);
    if (options.strict) trySetInt(sock, NETLINK_GET_STRICT_CHK, 1);
    sock.bind([pid, groups]);
  } catch (err) {
    sock.close();
    throw err;
  }
  return sock;
}

/** Joins multicast group `group` (a group number, RTNLGRP_*, not a mask). Wraps setsockopt(NETLINK_ADD_MEMBERSHIP). */
export function addMembership(sock: Socket, group: number): void {
  validateSocket(sock);
  validateNetlinkSocket(sock).setsockopt(SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, validateUint32(group, 'group'));
}

/** Leaves multicast group `group`. Wraps setsockopt(NETLINK_DROP_MEMBERSHIP). */
export function dropMembership(sock: Socket, group: number): void {
  validateSocket(sock);
  validateNetlinkSocket(sock).setsockopt(SOL_NETLINK, NETLINK_DROP_MEMBERSHIP, validateUint32(group, 'group'));
}

/**
 * The group numbers the socket belongs to, in ascending order (by bind mask
 * or NETLINK_ADD_MEMBERSHIP). Wraps getsockopt(NETLINK_LIST_MEMBERSHIPS),
 * Linux 4.2+, which answers with a bitmap of 32-bit words.
 */
export function listMemberships(sock: Socket): number[] {
  validateSocket(sock);
  if (NETLINK_LIST_MEMBERSHIPS === undefined) throw fromErrno(ENOPROTOOPT, 'getsockopt');
  const bitmap = validateNetlinkSocket(sock).getsockopt(SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS, 1024) as Buffer;
  const v = viewOf(bitmap);
  const out: number[] = [];
  for (let word = 0; word + 4 <= bitmap.length; word += 4) {
    const bits = v.getUint32(word, LE);
    for (let bit = 0; bit < 32; bit++) if ((bits >>> bit) & 1) out.push(word * 8 + bit + 1);
  }
  return out;
}

/**
 * The multicast group a datagram came from, from the NETLINK_PKTINFO item of
 * recvmsg's ancillary data (struct nl_pktinfo); null when absent (unicast,
 * or the option is off).
 */
export function pktinfoGroup(ancdata: readonly AncillaryItem[]): number | null {
  for (const [level, type, data] of ancillaryItems(ancdata, 'ancdata')) {
    if (level === SOL_NETLINK && type === NETLINK_PKTINFO && data.length >= 4) return viewOf(data).getUint32(0, LE);
  }
  return null;
}

