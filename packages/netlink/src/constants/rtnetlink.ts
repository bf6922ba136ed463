/**
 * <linux/rtnetlink.h>: NETLINK_ROUTE message types, multicast groups, route attributes and rtmsg values.
 * Read from the headers by the native shim (native/constants_rtnetlink.cc);
 * names typed `number | undefined` are newer than Linux 4.18's headers (RHEL 8,
 * the oldest glibc Node 20 runs on) and absent where the build's headers lack them.
 */
import { has, pick } from './table.js';

// RTM
export const RTM_BASE = pick('RTM_BASE');
export const RTM_NEWLINK = pick('RTM_NEWLINK');
export const RTM_DELLINK = pick('RTM_DELLINK');
export const RTM_GETLINK = pick('RTM_GETLINK');
export const RTM_SETLINK = pick('RTM_SETLINK');
export const RTM_NEWADDR = pick('RTM_NEWADDR');
export const RTM_DELADDR = pick('RTM_DELADDR');
export const RTM_GETADDR = pick('RTM_GETADDR');
export const RTM_NEWROUTE = pick('RTM_NEWROUTE');
export const RTM_DELROUTE = pick('RTM_DELROUTE');
export const RTM_GETROUTE = pick('RTM_GETROUTE');
export const RTM_NEWNEIGH = pick('RTM_NEWNEIGH');
export const RTM_DELNEIGH = pick('RTM_DELNEIGH');
export const RTM_GETNEIGH = pick('RTM_GETNEIGH');
export const RTM_NEWRULE = pick('RTM_NEWRULE');
export const RTM_DELRULE = pick('RTM_DELRULE');
export const RTM_GETRULE = pick('RTM_GETRULE');
export const RTM_NEWQDISC = pick('RTM_NEWQDISC');
export const RTM_DELQDISC = pick('RTM_DELQDISC');
export const RTM_GETQDISC = pick('RTM_GETQDISC');
export const RTM_NEWTCLASS = pick('RTM_NEWTCLASS');
export const RTM_DELTCLASS = pick('RTM_DELTCLASS');
export const RTM_GETTCLASS = pick('RTM_GETTCLASS');
export const RTM_NEWTFILTER = pick('RTM_NEWTFILTER');
export const RTM_DELTFILTER = pick('RTM_DELTFILTER');
export const RTM_GETTFILTER = pick('RTM_GETTFILTER');
export const RTM_NEWACTION = pick('RTM_NEWACTION');
export const RTM_DELACTION = pick('RTM_DELACTION');
export const RTM_GETACTION = pick('RTM_GETACTION');
export const RTM_NEWPREFIX = pick('RTM_NEWPREFIX');
export const RTM_GETMULTICAST = pick('RTM_GETMULTICAST');
export const RTM_GETANYCAST = pick('RTM_GETANYCAST');
export const RTM_NEWNEIGHTBL = pick('RTM_NEWNEIGHTBL');
export const RTM_GETNEIGHTBL = pick('RTM_GETNEIGHTBL');
export const RTM_SETNEIGHTBL = pick('RTM_SETNEIGHTBL');
export const RTM_NEWNDUSEROPT = pick('RTM_NEWNDUSEROPT');
export const RTM_NEWADDRLABEL = pick('RTM_NEWADDRLABEL');
export const RTM_DELADDRLABEL = pick('RTM_DELADDRLABEL');
export const RTM_GETADDRLABEL = pick('RTM_GETADDRLABEL');
export const RTM_GETDCB = pick('RTM_GETDCB');
export const RTM_SETDCB = pick('RTM_SETDCB');
export const RTM_NEWNETCONF = pick('RTM_NEWNETCONF');
export const RTM_DELNETCONF = pick('RTM_DELNETCONF');
export const RTM_GETNETCONF = pick('RTM_GETNETCONF');
export const RTM_NEWMDB = pick('RTM_NEWMDB');
export const RTM_DELMDB = pick('RTM_DELMDB');
export const RTM_GETMDB = pick('RTM_GETMDB');
export const RTM_NEWNSID = pick('RTM_NEWNSID');
export const RTM_DELNSID = pick('RTM_DELNSID');
export const RTM_GETNSID = pick('RTM_GETNSID');
export const RTM_NEWSTATS = pick('RTM_NEWSTATS');
export const RTM_GETSTATS = pick('RTM_GETSTATS');
export const RTM_SETSTATS = pick('RTM_SETSTATS');
export const RTM_NEWCACHEREPORT = pick('RTM_NEWCACHEREPORT');
export const RTM_NEWCHAIN: number | undefined = has('RTM_NEWCHAIN');
export const RTM_DELCHAIN: number | undefined = has('RTM_DELCHAIN');
export const RTM_GETCHAIN: number | undefined = has('RTM_GETCHAIN');
export const RTM_NEWNEXTHOP: number | undefined = has('RTM_NEWNEXTHOP');
export const RTM_DELNEXTHOP: number | undefined = has('RTM_DELNEXTHOP');
export const RTM_GETNEXTHOP: number | undefined = has('RTM_GETNEXTHOP');
export const RTM_NEWLINKPROP: number | undefined = has('RTM_NEWLINKPROP');
export const RTM_DELLINKPROP: number | undefined = has('RTM_DELLINKPROP');
export const RTM_GETLINKPROP: number | undefined = has('RTM_GETLINKPROP');
export const RTM_NEWVLAN: number | undefined = has('RTM_NEWVLAN');
export const RTM_DELVLAN: number | undefined = has('RTM_DELVLAN');
export const RTM_GETVLAN: number | undefined = has('RTM_GETVLAN');
export const RTM_NEWNEXTHOPBUCKET: number | undefined = has('RTM_NEWNEXTHOPBUCKET');
export const RTM_DELNEXTHOPBUCKET: number | undefined = has('RTM_DELNEXTHOPBUCKET');
export const RTM_GETNEXTHOPBUCKET: number | undefined = has('RTM_GETNEXTHOPBUCKET');
export const RTM_NEWTUNNEL: number | undefined = has('RTM_NEWTUNNEL');
export const RTM_DELTUNNEL: number | undefined = has('RTM_DELTUNNEL');
export const RTM_GETTUNNEL: number | undefined = has('RTM_GETTUNNEL');
export const RTM_MAX = pick('RTM_MAX');
export const RTM_NR_MSGTYPES = pick('RTM_NR_MSGTYPES');
export const RTM_NR_FAMILIES = pick('RTM_NR_FAMILIES');

