/**
 * <linux/netlink.h>: the family, protocols, socket options, message flags and types, attribute flags, extended-ack attributes.
 * Read from the headers by the native shim (native/constants_netlink.cc);
 * names typed `number | undefined` are newer than Linux 4.18's headers (RHEL 8,
 * the oldest glibc Node 20 runs on) and absent where the build's headers lack them.
 */
import { has, pick } from './table.js';

// family
export const AF_NETLINK = pick('AF_NETLINK');
export const PF_NETLINK = pick('PF_NETLINK');
/** Linux's alias of AF_NETLINK, as CPython exposes it. */
export const AF_ROUTE: number | undefined = has('AF_ROUTE');
export const SOL_NETLINK = pick('SOL_NETLINK');

// NETLINK_PROTOCOL
export const NETLINK_ROUTE = pick('NETLINK_ROUTE');
export const NETLINK_UNUSED = pick('NETLINK_UNUSED');
export const NETLINK_USERSOCK = pick('NETLINK_USERSOCK');
export const NETLINK_FIREWALL = pick('NETLINK_FIREWALL');
export const NETLINK_SOCK_DIAG = pick('NETLINK_SOCK_DIAG');
export const NETLINK_NFLOG = pick('NETLINK_NFLOG');
export const NETLINK_XFRM = pick('NETLINK_XFRM');
export const NETLINK_SELINUX = pick('NETLINK_SELINUX');
export const NETLINK_ISCSI = pick('NETLINK_ISCSI');
export const NETLINK_AUDIT = pick('NETLINK_AUDIT');
export const NETLINK_FIB_LOOKUP = pick('NETLINK_FIB_LOOKUP');
export const NETLINK_CONNECTOR = pick('NETLINK_CONNECTOR');
export const NETLINK_NETFILTER = pick('NETLINK_NETFILTER');
export const NETLINK_IP6_FW = pick('NETLINK_IP6_FW');
export const NETLINK_DNRTMSG = pick('NETLINK_DNRTMSG');
export const NETLINK_KOBJECT_UEVENT = pick('NETLINK_KOBJECT_UEVENT');
export const NETLINK_GENERIC = pick('NETLINK_GENERIC');
export const NETLINK_SCSITRANSPORT = pick('NETLINK_SCSITRANSPORT');
export const NETLINK_ECRYPTFS = pick('NETLINK_ECRYPTFS');
export const NETLINK_RDMA = pick('NETLINK_RDMA');
export const NETLINK_CRYPTO = pick('NETLINK_CRYPTO');
export const NETLINK_SMC = pick('NETLINK_SMC');
export const NETLINK_INET_DIAG = pick('NETLINK_INET_DIAG');

// NETLINK_OPTION
export const NETLINK_ADD_MEMBERSHIP = pick('NETLINK_ADD_MEMBERSHIP');
export const NETLINK_DROP_MEMBERSHIP = pick('NETLINK_DROP_MEMBERSHIP');
export const NETLINK_PKTINFO = pick('NETLINK_PKTINFO');
export const NETLINK_BROADCAST_ERROR = pick('NETLINK_BROADCAST_ERROR');
export const NETLINK_NO_ENOBUFS = pick('NETLINK_NO_ENOBUFS');
export const NETLINK_RX_RING = pick('NETLINK_RX_RING');
export const NETLINK_TX_RING = pick('NETLINK_TX_RING');
export const NETLINK_LISTEN_ALL_NSID = pick('NETLINK_LISTEN_ALL_NSID');
export const NETLINK_LIST_MEMBERSHIPS = pick('NETLINK_LIST_MEMBERSHIPS');
export const NETLINK_CAP_ACK = pick('NETLINK_CAP_ACK');
export const NETLINK_EXT_ACK = pick('NETLINK_EXT_ACK');
export const NETLINK_GET_STRICT_CHK: number | undefined = has('NETLINK_GET_STRICT_CHK');

// NETLINK_STATE
export const NETLINK_UNCONNECTED = pick('NETLINK_UNCONNECTED');
export const NETLINK_CONNECTED = pick('NETLINK_CONNECTED');

// NLM_F
export const NLM_F_REQUEST = pick('NLM_F_REQUEST');
export const NLM_F_MULTI = pick('NLM_F_MULTI');
export const NLM_F_ACK = pick('NLM_F_ACK');
export const NLM_F_ECHO = pick('NLM_F_ECHO');
export const NLM_F_DUMP_INTR = pick('NLM_F_DUMP_INTR');
export const NLM_F_DUMP_FILTERED = pick('NLM_F_DUMP_FILTERED');
export const NLM_F_ROOT = pick('NLM_F_ROOT');
export const NLM_F_MATCH = pick('NLM_F_MATCH');
export const NLM_F_ATOMIC = pick('NLM_F_ATOMIC');
export const NLM_F_DUMP = pick('NLM_F_DUMP');
export const NLM_F_REPLACE = pick('NLM_F_REPLACE');
export const NLM_F_EXCL = pick('NLM_F_EXCL');
export const NLM_F_CREATE = pick('NLM_F_CREATE');
export const NLM_F_APPEND = pick('NLM_F_APPEND');
export const NLM_F_NONREC = pick('NLM_F_NONREC');
export const NLM_F_BULK: number | undefined = has('NLM_F_BULK');
export const NLM_F_CAPPED = pick('NLM_F_CAPPED');
export const NLM_F_ACK_TLVS = pick('NLM_F_ACK_TLVS');

// NLMSG
export const NLMSG_NOOP = pick('NLMSG_NOOP');
export const NLMSG_ERROR = pick('NLMSG_ERROR');
export const NLMSG_DONE = pick('NLMSG_DONE');
export const NLMSG_OVERRUN = pick('NLMSG_OVERRUN');

