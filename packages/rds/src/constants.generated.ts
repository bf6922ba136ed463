// generated from constants.def by sock-gen-constants — do not edit
import { constantTable } from '@sock/core/family';
import type { FamilyNumber } from '@sock/core/family';
import { addon } from './native.js';

const c = constantTable(addon.constants);

export const AF_RDS: FamilyNumber<'AF_RDS'> = c.family<'AF_RDS'>('AF_RDS');
export const PF_RDS: FamilyNumber<'AF_RDS'> = c.family<'AF_RDS'>('PF_RDS');
export const SOL_RDS: number = c.linux('SOL_RDS');
export const RDS_CANCEL_SENT_TO: number = c.linux('RDS_CANCEL_SENT_TO');
export const RDS_GET_MR: number = c.linux('RDS_GET_MR');
export const RDS_FREE_MR: number = c.linux('RDS_FREE_MR');
export const RDS_RECVERR: number = c.linux('RDS_RECVERR');
export const RDS_CONG_MONITOR: number = c.linux('RDS_CONG_MONITOR');
export const RDS_GET_MR_FOR_DEST: number = c.linux('RDS_GET_MR_FOR_DEST');
export const SO_RDS_TRANSPORT: number | undefined = c.optional('SO_RDS_TRANSPORT');
export const SO_RDS_MSG_RXPATH_LATENCY: number | undefined = c.optional('SO_RDS_MSG_RXPATH_LATENCY');
export const RDS_TRANS_IB: number | undefined = c.optional('RDS_TRANS_IB');
export const RDS_TRANS_GAP: number | undefined = c.optional('RDS_TRANS_GAP');
export const RDS_TRANS_IWARP: number | undefined = c.optional('RDS_TRANS_IWARP');
export const RDS_TRANS_TCP: number | undefined = c.optional('RDS_TRANS_TCP');
export const RDS_TRANS_COUNT: number | undefined = c.optional('RDS_TRANS_COUNT');
export const RDS_TRANS_NONE: number | undefined = c.optional('RDS_TRANS_NONE');
export const RDS_CMSG_RDMA_ARGS: number = c.linux('RDS_CMSG_RDMA_ARGS');
export const RDS_CMSG_RDMA_DEST: number = c.linux('RDS_CMSG_RDMA_DEST');
export const RDS_CMSG_RDMA_MAP: number = c.linux('RDS_CMSG_RDMA_MAP');
export const RDS_CMSG_RDMA_STATUS: number = c.linux('RDS_CMSG_RDMA_STATUS');
export const RDS_CMSG_CONG_UPDATE: number = c.linux('RDS_CMSG_CONG_UPDATE');
export const RDS_CMSG_ATOMIC_FADD: number | undefined = c.optional('RDS_CMSG_ATOMIC_FADD');
export const RDS_CMSG_ATOMIC_CSWP: number | undefined = c.optional('RDS_CMSG_ATOMIC_CSWP');
export const RDS_CMSG_MASKED_ATOMIC_FADD: number | undefined = c.optional('RDS_CMSG_MASKED_ATOMIC_FADD');
export const RDS_CMSG_MASKED_ATOMIC_CSWP: number | undefined = c.optional('RDS_CMSG_MASKED_ATOMIC_CSWP');
export const RDS_CMSG_RXPATH_LATENCY: number | undefined = c.optional('RDS_CMSG_RXPATH_LATENCY');
export const RDS_CMSG_ZCOPY_COOKIE: number | undefined = c.optional('RDS_CMSG_ZCOPY_COOKIE');
export const RDS_CMSG_ZCOPY_COMPLETION: number | undefined = c.optional('RDS_CMSG_ZCOPY_COMPLETION');
export const RDS_INFO_FIRST: number | undefined = c.optional('RDS_INFO_FIRST');
export const RDS_INFO_COUNTERS: number | undefined = c.optional('RDS_INFO_COUNTERS');
export const RDS_INFO_CONNECTIONS: number | undefined = c.optional('RDS_INFO_CONNECTIONS');
export const RDS_INFO_SEND_MESSAGES: number | undefined = c.optional('RDS_INFO_SEND_MESSAGES');
export const RDS_INFO_RETRANS_MESSAGES: number | undefined = c.optional('RDS_INFO_RETRANS_MESSAGES');
export const RDS_INFO_RECV_MESSAGES: number | undefined = c.optional('RDS_INFO_RECV_MESSAGES');
export const RDS_INFO_SOCKETS: number | undefined = c.optional('RDS_INFO_SOCKETS');
export const RDS_INFO_TCP_SOCKETS: number | undefined = c.optional('RDS_INFO_TCP_SOCKETS');
export const RDS_INFO_IB_CONNECTIONS: number | undefined = c.optional('RDS_INFO_IB_CONNECTIONS');
export const RDS_INFO_CONNECTION_STATS: number | undefined = c.optional('RDS_INFO_CONNECTION_STATS');
export const RDS_INFO_IWARP_CONNECTIONS: number | undefined = c.optional('RDS_INFO_IWARP_CONNECTIONS');
export const RDS6_INFO_CONNECTIONS: number | undefined = c.optional('RDS6_INFO_CONNECTIONS');
export const RDS6_INFO_SEND_MESSAGES: number | undefined = c.optional('RDS6_INFO_SEND_MESSAGES');
export const RDS6_INFO_RETRANS_MESSAGES: number | undefined = c.optional('RDS6_INFO_RETRANS_MESSAGES');
export const RDS6_INFO_RECV_MESSAGES: number | undefined = c.optional('RDS6_INFO_RECV_MESSAGES');
export const RDS6_INFO_SOCKETS: number | undefined = c.optional('RDS6_INFO_SOCKETS');
export const RDS6_INFO_TCP_SOCKETS: number | undefined = c.optional('RDS6_INFO_TCP_SOCKETS');
export const RDS6_INFO_IB_CONNECTIONS: number | undefined = c.optional('RDS6_INFO_IB_CONNECTIONS');
export const RDS_INFO_LAST: number | undefined = c.optional('RDS_INFO_LAST');
export const RDS_INFO_CONNECTION_FLAG_SENDING: number | undefined = c.optional('RDS_INFO_CONNECTION_FLAG_SENDING');
export const RDS_INFO_CONNECTION_FLAG_CONNECTING: number | undefined = c.optional('RDS_INFO_CONNECTION_FLAG_CONNECTING');
export const RDS_INFO_CONNECTION_FLAG_CONNECTED: number | undefined = c.optional('RDS_INFO_CONNECTION_FLAG_CONNECTED');
export const RDS_INFO_MESSAGE_FLAG_ACK: number | undefined = c.optional('RDS_INFO_MESSAGE_FLAG_ACK');
export const RDS_INFO_MESSAGE_FLAG_FAST_ACK: number | undefined = c.optional('RDS_INFO_MESSAGE_FLAG_FAST_ACK');
export const RDS_RDMA_READWRITE: number = c.linux('RDS_RDMA_READWRITE');
export const RDS_RDMA_FENCE: number = c.linux('RDS_RDMA_FENCE');
export const RDS_RDMA_INVALIDATE: number = c.linux('RDS_RDMA_INVALIDATE');
export const RDS_RDMA_USE_ONCE: number = c.linux('RDS_RDMA_USE_ONCE');
export const RDS_RDMA_DONTWAIT: number = c.linux('RDS_RDMA_DONTWAIT');
export const RDS_RDMA_NOTIFY_ME: number = c.linux('RDS_RDMA_NOTIFY_ME');
export const RDS_RDMA_SILENT: number = c.linux('RDS_RDMA_SILENT');
export const RDS_RDMA_SUCCESS: number | undefined = c.optional('RDS_RDMA_SUCCESS');
export const RDS_RDMA_REMOTE_ERROR: number | undefined = c.optional('RDS_RDMA_REMOTE_ERROR');
export const RDS_RDMA_CANCELED: number | undefined = c.optional('RDS_RDMA_CANCELED');
export const RDS_RDMA_DROPPED: number | undefined = c.optional('RDS_RDMA_DROPPED');
export const RDS_RDMA_OTHER_ERROR: number | undefined = c.optional('RDS_RDMA_OTHER_ERROR');
export const RDS_MSG_RX_HDR_TO_DGRAM_START: number | undefined = c.optional('RDS_MSG_RX_HDR_TO_DGRAM_START');
export const RDS_MSG_RX_DGRAM_REASSEMBLE: number | undefined = c.optional('RDS_MSG_RX_DGRAM_REASSEMBLE');
export const RDS_MSG_RX_DGRAM_DELIVERED: number | undefined = c.optional('RDS_MSG_RX_DGRAM_DELIVERED');
export const RDS_MSG_RX_DGRAM_TRACE_MAX: number | undefined = c.optional('RDS_MSG_RX_DGRAM_TRACE_MAX');
export const SIOCRDSSETTOS: number | undefined = c.optional('SIOCRDSSETTOS');
export const SIOCRDSGETTOS: number | undefined = c.optional('SIOCRDSGETTOS');
export const RDS_CONG_MONITOR_SIZE: number | undefined = c.optional('RDS_CONG_MONITOR_SIZE');
export const RDS_MAX_ZCOOKIES: number | undefined = c.optional('RDS_MAX_ZCOOKIES');
export const RDS_IB_ABI_VERSION: number | undefined = c.optional('RDS_IB_ABI_VERSION');
export const RDS_IB_GID_LEN: number | undefined = c.optional('RDS_IB_GID_LEN');
export const TRANSNAMSIZ: number | undefined = c.optional('TRANSNAMSIZ');

