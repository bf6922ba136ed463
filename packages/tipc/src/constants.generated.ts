// generated from constants.def by sock-gen-constants — do not edit
import { constantTable } from '@sock/core/family';
import type { FamilyNumber } from '@sock/core/family';
import { addon } from './native.js';

const c = constantTable(addon.constants);

export const AF_TIPC: FamilyNumber<'AF_TIPC'> = c.family<'AF_TIPC'>('AF_TIPC');
export const PF_TIPC: FamilyNumber<'AF_TIPC'> = c.family<'AF_TIPC'>('PF_TIPC');
export const SOL_TIPC: number = c.linux('SOL_TIPC');
export const TIPC_ADDR_NAMESEQ: number = c.linux('TIPC_ADDR_NAMESEQ');
export const TIPC_ADDR_NAME: number = c.linux('TIPC_ADDR_NAME');
export const TIPC_ADDR_ID: number = c.linux('TIPC_ADDR_ID');
export const TIPC_ADDR_MCAST: number | undefined = c.optional('TIPC_ADDR_MCAST');
export const TIPC_SERVICE_RANGE: number | undefined = c.optional('TIPC_SERVICE_RANGE');
export const TIPC_SERVICE_ADDR: number | undefined = c.optional('TIPC_SERVICE_ADDR');
export const TIPC_SOCKET_ADDR: number | undefined = c.optional('TIPC_SOCKET_ADDR');
export const TIPC_ZONE_SCOPE: number = c.linux('TIPC_ZONE_SCOPE');
export const TIPC_CLUSTER_SCOPE: number = c.linux('TIPC_CLUSTER_SCOPE');
export const TIPC_NODE_SCOPE: number = c.linux('TIPC_NODE_SCOPE');
export const TIPC_CFG_SRV: number = c.linux('TIPC_CFG_SRV');
export const TIPC_TOP_SRV: number = c.linux('TIPC_TOP_SRV');
export const TIPC_NODE_STATE: number | undefined = c.optional('TIPC_NODE_STATE');
export const TIPC_LINK_STATE: number | undefined = c.optional('TIPC_LINK_STATE');
export const TIPC_RESERVED_TYPES: number | undefined = c.optional('TIPC_RESERVED_TYPES');
export const TIPC_LOW_IMPORTANCE: number = c.linux('TIPC_LOW_IMPORTANCE');
export const TIPC_MEDIUM_IMPORTANCE: number = c.linux('TIPC_MEDIUM_IMPORTANCE');
export const TIPC_HIGH_IMPORTANCE: number = c.linux('TIPC_HIGH_IMPORTANCE');
export const TIPC_CRITICAL_IMPORTANCE: number = c.linux('TIPC_CRITICAL_IMPORTANCE');
export const TIPC_IMPORTANCE: number = c.linux('TIPC_IMPORTANCE');
export const TIPC_SRC_DROPPABLE: number = c.linux('TIPC_SRC_DROPPABLE');
export const TIPC_DEST_DROPPABLE: number = c.linux('TIPC_DEST_DROPPABLE');
export const TIPC_CONN_TIMEOUT: number = c.linux('TIPC_CONN_TIMEOUT');
export const TIPC_NODE_RECVQ_DEPTH: number | undefined = c.optional('TIPC_NODE_RECVQ_DEPTH');
export const TIPC_SOCK_RECVQ_DEPTH: number | undefined = c.optional('TIPC_SOCK_RECVQ_DEPTH');
export const TIPC_MCAST_BROADCAST: number | undefined = c.optional('TIPC_MCAST_BROADCAST');
export const TIPC_MCAST_REPLICAST: number | undefined = c.optional('TIPC_MCAST_REPLICAST');
export const TIPC_GROUP_JOIN: number | undefined = c.optional('TIPC_GROUP_JOIN');
export const TIPC_GROUP_LEAVE: number | undefined = c.optional('TIPC_GROUP_LEAVE');
export const TIPC_SOCK_RECVQ_USED: number | undefined = c.optional('TIPC_SOCK_RECVQ_USED');
export const TIPC_NODELAY: number | undefined = c.optional('TIPC_NODELAY');
export const TIPC_GROUP_LOOPBACK: number | undefined = c.optional('TIPC_GROUP_LOOPBACK');
export const TIPC_GROUP_MEMBER_EVTS: number | undefined = c.optional('TIPC_GROUP_MEMBER_EVTS');
export const TIPC_ERRINFO: number | undefined = c.optional('TIPC_ERRINFO');
export const TIPC_RETDATA: number | undefined = c.optional('TIPC_RETDATA');
export const TIPC_DESTNAME: number | undefined = c.optional('TIPC_DESTNAME');
export const TIPC_OK: number | undefined = c.optional('TIPC_OK');
export const TIPC_ERR_NO_NAME: number | undefined = c.optional('TIPC_ERR_NO_NAME');
export const TIPC_ERR_NO_PORT: number | undefined = c.optional('TIPC_ERR_NO_PORT');
export const TIPC_ERR_NO_NODE: number | undefined = c.optional('TIPC_ERR_NO_NODE');
export const TIPC_ERR_OVERLOAD: number | undefined = c.optional('TIPC_ERR_OVERLOAD');
export const TIPC_CONN_SHUTDOWN: number | undefined = c.optional('TIPC_CONN_SHUTDOWN');
export const TIPC_SUB_PORTS: number = c.linux('TIPC_SUB_PORTS');
export const TIPC_SUB_SERVICE: number = c.linux('TIPC_SUB_SERVICE');
export const TIPC_SUB_CANCEL: number = c.linux('TIPC_SUB_CANCEL');
export const TIPC_WAIT_FOREVER: number = c.linux('TIPC_WAIT_FOREVER');
export const TIPC_PUBLISHED: number = c.linux('TIPC_PUBLISHED');
export const TIPC_WITHDRAWN: number = c.linux('TIPC_WITHDRAWN');
export const TIPC_SUBSCR_TIMEOUT: number = c.linux('TIPC_SUBSCR_TIMEOUT');
export const TIPC_MAX_USER_MSG_SIZE: number | undefined = c.optional('TIPC_MAX_USER_MSG_SIZE');
export const TIPC_NODEID_LEN: number | undefined = c.optional('TIPC_NODEID_LEN');
export const TIPC_MAX_MEDIA_NAME: number | undefined = c.optional('TIPC_MAX_MEDIA_NAME');
export const TIPC_MAX_IF_NAME: number | undefined = c.optional('TIPC_MAX_IF_NAME');
export const TIPC_MAX_BEARER_NAME: number | undefined = c.optional('TIPC_MAX_BEARER_NAME');
export const TIPC_MAX_LINK_NAME: number | undefined = c.optional('TIPC_MAX_LINK_NAME');
export const SIOCGETLINKNAME: number | undefined = c.optional('SIOCGETLINKNAME');
export const SIOCGETNODEID: number | undefined = c.optional('SIOCGETNODEID');

