/**
 * Option helpers of level SOL_TIPC that take more than an int: group
 * membership (TIPC_GROUP_JOIN with a struct tipc_group_req, TIPC_GROUP_LEAVE
 * and the other options that take no value at all), and what a member
 * event looks like. Int options (TIPC_IMPORTANCE, TIPC_SRC_DROPPABLE,
 * TIPC_DEST_DROPPABLE, TIPC_CONN_TIMEOUT, TIPC_NODELAY, ...) go through
 * `sock.setsockopt(SOL_TIPC, name, value)` as in Python.
 */
import { invalidArgValue, MSG_EOR, MSG_OOB, osError, toBytes, validateObject, validateSocket, validateUint32, type Socket } from '@sock/core';
import { readField, writeField } from '@sock/core/family';
import { SOL_TIPC, TIPC_CLUSTER_SCOPE, TIPC_GROUP_JOIN, TIPC_GROUP_LEAVE, TIPC_MCAST_BROADCAST, TIPC_MCAST_REPLICAST } from '../constants.js';
import { addon } from '../native.js';

const GROUP = addon.layout.tipcGroupReq;

/** What TIPC_GROUP_JOIN takes. */
export interface TipcGroupRequest {
  /** The group's service type. */
  type: number;
  /** This member's instance in the group. */
  instance: number;
  /** TIPC_CLUSTER_SCOPE (the default) or TIPC_NODE_SCOPE. */
  scope?: number;
  /** TIPC_GROUP_LOOPBACK, TIPC_GROUP_MEMBER_EVTS, or both. */
  flags?: number;
}

function groupLayout(): NonNullable<typeof GROUP> {
  if (!GROUP || TIPC_GROUP_JOIN === undefined) throw osError("this platform's headers define no TIPC groups (struct tipc_group_req, Linux 4.14+)");
  return GROUP;
}

/** Packs a struct tipc_group_req. */
export function packTipcGroupReq(req: TipcGroupRequest): Buffer {
  const L = groupLayout();
  validateObject(req, 'request');
  const out = Buffer.alloc(L.size);
  writeField(out, L.type, validateUint32(req.type, 'request.type'));
  writeField(out, L.instance, validateUint32(req.instance, 'request.instance'));
  writeField(out, L.scope, validateUint32(req.scope ?? TIPC_CLUSTER_SCOPE, 'request.scope'));
  writeField(out, L.flags, validateUint32(req.flags ?? 0, 'request.flags'));
  return out;
}

/** Unpacks a struct tipc_group_req; any other length is a TypeError (ERR_INVALID_ARG_VALUE). */
export function unpackTipcGroupReq(bytes: Uint8Array): Required<TipcGroupRequest> {
  const L = groupLayout();
  const b = toBytes(bytes, 'bytes');
  if (b.length !== L.size) throw invalidArgValue('bytes.length', b.length, `must be ${L.size} (sizeof struct tipc_group_req)`);
  return {
    type: Number(readField(b, L.type)),
    instance: Number(readField(b, L.instance)),
    scope: Number(readField(b, L.scope)),
    flags: Number(readField(b, L.flags)),
  };
}

/** Joins a communication group: setsockopt(SOL_TIPC, TIPC_GROUP_JOIN, struct tipc_group_req). */
export function tipcGroupJoin(sock: Socket, req: TipcGroupRequest): void {
  validateSocket(sock);
  sock.setsockopt(SOL_TIPC, TIPC_GROUP_JOIN!, packTipcGroupReq(req));
}

/** Leaves the group: TIPC_GROUP_LEAVE, which takes no value (optval NULL, optlen 0). */
export function tipcGroupLeave(sock: Socket): void {
  validateSocket(sock);
  groupLayout();
  sock.setsockopt(SOL_TIPC, TIPC_GROUP_LEAVE!, null, 0);
}

/** Multicast by broadcast (TIPC_MCAST_BROADCAST) or by replicated unicast (TIPC_MCAST_REPLICAST); no value either. */
export function tipcMulticastMode(sock: Socket, mode: 'broadcast' | 'replicast'): void {
  validateSocket(sock);
  const opt = mode === 'broadcast' ? TIPC_MCAST_BROADCAST : mode === 'replicast' ? TIPC_MCAST_REPLICAST : null;
  if (opt === null) throw invalidArgValue('mode', mode, "must be 'broadcast' or 'replicast'");
  if (opt === undefined) throw osError("this platform's headers define no TIPC_MCAST_BROADCAST/TIPC_MCAST_REPLICAST (Linux 4.13+)");
  sock.setsockopt(SOL_TIPC, opt, null, 0);
}

/**
 * What a group message's recvmsg flags say about membership: a member event
 * is an empty message with MSG_OOB ('joined'), with MSG_EOR as well when the
 * member left ('left'); null for an ordinary message.
 */
export function tipcMemberEvent(flags: number): 'joined' | 'left' | null {
  validateUint32(flags, 'flags');
  if (!(flags & MSG_OOB)) return null;
  return flags & MSG_EOR ? 'left' : 'joined';
}