// RTM_F
export const RTM_F_NOTIFY = pick('RTM_F_NOTIFY');
export const RTM_F_CLONED = pick('RTM_F_CLONED');
export const RTM_F_EQUALIZE = pick('RTM_F_EQUALIZE');
export const RTM_F_PREFIX = pick('RTM_F_PREFIX');
export const RTM_F_LOOKUP_TABLE = pick('RTM_F_LOOKUP_TABLE');
export const RTM_F_FIB_MATCH = pick('RTM_F_FIB_MATCH');
export const RTM_F_OFFLOAD: number | undefined = has('RTM_F_OFFLOAD');
export const RTM_F_TRAP: number | undefined = has('RTM_F_TRAP');
export const RTM_F_OFFLOAD_FAILED: number | undefined = has('RTM_F_OFFLOAD_FAILED');

// RTMGRP
export const RTMGRP_LINK = pick('RTMGRP_LINK');
export const RTMGRP_NOTIFY = pick('RTMGRP_NOTIFY');
export const RTMGRP_NEIGH = pick('RTMGRP_NEIGH');
export const RTMGRP_TC = pick('RTMGRP_TC');
export const RTMGRP_IPV4_IFADDR = pick('RTMGRP_IPV4_IFADDR');
export const RTMGRP_IPV4_MROUTE = pick('RTMGRP_IPV4_MROUTE');
export const RTMGRP_IPV4_ROUTE = pick('RTMGRP_IPV4_ROUTE');
export const RTMGRP_IPV4_RULE = pick('RTMGRP_IPV4_RULE');
export const RTMGRP_IPV6_IFADDR = pick('RTMGRP_IPV6_IFADDR');
export const RTMGRP_IPV6_MROUTE = pick('RTMGRP_IPV6_MROUTE');
export const RTMGRP_IPV6_ROUTE = pick('RTMGRP_IPV6_ROUTE');
export const RTMGRP_IPV6_IFINFO = pick('RTMGRP_IPV6_IFINFO');
export const RTMGRP_DECnet_IFADDR = pick('RTMGRP_DECnet_IFADDR');
export const RTMGRP_DECnet_ROUTE = pick('RTMGRP_DECnet_ROUTE');
export const RTMGRP_IPV6_PREFIX = pick('RTMGRP_IPV6_PREFIX');