/** The names of each [GROUP] of constants.def, in file order (for reverseMap). */
export const groups = {
  AF: ['AF_TIPC', 'PF_TIPC'],
  SOL: ['SOL_TIPC'],
  ADDR: [
    'TIPC_ADDR_NAMESEQ', 'TIPC_ADDR_NAME', 'TIPC_ADDR_ID', 'TIPC_ADDR_MCAST', 'TIPC_SERVICE_RANGE', 'TIPC_SERVICE_ADDR',
    'TIPC_SOCKET_ADDR',
  ],
  SCOPE: ['TIPC_ZONE_SCOPE', 'TIPC_CLUSTER_SCOPE', 'TIPC_NODE_SCOPE'],
  SRV: ['TIPC_CFG_SRV', 'TIPC_TOP_SRV', 'TIPC_NODE_STATE', 'TIPC_LINK_STATE', 'TIPC_RESERVED_TYPES'],
  IMPORTANCE: ['TIPC_LOW_IMPORTANCE', 'TIPC_MEDIUM_IMPORTANCE', 'TIPC_HIGH_IMPORTANCE', 'TIPC_CRITICAL_IMPORTANCE'],
  OPT: [
    'TIPC_IMPORTANCE', 'TIPC_SRC_DROPPABLE', 'TIPC_DEST_DROPPABLE', 'TIPC_CONN_TIMEOUT', 'TIPC_NODE_RECVQ_DEPTH',
    'TIPC_SOCK_RECVQ_DEPTH', 'TIPC_MCAST_BROADCAST', 'TIPC_MCAST_REPLICAST', 'TIPC_GROUP_JOIN', 'TIPC_GROUP_LEAVE',
    'TIPC_SOCK_RECVQ_USED', 'TIPC_NODELAY',
  ],
  GROUP: ['TIPC_GROUP_LOOPBACK', 'TIPC_GROUP_MEMBER_EVTS'],
  CMSG: ['TIPC_ERRINFO', 'TIPC_RETDATA', 'TIPC_DESTNAME'],
  ERR: [
    'TIPC_OK', 'TIPC_ERR_NO_NAME', 'TIPC_ERR_NO_PORT', 'TIPC_ERR_NO_NODE', 'TIPC_ERR_OVERLOAD', 'TIPC_CONN_SHUTDOWN',
  ],
  SUB: ['TIPC_SUB_PORTS', 'TIPC_SUB_SERVICE', 'TIPC_SUB_CANCEL', 'TIPC_WAIT_FOREVER'],
  EVENT: ['TIPC_PUBLISHED', 'TIPC_WITHDRAWN', 'TIPC_SUBSCR_TIMEOUT'],
  LIMIT: [
    'TIPC_MAX_USER_MSG_SIZE', 'TIPC_NODEID_LEN', 'TIPC_MAX_MEDIA_NAME', 'TIPC_MAX_IF_NAME', 'TIPC_MAX_BEARER_NAME',
    'TIPC_MAX_LINK_NAME',
  ],
  IOCTL: ['SIOCGETLINKNAME', 'SIOCGETNODEID'],
} as const;
