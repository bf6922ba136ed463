// generated from constants.def by sock-gen-constants — do not edit
import { constantTable } from '@sock/core/family';
import type { FamilyNumber } from '@sock/core/family';
import { addon } from './native.js';

const c = constantTable(addon.constants);

export const AF_NETLINK: FamilyNumber<'AF_NETLINK'> = c.family<'AF_NETLINK'>('AF_NETLINK');
export const PF_NETLINK: FamilyNumber<'AF_NETLINK'> = c.family<'AF_NETLINK'>('PF_NETLINK');
export const AF_ROUTE: FamilyNumber<'AF_ROUTE'> | undefined = c.optionalFamily<'AF_ROUTE'>('AF_ROUTE');
export const SOL_NETLINK: number = c.linux('SOL_NETLINK');
export const NETLINK_ROUTE: number = c.linux('NETLINK_ROUTE');
export const NETLINK_UNUSED: number = c.linux('NETLINK_UNUSED');
export const NETLINK_USERSOCK: number = c.linux('NETLINK_USERSOCK');
export const NETLINK_FIREWALL: number = c.linux('NETLINK_FIREWALL');
export const NETLINK_SOCK_DIAG: number = c.linux('NETLINK_SOCK_DIAG');
export const NETLINK_NFLOG: number = c.linux('NETLINK_NFLOG');
export const NETLINK_XFRM: number = c.linux('NETLINK_XFRM');
export const NETLINK_SELINUX: number = c.linux('NETLINK_SELINUX');
export const NETLINK_ISCSI: number = c.linux('NETLINK_ISCSI');
export const NETLINK_AUDIT: number = c.linux('NETLINK_AUDIT');
export const NETLINK_FIB_LOOKUP: number = c.linux('NETLINK_FIB_LOOKUP');
export const NETLINK_CONNECTOR: number = c.linux('NETLINK_CONNECTOR');
export const NETLINK_NETFILTER: number = c.linux('NETLINK_NETFILTER');
export const NETLINK_IP6_FW: number = c.linux('NETLINK_IP6_FW');
export const NETLINK_DNRTMSG: number = c.linux('NETLINK_DNRTMSG');
export const NETLINK_KOBJECT_UEVENT: number = c.linux('NETLINK_KOBJECT_UEVENT');
export const NETLINK_GENERIC: number = c.linux('NETLINK_GENERIC');
export const NETLINK_SCSITRANSPORT: number = c.linux('NETLINK_SCSITRANSPORT');
export const NETLINK_ECRYPTFS: number = c.linux('NETLINK_ECRYPTFS');
export const NETLINK_RDMA: number = c.linux('NETLINK_RDMA');
export const NETLINK_CRYPTO: number = c.linux('NETLINK_CRYPTO');
export const NETLINK_SMC: number = c.linux('NETLINK_SMC');
export const NETLINK_INET_DIAG: number = c.linux('NETLINK_INET_DIAG');
export const NETLINK_ADD_MEMBERSHIP: number = c.linux('NETLINK_ADD_MEMBERSHIP');
export const NETLINK_DROP_MEMBERSHIP: number = c.linux('NETLINK_DROP_MEMBERSHIP');
export const NETLINK_PKTINFO: number = c.linux('NETLINK_PKTINFO');
export const NETLINK_BROADCAST_ERROR: number = c.linux('NETLINK_BROADCAST_ERROR');
export const NETLINK_NO_ENOBUFS: number = c.linux('NETLINK_NO_ENOBUFS');
export const NETLINK_RX_RING: number = c.linux('NETLINK_RX_RING');
export const NETLINK_TX_RING: number = c.linux('NETLINK_TX_RING');
export const NETLINK_LISTEN_ALL_NSID: number = c.linux('NETLINK_LISTEN_ALL_NSID');
export const NETLINK_LIST_MEMBERSHIPS: number = c.linux('NETLINK_LIST_MEMBERSHIPS');
export const NETLINK_CAP_ACK: number = c.linux('NETLINK_CAP_ACK');
export const NETLINK_EXT_ACK: number = c.linux('NETLINK_EXT_ACK');
export const NETLINK_GET_STRICT_CHK: number | undefined = c.optional('NETLINK_GET_STRICT_CHK');
export const NETLINK_UNCONNECTED: number = c.linux('NETLINK_UNCONNECTED');
export const NETLINK_CONNECTED: number = c.linux('NETLINK_CONNECTED');
export const NLM_F_REQUEST: number = c.linux('NLM_F_REQUEST');
export const NLM_F_MULTI: number = c.linux('NLM_F_MULTI');
export const NLM_F_ACK: number = c.linux('NLM_F_ACK');
export const NLM_F_ECHO: number = c.linux('NLM_F_ECHO');
export const NLM_F_DUMP_INTR: number = c.linux('NLM_F_DUMP_INTR');
export const NLM_F_DUMP_FILTERED: number = c.linux('NLM_F_DUMP_FILTERED');
export const NLM_F_ROOT: number = c.linux('NLM_F_ROOT');
export const NLM_F_MATCH: number = c.linux('NLM_F_MATCH');
export const NLM_F_ATOMIC: number = c.linux('NLM_F_ATOMIC');
export const NLM_F_DUMP: number = c.linux('NLM_F_DUMP');
export const NLM_F_REPLACE: number = c.linux('NLM_F_REPLACE');
export const NLM_F_EXCL: number = c.linux('NLM_F_EXCL');
export const NLM_F_CREATE: number = c.linux('NLM_F_CREATE');
export const NLM_F_APPEND: number = c.linux('NLM_F_APPEND');
export const NLM_F_NONREC: number = c.linux('NLM_F_NONREC');
export const NLM_F_BULK: number | undefined = c.optional('NLM_F_BULK');
export const NLM_F_CAPPED: number = c.linux('NLM_F_CAPPED');
export const NLM_F_ACK_TLVS: number = c.linux('NLM_F_ACK_TLVS');
export const NLMSG_NOOP: number = c.linux('NLMSG_NOOP');
export const NLMSG_ERROR: number = c.linux('NLMSG_ERROR');
export const NLMSG_DONE: number = c.linux('NLMSG_DONE');
export const NLMSG_OVERRUN: number = c.linux('NLMSG_OVERRUN');
export const NLMSG_ALIGNTO: number = c.linux('NLMSG_ALIGNTO');
export const NLMSG_HDRLEN: number = c.linux('NLMSG_HDRLEN');
export const NLMSG_MIN_TYPE: number = c.linux('NLMSG_MIN_TYPE');
export const NLA_ALIGNTO: number = c.linux('NLA_ALIGNTO');
export const NLA_HDRLEN: number = c.linux('NLA_HDRLEN');
export const NLA_F_NESTED: number = c.linux('NLA_F_NESTED');
export const NLA_F_NET_BYTEORDER: number = c.linux('NLA_F_NET_BYTEORDER');
export const NLA_TYPE_MASK: number = c.linux('NLA_TYPE_MASK');
export const NLMSGERR_ATTR_UNUSED: number = c.linux('NLMSGERR_ATTR_UNUSED');
export const NLMSGERR_ATTR_MSG: number = c.linux('NLMSGERR_ATTR_MSG');
export const NLMSGERR_ATTR_OFFS: number = c.linux('NLMSGERR_ATTR_OFFS');
export const NLMSGERR_ATTR_COOKIE: number = c.linux('NLMSGERR_ATTR_COOKIE');
export const NLMSGERR_ATTR_POLICY: number | undefined = c.optional('NLMSGERR_ATTR_POLICY');
export const NLMSGERR_ATTR_MISS_TYPE: number | undefined = c.optional('NLMSGERR_ATTR_MISS_TYPE');
export const NLMSGERR_ATTR_MISS_NEST: number | undefined = c.optional('NLMSGERR_ATTR_MISS_NEST');
export const NLMSGERR_ATTR_MAX: number = c.linux('NLMSGERR_ATTR_MAX');
export const NL_ATTR_TYPE_INVALID: number | undefined = c.optional('NL_ATTR_TYPE_INVALID');
export const NL_ATTR_TYPE_FLAG: number | undefined = c.optional('NL_ATTR_TYPE_FLAG');
export const NL_ATTR_TYPE_U8: number | undefined = c.optional('NL_ATTR_TYPE_U8');
export const NL_ATTR_TYPE_U16: number | undefined = c.optional('NL_ATTR_TYPE_U16');
export const NL_ATTR_TYPE_U32: number | undefined = c.optional('NL_ATTR_TYPE_U32');
export const NL_ATTR_TYPE_U64: number | undefined = c.optional('NL_ATTR_TYPE_U64');
export const NL_ATTR_TYPE_S8: number | undefined = c.optional('NL_ATTR_TYPE_S8');
export const NL_ATTR_TYPE_S16: number | undefined = c.optional('NL_ATTR_TYPE_S16');
export const NL_ATTR_TYPE_S32: number | undefined = c.optional('NL_ATTR_TYPE_S32');
export const NL_ATTR_TYPE_S64: number | undefined = c.optional('NL_ATTR_TYPE_S64');
export const NL_ATTR_TYPE_BINARY: number | undefined = c.optional('NL_ATTR_TYPE_BINARY');
export const NL_ATTR_TYPE_STRING: number | undefined = c.optional('NL_ATTR_TYPE_STRING');
export const NL_ATTR_TYPE_NUL_STRING: number | undefined = c.optional('NL_ATTR_TYPE_NUL_STRING');
export const NL_ATTR_TYPE_NESTED: number | undefined = c.optional('NL_ATTR_TYPE_NESTED');
export const NL_ATTR_TYPE_NESTED_ARRAY: number | undefined = c.optional('NL_ATTR_TYPE_NESTED_ARRAY');
export const NL_ATTR_TYPE_BITFIELD32: number | undefined = c.optional('NL_ATTR_TYPE_BITFIELD32');
export const NL_POLICY_TYPE_ATTR_UNSPEC: number | undefined = c.optional('NL_POLICY_TYPE_ATTR_UNSPEC');
export const NL_POLICY_TYPE_ATTR_TYPE: number | undefined = c.optional('NL_POLICY_TYPE_ATTR_TYPE');
export const NL_POLICY_TYPE_ATTR_MIN_VALUE_S: number | undefined = c.optional('NL_POLICY_TYPE_ATTR_MIN_VALUE_S');
export const NL_POLICY_TYPE_ATTR_MAX_VALUE_S: number | undefined = c.optional('NL_POLICY_TYPE_ATTR_MAX_VALUE_S');
export const NL_POLICY_TYPE_ATTR_MIN_VALUE_U: number | undefined = c.optional('NL_POLICY_TYPE_ATTR_MIN_VALUE_U');
export const NL_POLICY_TYPE_ATTR_MAX_VALUE_U: number | undefined = c.optional('NL_POLICY_TYPE_ATTR_MAX_VALUE_U');
export const NL_POLICY_TYPE_ATTR_MIN_LENGTH: number | undefined = c.optional('NL_POLICY_TYPE_ATTR_MIN_LENGTH');
export const NL_POLICY_TYPE_ATTR_MAX_LENGTH: number | undefined = c.optional('NL_POLICY_TYPE_ATTR_MAX_LENGTH');
export const NL_POLICY_TYPE_ATTR_POLICY_IDX: number | undefined = c.optional('NL_POLICY_TYPE_ATTR_POLICY_IDX');
export const NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE: number | undefined = c.optional('NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE');
export const NL_POLICY_TYPE_ATTR_BITFIELD32_MASK: number | undefined = c.optional('NL_POLICY_TYPE_ATTR_BITFIELD32_MASK');
export const NL_POLICY_TYPE_ATTR_PAD: number | undefined = c.optional('NL_POLICY_TYPE_ATTR_PAD');
export const NL_POLICY_TYPE_ATTR_MASK: number | undefined = c.optional('NL_POLICY_TYPE_ATTR_MASK');
export const NL_POLICY_TYPE_ATTR_MAX: number | undefined = c.optional('NL_POLICY_TYPE_ATTR_MAX');
export const RTM_BASE: number = c.linux('RTM_BASE');
export const RTM_NEWLINK: number = c.linux('RTM_NEWLINK');
export const RTM_DELLINK: number = c.linux('RTM_DELLINK');
export const RTM_GETLINK: number = c.linux('RTM_GETLINK');
export const RTM_SETLINK: number = c.linux('RTM_SETLINK');
export const RTM_NEWADDR: number = c.linux('RTM_NEWADDR');
export const RTM_DELADDR: number = c.linux('RTM_DELADDR');
export const RTM_GETADDR: number = c.linux('RTM_GETADDR');
export const RTM_NEWROUTE: number = c.linux('RTM_NEWROUTE');
export const RTM_DELROUTE: number = c.linux('RTM_DELROUTE');
export const RTM_GETROUTE: number = c.linux('RTM_GETROUTE');
export const RTM_NEWNEIGH: number = c.linux('RTM_NEWNEIGH');
export const RTM_DELNEIGH: number = c.linux('RTM_DELNEIGH');
export const RTM_GETNEIGH: number = c.linux('RTM_GETNEIGH');
export const RTM_NEWRULE: number = c.linux('RTM_NEWRULE');
export const RTM_DELRULE: number = c.linux('RTM_DELRULE');
export const RTM_GETRULE: number = c.linux('RTM_GETRULE');
export const RTM_NEWQDISC: number = c.linux('RTM_NEWQDISC');
export const RTM_DELQDISC: number = c.linux('RTM_DELQDISC');
export const RTM_GETQDISC: number = c.linux('RTM_GETQDISC');
export const RTM_NEWTCLASS: number = c.linux('RTM_NEWTCLASS');
export const RTM_DELTCLASS: number = c.linux('RTM_DELTCLASS');
export const RTM_GETTCLASS: number = c.linux('RTM_GETTCLASS');
export const RTM_NEWTFILTER: number = c.linux('RTM_NEWTFILTER');
export const RTM_DELTFILTER: number = c.linux('RTM_DELTFILTER');
export const RTM_GETTFILTER: number = c.linux('RTM_GETTFILTER');
export const RTM_NEWACTION: number = c.linux('RTM_NEWACTION');
export const RTM_DELACTION: number = c.linux('RTM_DELACTION');
export const RTM_GETACTION: number = c.linux('RTM_GETACTION');
export const RTM_NEWPREFIX: number = c.linux('RTM_NEWPREFIX');
export const RTM_GETMULTICAST: number = c.linux('RTM_GETMULTICAST');
export const RTM_GETANYCAST: number = c.linux('RTM_GETANYCAST');
export const RTM_NEWNEIGHTBL: number = c.linux('RTM_NEWNEIGHTBL');
export const RTM_GETNEIGHTBL: number = c.linux('RTM_GETNEIGHTBL');
export const RTM_SETNEIGHTBL: number = c.linux('RTM_SETNEIGHTBL');
export const RTM_NEWNDUSEROPT: number = c.linux('RTM_NEWNDUSEROPT');
export const RTM_NEWADDRLABEL: number = c.linux('RTM_NEWADDRLABEL');
export const RTM_DELADDRLABEL: number = c.linux('RTM_DELADDRLABEL');
export const RTM_GETADDRLABEL: number = c.linux('RTM_GETADDRLABEL');
export const RTM_GETDCB: number = c.linux('RTM_GETDCB');
export const RTM_SETDCB: number = c.linux('RTM_SETDCB');
export const RTM_NEWNETCONF: number = c.linux('RTM_NEWNETCONF');
export const RTM_DELNETCONF: number = c.linux('RTM_DELNETCONF');
export const RTM_GETNETCONF: number = c.linux('RTM_GETNETCONF');
export const RTM_NEWMDB: number = c.linux('RTM_NEWMDB');
export const RTM_DELMDB: number = c.linux('RTM_DELMDB');
export const RTM_GETMDB: number = c.linux('RTM_GETMDB');
export const RTM_NEWNSID: number = c.linux('RTM_NEWNSID');
export const RTM_DELNSID: number = c.linux('RTM_DELNSID');
export const RTM_GETNSID: number = c.linux('RTM_GETNSID');
export const RTM_NEWSTATS: number = c.linux('RTM_NEWSTATS');
export const RTM_GETSTATS: number = c.linux('RTM_GETSTATS');
export const RTM_SETSTATS: number = c.linux('RTM_SETSTATS');
export const RTM_NEWCACHEREPORT: number = c.linux('RTM_NEWCACHEREPORT');
export const RTM_NEWCHAIN: number | undefined = c.optional('RTM_NEWCHAIN');
export const RTM_DELCHAIN: number | undefined = c.optional('RTM_DELCHAIN');
export const RTM_GETCHAIN: number | undefined = c.optional('RTM_GETCHAIN');
export const RTM_NEWNEXTHOP: number | undefined = c.optional('RTM_NEWNEXTHOP');
export const RTM_DELNEXTHOP: number | undefined = c.optional('RTM_DELNEXTHOP');
export const RTM_GETNEXTHOP: number | undefined = c.optional('RTM_GETNEXTHOP');
export const RTM_NEWLINKPROP: number | undefined = c.optional('RTM_NEWLINKPROP');
export const RTM_DELLINKPROP: number | undefined = c.optional('RTM_DELLINKPROP');
export const RTM_GETLINKPROP: number | undefined = c.optional('RTM_GETLINKPROP');
export const RTM_NEWVLAN: number | undefined = c.optional('RTM_NEWVLAN');
export const RTM_DELVLAN: number | undefined = c.optional('RTM_DELVLAN');
export const RTM_GETVLAN: number | undefined = c.optional('RTM_GETVLAN');
export const RTM_NEWNEXTHOPBUCKET: number | undefined = c.optional('RTM_NEWNEXTHOPBUCKET');
export const RTM_DELNEXTHOPBUCKET: number | undefined = c.optional('RTM_DELNEXTHOPBUCKET');
export const RTM_GETNEXTHOPBUCKET: number | undefined = c.optional('RTM_GETNEXTHOPBUCKET');
export const RTM_NEWTUNNEL: number | undefined = c.optional('RTM_NEWTUNNEL');
export const RTM_DELTUNNEL: number | undefined = c.optional('RTM_DELTUNNEL');
export const RTM_GETTUNNEL: number | undefined = c.optional('RTM_GETTUNNEL');
export const RTM_MAX: number = c.linux('RTM_MAX');
export const RTM_NR_MSGTYPES: number = c.linux('RTM_NR_MSGTYPES');
export const RTM_NR_FAMILIES: number = c.linux('RTM_NR_FAMILIES');
export const RTM_F_NOTIFY: number = c.linux('RTM_F_NOTIFY');
export const RTM_F_CLONED: number = c.linux('RTM_F_CLONED');
export const RTM_F_EQUALIZE: number = c.linux('RTM_F_EQUALIZE');
export const RTM_F_PREFIX: number = c.linux('RTM_F_PREFIX');
export const RTM_F_LOOKUP_TABLE: number = c.linux('RTM_F_LOOKUP_TABLE');
export const RTM_F_FIB_MATCH: number = c.linux('RTM_F_FIB_MATCH');
export const RTM_F_OFFLOAD: number | undefined = c.optional('RTM_F_OFFLOAD');
export const RTM_F_TRAP: number | undefined = c.optional('RTM_F_TRAP');
export const RTM_F_OFFLOAD_FAILED: number | undefined = c.optional('RTM_F_OFFLOAD_FAILED');
export const RTMGRP_LINK: number = c.linux('RTMGRP_LINK');
export const RTMGRP_NOTIFY: number = c.linux('RTMGRP_NOTIFY');
export const RTMGRP_NEIGH: number = c.linux('RTMGRP_NEIGH');
export const RTMGRP_TC: number = c.linux('RTMGRP_TC');
export const RTMGRP_IPV4_IFADDR: number = c.linux('RTMGRP_IPV4_IFADDR');
export const RTMGRP_IPV4_MROUTE: number = c.linux('RTMGRP_IPV4_MROUTE');
export const RTMGRP_IPV4_ROUTE: number = c.linux('RTMGRP_IPV4_ROUTE');
export const RTMGRP_IPV4_RULE: number = c.linux('RTMGRP_IPV4_RULE');
export const RTMGRP_IPV6_IFADDR: number = c.linux('RTMGRP_IPV6_IFADDR');
export const RTMGRP_IPV6_MROUTE: number = c.linux('RTMGRP_IPV6_MROUTE');
export const RTMGRP_IPV6_ROUTE: number = c.linux('RTMGRP_IPV6_ROUTE');
export const RTMGRP_IPV6_IFINFO: number = c.linux('RTMGRP_IPV6_IFINFO');
export const RTMGRP_DECnet_IFADDR: number = c.linux('RTMGRP_DECnet_IFADDR');
export const RTMGRP_DECnet_ROUTE: number = c.linux('RTMGRP_DECnet_ROUTE');
export const RTMGRP_IPV6_PREFIX: number = c.linux('RTMGRP_IPV6_PREFIX');
export const RTNLGRP_NONE: number = c.linux('RTNLGRP_NONE');
export const RTNLGRP_LINK: number = c.linux('RTNLGRP_LINK');
export const RTNLGRP_NOTIFY: number = c.linux('RTNLGRP_NOTIFY');
export const RTNLGRP_NEIGH: number = c.linux('RTNLGRP_NEIGH');
export const RTNLGRP_TC: number = c.linux('RTNLGRP_TC');
export const RTNLGRP_IPV4_IFADDR: number = c.linux('RTNLGRP_IPV4_IFADDR');
export const RTNLGRP_IPV4_MROUTE: number = c.linux('RTNLGRP_IPV4_MROUTE');
export const RTNLGRP_IPV4_ROUTE: number = c.linux('RTNLGRP_IPV4_ROUTE');
export const RTNLGRP_IPV4_RULE: number = c.linux('RTNLGRP_IPV4_RULE');
export const RTNLGRP_IPV6_IFADDR: number = c.linux('RTNLGRP_IPV6_IFADDR');
export const RTNLGRP_IPV6_MROUTE: number = c.linux('RTNLGRP_IPV6_MROUTE');
export const RTNLGRP_IPV6_ROUTE: number = c.linux('RTNLGRP_IPV6_ROUTE');
export const RTNLGRP_IPV6_IFINFO: number = c.linux('RTNLGRP_IPV6_IFINFO');
export const RTNLGRP_DECnet_IFADDR: number = c.linux('RTNLGRP_DECnet_IFADDR');
export const RTNLGRP_NOP2: number = c.linux('RTNLGRP_NOP2');
export const RTNLGRP_NOP4: number = c.linux('RTNLGRP_NOP4');
export const RTNLGRP_DECnet_ROUTE: number = c.linux('RTNLGRP_DECnet_ROUTE');
export const RTNLGRP_DECnet_RULE: number = c.linux('RTNLGRP_DECnet_RULE');
export const RTNLGRP_IPV6_PREFIX: number = c.linux('RTNLGRP_IPV6_PREFIX');
export const RTNLGRP_IPV6_RULE: number = c.linux('RTNLGRP_IPV6_RULE');
export const RTNLGRP_ND_USEROPT: number = c.linux('RTNLGRP_ND_USEROPT');
export const RTNLGRP_PHONET_IFADDR: number = c.linux('RTNLGRP_PHONET_IFADDR');
export const RTNLGRP_PHONET_ROUTE: number = c.linux('RTNLGRP_PHONET_ROUTE');
export const RTNLGRP_DCB: number = c.linux('RTNLGRP_DCB');
export const RTNLGRP_IPV4_NETCONF: number = c.linux('RTNLGRP_IPV4_NETCONF');
export const RTNLGRP_IPV6_NETCONF: number = c.linux('RTNLGRP_IPV6_NETCONF');
export const RTNLGRP_MDB: number = c.linux('RTNLGRP_MDB');
export const RTNLGRP_MPLS_ROUTE: number = c.linux('RTNLGRP_MPLS_ROUTE');
export const RTNLGRP_NSID: number = c.linux('RTNLGRP_NSID');
export const RTNLGRP_MPLS_NETCONF: number = c.linux('RTNLGRP_MPLS_NETCONF');
export const RTNLGRP_IPV4_MROUTE_R: number = c.linux('RTNLGRP_IPV4_MROUTE_R');
export const RTNLGRP_IPV6_MROUTE_R: number = c.linux('RTNLGRP_IPV6_MROUTE_R');
export const RTNLGRP_NEXTHOP: number | undefined = c.optional('RTNLGRP_NEXTHOP');
export const RTNLGRP_BRVLAN: number | undefined = c.optional('RTNLGRP_BRVLAN');
export const RTNLGRP_MCTP_IFADDR: number | undefined = c.optional('RTNLGRP_MCTP_IFADDR');
export const RTNLGRP_TUNNEL: number | undefined = c.optional('RTNLGRP_TUNNEL');
export const RTNLGRP_STATS: number | undefined = c.optional('RTNLGRP_STATS');
export const RTNLGRP_MAX: number = c.linux('RTNLGRP_MAX');
export const RTA_UNSPEC: number = c.linux('RTA_UNSPEC');
export const RTA_DST: number = c.linux('RTA_DST');
export const RTA_SRC: number = c.linux('RTA_SRC');
export const RTA_IIF: number = c.linux('RTA_IIF');
export const RTA_OIF: number = c.linux('RTA_OIF');
export const RTA_GATEWAY: number = c.linux('RTA_GATEWAY');
export const RTA_PRIORITY: number = c.linux('RTA_PRIORITY');
export const RTA_PREFSRC: number = c.linux('RTA_PREFSRC');
export const RTA_METRICS: number = c.linux('RTA_METRICS');
export const RTA_MULTIPATH: number = c.linux('RTA_MULTIPATH');
export const RTA_PROTOINFO: number = c.linux('RTA_PROTOINFO');
export const RTA_FLOW: number = c.linux('RTA_FLOW');
export const RTA_CACHEINFO: number = c.linux('RTA_CACHEINFO');
export const RTA_SESSION: number = c.linux('RTA_SESSION');
export const RTA_MP_ALGO: number = c.linux('RTA_MP_ALGO');
export const RTA_TABLE: number = c.linux('RTA_TABLE');
export const RTA_MARK: number = c.linux('RTA_MARK');
export const RTA_MFC_STATS: number = c.linux('RTA_MFC_STATS');
export const RTA_VIA: number = c.linux('RTA_VIA');
export const RTA_NEWDST: number = c.linux('RTA_NEWDST');
export const RTA_PREF: number = c.linux('RTA_PREF');
export const RTA_ENCAP_TYPE: number = c.linux('RTA_ENCAP_TYPE');
export const RTA_ENCAP: number = c.linux('RTA_ENCAP');
export const RTA_EXPIRES: number = c.linux('RTA_EXPIRES');
export const RTA_PAD: number = c.linux('RTA_PAD');
export const RTA_UID: number = c.linux('RTA_UID');
export const RTA_TTL_PROPAGATE: number = c.linux('RTA_TTL_PROPAGATE');
export const RTA_IP_PROTO: number = c.linux('RTA_IP_PROTO');
export const RTA_SPORT: number = c.linux('RTA_SPORT');
export const RTA_DPORT: number = c.linux('RTA_DPORT');
export const RTA_NH_ID: number | undefined = c.optional('RTA_NH_ID');
export const RTA_MAX: number = c.linux('RTA_MAX');
export const RTA_ALIGNTO: number = c.linux('RTA_ALIGNTO');
export const RTN_UNSPEC: number = c.linux('RTN_UNSPEC');
export const RTN_UNICAST: number = c.linux('RTN_UNICAST');
export const RTN_LOCAL: number = c.linux('RTN_LOCAL');
export const RTN_BROADCAST: number = c.linux('RTN_BROADCAST');
export const RTN_ANYCAST: number = c.linux('RTN_ANYCAST');
export const RTN_MULTICAST: number = c.linux('RTN_MULTICAST');
export const RTN_BLACKHOLE: number = c.linux('RTN_BLACKHOLE');
export const RTN_UNREACHABLE: number = c.linux('RTN_UNREACHABLE');
export const RTN_PROHIBIT: number = c.linux('RTN_PROHIBIT');
export const RTN_THROW: number = c.linux('RTN_THROW');
export const RTN_NAT: number = c.linux('RTN_NAT');
export const RTN_XRESOLVE: number = c.linux('RTN_XRESOLVE');
export const RTN_MAX: number = c.linux('RTN_MAX');
export const RTPROT_UNSPEC: number = c.linux('RTPROT_UNSPEC');
export const RTPROT_REDIRECT: number = c.linux('RTPROT_REDIRECT');
export const RTPROT_KERNEL: number = c.linux('RTPROT_KERNEL');
export const RTPROT_BOOT: number = c.linux('RTPROT_BOOT');
export const RTPROT_STATIC: number = c.linux('RTPROT_STATIC');
export const RTPROT_GATED: number = c.linux('RTPROT_GATED');
export const RTPROT_RA: number = c.linux('RTPROT_RA');
export const RTPROT_MRT: number = c.linux('RTPROT_MRT');
export const RTPROT_ZEBRA: number = c.linux('RTPROT_ZEBRA');
export const RTPROT_BIRD: number = c.linux('RTPROT_BIRD');
export const RTPROT_DNROUTED: number = c.linux('RTPROT_DNROUTED');
export const RTPROT_XORP: number = c.linux('RTPROT_XORP');
export const RTPROT_NTK: number = c.linux('RTPROT_NTK');
export const RTPROT_DHCP: number = c.linux('RTPROT_DHCP');
export const RTPROT_MROUTED: number = c.linux('RTPROT_MROUTED');
export const RTPROT_KEEPALIVED: number | undefined = c.optional('RTPROT_KEEPALIVED');
export const RTPROT_BABEL: number = c.linux('RTPROT_BABEL');
export const RTPROT_OPENR: number | undefined = c.optional('RTPROT_OPENR');
export const RTPROT_BGP: number = c.linux('RTPROT_BGP');
export const RTPROT_ISIS: number = c.linux('RTPROT_ISIS');
export const RTPROT_OSPF: number = c.linux('RTPROT_OSPF');
export const RTPROT_RIP: number = c.linux('RTPROT_RIP');
export const RTPROT_EIGRP: number = c.linux('RTPROT_EIGRP');
export const RT_SCOPE_UNIVERSE: number = c.linux('RT_SCOPE_UNIVERSE');
export const RT_SCOPE_SITE: number = c.linux('RT_SCOPE_SITE');
export const RT_SCOPE_LINK: number = c.linux('RT_SCOPE_LINK');
export const RT_SCOPE_HOST: number = c.linux('RT_SCOPE_HOST');
export const RT_SCOPE_NOWHERE: number = c.linux('RT_SCOPE_NOWHERE');
export const RT_TABLE_UNSPEC: number = c.linux('RT_TABLE_UNSPEC');
export const RT_TABLE_COMPAT: number = c.linux('RT_TABLE_COMPAT');
export const RT_TABLE_DEFAULT: number = c.linux('RT_TABLE_DEFAULT');
export const RT_TABLE_MAIN: number = c.linux('RT_TABLE_MAIN');
export const RT_TABLE_LOCAL: number = c.linux('RT_TABLE_LOCAL');
export const RT_TABLE_MAX: number = c.linux('RT_TABLE_MAX');
export const RTNH_F_DEAD: number = c.linux('RTNH_F_DEAD');
export const RTNH_F_PERVASIVE: number = c.linux('RTNH_F_PERVASIVE');
export const RTNH_F_ONLINK: number = c.linux('RTNH_F_ONLINK');
export const RTNH_F_OFFLOAD: number = c.linux('RTNH_F_OFFLOAD');
export const RTNH_F_LINKDOWN: number = c.linux('RTNH_F_LINKDOWN');
export const RTNH_F_UNRESOLVED: number = c.linux('RTNH_F_UNRESOLVED');
export const RTNH_F_TRAP: number | undefined = c.optional('RTNH_F_TRAP');
export const RTNH_COMPARE_MASK: number = c.linux('RTNH_COMPARE_MASK');
export const RTNH_ALIGNTO: number = c.linux('RTNH_ALIGNTO');
export const RTAX_UNSPEC: number = c.linux('RTAX_UNSPEC');
export const RTAX_LOCK: number = c.linux('RTAX_LOCK');
export const RTAX_MTU: number = c.linux('RTAX_MTU');
export const RTAX_WINDOW: number = c.linux('RTAX_WINDOW');
export const RTAX_RTT: number = c.linux('RTAX_RTT');
export const RTAX_RTTVAR: number = c.linux('RTAX_RTTVAR');
export const RTAX_SSTHRESH: number = c.linux('RTAX_SSTHRESH');
export const RTAX_CWND: number = c.linux('RTAX_CWND');
export const RTAX_ADVMSS: number = c.linux('RTAX_ADVMSS');
export const RTAX_REORDERING: number = c.linux('RTAX_REORDERING');
export const RTAX_HOPLIMIT: number = c.linux('RTAX_HOPLIMIT');
export const RTAX_INITCWND: number = c.linux('RTAX_INITCWND');
export const RTAX_FEATURES: number = c.linux('RTAX_FEATURES');
export const RTAX_RTO_MIN: number = c.linux('RTAX_RTO_MIN');
export const RTAX_INITRWND: number = c.linux('RTAX_INITRWND');
export const RTAX_QUICKACK: number = c.linux('RTAX_QUICKACK');
export const RTAX_CC_ALGO: number = c.linux('RTAX_CC_ALGO');
export const RTAX_FASTOPEN_NO_COOKIE: number = c.linux('RTAX_FASTOPEN_NO_COOKIE');
export const RTAX_MAX: number = c.linux('RTAX_MAX');
export const RTEXT_FILTER_VF: number = c.linux('RTEXT_FILTER_VF');
export const RTEXT_FILTER_BRVLAN: number = c.linux('RTEXT_FILTER_BRVLAN');
export const RTEXT_FILTER_BRVLAN_COMPRESSED: number = c.linux('RTEXT_FILTER_BRVLAN_COMPRESSED');
export const RTEXT_FILTER_SKIP_STATS: number = c.linux('RTEXT_FILTER_SKIP_STATS');
export const RTEXT_FILTER_MRP: number | undefined = c.optional('RTEXT_FILTER_MRP');
export const RTEXT_FILTER_CFM_CONFIG: number | undefined = c.optional('RTEXT_FILTER_CFM_CONFIG');
export const RTEXT_FILTER_CFM_STATUS: number | undefined = c.optional('RTEXT_FILTER_CFM_STATUS');
export const RTEXT_FILTER_MST: number | undefined = c.optional('RTEXT_FILTER_MST');
export const IFLA_UNSPEC: number = c.linux('IFLA_UNSPEC');
export const IFLA_ADDRESS: number = c.linux('IFLA_ADDRESS');
export const IFLA_BROADCAST: number = c.linux('IFLA_BROADCAST');
export const IFLA_IFNAME: number = c.linux('IFLA_IFNAME');
export const IFLA_MTU: number = c.linux('IFLA_MTU');
export const IFLA_LINK: number = c.linux('IFLA_LINK');
export const IFLA_QDISC: number = c.linux('IFLA_QDISC');
export const IFLA_STATS: number = c.linux('IFLA_STATS');
export const IFLA_OPERSTATE: number = c.linux('IFLA_OPERSTATE');
export const IFLA_LINKMODE: number = c.linux('IFLA_LINKMODE');
export const IFLA_NET_NS_PID: number = c.linux('IFLA_NET_NS_PID');
export const IFLA_IFALIAS: number = c.linux('IFLA_IFALIAS');
export const IFLA_NUM_VF: number = c.linux('IFLA_NUM_VF');
export const IFLA_VFINFO_LIST: number = c.linux('IFLA_VFINFO_LIST');
export const IFLA_STATS64: number = c.linux('IFLA_STATS64');
export const IFLA_VF_PORTS: number = c.linux('IFLA_VF_PORTS');
export const IFLA_PORT_SELF: number = c.linux('IFLA_PORT_SELF');
export const IFLA_AF_SPEC: number = c.linux('IFLA_AF_SPEC');
export const IFLA_GROUP: number = c.linux('IFLA_GROUP');
export const IFLA_NET_NS_FD: number = c.linux('IFLA_NET_NS_FD');
export const IFLA_EXT_MASK: number = c.linux('IFLA_EXT_MASK');
export const IFLA_NUM_TX_QUEUES: number = c.linux('IFLA_NUM_TX_QUEUES');
export const IFLA_NUM_RX_QUEUES: number = c.linux('IFLA_NUM_RX_QUEUES');
export const IFLA_CARRIER: number = c.linux('IFLA_CARRIER');
export const IFLA_PHYS_PORT_ID: number = c.linux('IFLA_PHYS_PORT_ID');
export const IFLA_CARRIER_CHANGES: number = c.linux('IFLA_CARRIER_CHANGES');
export const IFLA_PHYS_SWITCH_ID: number = c.linux('IFLA_PHYS_SWITCH_ID');
export const IFLA_LINK_NETNSID: number = c.linux('IFLA_LINK_NETNSID');
export const IFLA_PHYS_PORT_NAME: number = c.linux('IFLA_PHYS_PORT_NAME');
export const IFLA_PROTO_DOWN: number = c.linux('IFLA_PROTO_DOWN');
export const IFLA_GSO_MAX_SEGS: number = c.linux('IFLA_GSO_MAX_SEGS');
export const IFLA_GSO_MAX_SIZE: number = c.linux('IFLA_GSO_MAX_SIZE');
export const IFLA_PAD: number = c.linux('IFLA_PAD');
export const IFLA_XDP: number = c.linux('IFLA_XDP');
export const IFLA_EVENT: number = c.linux('IFLA_EVENT');
export const IFLA_NEW_NETNSID: number = c.linux('IFLA_NEW_NETNSID');
export const IFLA_IF_NETNSID: number = c.linux('IFLA_IF_NETNSID');
export const IFLA_TARGET_NETNSID: number = c.linux('IFLA_TARGET_NETNSID');
export const IFLA_CARRIER_UP_COUNT: number = c.linux('IFLA_CARRIER_UP_COUNT');
export const IFLA_CARRIER_DOWN_COUNT: number = c.linux('IFLA_CARRIER_DOWN_COUNT');
export const IFLA_NEW_IFINDEX: number = c.linux('IFLA_NEW_IFINDEX');
export const IFLA_MIN_MTU: number | undefined = c.optional('IFLA_MIN_MTU');
export const IFLA_MAX_MTU: number | undefined = c.optional('IFLA_MAX_MTU');
export const IFLA_PROP_LIST: number | undefined = c.optional('IFLA_PROP_LIST');
export const IFLA_ALT_IFNAME: number | undefined = c.optional('IFLA_ALT_IFNAME');
export const IFLA_PERM_ADDRESS: number | undefined = c.optional('IFLA_PERM_ADDRESS');
export const IFLA_PROTO_DOWN_REASON: number | undefined = c.optional('IFLA_PROTO_DOWN_REASON');
export const IFLA_PARENT_DEV_NAME: number | undefined = c.optional('IFLA_PARENT_DEV_NAME');
export const IFLA_PARENT_DEV_BUS_NAME: number | undefined = c.optional('IFLA_PARENT_DEV_BUS_NAME');
export const IFLA_GRO_MAX_SIZE: number | undefined = c.optional('IFLA_GRO_MAX_SIZE');
export const IFLA_TSO_MAX_SIZE: number | undefined = c.optional('IFLA_TSO_MAX_SIZE');
export const IFLA_TSO_MAX_SEGS: number | undefined = c.optional('IFLA_TSO_MAX_SEGS');
export const IFLA_ALLMULTI: number | undefined = c.optional('IFLA_ALLMULTI');
export const IFLA_COST: number = c.linux('IFLA_COST');
export const IFLA_PRIORITY: number = c.linux('IFLA_PRIORITY');
export const IFLA_MASTER: number = c.linux('IFLA_MASTER');
export const IFLA_WIRELESS: number = c.linux('IFLA_WIRELESS');
export const IFLA_PROTINFO: number = c.linux('IFLA_PROTINFO');
export const IFLA_TXQLEN: number = c.linux('IFLA_TXQLEN');
export const IFLA_MAP: number = c.linux('IFLA_MAP');
export const IFLA_WEIGHT: number = c.linux('IFLA_WEIGHT');
export const IFLA_LINKINFO: number = c.linux('IFLA_LINKINFO');
export const IFLA_PROMISCUITY: number = c.linux('IFLA_PROMISCUITY');
export const IFLA_MAX: number = c.linux('IFLA_MAX');
export const IFLA_INFO_UNSPEC: number = c.linux('IFLA_INFO_UNSPEC');
export const IFLA_INFO_KIND: number = c.linux('IFLA_INFO_KIND');
export const IFLA_INFO_DATA: number = c.linux('IFLA_INFO_DATA');
export const IFLA_INFO_XSTATS: number = c.linux('IFLA_INFO_XSTATS');
export const IFLA_INFO_SLAVE_KIND: number = c.linux('IFLA_INFO_SLAVE_KIND');
export const IFLA_INFO_SLAVE_DATA: number = c.linux('IFLA_INFO_SLAVE_DATA');
export const IFLA_INFO_MAX: number = c.linux('IFLA_INFO_MAX');
export const VETH_INFO_UNSPEC: number = c.linux('VETH_INFO_UNSPEC');
export const VETH_INFO_PEER: number = c.linux('VETH_INFO_PEER');
export const VETH_INFO_MAX: number = c.linux('VETH_INFO_MAX');
export const IFA_UNSPEC: number = c.linux('IFA_UNSPEC');
export const IFA_ADDRESS: number = c.linux('IFA_ADDRESS');
export const IFA_LOCAL: number = c.linux('IFA_LOCAL');
export const IFA_LABEL: number = c.linux('IFA_LABEL');
export const IFA_BROADCAST: number = c.linux('IFA_BROADCAST');
export const IFA_ANYCAST: number = c.linux('IFA_ANYCAST');
export const IFA_CACHEINFO: number = c.linux('IFA_CACHEINFO');
export const IFA_MULTICAST: number = c.linux('IFA_MULTICAST');
export const IFA_FLAGS: number = c.linux('IFA_FLAGS');
export const IFA_RT_PRIORITY: number = c.linux('IFA_RT_PRIORITY');
export const IFA_TARGET_NETNSID: number | undefined = c.optional('IFA_TARGET_NETNSID');
export const IFA_PROTO: number | undefined = c.optional('IFA_PROTO');
export const IFA_MAX: number = c.linux('IFA_MAX');
export const IFA_F_SECONDARY: number = c.linux('IFA_F_SECONDARY');
export const IFA_F_TEMPORARY: number = c.linux('IFA_F_TEMPORARY');
export const IFA_F_NODAD: number = c.linux('IFA_F_NODAD');
export const IFA_F_OPTIMISTIC: number = c.linux('IFA_F_OPTIMISTIC');
export const IFA_F_DADFAILED: number = c.linux('IFA_F_DADFAILED');
export const IFA_F_HOMEADDRESS: number = c.linux('IFA_F_HOMEADDRESS');
export const IFA_F_DEPRECATED: number = c.linux('IFA_F_DEPRECATED');
export const IFA_F_TENTATIVE: number = c.linux('IFA_F_TENTATIVE');
export const IFA_F_PERMANENT: number = c.linux('IFA_F_PERMANENT');
export const IFA_F_MANAGETEMPADDR: number = c.linux('IFA_F_MANAGETEMPADDR');
export const IFA_F_NOPREFIXROUTE: number = c.linux('IFA_F_NOPREFIXROUTE');
export const IFA_F_MCAUTOJOIN: number = c.linux('IFA_F_MCAUTOJOIN');
export const IFA_F_STABLE_PRIVACY: number = c.linux('IFA_F_STABLE_PRIVACY');
export const IFF_UP: number = c.linux('IFF_UP');
export const IFF_BROADCAST: number = c.linux('IFF_BROADCAST');
export const IFF_DEBUG: number = c.linux('IFF_DEBUG');
export const IFF_LOOPBACK: number = c.linux('IFF_LOOPBACK');
export const IFF_POINTOPOINT: number = c.linux('IFF_POINTOPOINT');
export const IFF_NOTRAILERS: number = c.linux('IFF_NOTRAILERS');
export const IFF_RUNNING: number = c.linux('IFF_RUNNING');
export const IFF_NOARP: number = c.linux('IFF_NOARP');
export const IFF_PROMISC: number = c.linux('IFF_PROMISC');
export const IFF_ALLMULTI: number = c.linux('IFF_ALLMULTI');
export const IFF_MASTER: number = c.linux('IFF_MASTER');
export const IFF_SLAVE: number = c.linux('IFF_SLAVE');
export const IFF_MULTICAST: number = c.linux('IFF_MULTICAST');
export const IFF_PORTSEL: number = c.linux('IFF_PORTSEL');
export const IFF_AUTOMEDIA: number = c.linux('IFF_AUTOMEDIA');
export const IFF_DYNAMIC: number = c.linux('IFF_DYNAMIC');
export const IFF_LOWER_UP: number = c.linux('IFF_LOWER_UP');
export const IFF_DORMANT: number = c.linux('IFF_DORMANT');
export const IFF_ECHO: number = c.linux('IFF_ECHO');
export const IFF_VOLATILE: number = c.linux('IFF_VOLATILE');
export const IFNAMSIZ: number = c.linux('IFNAMSIZ');
export const IF_OPER_UNKNOWN: number = c.linux('IF_OPER_UNKNOWN');
export const IF_OPER_NOTPRESENT: number = c.linux('IF_OPER_NOTPRESENT');
export const IF_OPER_DOWN: number = c.linux('IF_OPER_DOWN');
export const IF_OPER_LOWERLAYERDOWN: number = c.linux('IF_OPER_LOWERLAYERDOWN');
export const IF_OPER_TESTING: number = c.linux('IF_OPER_TESTING');
export const IF_OPER_DORMANT: number = c.linux('IF_OPER_DORMANT');
export const IF_OPER_UP: number = c.linux('IF_OPER_UP');
export const IF_LINK_MODE_DEFAULT: number = c.linux('IF_LINK_MODE_DEFAULT');
export const IF_LINK_MODE_DORMANT: number = c.linux('IF_LINK_MODE_DORMANT');
export const IF_LINK_MODE_TESTING: number = c.linux('IF_LINK_MODE_TESTING');
export const ARPHRD_NETROM: number = c.linux('ARPHRD_NETROM');
export const ARPHRD_ETHER: number = c.linux('ARPHRD_ETHER');
export const ARPHRD_EETHER: number = c.linux('ARPHRD_EETHER');
export const ARPHRD_AX25: number = c.linux('ARPHRD_AX25');
export const ARPHRD_PRONET: number = c.linux('ARPHRD_PRONET');
export const ARPHRD_CHAOS: number = c.linux('ARPHRD_CHAOS');
export const ARPHRD_IEEE802: number = c.linux('ARPHRD_IEEE802');
export const ARPHRD_ARCNET: number = c.linux('ARPHRD_ARCNET');
export const ARPHRD_APPLETLK: number = c.linux('ARPHRD_APPLETLK');
export const ARPHRD_DLCI: number = c.linux('ARPHRD_DLCI');
export const ARPHRD_ATM: number = c.linux('ARPHRD_ATM');
export const ARPHRD_METRICOM: number = c.linux('ARPHRD_METRICOM');
export const ARPHRD_IEEE1394: number = c.linux('ARPHRD_IEEE1394');
export const ARPHRD_EUI64: number = c.linux('ARPHRD_EUI64');
export const ARPHRD_INFINIBAND: number = c.linux('ARPHRD_INFINIBAND');
export const ARPHRD_SLIP: number = c.linux('ARPHRD_SLIP');
export const ARPHRD_CSLIP: number = c.linux('ARPHRD_CSLIP');
export const ARPHRD_SLIP6: number = c.linux('ARPHRD_SLIP6');
export const ARPHRD_CSLIP6: number = c.linux('ARPHRD_CSLIP6');
export const ARPHRD_RSRVD: number = c.linux('ARPHRD_RSRVD');
export const ARPHRD_ADAPT: number = c.linux('ARPHRD_ADAPT');
export const ARPHRD_ROSE: number = c.linux('ARPHRD_ROSE');
export const ARPHRD_X25: number = c.linux('ARPHRD_X25');
export const ARPHRD_HWX25: number = c.linux('ARPHRD_HWX25');
export const ARPHRD_CAN: number = c.linux('ARPHRD_CAN');
export const ARPHRD_MCTP: number | undefined = c.optional('ARPHRD_MCTP');
export const ARPHRD_PPP: number = c.linux('ARPHRD_PPP');
export const ARPHRD_CISCO: number = c.linux('ARPHRD_CISCO');
export const ARPHRD_HDLC: number = c.linux('ARPHRD_HDLC');
export const ARPHRD_LAPB: number = c.linux('ARPHRD_LAPB');
export const ARPHRD_DDCMP: number = c.linux('ARPHRD_DDCMP');
export const ARPHRD_RAWHDLC: number = c.linux('ARPHRD_RAWHDLC');
export const ARPHRD_RAWIP: number = c.linux('ARPHRD_RAWIP');
export const ARPHRD_TUNNEL: number = c.linux('ARPHRD_TUNNEL');
export const ARPHRD_TUNNEL6: number = c.linux('ARPHRD_TUNNEL6');
export const ARPHRD_FRAD: number = c.linux('ARPHRD_FRAD');
export const ARPHRD_SKIP: number = c.linux('ARPHRD_SKIP');
export const ARPHRD_LOOPBACK: number = c.linux('ARPHRD_LOOPBACK');
export const ARPHRD_LOCALTLK: number = c.linux('ARPHRD_LOCALTLK');
export const ARPHRD_FDDI: number = c.linux('ARPHRD_FDDI');
export const ARPHRD_BIF: number = c.linux('ARPHRD_BIF');
export const ARPHRD_SIT: number = c.linux('ARPHRD_SIT');
export const ARPHRD_IPDDP: number = c.linux('ARPHRD_IPDDP');
export const ARPHRD_IPGRE: number = c.linux('ARPHRD_IPGRE');
export const ARPHRD_PIMREG: number = c.linux('ARPHRD_PIMREG');
export const ARPHRD_HIPPI: number = c.linux('ARPHRD_HIPPI');
export const ARPHRD_ASH: number = c.linux('ARPHRD_ASH');
export const ARPHRD_ECONET: number = c.linux('ARPHRD_ECONET');
export const ARPHRD_IRDA: number = c.linux('ARPHRD_IRDA');
export const ARPHRD_FCPP: number = c.linux('ARPHRD_FCPP');
export const ARPHRD_FCAL: number = c.linux('ARPHRD_FCAL');
export const ARPHRD_FCPL: number = c.linux('ARPHRD_FCPL');
export const ARPHRD_FCFABRIC: number = c.linux('ARPHRD_FCFABRIC');
export const ARPHRD_IEEE802_TR: number = c.linux('ARPHRD_IEEE802_TR');
export const ARPHRD_IEEE80211: number = c.linux('ARPHRD_IEEE80211');
export const ARPHRD_IEEE80211_PRISM: number = c.linux('ARPHRD_IEEE80211_PRISM');
export const ARPHRD_IEEE80211_RADIOTAP: number = c.linux('ARPHRD_IEEE80211_RADIOTAP');
export const ARPHRD_IEEE802154: number = c.linux('ARPHRD_IEEE802154');
export const ARPHRD_IEEE802154_MONITOR: number = c.linux('ARPHRD_IEEE802154_MONITOR');
export const ARPHRD_PHONET: number = c.linux('ARPHRD_PHONET');
export const ARPHRD_PHONET_PIPE: number = c.linux('ARPHRD_PHONET_PIPE');
export const ARPHRD_CAIF: number = c.linux('ARPHRD_CAIF');
export const ARPHRD_IP6GRE: number = c.linux('ARPHRD_IP6GRE');
export const ARPHRD_NETLINK: number = c.linux('ARPHRD_NETLINK');
export const ARPHRD_6LOWPAN: number = c.linux('ARPHRD_6LOWPAN');
export const ARPHRD_VSOCKMON: number = c.linux('ARPHRD_VSOCKMON');
export const ARPHRD_VOID: number = c.linux('ARPHRD_VOID');
export const ARPHRD_NONE: number = c.linux('ARPHRD_NONE');