// sizes
export const NLMSG_ALIGNTO = pick('NLMSG_ALIGNTO');
export const NLMSG_HDRLEN = pick('NLMSG_HDRLEN');
export const NLMSG_MIN_TYPE = pick('NLMSG_MIN_TYPE');
export const NLA_ALIGNTO = pick('NLA_ALIGNTO');
export const NLA_HDRLEN = pick('NLA_HDRLEN');

// NLA_F
export const NLA_F_NESTED = pick('NLA_F_NESTED');
export const NLA_F_NET_BYTEORDER = pick('NLA_F_NET_BYTEORDER');
export const NLA_TYPE_MASK = pick('NLA_TYPE_MASK');

// NLMSGERR_ATTR
export const NLMSGERR_ATTR_UNUSED = pick('NLMSGERR_ATTR_UNUSED');
export const NLMSGERR_ATTR_MSG = pick('NLMSGERR_ATTR_MSG');
export const NLMSGERR_ATTR_OFFS = pick('NLMSGERR_ATTR_OFFS');
export const NLMSGERR_ATTR_COOKIE = pick('NLMSGERR_ATTR_COOKIE');
export const NLMSGERR_ATTR_POLICY: number | undefined = has('NLMSGERR_ATTR_POLICY');
export const NLMSGERR_ATTR_MISS_TYPE: number | undefined = has('NLMSGERR_ATTR_MISS_TYPE');
export const NLMSGERR_ATTR_MISS_NEST: number | undefined = has('NLMSGERR_ATTR_MISS_NEST');
export const NLMSGERR_ATTR_MAX = pick('NLMSGERR_ATTR_MAX');

// NL_ATTR_TYPE
export const NL_ATTR_TYPE_INVALID: number | undefined = has('NL_ATTR_TYPE_INVALID');
export const NL_ATTR_TYPE_FLAG: number | undefined = has('NL_ATTR_TYPE_FLAG');
export const NL_ATTR_TYPE_U8: number | undefined = has('NL_ATTR_TYPE_U8');
export const NL_ATTR_TYPE_U16: number | undefined = has('NL_ATTR_TYPE_U16');
export const NL_ATTR_TYPE_U32: number | undefined = has('NL_ATTR_TYPE_U32');
export const NL_ATTR_TYPE_U64: number | undefined = has('NL_ATTR_TYPE_U64');
export const NL_ATTR_TYPE_S8: number | undefined = has('NL_ATTR_TYPE_S8');
export const NL_ATTR_TYPE_S16: number | undefined = has('NL_ATTR_TYPE_S16');
export const NL_ATTR_TYPE_S32: number | undefined = has('NL_ATTR_TYPE_S32');
export const NL_ATTR_TYPE_S64: number | undefined = has('NL_ATTR_TYPE_S64');
export const NL_ATTR_TYPE_BINARY: number | undefined = has('NL_ATTR_TYPE_BINARY');
export const NL_ATTR_TYPE_STRING: number | undefined = has('NL_ATTR_TYPE_STRING');
export const NL_ATTR_TYPE_NUL_STRING: number | undefined = has('NL_ATTR_TYPE_NUL_STRING');
export const NL_ATTR_TYPE_NESTED: number | undefined = has('NL_ATTR_TYPE_NESTED');
export const NL_ATTR_TYPE_NESTED_ARRAY: number | undefined = has('NL_ATTR_TYPE_NESTED_ARRAY');
export const NL_ATTR_TYPE_BITFIELD32: number | undefined = has('NL_ATTR_TYPE_BITFIELD32');

// NL_POLICY_TYPE_ATTR
export const NL_POLICY_TYPE_ATTR_UNSPEC: number | undefined = has('NL_POLICY_TYPE_ATTR_UNSPEC');
export const NL_POLICY_TYPE_ATTR_TYPE: number | undefined = has('NL_POLICY_TYPE_ATTR_TYPE');
export const NL_POLICY_TYPE_ATTR_MIN_VALUE_S: number | undefined = has('NL_POLICY_TYPE_ATTR_MIN_VALUE_S');
export const NL_POLICY_TYPE_ATTR_MAX_VALUE_S: number | undefined = has('NL_POLICY_TYPE_ATTR_MAX_VALUE_S');
export const NL_POLICY_TYPE_ATTR_MIN_VALUE_U: number | undefined = has('NL_POLICY_TYPE_ATTR_MIN_VALUE_U');
export const NL_POLICY_TYPE_ATTR_MAX_VALUE_U: number | undefined = has('NL_POLICY_TYPE_ATTR_MAX_VALUE_U');
export const NL_POLICY_TYPE_ATTR_MIN_LENGTH: number | undefined = has('NL_POLICY_TYPE_ATTR_MIN_LENGTH');
export const NL_POLICY_TYPE_ATTR_MAX_LENGTH: number | undefined = has('NL_POLICY_TYPE_ATTR_MAX_LENGTH');
export const NL_POLICY_TYPE_ATTR_POLICY_IDX: number | undefined = has('NL_POLICY_TYPE_ATTR_POLICY_IDX');
export const NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE: number | undefined = has('NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE');
export const NL_POLICY_TYPE_ATTR_BITFIELD32_MASK: number | undefined = has('NL_POLICY_TYPE_ATTR_BITFIELD32_MASK');
export const NL_POLICY_TYPE_ATTR_PAD: number | undefined = has('NL_POLICY_TYPE_ATTR_PAD');
export const NL_POLICY_TYPE_ATTR_MASK: number | undefined = has('NL_POLICY_TYPE_ATTR_MASK');
export const NL_POLICY_TYPE_ATTR_MAX: number | undefined = has('NL_POLICY_TYPE_ATTR_MAX');