// RTNLGRP
export const RTNLGRP_NONE = pick('RTNLGRP_NONE');
export const RTNLGRP_LINK = pick('RTNLGRP_LINK');
export const RTNLGRP_NOTIFY = pick('RTNLGRP_NOTIFY');
export const RTNLGRP_NEIGH = pick('RTNLGRP_NEIGH');
export const RTNLGRP_TC = pick('RTNLGRP_TC');
export const RTNLGRP_IPV4_IFADDR = pick('RTNLGRP_IPV4_IFADDR');
export const RTNLGRP_IPV4_MROUTE = pick('RTNLGRP_IPV4_MROUTE');
export const RTNLGRP_IPV4_ROUTE = pick('RTNLGRP_IPV4_ROUTE');
export const RTNLGRP_IPV4_RULE = pick('RTNLGRP_IPV4_RULE');
export const RTNLGRP_IPV6_IFADDR = pick('RTNLGRP_IPV6_IFADDR');
export const RTNLGRP_IPV6_MROUTE = pick('RTNLGRP_IPV6_MROUTE');
export const RTNLGRP_IPV6_ROUTE = pick('RTNLGRP_IPV6_ROUTE');
export const RTNLGRP_IPV6_IFINFO = pick('RTNLGRP_IPV6_IFINFO');
export const RTNLGRP_DECnet_IFADDR = pick('RTNLGRP_DECnet_IFADDR');
export const RTNLGRP_NOP2 = pick('RTNLGRP_NOP2');
export const RTNLGRP_DECnet_ROUTE = pick('RTNLGRP_DECnet_ROUTE');
export const RTNLGRP_DECnet_RULE = pick('RTNLGRP_DECnet_RULE');
export const RTNLGRP_NOP4 = pick('RTNLGRP_NOP4');
export const RTNLGRP_IPV6_PREFIX = pick('RTNLGRP_IPV6_PREFIX');
export const RTNLGRP_IPV6_RULE = pick('RTNLGRP_IPV6_RULE');
export const RTNLGRP_ND_USEROPT = pick('RTNLGRP_ND_USEROPT');
export const RTNLGRP_PHONET_IFADDR = pick('RTNLGRP_PHONET_IFADDR');
export const RTNLGRP_PHONET_ROUTE = pick('RTNLGRP_PHONET_ROUTE');
export const RTNLGRP_DCB = pick('RTNLGRP_DCB');
export const RTNLGRP_IPV4_NETCONF = pick('RTNLGRP_IPV4_NETCONF');
export const RTNLGRP_IPV6_NETCONF = pick('RTNLGRP_IPV6_NETCONF');
export const RTNLGRP_MDB = pick('RTNLGRP_MDB');
export const RTNLGRP_MPLS_ROUTE = pick('RTNLGRP_MPLS_ROUTE');
export const RTNLGRP_NSID = pick('RTNLGRP_NSID');
export const RTNLGRP_MPLS_NETCONF = pick('RTNLGRP_MPLS_NETCONF');
export const RTNLGRP_IPV4_MROUTE_R = pick('RTNLGRP_IPV4_MROUTE_R');
export const RTNLGRP_IPV6_MROUTE_R = pick('RTNLGRP_IPV6_MROUTE_R');
export const RTNLGRP_NEXTHOP: number | undefined = has('RTNLGRP_NEXTHOP');
export const RTNLGRP_BRVLAN: number | undefined = has('RTNLGRP_BRVLAN');
export const RTNLGRP_MCTP_IFADDR: number | undefined = has('RTNLGRP_MCTP_IFADDR');
export const RTNLGRP_TUNNEL: number | undefined = has('RTNLGRP_TUNNEL');
export const RTNLGRP_STATS: number | undefined = has('RTNLGRP_STATS');
export const RTNLGRP_MAX = pick('RTNLGRP_MAX');