/** The names of each [GROUP] of constants.def, in file order (for reverseMap). */
export const groups = {
  AF: ['AF_RDS', 'PF_RDS'],
  SOL: ['SOL_RDS'],
  RDS_OPT: [
    'RDS_CANCEL_SENT_TO', 'RDS_GET_MR', 'RDS_FREE_MR', 'RDS_RECVERR', 'RDS_CONG_MONITOR', 'RDS_GET_MR_FOR_DEST',
    'SO_RDS_TRANSPORT', 'SO_RDS_MSG_RXPATH_LATENCY',
  ],
  RDS_TRANS: ['RDS_TRANS_IB', 'RDS_TRANS_GAP', 'RDS_TRANS_IWARP', 'RDS_TRANS_TCP', 'RDS_TRANS_COUNT', 'RDS_TRANS_NONE'],
  RDS_CMSG: [
    'RDS_CMSG_RDMA_ARGS', 'RDS_CMSG_RDMA_DEST', 'RDS_CMSG_RDMA_MAP', 'RDS_CMSG_RDMA_STATUS', 'RDS_CMSG_CONG_UPDATE',
    'RDS_CMSG_ATOMIC_FADD', 'RDS_CMSG_ATOMIC_CSWP', 'RDS_CMSG_MASKED_ATOMIC_FADD', 'RDS_CMSG_MASKED_ATOMIC_CSWP',
    'RDS_CMSG_RXPATH_LATENCY', 'RDS_CMSG_ZCOPY_COOKIE', 'RDS_CMSG_ZCOPY_COMPLETION',
  ],
  RDS_INFO: [
    'RDS_INFO_FIRST', 'RDS_INFO_COUNTERS', 'RDS_INFO_CONNECTIONS', 'RDS_INFO_SEND_MESSAGES',
    'RDS_INFO_RETRANS_MESSAGES', 'RDS_INFO_RECV_MESSAGES', 'RDS_INFO_SOCKETS', 'RDS_INFO_TCP_SOCKETS',
    'RDS_INFO_IB_CONNECTIONS', 'RDS_INFO_CONNECTION_STATS', 'RDS_INFO_IWARP_CONNECTIONS', 'RDS6_INFO_CONNECTIONS',
    'RDS6_INFO_SEND_MESSAGES', 'RDS6_INFO_RETRANS_MESSAGES', 'RDS6_INFO_RECV_MESSAGES', 'RDS6_INFO_SOCKETS',
    'RDS6_INFO_TCP_SOCKETS', 'RDS6_INFO_IB_CONNECTIONS', 'RDS_INFO_LAST',
  ],
  RDS_INFO_FLAG: [
    'RDS_INFO_CONNECTION_FLAG_SENDING', 'RDS_INFO_CONNECTION_FLAG_CONNECTING', 'RDS_INFO_CONNECTION_FLAG_CONNECTED',
    'RDS_INFO_MESSAGE_FLAG_ACK', 'RDS_INFO_MESSAGE_FLAG_FAST_ACK',
  ],
  RDS_RDMA: [
    'RDS_RDMA_READWRITE', 'RDS_RDMA_FENCE', 'RDS_RDMA_INVALIDATE', 'RDS_RDMA_USE_ONCE', 'RDS_RDMA_DONTWAIT',
    'RDS_RDMA_NOTIFY_ME', 'RDS_RDMA_SILENT',
  ],
  RDS_RDMA_STATUS: [
    'RDS_RDMA_SUCCESS', 'RDS_RDMA_REMOTE_ERROR', 'RDS_RDMA_CANCELED', 'RDS_RDMA_DROPPED', 'RDS_RDMA_OTHER_ERROR',
  ],
  RDS_MSG_RX: [
    'RDS_MSG_RX_HDR_TO_DGRAM_START', 'RDS_MSG_RX_DGRAM_REASSEMBLE', 'RDS_MSG_RX_DGRAM_DELIVERED',
    'RDS_MSG_RX_DGRAM_TRACE_MAX',
  ],
  SIOCRDS: ['SIOCRDSSETTOS', 'SIOCRDSGETTOS'],
  RDS_SIZE: ['RDS_CONG_MONITOR_SIZE', 'RDS_MAX_ZCOOKIES', 'RDS_IB_ABI_VERSION', 'RDS_IB_GID_LEN', 'TRANSNAMSIZ'],
} as const;