/** The names of each [GROUP] of constants.def, in file order (for reverseMap). */
export const groups = {
  family: ['AF_NETLINK', 'PF_NETLINK', 'AF_ROUTE', 'SOL_NETLINK'],
  NETLINK_PROTOCOL: [
    'NETLINK_ROUTE', 'NETLINK_UNUSED', 'NETLINK_USERSOCK', 'NETLINK_FIREWALL', 'NETLINK_SOCK_DIAG', 'NETLINK_NFLOG',
    'NETLINK_XFRM', 'NETLINK_SELINUX', 'NETLINK_ISCSI', 'NETLINK_AUDIT', 'NETLINK_FIB_LOOKUP', 'NETLINK_CONNECTOR',
    'NETLINK_NETFILTER', 'NETLINK_IP6_FW', 'NETLINK_DNRTMSG', 'NETLINK_KOBJECT_UEVENT', 'NETLINK_GENERIC',
    'NETLINK_SCSITRANSPORT', 'NETLINK_ECRYPTFS', 'NETLINK_RDMA', 'NETLINK_CRYPTO', 'NETLINK_SMC', 'NETLINK_INET_DIAG',
  ],
  NETLINK_OPTION: [
    'NETLINK_ADD_MEMBERSHIP', 'NETLINK_DROP_MEMBERSHIP', 'NETLINK_PKTINFO', 'NETLINK_BROADCAST_ERROR',
    'NETLINK_NO_ENOBUFS', 'NETLINK_RX_RING', 'NETLINK_TX_RING', 'NETLINK_LISTEN_ALL_NSID', 'NETLINK_LIST_MEMBERSHIPS',
    'NETLINK_CAP_ACK', 'NETLINK_EXT_ACK', 'NETLINK_GET_STRICT_CHK',
  ],
  NETLINK_STATE: ['NETLINK_UNCONNECTED', 'NETLINK_CONNECTED'],
  NLM_F: [
    'NLM_F_REQUEST', 'NLM_F_MULTI', 'NLM_F_ACK', 'NLM_F_ECHO', 'NLM_F_DUMP_INTR', 'NLM_F_DUMP_FILTERED', 'NLM_F_ROOT',
    'NLM_F_MATCH', 'NLM_F_ATOMIC', 'NLM_F_DUMP', 'NLM_F_REPLACE', 'NLM_F_EXCL', 'NLM_F_CREATE', 'NLM_F_APPEND',
    'NLM_F_NONREC', 'NLM_F_BULK', 'NLM_F_CAPPED', 'NLM_F_ACK_TLVS',
  ],
  NLMSG: ['NLMSG_NOOP', 'NLMSG_ERROR', 'NLMSG_DONE', 'NLMSG_OVERRUN'],
  sizes: ['NLMSG_ALIGNTO', 'NLMSG_HDRLEN', 'NLMSG_MIN_TYPE', 'NLA_ALIGNTO', 'NLA_HDRLEN'],
  NLA_F: ['NLA_F_NESTED', 'NLA_F_NET_BYTEORDER', 'NLA_TYPE_MASK'],
  NLMSGERR_ATTR: [
    'NLMSGERR_ATTR_UNUSED', 'NLMSGERR_ATTR_MSG', 'NLMSGERR_ATTR_OFFS', 'NLMSGERR_ATTR_COOKIE', 'NLMSGERR_ATTR_POLICY',
    'NLMSGERR_ATTR_MISS_TYPE', 'NLMSGERR_ATTR_MISS_NEST', 'NLMSGERR_ATTR_MAX',
  ],
  NL_ATTR_TYPE: [
    'NL_ATTR_TYPE_INVALID', 'NL_ATTR_TYPE_FLAG', 'NL_ATTR_TYPE_U8', 'NL_ATTR_TYPE_U16', 'NL_ATTR_TYPE_U32',
    'NL_ATTR_TYPE_U64', 'NL_ATTR_TYPE_S8', 'NL_ATTR_TYPE_S16', 'NL_ATTR_TYPE_S32', 'NL_ATTR_TYPE_S64',
    'NL_ATTR_TYPE_BINARY', 'NL_ATTR_TYPE_STRING', 'NL_ATTR_TYPE_NUL_STRING', 'NL_ATTR_TYPE_NESTED',
    'NL_ATTR_TYPE_NESTED_ARRAY', 'NL_ATTR_TYPE_BITFIELD32',
  ],
  NL_POLICY_TYPE_ATTR: [
    'NL_POLICY_TYPE_ATTR_UNSPEC', 'NL_POLICY_TYPE_ATTR_TYPE', 'NL_POLICY_TYPE_ATTR_MIN_VALUE_S',
    'NL_POLICY_TYPE_ATTR_MAX_VALUE_S', 'NL_POLICY_TYPE_ATTR_MIN_VALUE_U', 'NL_POLICY_TYPE_ATTR_MAX_VALUE_U',
    'NL_POLICY_TYPE_ATTR_MIN_LENGTH', 'NL_POLICY_TYPE_ATTR_MAX_LENGTH', 'NL_POLICY_TYPE_ATTR_POLICY_IDX',
    'NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE', 'NL_POLICY_TYPE_ATTR_BITFIELD32_MASK', 'NL_POLICY_TYPE_ATTR_PAD',
    'NL_POLICY_TYPE_ATTR_MASK', 'NL_POLICY_TYPE_ATTR_MAX',
  ],
  RTM: [
    'RTM_BASE', 'RTM_NEWLINK', 'RTM_DELLINK', 'RTM_GETLINK', 'RTM_SETLINK', 'RTM_NEWADDR', 'RTM_DELADDR', 'RTM_GETADDR',
    'RTM_NEWROUTE', 'RTM_DELROUTE', 'RTM_GETROUTE', 'RTM_NEWNEIGH', 'RTM_DELNEIGH', 'RTM_GETNEIGH', 'RTM_NEWRULE',
    'RTM_DELRULE', 'RTM_GETRULE', 'RTM_NEWQDISC', 'RTM_DELQDISC', 'RTM_GETQDISC', 'RTM_NEWTCLASS', 'RTM_DELTCLASS',
    'RTM_GETTCLASS', 'RTM_NEWTFILTER', 'RTM_DELTFILTER', 'RTM_GETTFILTER', 'RTM_NEWACTION', 'RTM_DELACTION',
    'RTM_GETACTION', 'RTM_NEWPREFIX', 'RTM_GETMULTICAST', 'RTM_GETANYCAST', 'RTM_NEWNEIGHTBL', 'RTM_GETNEIGHTBL',
    'RTM_SETNEIGHTBL', 'RTM_NEWNDUSEROPT', 'RTM_NEWADDRLABEL', 'RTM_DELADDRLABEL', 'RTM_GETADDRLABEL', 'RTM_GETDCB',
    'RTM_SETDCB', 'RTM_NEWNETCONF', 'RTM_DELNETCONF', 'RTM_GETNETCONF', 'RTM_NEWMDB', 'RTM_DELMDB', 'RTM_GETMDB',
    'RTM_NEWNSID', 'RTM_DELNSID', 'RTM_GETNSID', 'RTM_NEWSTATS', 'RTM_GETSTATS', 'RTM_SETSTATS', 'RTM_NEWCACHEREPORT',
    'RTM_NEWCHAIN', 'RTM_DELCHAIN', 'RTM_GETCHAIN', 'RTM_NEWNEXTHOP', 'RTM_DELNEXTHOP', 'RTM_GETNEXTHOP',
    'RTM_NEWLINKPROP', 'RTM_DELLINKPROP', 'RTM_GETLINKPROP', 'RTM_NEWVLAN', 'RTM_DELVLAN', 'RTM_GETVLAN',
    'RTM_NEWNEXTHOPBUCKET', 'RTM_DELNEXTHOPBUCKET', 'RTM_GETNEXTHOPBUCKET', 'RTM_NEWTUNNEL', 'RTM_DELTUNNEL',
    'RTM_GETTUNNEL', 'RTM_MAX', 'RTM_NR_MSGTYPES', 'RTM_NR_FAMILIES',
  ],
  RTM_F: [
    'RTM_F_NOTIFY', 'RTM_F_CLONED', 'RTM_F_EQUALIZE', 'RTM_F_PREFIX', 'RTM_F_LOOKUP_TABLE', 'RTM_F_FIB_MATCH',
    'RTM_F_OFFLOAD', 'RTM_F_TRAP', 'RTM_F_OFFLOAD_FAILED',
  ],
  RTMGRP: [
    'RTMGRP_LINK', 'RTMGRP_NOTIFY', 'RTMGRP_NEIGH', 'RTMGRP_TC', 'RTMGRP_IPV4_IFADDR', 'RTMGRP_IPV4_MROUTE',
    'RTMGRP_IPV4_ROUTE', 'RTMGRP_IPV4_RULE', 'RTMGRP_IPV6_IFADDR', 'RTMGRP_IPV6_MROUTE', 'RTMGRP_IPV6_ROUTE',
    'RTMGRP_IPV6_IFINFO', 'RTMGRP_DECnet_IFADDR', 'RTMGRP_DECnet_ROUTE', 'RTMGRP_IPV6_PREFIX',
  ],
  RTNLGRP: [
    'RTNLGRP_NONE', 'RTNLGRP_LINK', 'RTNLGRP_NOTIFY', 'RTNLGRP_NEIGH', 'RTNLGRP_TC', 'RTNLGRP_IPV4_IFADDR',
    'RTNLGRP_IPV4_MROUTE', 'RTNLGRP_IPV4_ROUTE', 'RTNLGRP_IPV4_RULE', 'RTNLGRP_IPV6_IFADDR', 'RTNLGRP_IPV6_MROUTE',
    'RTNLGRP_IPV6_ROUTE', 'RTNLGRP_IPV6_IFINFO', 'RTNLGRP_DECnet_IFADDR', 'RTNLGRP_NOP2', 'RTNLGRP_NOP4',
    'RTNLGRP_DECnet_ROUTE', 'RTNLGRP_DECnet_RULE', 'RTNLGRP_IPV6_PREFIX', 'RTNLGRP_IPV6_RULE', 'RTNLGRP_ND_USEROPT',
    'RTNLGRP_PHONET_IFADDR', 'RTNLGRP_PHONET_ROUTE', 'RTNLGRP_DCB', 'RTNLGRP_IPV4_NETCONF', 'RTNLGRP_IPV6_NETCONF',
    'RTNLGRP_MDB', 'RTNLGRP_MPLS_ROUTE', 'RTNLGRP_NSID', 'RTNLGRP_MPLS_NETCONF', 'RTNLGRP_IPV4_MROUTE_R',
    'RTNLGRP_IPV6_MROUTE_R', 'RTNLGRP_NEXTHOP', 'RTNLGRP_BRVLAN', 'RTNLGRP_MCTP_IFADDR', 'RTNLGRP_TUNNEL',
    'RTNLGRP_STATS', 'RTNLGRP_MAX',
  ],
  RTA: [
    'RTA_UNSPEC', 'RTA_DST', 'RTA_SRC', 'RTA_IIF', 'RTA_OIF', 'RTA_GATEWAY', 'RTA_PRIORITY', 'RTA_PREFSRC',
    'RTA_METRICS', 'RTA_MULTIPATH', 'RTA_PROTOINFO', 'RTA_FLOW', 'RTA_CACHEINFO', 'RTA_SESSION', 'RTA_MP_ALGO',
    'RTA_TABLE', 'RTA_MARK', 'RTA_MFC_STATS', 'RTA_VIA', 'RTA_NEWDST', 'RTA_PREF', 'RTA_ENCAP_TYPE', 'RTA_ENCAP',
    'RTA_EXPIRES', 'RTA_PAD', 'RTA_UID', 'RTA_TTL_PROPAGATE', 'RTA_IP_PROTO', 'RTA_SPORT', 'RTA_DPORT', 'RTA_NH_ID',
    'RTA_MAX', 'RTA_ALIGNTO',
  ],
  RTN: [
    'RTN_UNSPEC', 'RTN_UNICAST', 'RTN_LOCAL', 'RTN_BROADCAST', 'RTN_ANYCAST', 'RTN_MULTICAST', 'RTN_BLACKHOLE',
    'RTN_UNREACHABLE', 'RTN_PROHIBIT', 'RTN_THROW', 'RTN_NAT', 'RTN_XRESOLVE', 'RTN_MAX',
  ],
  RTPROT: [
    'RTPROT_UNSPEC', 'RTPROT_REDIRECT', 'RTPROT_KERNEL', 'RTPROT_BOOT', 'RTPROT_STATIC', 'RTPROT_GATED', 'RTPROT_RA',
    'RTPROT_MRT', 'RTPROT_ZEBRA', 'RTPROT_BIRD', 'RTPROT_DNROUTED', 'RTPROT_XORP', 'RTPROT_NTK', 'RTPROT_DHCP',
    'RTPROT_MROUTED', 'RTPROT_KEEPALIVED', 'RTPROT_BABEL', 'RTPROT_OPENR', 'RTPROT_BGP', 'RTPROT_ISIS', 'RTPROT_OSPF',
    'RTPROT_RIP', 'RTPROT_EIGRP',
  ],
  RT_SCOPE: ['RT_SCOPE_UNIVERSE', 'RT_SCOPE_SITE', 'RT_SCOPE_LINK', 'RT_SCOPE_HOST', 'RT_SCOPE_NOWHERE'],
  RT_TABLE: [
    'RT_TABLE_UNSPEC', 'RT_TABLE_COMPAT', 'RT_TABLE_DEFAULT', 'RT_TABLE_MAIN', 'RT_TABLE_LOCAL', 'RT_TABLE_MAX',
  ],
  RTNH_F: [
    'RTNH_F_DEAD', 'RTNH_F_PERVASIVE', 'RTNH_F_ONLINK', 'RTNH_F_OFFLOAD', 'RTNH_F_LINKDOWN', 'RTNH_F_UNRESOLVED',
    'RTNH_F_TRAP', 'RTNH_COMPARE_MASK', 'RTNH_ALIGNTO',
  ],
  RTAX: [
    'RTAX_UNSPEC', 'RTAX_LOCK', 'RTAX_MTU', 'RTAX_WINDOW', 'RTAX_RTT', 'RTAX_RTTVAR', 'RTAX_SSTHRESH', 'RTAX_CWND',
    'RTAX_ADVMSS', 'RTAX_REORDERING', 'RTAX_HOPLIMIT', 'RTAX_INITCWND', 'RTAX_FEATURES', 'RTAX_RTO_MIN',
    'RTAX_INITRWND', 'RTAX_QUICKACK', 'RTAX_CC_ALGO', 'RTAX_FASTOPEN_NO_COOKIE', 'RTAX_MAX',
  ],
  RTEXT_FILTER: [
    'RTEXT_FILTER_VF', 'RTEXT_FILTER_BRVLAN', 'RTEXT_FILTER_BRVLAN_COMPRESSED', 'RTEXT_FILTER_SKIP_STATS',
    'RTEXT_FILTER_MRP', 'RTEXT_FILTER_CFM_CONFIG', 'RTEXT_FILTER_CFM_STATUS', 'RTEXT_FILTER_MST',
  ],
  IFLA: [
    'IFLA_UNSPEC', 'IFLA_ADDRESS', 'IFLA_BROADCAST', 'IFLA_IFNAME', 'IFLA_MTU', 'IFLA_LINK', 'IFLA_QDISC', 'IFLA_STATS',
    'IFLA_OPERSTATE', 'IFLA_LINKMODE', 'IFLA_NET_NS_PID', 'IFLA_IFALIAS', 'IFLA_NUM_VF', 'IFLA_VFINFO_LIST',
    'IFLA_STATS64', 'IFLA_VF_PORTS', 'IFLA_PORT_SELF', 'IFLA_AF_SPEC', 'IFLA_GROUP', 'IFLA_NET_NS_FD', 'IFLA_EXT_MASK',
    'IFLA_NUM_TX_QUEUES', 'IFLA_NUM_RX_QUEUES', 'IFLA_CARRIER', 'IFLA_PHYS_PORT_ID', 'IFLA_CARRIER_CHANGES',
    'IFLA_PHYS_SWITCH_ID', 'IFLA_LINK_NETNSID', 'IFLA_PHYS_PORT_NAME', 'IFLA_PROTO_DOWN', 'IFLA_GSO_MAX_SEGS',
    'IFLA_GSO_MAX_SIZE', 'IFLA_PAD', 'IFLA_XDP', 'IFLA_EVENT', 'IFLA_NEW_NETNSID', 'IFLA_IF_NETNSID',
    'IFLA_TARGET_NETNSID', 'IFLA_CARRIER_UP_COUNT', 'IFLA_CARRIER_DOWN_COUNT', 'IFLA_NEW_IFINDEX', 'IFLA_MIN_MTU',
    'IFLA_MAX_MTU', 'IFLA_PROP_LIST', 'IFLA_ALT_IFNAME', 'IFLA_PERM_ADDRESS', 'IFLA_PROTO_DOWN_REASON',
    'IFLA_PARENT_DEV_NAME', 'IFLA_PARENT_DEV_BUS_NAME', 'IFLA_GRO_MAX_SIZE', 'IFLA_TSO_MAX_SIZE', 'IFLA_TSO_MAX_SEGS',
    'IFLA_ALLMULTI', 'IFLA_COST', 'IFLA_PRIORITY', 'IFLA_MASTER', 'IFLA_WIRELESS', 'IFLA_PROTINFO', 'IFLA_TXQLEN',
    'IFLA_MAP', 'IFLA_WEIGHT', 'IFLA_LINKINFO', 'IFLA_PROMISCUITY', 'IFLA_MAX',
  ],
  IFLA_INFO: [
    'IFLA_INFO_UNSPEC', 'IFLA_INFO_KIND', 'IFLA_INFO_DATA', 'IFLA_INFO_XSTATS', 'IFLA_INFO_SLAVE_KIND',
    'IFLA_INFO_SLAVE_DATA', 'IFLA_INFO_MAX',
  ],
  VETH_INFO: ['VETH_INFO_UNSPEC', 'VETH_INFO_PEER', 'VETH_INFO_MAX'],
  IFA: [
    'IFA_UNSPEC', 'IFA_ADDRESS', 'IFA_LOCAL', 'IFA_LABEL', 'IFA_BROADCAST', 'IFA_ANYCAST', 'IFA_CACHEINFO',
    'IFA_MULTICAST', 'IFA_FLAGS', 'IFA_RT_PRIORITY', 'IFA_TARGET_NETNSID', 'IFA_PROTO', 'IFA_MAX',
  ],
  IFA_F: [
    'IFA_F_SECONDARY', 'IFA_F_TEMPORARY', 'IFA_F_NODAD', 'IFA_F_OPTIMISTIC', 'IFA_F_DADFAILED', 'IFA_F_HOMEADDRESS',
    'IFA_F_DEPRECATED', 'IFA_F_TENTATIVE', 'IFA_F_PERMANENT', 'IFA_F_MANAGETEMPADDR', 'IFA_F_NOPREFIXROUTE',
    'IFA_F_MCAUTOJOIN', 'IFA_F_STABLE_PRIVACY',
  ],
  IFF: [
    'IFF_UP', 'IFF_BROADCAST', 'IFF_DEBUG', 'IFF_LOOPBACK', 'IFF_POINTOPOINT', 'IFF_NOTRAILERS', 'IFF_RUNNING',
    'IFF_NOARP', 'IFF_PROMISC', 'IFF_ALLMULTI', 'IFF_MASTER', 'IFF_SLAVE', 'IFF_MULTICAST', 'IFF_PORTSEL',
    'IFF_AUTOMEDIA', 'IFF_DYNAMIC', 'IFF_LOWER_UP', 'IFF_DORMANT', 'IFF_ECHO', 'IFF_VOLATILE', 'IFNAMSIZ',
  ],
  IF_OPER: [
    'IF_OPER_UNKNOWN', 'IF_OPER_NOTPRESENT', 'IF_OPER_DOWN', 'IF_OPER_LOWERLAYERDOWN', 'IF_OPER_TESTING',
    'IF_OPER_DORMANT', 'IF_OPER_UP',
  ],
  IF_LINK_MODE: ['IF_LINK_MODE_DEFAULT', 'IF_LINK_MODE_DORMANT', 'IF_LINK_MODE_TESTING'],
  ARPHRD: [
    'ARPHRD_NETROM', 'ARPHRD_ETHER', 'ARPHRD_EETHER', 'ARPHRD_AX25', 'ARPHRD_PRONET', 'ARPHRD_CHAOS', 'ARPHRD_IEEE802',
    'ARPHRD_ARCNET', 'ARPHRD_APPLETLK', 'ARPHRD_DLCI', 'ARPHRD_ATM', 'ARPHRD_METRICOM', 'ARPHRD_IEEE1394',
    'ARPHRD_EUI64', 'ARPHRD_INFINIBAND', 'ARPHRD_SLIP', 'ARPHRD_CSLIP', 'ARPHRD_SLIP6', 'ARPHRD_CSLIP6', 'ARPHRD_RSRVD',
    'ARPHRD_ADAPT', 'ARPHRD_ROSE', 'ARPHRD_X25', 'ARPHRD_HWX25', 'ARPHRD_CAN', 'ARPHRD_MCTP', 'ARPHRD_PPP',
    'ARPHRD_CISCO', 'ARPHRD_HDLC', 'ARPHRD_LAPB', 'ARPHRD_DDCMP', 'ARPHRD_RAWHDLC', 'ARPHRD_RAWIP', 'ARPHRD_TUNNEL',
    'ARPHRD_TUNNEL6', 'ARPHRD_FRAD', 'ARPHRD_SKIP', 'ARPHRD_LOOPBACK', 'ARPHRD_LOCALTLK', 'ARPHRD_FDDI', 'ARPHRD_BIF',
    'ARPHRD_SIT', 'ARPHRD_IPDDP', 'ARPHRD_IPGRE', 'ARPHRD_PIMREG', 'ARPHRD_HIPPI', 'ARPHRD_ASH', 'ARPHRD_ECONET',
    'ARPHRD_IRDA', 'ARPHRD_FCPP', 'ARPHRD_FCAL', 'ARPHRD_FCPL', 'ARPHRD_FCFABRIC', 'ARPHRD_IEEE802_TR',
    'ARPHRD_IEEE80211', 'ARPHRD_IEEE80211_PRISM', 'ARPHRD_IEEE80211_RADIOTAP', 'ARPHRD_IEEE802154',
    'ARPHRD_IEEE802154_MONITOR', 'ARPHRD_PHONET', 'ARPHRD_PHONET_PIPE', 'ARPHRD_CAIF', 'ARPHRD_IP6GRE',
    'ARPHRD_NETLINK', 'ARPHRD_6LOWPAN', 'ARPHRD_VSOCKMON', 'ARPHRD_VOID', 'ARPHRD_NONE',
  ],
} as const;