// RTA
export const RTA_UNSPEC = pick('RTA_UNSPEC');
export const RTA_DST = pick('RTA_DST');
export const RTA_SRC = pick('RTA_SRC');
export const RTA_IIF = pick('RTA_IIF');
export const RTA_OIF = pick('RTA_OIF');
export const RTA_GATEWAY = pick('RTA_GATEWAY');
export const RTA_PRIORITY = pick('RTA_PRIORITY');
export const RTA_PREFSRC = pick('RTA_PREFSRC');
export const RTA_METRICS = pick('RTA_METRICS');
export const RTA_MULTIPATH = pick('RTA_MULTIPATH');
export const RTA_PROTOINFO = pick('RTA_PROTOINFO');
export const RTA_FLOW = pick('RTA_FLOW');
export const RTA_CACHEINFO = pick('RTA_CACHEINFO');
export const RTA_SESSION = pick('RTA_SESSION');
export const RTA_MP_ALGO = pick('RTA_MP_ALGO');
export const RTA_TABLE = pick('RTA_TABLE');
export const RTA_MARK = pick('RTA_MARK');
export const RTA_MFC_STATS = pick('RTA_MFC_STATS');
export const RTA_VIA = pick('RTA_VIA');
export const RTA_NEWDST = pick('RTA_NEWDST');
export const RTA_PREF = pick('RTA_PREF');
export const RTA_ENCAP_TYPE = pick('RTA_ENCAP_TYPE');
export const RTA_ENCAP = pick('RTA_ENCAP');
export const RTA_EXPIRES = pick('RTA_EXPIRES');
export const RTA_PAD = pick('RTA_PAD');
export const RTA_UID = pick('RTA_UID');
export const RTA_TTL_PROPAGATE = pick('RTA_TTL_PROPAGATE');
export const RTA_IP_PROTO = pick('RTA_IP_PROTO');
export const RTA_SPORT = pick('RTA_SPORT');
export const RTA_DPORT = pick('RTA_DPORT');
export const RTA_NH_ID: number | undefined = has('RTA_NH_ID');
export const RTA_MAX = pick('RTA_MAX');
export const RTA_ALIGNTO = pick('RTA_ALIGNTO');

// RTN
export const RTN_UNSPEC = pick('RTN_UNSPEC');
export const RTN_UNICAST = pick('RTN_UNICAST');
export const RTN_LOCAL = pick('RTN_LOCAL');
export const RTN_BROADCAST = pick('RTN_BROADCAST');
export const RTN_ANYCAST = pick('RTN_ANYCAST');
export const RTN_MULTICAST = pick('RTN_MULTICAST');
export const RTN_BLACKHOLE = pick('RTN_BLACKHOLE');
export const RTN_UNREACHABLE = pick('RTN_UNREACHABLE');
export const RTN_PROHIBIT = pick('RTN_PROHIBIT');
export const RTN_THROW = pick('RTN_THROW');
export const RTN_NAT = pick('RTN_NAT');
export const RTN_XRESOLVE = pick('RTN_XRESOLVE');
export const RTN_MAX = pick('RTN_MAX');

// RTPROT
export const RTPROT_UNSPEC = pick('RTPROT_UNSPEC');
export const RTPROT_REDIRECT = pick('RTPROT_REDIRECT');
export const RTPROT_KERNEL = pick('RTPROT_KERNEL');
export const RTPROT_BOOT = pick('RTPROT_BOOT');
export const RTPROT_STATIC = pick('RTPROT_STATIC');
export const RTPROT_GATED = pick('RTPROT_GATED');
export const RTPROT_RA = pick('RTPROT_RA');
export const RTPROT_MRT = pick('RTPROT_MRT');
export const RTPROT_ZEBRA = pick('RTPROT_ZEBRA');
export const RTPROT_BIRD = pick('RTPROT_BIRD');
export const RTPROT_DNROUTED = pick('RTPROT_DNROUTED');
export const RTPROT_XORP = pick('RTPROT_XORP');
export const RTPROT_NTK = pick('RTPROT_NTK');
export const RTPROT_DHCP = pick('RTPROT_DHCP');
export const RTPROT_MROUTED = pick('RTPROT_MROUTED');
export const RTPROT_KEEPALIVED: number | undefined = has('RTPROT_KEEPALIVED');
export const RTPROT_BABEL = pick('RTPROT_BABEL');
export const RTPROT_OPENR: number | undefined = has('RTPROT_OPENR');
export const RTPROT_BGP = pick('RTPROT_BGP');
export const RTPROT_ISIS = pick('RTPROT_ISIS');
export const RTPROT_OSPF = pick('RTPROT_OSPF');
export const RTPROT_RIP = pick('RTPROT_RIP');
export const RTPROT_EIGRP = pick('RTPROT_EIGRP');

// RT_SCOPE
export const RT_SCOPE_UNIVERSE = pick('RT_SCOPE_UNIVERSE');
export const RT_SCOPE_SITE = pick('RT_SCOPE_SITE');
export const RT_SCOPE_LINK = pick('RT_SCOPE_LINK');
export const RT_SCOPE_HOST = pick('RT_SCOPE_HOST');
export const RT_SCOPE_NOWHERE = pick('RT_SCOPE_NOWHERE');

// RT_TABLE
export const RT_TABLE_UNSPEC = pick('RT_TABLE_UNSPEC');
export const RT_TABLE_COMPAT = pick('RT_TABLE_COMPAT');
export const RT_TABLE_DEFAULT = pick('RT_TABLE_DEFAULT');
export const RT_TABLE_MAIN = pick('RT_TABLE_MAIN');
export const RT_TABLE_LOCAL = pick('RT_TABLE_LOCAL');
export const RT_TABLE_MAX = pick('RT_TABLE_MAX');

// RTNH_F
export const RTNH_F_DEAD = pick('RTNH_F_DEAD');
export const RTNH_F_PERVASIVE = pick('RTNH_F_PERVASIVE');
export const RTNH_F_ONLINK = pick('RTNH_F_ONLINK');
export const RTNH_F_OFFLOAD = pick('RTNH_F_OFFLOAD');
export const RTNH_F_LINKDOWN = pick('RTNH_F_LINKDOWN');
export const RTNH_F_UNRESOLVED = pick('RTNH_F_UNRESOLVED');
export const RTNH_F_TRAP: number | undefined = has('RTNH_F_TRAP');
export const RTNH_COMPARE_MASK = pick('RTNH_COMPARE_MASK');
export const RTNH_ALIGNTO = pick('RTNH_ALIGNTO');

// RTAX
export const RTAX_UNSPEC = pick('RTAX_UNSPEC');
export const RTAX_LOCK = pick('RTAX_LOCK');
export const RTAX_MTU = pick('RTAX_MTU');
export const RTAX_WINDOW = pick('RTAX_WINDOW');
export const RTAX_RTT = pick('RTAX_RTT');
export const RTAX_RTTVAR = pick('RTAX_RTTVAR');
export const RTAX_SSTHRESH = pick('RTAX_SSTHRESH');
export const RTAX_CWND = pick('RTAX_CWND');
export const RTAX_ADVMSS = pick('RTAX_ADVMSS');
export const RTAX_REORDERING = pick('RTAX_REORDERING');
export const RTAX_HOPLIMIT = pick('RTAX_HOPLIMIT');
export const RTAX_INITCWND = pick('RTAX_INITCWND');
export const RTAX_FEATURES = pick('RTAX_FEATURES');
export const RTAX_RTO_MIN = pick('RTAX_RTO_MIN');
export const RTAX_INITRWND = pick('RTAX_INITRWND');
export const RTAX_QUICKACK = pick('RTAX_QUICKACK');
export const RTAX_CC_ALGO = pick('RTAX_CC_ALGO');
export const RTAX_FASTOPEN_NO_COOKIE = pick('RTAX_FASTOPEN_NO_COOKIE');
export const RTAX_MAX = pick('RTAX_MAX');

// RTEXT_FILTER
export const RTEXT_FILTER_VF = pick('RTEXT_FILTER_VF');
export const RTEXT_FILTER_BRVLAN = pick('RTEXT_FILTER_BRVLAN');
export const RTEXT_FILTER_BRVLAN_COMPRESSED = pick('RTEXT_FILTER_BRVLAN_COMPRESSED');
export const RTEXT_FILTER_SKIP_STATS = pick('RTEXT_FILTER_SKIP_STATS');
export const RTEXT_FILTER_MRP: number | undefined = has('RTEXT_FILTER_MRP');
export const RTEXT_FILTER_CFM_CONFIG: number | undefined = has('RTEXT_FILTER_CFM_CONFIG');
export const RTEXT_FILTER_CFM_STATUS: number | undefined = has('RTEXT_FILTER_CFM_STATUS');
export const RTEXT_FILTER_MST: number | undefined = has('RTEXT_FILTER_MST');
