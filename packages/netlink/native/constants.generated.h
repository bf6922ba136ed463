// generated from constants.def by sock-gen-constants — do not edit
#ifndef SOCK_CONSTANTS_GENERATED_H_
#define SOCK_CONSTANTS_GENERATED_H_

#include <sock/constants.h>

#if __has_include(<sys/socket.h>)
#include <sys/socket.h>
#endif
#if __has_include(<linux/netlink.h>)
#include <linux/netlink.h>
#endif
#if __has_include(<linux/rtnetlink.h>)
#include <linux/rtnetlink.h>
#endif
#if __has_include(<linux/if.h>)
#include <linux/if.h>
#endif
#if __has_include(<linux/if_addr.h>)
#include <linux/if_addr.h>
#endif
#if __has_include(<linux/if_arp.h>)
#include <linux/if_arp.h>
#endif
#if __has_include(<linux/if_link.h>)
#include <linux/if_link.h>
#endif
#if __has_include(<linux/veth.h>)
#include <linux/veth.h>
#endif

/** The constants of constants.def that are macros (read behind #ifdef). */
inline void AddGeneratedMacros(sock::ConstantSink& s) {
  s.Group("family");
#ifdef AF_NETLINK
  s.Add("AF_NETLINK", AF_NETLINK);
#endif
#ifdef PF_NETLINK
  s.Add("PF_NETLINK", PF_NETLINK);
#endif
#ifdef AF_ROUTE
  s.Add("AF_ROUTE", AF_ROUTE);
#endif
#ifdef SOL_NETLINK
  s.Add("SOL_NETLINK", SOL_NETLINK);
#endif
  s.Group("NETLINK_PROTOCOL");
#ifdef NETLINK_ROUTE
  s.Add("NETLINK_ROUTE", NETLINK_ROUTE);
#endif
#ifdef NETLINK_UNUSED
  s.Add("NETLINK_UNUSED", NETLINK_UNUSED);
#endif
#ifdef NETLINK_USERSOCK
  s.Add("NETLINK_USERSOCK", NETLINK_USERSOCK);
#endif
#ifdef NETLINK_FIREWALL
  s.Add("NETLINK_FIREWALL", NETLINK_FIREWALL);
#endif
#ifdef NETLINK_SOCK_DIAG
  s.Add("NETLINK_SOCK_DIAG", NETLINK_SOCK_DIAG);
#endif
#ifdef NETLINK_NFLOG
  s.Add("NETLINK_NFLOG", NETLINK_NFLOG);
#endif
#ifdef NETLINK_XFRM
  s.Add("NETLINK_XFRM", NETLINK_XFRM);
#endif
#ifdef NETLINK_SELINUX
  s.Add("NETLINK_SELINUX", NETLINK_SELINUX);
#endif
#ifdef NETLINK_ISCSI
  s.Add("NETLINK_ISCSI", NETLINK_ISCSI);
#endif
#ifdef NETLINK_AUDIT
  s.Add("NETLINK_AUDIT", NETLINK_AUDIT);
#endif
#ifdef NETLINK_FIB_LOOKUP
  s.Add("NETLINK_FIB_LOOKUP", NETLINK_FIB_LOOKUP);
#endif
#ifdef NETLINK_CONNECTOR
  s.Add("NETLINK_CONNECTOR", NETLINK_CONNECTOR);
#endif
#ifdef NETLINK_NETFILTER
  s.Add("NETLINK_NETFILTER", NETLINK_NETFILTER);
#endif
#ifdef NETLINK_IP6_FW
  s.Add("NETLINK_IP6_FW", NETLINK_IP6_FW);
#endif
#ifdef NETLINK_DNRTMSG
  s.Add("NETLINK_DNRTMSG", NETLINK_DNRTMSG);
#endif
#ifdef NETLINK_KOBJECT_UEVENT
  s.Add("NETLINK_KOBJECT_UEVENT", NETLINK_KOBJECT_UEVENT);
#endif
#ifdef NETLINK_GENERIC
  s.Add("NETLINK_GENERIC", NETLINK_GENERIC);
#endif
#ifdef NETLINK_SCSITRANSPORT
  s.Add("NETLINK_SCSITRANSPORT", NETLINK_SCSITRANSPORT);
#endif
#ifdef NETLINK_ECRYPTFS
  s.Add("NETLINK_ECRYPTFS", NETLINK_ECRYPTFS);
#endif
#ifdef NETLINK_RDMA
  s.Add("NETLINK_RDMA", NETLINK_RDMA);
#endif
#ifdef NETLINK_CRYPTO
  s.Add("NETLINK_CRYPTO", NETLINK_CRYPTO);
#endif
#ifdef NETLINK_SMC
  s.Add("NETLINK_SMC", NETLINK_SMC);
#endif
#ifdef NETLINK_INET_DIAG
  s.Add("NETLINK_INET_DIAG", NETLINK_INET_DIAG);
#endif
  s.Group("NETLINK_OPTION");
#ifdef NETLINK_ADD_MEMBERSHIP
  s.Add("NETLINK_ADD_MEMBERSHIP", NETLINK_ADD_MEMBERSHIP);
#endif
#ifdef NETLINK_DROP_MEMBERSHIP
  s.Add("NETLINK_DROP_MEMBERSHIP", NETLINK_DROP_MEMBERSHIP);
#endif
#ifdef NETLINK_PKTINFO
  s.Add("NETLINK_PKTINFO", NETLINK_PKTINFO);
#endif
#ifdef NETLINK_BROADCAST_ERROR
  s.Add("NETLINK_BROADCAST_ERROR", NETLINK_BROADCAST_ERROR);
#endif
#ifdef NETLINK_NO_ENOBUFS
  s.Add("NETLINK_NO_ENOBUFS", NETLINK_NO_ENOBUFS);
#endif
#ifdef NETLINK_RX_RING
  s.Add("NETLINK_RX_RING", NETLINK_RX_RING);
#endif
#ifdef NETLINK_TX_RING
  s.Add("NETLINK_TX_RING", NETLINK_TX_RING);
#endif
#ifdef NETLINK_LISTEN_ALL_NSID
  s.Add("NETLINK_LISTEN_ALL_NSID", NETLINK_LISTEN_ALL_NSID);
#endif
#ifdef NETLINK_LIST_MEMBERSHIPS
  s.Add("NETLINK_LIST_MEMBERSHIPS", NETLINK_LIST_MEMBERSHIPS);
#endif
#ifdef NETLINK_CAP_ACK
  s.Add("NETLINK_CAP_ACK", NETLINK_CAP_ACK);
#endif
#ifdef NETLINK_EXT_ACK
  s.Add("NETLINK_EXT_ACK", NETLINK_EXT_ACK);
#endif
#ifdef NETLINK_GET_STRICT_CHK
  s.Add("NETLINK_GET_STRICT_CHK", NETLINK_GET_STRICT_CHK);
#endif
  s.Group("NLM_F");
#ifdef NLM_F_REQUEST
  s.Add("NLM_F_REQUEST", NLM_F_REQUEST);
#endif
#ifdef NLM_F_MULTI
  s.Add("NLM_F_MULTI", NLM_F_MULTI);
#endif
#ifdef NLM_F_ACK
  s.Add("NLM_F_ACK", NLM_F_ACK);
#endif
#ifdef NLM_F_ECHO
  s.Add("NLM_F_ECHO", NLM_F_ECHO);
#endif
#ifdef NLM_F_DUMP_INTR
  s.Add("NLM_F_DUMP_INTR", NLM_F_DUMP_INTR);
#endif
#ifdef NLM_F_DUMP_FILTERED
  s.Add("NLM_F_DUMP_FILTERED", NLM_F_DUMP_FILTERED);
#endif
#ifdef NLM_F_ROOT
  s.Add("NLM_F_ROOT", NLM_F_ROOT);
#endif
#ifdef NLM_F_MATCH
  s.Add("NLM_F_MATCH", NLM_F_MATCH);
#endif
#ifdef NLM_F_ATOMIC
  s.Add("NLM_F_ATOMIC", NLM_F_ATOMIC);
#endif
#ifdef NLM_F_DUMP
  s.Add("NLM_F_DUMP", NLM_F_DUMP);
#endif
#ifdef NLM_F_REPLACE
  s.Add("NLM_F_REPLACE", NLM_F_REPLACE);
#endif
#ifdef NLM_F_EXCL
  s.Add("NLM_F_EXCL", NLM_F_EXCL);
#endif
#ifdef NLM_F_CREATE
  s.Add("NLM_F_CREATE", NLM_F_CREATE);
#endif
#ifdef NLM_F_APPEND
  s.Add("NLM_F_APPEND", NLM_F_APPEND);
#endif
#ifdef NLM_F_NONREC
  s.Add("NLM_F_NONREC", NLM_F_NONREC);
#endif
#ifdef NLM_F_BULK
  s.Add("NLM_F_BULK", NLM_F_BULK);
#endif
#ifdef NLM_F_CAPPED
  s.Add("NLM_F_CAPPED", NLM_F_CAPPED);
#endif
#ifdef NLM_F_ACK_TLVS
  s.Add("NLM_F_ACK_TLVS", NLM_F_ACK_TLVS);
#endif
  s.Group("NLMSG");
#ifdef NLMSG_NOOP
  s.Add("NLMSG_NOOP", NLMSG_NOOP);
#endif
#ifdef NLMSG_ERROR
  s.Add("NLMSG_ERROR", NLMSG_ERROR);
#endif
#ifdef NLMSG_DONE
  s.Add("NLMSG_DONE", NLMSG_DONE);
#endif
#ifdef NLMSG_OVERRUN
  s.Add("NLMSG_OVERRUN", NLMSG_OVERRUN);
#endif
  s.Group("sizes");
#ifdef NLMSG_ALIGNTO
  s.Add("NLMSG_ALIGNTO", NLMSG_ALIGNTO);
#endif
#ifdef NLMSG_HDRLEN
  s.Add("NLMSG_HDRLEN", NLMSG_HDRLEN);
#endif
#ifdef NLMSG_MIN_TYPE
  s.Add("NLMSG_MIN_TYPE", NLMSG_MIN_TYPE);
#endif
#ifdef NLA_ALIGNTO
  s.Add("NLA_ALIGNTO", NLA_ALIGNTO);
#endif
#ifdef NLA_HDRLEN
  s.Add("NLA_HDRLEN", NLA_HDRLEN);
#endif
  s.Group("NLA_F");
#ifdef NLA_F_NESTED
  s.Add("NLA_F_NESTED", NLA_F_NESTED);
#endif
#ifdef NLA_F_NET_BYTEORDER
  s.Add("NLA_F_NET_BYTEORDER", NLA_F_NET_BYTEORDER);
#endif
#ifdef NLA_TYPE_MASK
  s.Add("NLA_TYPE_MASK", NLA_TYPE_MASK);
#endif
  s.Group("RTM");
#ifdef RTM_BASE
  s.Add("RTM_BASE", RTM_BASE);
#endif
#ifdef RTM_NEWLINK
  s.Add("RTM_NEWLINK", RTM_NEWLINK);
#endif
#ifdef RTM_DELLINK
  s.Add("RTM_DELLINK", RTM_DELLINK);
#endif
#ifdef RTM_GETLINK
  s.Add("RTM_GETLINK", RTM_GETLINK);
#endif
#ifdef RTM_SETLINK
  s.Add("RTM_SETLINK", RTM_SETLINK);
#endif
#ifdef RTM_NEWADDR
  s.Add("RTM_NEWADDR", RTM_NEWADDR);
#endif
#ifdef RTM_DELADDR
  s.Add("RTM_DELADDR", RTM_DELADDR);
#endif
#ifdef RTM_GETADDR
  s.Add("RTM_GETADDR", RTM_GETADDR);
#endif
#ifdef RTM_NEWROUTE
  s.Add("RTM_NEWROUTE", RTM_NEWROUTE);
#endif
#ifdef RTM_DELROUTE
  s.Add("RTM_DELROUTE", RTM_DELROUTE);
#endif
#ifdef RTM_GETROUTE
  s.Add("RTM_GETROUTE", RTM_GETROUTE);
#endif
#ifdef RTM_NEWNEIGH
  s.Add("RTM_NEWNEIGH", RTM_NEWNEIGH);
#endif
#ifdef RTM_DELNEIGH
  s.Add("RTM_DELNEIGH", RTM_DELNEIGH);
#endif
#ifdef RTM_GETNEIGH
  s.Add("RTM_GETNEIGH", RTM_GETNEIGH);
#endif
#ifdef RTM_NEWRULE
  s.Add("RTM_NEWRULE", RTM_NEWRULE);
#endif
#ifdef RTM_DELRULE
  s.Add("RTM_DELRULE", RTM_DELRULE);
#endif
#ifdef RTM_GETRULE
  s.Add("RTM_GETRULE", RTM_GETRULE);
#endif
#ifdef RTM_NEWQDISC
  s.Add("RTM_NEWQDISC", RTM_NEWQDISC);
#endif
#ifdef RTM_DELQDISC
  s.Add("RTM_DELQDISC", RTM_DELQDISC);
#endif
#ifdef RTM_GETQDISC
  s.Add("RTM_GETQDISC", RTM_GETQDISC);
#endif
#ifdef RTM_NEWTCLASS
  s.Add("RTM_NEWTCLASS", RTM_NEWTCLASS);
#endif
#ifdef RTM_DELTCLASS
  s.Add("RTM_DELTCLASS", RTM_DELTCLASS);
#endif
#ifdef RTM_GETTCLASS
  s.Add("RTM_GETTCLASS", RTM_GETTCLASS);
#endif
#ifdef RTM_NEWTFILTER
  s.Add("RTM_NEWTFILTER", RTM_NEWTFILTER);
#endif
#ifdef RTM_DELTFILTER
  s.Add("RTM_DELTFILTER", RTM_DELTFILTER);
#endif
#ifdef RTM_GETTFILTER
  s.Add("RTM_GETTFILTER", RTM_GETTFILTER);
#endif
#ifdef RTM_NEWACTION
  s.Add("RTM_NEWACTION", RTM_NEWACTION);
#endif
#ifdef RTM_DELACTION
  s.Add("RTM_DELACTION", RTM_DELACTION);
#endif
#ifdef RTM_GETACTION
  s.Add("RTM_GETACTION", RTM_GETACTION);
#endif
#ifdef RTM_NEWPREFIX
  s.Add("RTM_NEWPREFIX", RTM_NEWPREFIX);
#endif
#ifdef RTM_GETMULTICAST
  s.Add("RTM_GETMULTICAST", RTM_GETMULTICAST);
#endif
#ifdef RTM_GETANYCAST
  s.Add("RTM_GETANYCAST", RTM_GETANYCAST);
#endif
#ifdef RTM_NEWNEIGHTBL
  s.Add("RTM_NEWNEIGHTBL", RTM_NEWNEIGHTBL);
#endif
#ifdef RTM_GETNEIGHTBL
  s.Add("RTM_GETNEIGHTBL", RTM_GETNEIGHTBL);
#endif
#ifdef RTM_SETNEIGHTBL
  s.Add("RTM_SETNEIGHTBL", RTM_SETNEIGHTBL);
#endif
#ifdef RTM_NEWNDUSEROPT
  s.Add("RTM_NEWNDUSEROPT", RTM_NEWNDUSEROPT);
#endif
#ifdef RTM_NEWADDRLABEL
  s.Add("RTM_NEWADDRLABEL", RTM_NEWADDRLABEL);
#endif
#ifdef RTM_DELADDRLABEL
  s.Add("RTM_DELADDRLABEL", RTM_DELADDRLABEL);
#endif
#ifdef RTM_GETADDRLABEL
  s.Add("RTM_GETADDRLABEL", RTM_GETADDRLABEL);
#endif
#ifdef RTM_GETDCB
  s.Add("RTM_GETDCB", RTM_GETDCB);
#endif
#ifdef RTM_SETDCB
  s.Add("RTM_SETDCB", RTM_SETDCB);
#endif
#ifdef RTM_NEWNETCONF
  s.Add("RTM_NEWNETCONF", RTM_NEWNETCONF);
#endif
#ifdef RTM_DELNETCONF
  s.Add("RTM_DELNETCONF", RTM_DELNETCONF);
#endif
#ifdef RTM_GETNETCONF
  s.Add("RTM_GETNETCONF", RTM_GETNETCONF);
#endif
#ifdef RTM_NEWMDB
  s.Add("RTM_NEWMDB", RTM_NEWMDB);
#endif
#ifdef RTM_DELMDB
  s.Add("RTM_DELMDB", RTM_DELMDB);
#endif
#ifdef RTM_GETMDB
  s.Add("RTM_GETMDB", RTM_GETMDB);
#endif
#ifdef RTM_NEWNSID
  s.Add("RTM_NEWNSID", RTM_NEWNSID);
#endif
#ifdef RTM_DELNSID
  s.Add("RTM_DELNSID", RTM_DELNSID);
#endif
#ifdef RTM_GETNSID
  s.Add("RTM_GETNSID", RTM_GETNSID);
#endif
#ifdef RTM_NEWSTATS
  s.Add("RTM_NEWSTATS", RTM_NEWSTATS);
#endif
#ifdef RTM_GETSTATS
  s.Add("RTM_GETSTATS", RTM_GETSTATS);
#endif
#ifdef RTM_SETSTATS
  s.Add("RTM_SETSTATS", RTM_SETSTATS);
#endif
#ifdef RTM_NEWCACHEREPORT
  s.Add("RTM_NEWCACHEREPORT", RTM_NEWCACHEREPORT);
#endif
#ifdef RTM_NEWCHAIN
  s.Add("RTM_NEWCHAIN", RTM_NEWCHAIN);
#endif
#ifdef RTM_DELCHAIN
  s.Add("RTM_DELCHAIN", RTM_DELCHAIN);
#endif
#ifdef RTM_GETCHAIN
  s.Add("RTM_GETCHAIN", RTM_GETCHAIN);
#endif
#ifdef RTM_NEWNEXTHOP
  s.Add("RTM_NEWNEXTHOP", RTM_NEWNEXTHOP);
#endif
#ifdef RTM_DELNEXTHOP
  s.Add("RTM_DELNEXTHOP", RTM_DELNEXTHOP);
#endif
#ifdef RTM_GETNEXTHOP
  s.Add("RTM_GETNEXTHOP", RTM_GETNEXTHOP);
#endif
#ifdef RTM_NEWLINKPROP
  s.Add("RTM_NEWLINKPROP", RTM_NEWLINKPROP);
#endif
#ifdef RTM_DELLINKPROP
  s.Add("RTM_DELLINKPROP", RTM_DELLINKPROP);
#endif
#ifdef RTM_GETLINKPROP
  s.Add("RTM_GETLINKPROP", RTM_GETLINKPROP);
#endif
#ifdef RTM_NEWVLAN
  s.Add("RTM_NEWVLAN", RTM_NEWVLAN);
#endif
#ifdef RTM_DELVLAN
  s.Add("RTM_DELVLAN", RTM_DELVLAN);
#endif
#ifdef RTM_GETVLAN
  s.Add("RTM_GETVLAN", RTM_GETVLAN);
#endif
#ifdef RTM_NEWNEXTHOPBUCKET
  s.Add("RTM_NEWNEXTHOPBUCKET", RTM_NEWNEXTHOPBUCKET);
#endif
#ifdef RTM_DELNEXTHOPBUCKET
  s.Add("RTM_DELNEXTHOPBUCKET", RTM_DELNEXTHOPBUCKET);
#endif
#ifdef RTM_GETNEXTHOPBUCKET
  s.Add("RTM_GETNEXTHOPBUCKET", RTM_GETNEXTHOPBUCKET);
#endif
#ifdef RTM_NEWTUNNEL
  s.Add("RTM_NEWTUNNEL", RTM_NEWTUNNEL);
#endif
#ifdef RTM_DELTUNNEL
  s.Add("RTM_DELTUNNEL", RTM_DELTUNNEL);
#endif
#ifdef RTM_GETTUNNEL
  s.Add("RTM_GETTUNNEL", RTM_GETTUNNEL);
#endif
#ifdef RTM_MAX
  s.Add("RTM_MAX", RTM_MAX);
#endif
#ifdef RTM_NR_MSGTYPES
  s.Add("RTM_NR_MSGTYPES", RTM_NR_MSGTYPES);
#endif
#ifdef RTM_NR_FAMILIES
  s.Add("RTM_NR_FAMILIES", RTM_NR_FAMILIES);
#endif
  s.Group("RTM_F");
#ifdef RTM_F_NOTIFY
  s.Add("RTM_F_NOTIFY", RTM_F_NOTIFY);
#endif
#ifdef RTM_F_CLONED
  s.Add("RTM_F_CLONED", RTM_F_CLONED);
#endif
#ifdef RTM_F_EQUALIZE
  s.Add("RTM_F_EQUALIZE", RTM_F_EQUALIZE);
#endif
#ifdef RTM_F_PREFIX
  s.Add("RTM_F_PREFIX", RTM_F_PREFIX);
#endif
#ifdef RTM_F_LOOKUP_TABLE
  s.Add("RTM_F_LOOKUP_TABLE", RTM_F_LOOKUP_TABLE);
#endif
#ifdef RTM_F_FIB_MATCH
  s.Add("RTM_F_FIB_MATCH", RTM_F_FIB_MATCH);
#endif
#ifdef RTM_F_OFFLOAD
  s.Add("RTM_F_OFFLOAD", RTM_F_OFFLOAD);
#endif
#ifdef RTM_F_TRAP
  s.Add("RTM_F_TRAP", RTM_F_TRAP);
#endif
#ifdef RTM_F_OFFLOAD_FAILED
  s.Add("RTM_F_OFFLOAD_FAILED", RTM_F_OFFLOAD_FAILED);
#endif
  s.Group("RTMGRP");
#ifdef RTMGRP_LINK
  s.Add("RTMGRP_LINK", RTMGRP_LINK);
#endif
#ifdef RTMGRP_NOTIFY
  s.Add("RTMGRP_NOTIFY", RTMGRP_NOTIFY);
#endif
#ifdef RTMGRP_NEIGH
  s.Add("RTMGRP_NEIGH", RTMGRP_NEIGH);
#endif
#ifdef RTMGRP_TC
  s.Add("RTMGRP_TC", RTMGRP_TC);
#endif
#ifdef RTMGRP_IPV4_IFADDR
  s.Add("RTMGRP_IPV4_IFADDR", RTMGRP_IPV4_IFADDR);
#endif
#ifdef RTMGRP_IPV4_MROUTE
  s.Add("RTMGRP_IPV4_MROUTE", RTMGRP_IPV4_MROUTE);
#endif
#ifdef RTMGRP_IPV4_ROUTE
  s.Add("RTMGRP_IPV4_ROUTE", RTMGRP_IPV4_ROUTE);
#endif
#ifdef RTMGRP_IPV4_RULE
  s.Add("RTMGRP_IPV4_RULE", RTMGRP_IPV4_RULE);
#endif
#ifdef RTMGRP_IPV6_IFADDR
  s.Add("RTMGRP_IPV6_IFADDR", RTMGRP_IPV6_IFADDR);
#endif
#ifdef RTMGRP_IPV6_MROUTE
  s.Add("RTMGRP_IPV6_MROUTE", RTMGRP_IPV6_MROUTE);
#endif
#ifdef RTMGRP_IPV6_ROUTE
  s.Add("RTMGRP_IPV6_ROUTE", RTMGRP_IPV6_ROUTE);
#endif
#ifdef RTMGRP_IPV6_IFINFO
  s.Add("RTMGRP_IPV6_IFINFO", RTMGRP_IPV6_IFINFO);
#endif
#ifdef RTMGRP_DECnet_IFADDR
  s.Add("RTMGRP_DECnet_IFADDR", RTMGRP_DECnet_IFADDR);
#endif
#ifdef RTMGRP_DECnet_ROUTE
  s.Add("RTMGRP_DECnet_ROUTE", RTMGRP_DECnet_ROUTE);
#endif
#ifdef RTMGRP_IPV6_PREFIX
  s.Add("RTMGRP_IPV6_PREFIX", RTMGRP_IPV6_PREFIX);
#endif
  s.Group("RTNLGRP");
#ifdef RTNLGRP_NONE
  s.Add("RTNLGRP_NONE", RTNLGRP_NONE);
#endif
#ifdef RTNLGRP_LINK
  s.Add("RTNLGRP_LINK", RTNLGRP_LINK);
#endif
#ifdef RTNLGRP_NOTIFY
  s.Add("RTNLGRP_NOTIFY", RTNLGRP_NOTIFY);
#endif
#ifdef RTNLGRP_NEIGH
  s.Add("RTNLGRP_NEIGH", RTNLGRP_NEIGH);
#endif
#ifdef RTNLGRP_TC
  s.Add("RTNLGRP_TC", RTNLGRP_TC);
#endif
#ifdef RTNLGRP_IPV4_IFADDR
  s.Add("RTNLGRP_IPV4_IFADDR", RTNLGRP_IPV4_IFADDR);
#endif
#ifdef RTNLGRP_IPV4_MROUTE
  s.Add("RTNLGRP_IPV4_MROUTE", RTNLGRP_IPV4_MROUTE);
#endif
#ifdef RTNLGRP_IPV4_ROUTE
  s.Add("RTNLGRP_IPV4_ROUTE", RTNLGRP_IPV4_ROUTE);
#endif
#ifdef RTNLGRP_IPV4_RULE
  s.Add("RTNLGRP_IPV4_RULE", RTNLGRP_IPV4_RULE);
#endif
#ifdef RTNLGRP_IPV6_IFADDR
  s.Add("RTNLGRP_IPV6_IFADDR", RTNLGRP_IPV6_IFADDR);
#endif
#ifdef RTNLGRP_IPV6_MROUTE
  s.Add("RTNLGRP_IPV6_MROUTE", RTNLGRP_IPV6_MROUTE);
#endif
#ifdef RTNLGRP_IPV6_ROUTE
  s.Add("RTNLGRP_IPV6_ROUTE", RTNLGRP_IPV6_ROUTE);
#endif
#ifdef RTNLGRP_IPV6_IFINFO
  s.Add("RTNLGRP_IPV6_IFINFO", RTNLGRP_IPV6_IFINFO);
#endif
#ifdef RTNLGRP_DECnet_IFADDR
  s.Add("RTNLGRP_DECnet_IFADDR", RTNLGRP_DECnet_IFADDR);
#endif
#ifdef RTNLGRP_DECnet_ROUTE
  s.Add("RTNLGRP_DECnet_ROUTE", RTNLGRP_DECnet_ROUTE);
#endif
#ifdef RTNLGRP_DECnet_RULE
  s.Add("RTNLGRP_DECnet_RULE", RTNLGRP_DECnet_RULE);
#endif
#ifdef RTNLGRP_IPV6_PREFIX
  s.Add("RTNLGRP_IPV6_PREFIX", RTNLGRP_IPV6_PREFIX);
#endif
#ifdef RTNLGRP_IPV6_RULE
  s.Add("RTNLGRP_IPV6_RULE", RTNLGRP_IPV6_RULE);
#endif
#ifdef RTNLGRP_ND_USEROPT
  s.Add("RTNLGRP_ND_USEROPT", RTNLGRP_ND_USEROPT);
#endif
#ifdef RTNLGRP_PHONET_IFADDR
  s.Add("RTNLGRP_PHONET_IFADDR", RTNLGRP_PHONET_IFADDR);
#endif
#ifdef RTNLGRP_PHONET_ROUTE
  s.Add("RTNLGRP_PHONET_ROUTE", RTNLGRP_PHONET_ROUTE);
#endif
#ifdef RTNLGRP_DCB
  s.Add("RTNLGRP_DCB", RTNLGRP_DCB);
#endif
#ifdef RTNLGRP_IPV4_NETCONF
  s.Add("RTNLGRP_IPV4_NETCONF", RTNLGRP_IPV4_NETCONF);
#endif
#ifdef RTNLGRP_IPV6_NETCONF
  s.Add("RTNLGRP_IPV6_NETCONF", RTNLGRP_IPV6_NETCONF);
#endif
#ifdef RTNLGRP_MDB
  s.Add("RTNLGRP_MDB", RTNLGRP_MDB);
#endif
#ifdef RTNLGRP_MPLS_ROUTE
  s.Add("RTNLGRP_MPLS_ROUTE", RTNLGRP_MPLS_ROUTE);
#endif
#ifdef RTNLGRP_NSID
  s.Add("RTNLGRP_NSID", RTNLGRP_NSID);
#endif
#ifdef RTNLGRP_MPLS_NETCONF
  s.Add("RTNLGRP_MPLS_NETCONF", RTNLGRP_MPLS_NETCONF);
#endif
#ifdef RTNLGRP_IPV4_MROUTE_R
  s.Add("RTNLGRP_IPV4_MROUTE_R", RTNLGRP_IPV4_MROUTE_R);
#endif
#ifdef RTNLGRP_IPV6_MROUTE_R
  s.Add("RTNLGRP_IPV6_MROUTE_R", RTNLGRP_IPV6_MROUTE_R);
#endif
#ifdef RTNLGRP_NEXTHOP
  s.Add("RTNLGRP_NEXTHOP", RTNLGRP_NEXTHOP);
#endif
#ifdef RTNLGRP_BRVLAN
  s.Add("RTNLGRP_BRVLAN", RTNLGRP_BRVLAN);
#endif
#ifdef RTNLGRP_MCTP_IFADDR
  s.Add("RTNLGRP_MCTP_IFADDR", RTNLGRP_MCTP_IFADDR);
#endif
#ifdef RTNLGRP_TUNNEL
  s.Add("RTNLGRP_TUNNEL", RTNLGRP_TUNNEL);
#endif
#ifdef RTNLGRP_STATS
  s.Add("RTNLGRP_STATS", RTNLGRP_STATS);
#endif
#ifdef RTNLGRP_MAX
  s.Add("RTNLGRP_MAX", RTNLGRP_MAX);
#endif
  s.Group("RTA");
#ifdef RTA_MAX
  s.Add("RTA_MAX", RTA_MAX);
#endif
#ifdef RTA_ALIGNTO
  s.Add("RTA_ALIGNTO", RTA_ALIGNTO);
#endif
  s.Group("RTN");
#ifdef RTN_MAX
  s.Add("RTN_MAX", RTN_MAX);
#endif
  s.Group("RTPROT");
#ifdef RTPROT_UNSPEC
  s.Add("RTPROT_UNSPEC", RTPROT_UNSPEC);
#endif
#ifdef RTPROT_REDIRECT
  s.Add("RTPROT_REDIRECT", RTPROT_REDIRECT);
#endif
#ifdef RTPROT_KERNEL
  s.Add("RTPROT_KERNEL", RTPROT_KERNEL);
#endif
#ifdef RTPROT_BOOT
  s.Add("RTPROT_BOOT", RTPROT_BOOT);
#endif
#ifdef RTPROT_STATIC
  s.Add("RTPROT_STATIC", RTPROT_STATIC);
#endif
#ifdef RTPROT_GATED
  s.Add("RTPROT_GATED", RTPROT_GATED);
#endif
#ifdef RTPROT_RA
  s.Add("RTPROT_RA", RTPROT_RA);
#endif
#ifdef RTPROT_MRT
  s.Add("RTPROT_MRT", RTPROT_MRT);
#endif
#ifdef RTPROT_ZEBRA
  s.Add("RTPROT_ZEBRA", RTPROT_ZEBRA);
#endif
#ifdef RTPROT_BIRD
  s.Add("RTPROT_BIRD", RTPROT_BIRD);
#endif
#ifdef RTPROT_DNROUTED
  s.Add("RTPROT_DNROUTED", RTPROT_DNROUTED);
#endif
#ifdef RTPROT_XORP
  s.Add("RTPROT_XORP", RTPROT_XORP);
#endif
#ifdef RTPROT_NTK
  s.Add("RTPROT_NTK", RTPROT_NTK);
#endif
#ifdef RTPROT_DHCP
  s.Add("RTPROT_DHCP", RTPROT_DHCP);
#endif
#ifdef RTPROT_MROUTED
  s.Add("RTPROT_MROUTED", RTPROT_MROUTED);
#endif
#ifdef RTPROT_KEEPALIVED
  s.Add("RTPROT_KEEPALIVED", RTPROT_KEEPALIVED);
#endif
#ifdef RTPROT_BABEL
  s.Add("RTPROT_BABEL", RTPROT_BABEL);
#endif
#ifdef RTPROT_OPENR
  s.Add("RTPROT_OPENR", RTPROT_OPENR);
#endif
#ifdef RTPROT_BGP
  s.Add("RTPROT_BGP", RTPROT_BGP);
#endif
#ifdef RTPROT_ISIS
  s.Add("RTPROT_ISIS", RTPROT_ISIS);
#endif
#ifdef RTPROT_OSPF
  s.Add("RTPROT_OSPF", RTPROT_OSPF);
#endif
#ifdef RTPROT_RIP
  s.Add("RTPROT_RIP", RTPROT_RIP);
#endif
#ifdef RTPROT_EIGRP
  s.Add("RTPROT_EIGRP", RTPROT_EIGRP);
#endif
  s.Group("RTNH_F");
#ifdef RTNH_F_DEAD
  s.Add("RTNH_F_DEAD", RTNH_F_DEAD);
#endif
#ifdef RTNH_F_PERVASIVE
  s.Add("RTNH_F_PERVASIVE", RTNH_F_PERVASIVE);
#endif
#ifdef RTNH_F_ONLINK
  s.Add("RTNH_F_ONLINK", RTNH_F_ONLINK);
#endif
#ifdef RTNH_F_OFFLOAD
  s.Add("RTNH_F_OFFLOAD", RTNH_F_OFFLOAD);
#endif
#ifdef RTNH_F_LINKDOWN
  s.Add("RTNH_F_LINKDOWN", RTNH_F_LINKDOWN);
#endif
#ifdef RTNH_F_UNRESOLVED
  s.Add("RTNH_F_UNRESOLVED", RTNH_F_UNRESOLVED);
#endif
#ifdef RTNH_F_TRAP
  s.Add("RTNH_F_TRAP", RTNH_F_TRAP);
#endif
#ifdef RTNH_COMPARE_MASK
  s.Add("RTNH_COMPARE_MASK", RTNH_COMPARE_MASK);
#endif
#ifdef RTNH_ALIGNTO
  s.Add("RTNH_ALIGNTO", RTNH_ALIGNTO);
#endif
  s.Group("RTAX");
#ifdef RTAX_UNSPEC
  s.Add("RTAX_UNSPEC", RTAX_UNSPEC);
#endif
#ifdef RTAX_LOCK
  s.Add("RTAX_LOCK", RTAX_LOCK);
#endif
#ifdef RTAX_MTU
  s.Add("RTAX_MTU", RTAX_MTU);
#endif
#ifdef RTAX_WINDOW
  s.Add("RTAX_WINDOW", RTAX_WINDOW);
#endif
#ifdef RTAX_RTT
  s.Add("RTAX_RTT", RTAX_RTT);
#endif
#ifdef RTAX_RTTVAR
  s.Add("RTAX_RTTVAR", RTAX_RTTVAR);
#endif
#ifdef RTAX_SSTHRESH
  s.Add("RTAX_SSTHRESH", RTAX_SSTHRESH);
#endif
#ifdef RTAX_CWND
  s.Add("RTAX_CWND", RTAX_CWND);
#endif
#ifdef RTAX_ADVMSS
  s.Add("RTAX_ADVMSS", RTAX_ADVMSS);
#endif
#ifdef RTAX_REORDERING
  s.Add("RTAX_REORDERING", RTAX_REORDERING);
#endif
#ifdef RTAX_HOPLIMIT
  s.Add("RTAX_HOPLIMIT", RTAX_HOPLIMIT);
#endif
#ifdef RTAX_INITCWND
  s.Add("RTAX_INITCWND", RTAX_INITCWND);
#endif
#ifdef RTAX_FEATURES
  s.Add("RTAX_FEATURES", RTAX_FEATURES);
#endif
#ifdef RTAX_RTO_MIN
  s.Add("RTAX_RTO_MIN", RTAX_RTO_MIN);
#endif
#ifdef RTAX_INITRWND
  s.Add("RTAX_INITRWND", RTAX_INITRWND);
#endif
#ifdef RTAX_QUICKACK
  s.Add("RTAX_QUICKACK", RTAX_QUICKACK);
#endif
#ifdef RTAX_CC_ALGO
  s.Add("RTAX_CC_ALGO", RTAX_CC_ALGO);
#endif
#ifdef RTAX_FASTOPEN_NO_COOKIE
  s.Add("RTAX_FASTOPEN_NO_COOKIE", RTAX_FASTOPEN_NO_COOKIE);
#endif
#ifdef RTAX_MAX
  s.Add("RTAX_MAX", RTAX_MAX);
#endif
  s.Group("RTEXT_FILTER");
#ifdef RTEXT_FILTER_VF
  s.Add("RTEXT_FILTER_VF", RTEXT_FILTER_VF);
#endif
#ifdef RTEXT_FILTER_BRVLAN
  s.Add("RTEXT_FILTER_BRVLAN", RTEXT_FILTER_BRVLAN);
#endif
#ifdef RTEXT_FILTER_BRVLAN_COMPRESSED
  s.Add("RTEXT_FILTER_BRVLAN_COMPRESSED", RTEXT_FILTER_BRVLAN_COMPRESSED);
#endif
#ifdef RTEXT_FILTER_SKIP_STATS
  s.Add("RTEXT_FILTER_SKIP_STATS", RTEXT_FILTER_SKIP_STATS);
#endif
#ifdef RTEXT_FILTER_MRP
  s.Add("RTEXT_FILTER_MRP", RTEXT_FILTER_MRP);
#endif
#ifdef RTEXT_FILTER_CFM_CONFIG
  s.Add("RTEXT_FILTER_CFM_CONFIG", RTEXT_FILTER_CFM_CONFIG);
#endif
#ifdef RTEXT_FILTER_CFM_STATUS
  s.Add("RTEXT_FILTER_CFM_STATUS", RTEXT_FILTER_CFM_STATUS);
#endif
#ifdef RTEXT_FILTER_MST
  s.Add("RTEXT_FILTER_MST", RTEXT_FILTER_MST);
#endif
  s.Group("IFLA");
#ifdef IFLA_COST
  s.Add("IFLA_COST", IFLA_COST);
#endif
#ifdef IFLA_PRIORITY
  s.Add("IFLA_PRIORITY", IFLA_PRIORITY);
#endif
#ifdef IFLA_MASTER
  s.Add("IFLA_MASTER", IFLA_MASTER);
#endif
#ifdef IFLA_WIRELESS
  s.Add("IFLA_WIRELESS", IFLA_WIRELESS);
#endif
#ifdef IFLA_PROTINFO
  s.Add("IFLA_PROTINFO", IFLA_PROTINFO);
#endif
#ifdef IFLA_TXQLEN
  s.Add("IFLA_TXQLEN", IFLA_TXQLEN);
#endif
#ifdef IFLA_MAP
  s.Add("IFLA_MAP", IFLA_MAP);
#endif
#ifdef IFLA_WEIGHT
  s.Add("IFLA_WEIGHT", IFLA_WEIGHT);
#endif
#ifdef IFLA_LINKINFO
  s.Add("IFLA_LINKINFO", IFLA_LINKINFO);
#endif
#ifdef IFLA_PROMISCUITY
  s.Add("IFLA_PROMISCUITY", IFLA_PROMISCUITY);
#endif
#ifdef IFLA_MAX
  s.Add("IFLA_MAX", IFLA_MAX);
#endif
  s.Group("IFLA_INFO");
#ifdef IFLA_INFO_MAX
  s.Add("IFLA_INFO_MAX", IFLA_INFO_MAX);
#endif
  s.Group("VETH_INFO");
#ifdef VETH_INFO_MAX
  s.Add("VETH_INFO_MAX", VETH_INFO_MAX);
#endif
  s.Group("IFA");
#ifdef IFA_MAX
  s.Add("IFA_MAX", IFA_MAX);
#endif
  s.Group("IFA_F");
#ifdef IFA_F_SECONDARY
  s.Add("IFA_F_SECONDARY", IFA_F_SECONDARY);
#endif
#ifdef IFA_F_TEMPORARY
  s.Add("IFA_F_TEMPORARY", IFA_F_TEMPORARY);
#endif
#ifdef IFA_F_NODAD
  s.Add("IFA_F_NODAD", IFA_F_NODAD);
#endif
#ifdef IFA_F_OPTIMISTIC
  s.Add("IFA_F_OPTIMISTIC", IFA_F_OPTIMISTIC);
#endif
#ifdef IFA_F_DADFAILED
  s.Add("IFA_F_DADFAILED", IFA_F_DADFAILED);
#endif
#ifdef IFA_F_HOMEADDRESS
  s.Add("IFA_F_HOMEADDRESS", IFA_F_HOMEADDRESS);
#endif
#ifdef IFA_F_DEPRECATED
  s.Add("IFA_F_DEPRECATED", IFA_F_DEPRECATED);
#endif
#ifdef IFA_F_TENTATIVE
  s.Add("IFA_F_TENTATIVE", IFA_F_TENTATIVE);
#endif
#ifdef IFA_F_PERMANENT
  s.Add("IFA_F_PERMANENT", IFA_F_PERMANENT);
#endif
#ifdef IFA_F_MANAGETEMPADDR
  s.Add("IFA_F_MANAGETEMPADDR", IFA_F_MANAGETEMPADDR);
#endif
#ifdef IFA_F_NOPREFIXROUTE
  s.Add("IFA_F_NOPREFIXROUTE", IFA_F_NOPREFIXROUTE);
#endif
#ifdef IFA_F_MCAUTOJOIN
  s.Add("IFA_F_MCAUTOJOIN", IFA_F_MCAUTOJOIN);
#endif
#ifdef IFA_F_STABLE_PRIVACY
  s.Add("IFA_F_STABLE_PRIVACY", IFA_F_STABLE_PRIVACY);
#endif
  s.Group("IFF");
#ifdef IFF_UP
  s.Add("IFF_UP", IFF_UP);
#endif
#ifdef IFF_BROADCAST
  s.Add("IFF_BROADCAST", IFF_BROADCAST);
#endif
#ifdef IFF_DEBUG
  s.Add("IFF_DEBUG", IFF_DEBUG);
#endif
#ifdef IFF_LOOPBACK
  s.Add("IFF_LOOPBACK", IFF_LOOPBACK);
#endif
#ifdef IFF_POINTOPOINT
  s.Add("IFF_POINTOPOINT", IFF_POINTOPOINT);
#endif
#ifdef IFF_NOTRAILERS
  s.Add("IFF_NOTRAILERS", IFF_NOTRAILERS);
#endif
#ifdef IFF_RUNNING
  s.Add("IFF_RUNNING", IFF_RUNNING);
#endif
#ifdef IFF_NOARP
  s.Add("IFF_NOARP", IFF_NOARP);
#endif
#ifdef IFF_PROMISC
  s.Add("IFF_PROMISC", IFF_PROMISC);
#endif
#ifdef IFF_ALLMULTI
  s.Add("IFF_ALLMULTI", IFF_ALLMULTI);
#endif
#ifdef IFF_MASTER
  s.Add("IFF_MASTER", IFF_MASTER);
#endif
#ifdef IFF_SLAVE
  s.Add("IFF_SLAVE", IFF_SLAVE);
#endif
#ifdef IFF_MULTICAST
  s.Add("IFF_MULTICAST", IFF_MULTICAST);
#endif
#ifdef IFF_PORTSEL
  s.Add("IFF_PORTSEL", IFF_PORTSEL);
#endif
#ifdef IFF_AUTOMEDIA
  s.Add("IFF_AUTOMEDIA", IFF_AUTOMEDIA);
#endif
#ifdef IFF_DYNAMIC
  s.Add("IFF_DYNAMIC", IFF_DYNAMIC);
#endif
#ifdef IFF_LOWER_UP
  s.Add("IFF_LOWER_UP", IFF_LOWER_UP);
#endif
#ifdef IFF_DORMANT
  s.Add("IFF_DORMANT", IFF_DORMANT);
#endif
#ifdef IFF_ECHO
  s.Add("IFF_ECHO", IFF_ECHO);
#endif
#ifdef IFF_VOLATILE
  s.Add("IFF_VOLATILE", IFF_VOLATILE);
#endif
#ifdef IFNAMSIZ
  s.Add("IFNAMSIZ", IFNAMSIZ);
#endif
  s.Group("ARPHRD");
#ifdef ARPHRD_NETROM
  s.Add("ARPHRD_NETROM", ARPHRD_NETROM);
#endif
#ifdef ARPHRD_ETHER
  s.Add("ARPHRD_ETHER", ARPHRD_ETHER);
#endif
#ifdef ARPHRD_EETHER
  s.Add("ARPHRD_EETHER", ARPHRD_EETHER);
#endif
#ifdef ARPHRD_AX25
  s.Add("ARPHRD_AX25", ARPHRD_AX25);
#endif
#ifdef ARPHRD_PRONET
  s.Add("ARPHRD_PRONET", ARPHRD_PRONET);
#endif
#ifdef ARPHRD_CHAOS
  s.Add("ARPHRD_CHAOS", ARPHRD_CHAOS);
#endif
#ifdef ARPHRD_IEEE802
  s.Add("ARPHRD_IEEE802", ARPHRD_IEEE802);
#endif
#ifdef ARPHRD_ARCNET
  s.Add("ARPHRD_ARCNET", ARPHRD_ARCNET);
#endif
#ifdef ARPHRD_APPLETLK
  s.Add("ARPHRD_APPLETLK", ARPHRD_APPLETLK);
#endif
#ifdef ARPHRD_DLCI
  s.Add("ARPHRD_DLCI", ARPHRD_DLCI);
#endif
#ifdef ARPHRD_ATM
  s.Add("ARPHRD_ATM", ARPHRD_ATM);
#endif
#ifdef ARPHRD_METRICOM
  s.Add("ARPHRD_METRICOM", ARPHRD_METRICOM);
#endif
#ifdef ARPHRD_IEEE1394
  s.Add("ARPHRD_IEEE1394", ARPHRD_IEEE1394);
#endif
#ifdef ARPHRD_EUI64
  s.Add("ARPHRD_EUI64", ARPHRD_EUI64);
#endif
#ifdef ARPHRD_INFINIBAND
  s.Add("ARPHRD_INFINIBAND", ARPHRD_INFINIBAND);
#endif
#ifdef ARPHRD_SLIP
  s.Add("ARPHRD_SLIP", ARPHRD_SLIP);
#endif
#ifdef ARPHRD_CSLIP
  s.Add("ARPHRD_CSLIP", ARPHRD_CSLIP);
#endif
#ifdef ARPHRD_SLIP6
  s.Add("ARPHRD_SLIP6", ARPHRD_SLIP6);
#endif
#ifdef ARPHRD_CSLIP6
  s.Add("ARPHRD_CSLIP6", ARPHRD_CSLIP6);
#endif
#ifdef ARPHRD_RSRVD
  s.Add("ARPHRD_RSRVD", ARPHRD_RSRVD);
#endif
#ifdef ARPHRD_ADAPT
  s.Add("ARPHRD_ADAPT", ARPHRD_ADAPT);
#endif
#ifdef ARPHRD_ROSE
  s.Add("ARPHRD_ROSE", ARPHRD_ROSE);
#endif
#ifdef ARPHRD_X25
  s.Add("ARPHRD_X25", ARPHRD_X25);
#endif
#ifdef ARPHRD_HWX25
  s.Add("ARPHRD_HWX25", ARPHRD_HWX25);
#endif
#ifdef ARPHRD_CAN
  s.Add("ARPHRD_CAN", ARPHRD_CAN);
#endif
#ifdef ARPHRD_MCTP
  s.Add("ARPHRD_MCTP", ARPHRD_MCTP);
#endif
#ifdef ARPHRD_PPP
  s.Add("ARPHRD_PPP", ARPHRD_PPP);
#endif
#ifdef ARPHRD_CISCO
  s.Add("ARPHRD_CISCO", ARPHRD_CISCO);
#endif
#ifdef ARPHRD_HDLC
  s.Add("ARPHRD_HDLC", ARPHRD_HDLC);
#endif
#ifdef ARPHRD_LAPB
  s.Add("ARPHRD_LAPB", ARPHRD_LAPB);
#endif
#ifdef ARPHRD_DDCMP
  s.Add("ARPHRD_DDCMP", ARPHRD_DDCMP);
#endif
#ifdef ARPHRD_RAWHDLC
  s.Add("ARPHRD_RAWHDLC", ARPHRD_RAWHDLC);
#endif
#ifdef ARPHRD_RAWIP
  s.Add("ARPHRD_RAWIP", ARPHRD_RAWIP);
#endif
#ifdef ARPHRD_TUNNEL
  s.Add("ARPHRD_TUNNEL", ARPHRD_TUNNEL);
#endif
#ifdef ARPHRD_TUNNEL6
  s.Add("ARPHRD_TUNNEL6", ARPHRD_TUNNEL6);
#endif
#ifdef ARPHRD_FRAD
  s.Add("ARPHRD_FRAD", ARPHRD_FRAD);
#endif
#ifdef ARPHRD_SKIP
  s.Add("ARPHRD_SKIP", ARPHRD_SKIP);
#endif
#ifdef ARPHRD_LOOPBACK
  s.Add("ARPHRD_LOOPBACK", ARPHRD_LOOPBACK);
#endif
#ifdef ARPHRD_LOCALTLK
  s.Add("ARPHRD_LOCALTLK", ARPHRD_LOCALTLK);
#endif
#ifdef ARPHRD_FDDI
  s.Add("ARPHRD_FDDI", ARPHRD_FDDI);
#endif
#ifdef ARPHRD_BIF
  s.Add("ARPHRD_BIF", ARPHRD_BIF);
#endif
#ifdef ARPHRD_SIT
  s.Add("ARPHRD_SIT", ARPHRD_SIT);
#endif
#ifdef ARPHRD_IPDDP
  s.Add("ARPHRD_IPDDP", ARPHRD_IPDDP);
#endif
#ifdef ARPHRD_IPGRE
  s.Add("ARPHRD_IPGRE", ARPHRD_IPGRE);
#endif
#ifdef ARPHRD_PIMREG
  s.Add("ARPHRD_PIMREG", ARPHRD_PIMREG);
#endif
#ifdef ARPHRD_HIPPI
  s.Add("ARPHRD_HIPPI", ARPHRD_HIPPI);
#endif
#ifdef ARPHRD_ASH
  s.Add("ARPHRD_ASH", ARPHRD_ASH);
#endif
#ifdef ARPHRD_ECONET
  s.Add("ARPHRD_ECONET", ARPHRD_ECONET);
#endif
#ifdef ARPHRD_IRDA
  s.Add("ARPHRD_IRDA", ARPHRD_IRDA);
#endif
#ifdef ARPHRD_FCPP
  s.Add("ARPHRD_FCPP", ARPHRD_FCPP);
#endif
#ifdef ARPHRD_FCAL
  s.Add("ARPHRD_FCAL", ARPHRD_FCAL);
#endif
#ifdef ARPHRD_FCPL
  s.Add("ARPHRD_FCPL", ARPHRD_FCPL);
#endif
#ifdef ARPHRD_FCFABRIC
  s.Add("ARPHRD_FCFABRIC", ARPHRD_FCFABRIC);
#endif
#ifdef ARPHRD_IEEE802_TR
  s.Add("ARPHRD_IEEE802_TR", ARPHRD_IEEE802_TR);
#endif
#ifdef ARPHRD_IEEE80211
  s.Add("ARPHRD_IEEE80211", ARPHRD_IEEE80211);
#endif
#ifdef ARPHRD_IEEE80211_PRISM
  s.Add("ARPHRD_IEEE80211_PRISM", ARPHRD_IEEE80211_PRISM);
#endif
#ifdef ARPHRD_IEEE80211_RADIOTAP
  s.Add("ARPHRD_IEEE80211_RADIOTAP", ARPHRD_IEEE80211_RADIOTAP);
#endif
#ifdef ARPHRD_IEEE802154
  s.Add("ARPHRD_IEEE802154", ARPHRD_IEEE802154);
#endif
#ifdef ARPHRD_IEEE802154_MONITOR
  s.Add("ARPHRD_IEEE802154_MONITOR", ARPHRD_IEEE802154_MONITOR);
#endif
#ifdef ARPHRD_PHONET
  s.Add("ARPHRD_PHONET", ARPHRD_PHONET);
#endif
#ifdef ARPHRD_PHONET_PIPE
  s.Add("ARPHRD_PHONET_PIPE", ARPHRD_PHONET_PIPE);
#endif
#ifdef ARPHRD_CAIF
  s.Add("ARPHRD_CAIF", ARPHRD_CAIF);
#endif
#ifdef ARPHRD_IP6GRE
  s.Add("ARPHRD_IP6GRE", ARPHRD_IP6GRE);
#endif
#ifdef ARPHRD_NETLINK
  s.Add("ARPHRD_NETLINK", ARPHRD_NETLINK);
#endif
#ifdef ARPHRD_6LOWPAN
  s.Add("ARPHRD_6LOWPAN", ARPHRD_6LOWPAN);
#endif
#ifdef ARPHRD_VSOCKMON
  s.Add("ARPHRD_VSOCKMON", ARPHRD_VSOCKMON);
#endif
#ifdef ARPHRD_VOID
  s.Add("ARPHRD_VOID", ARPHRD_VOID);
#endif
#ifdef ARPHRD_NONE
  s.Add("ARPHRD_NONE", ARPHRD_NONE);
#endif
}

// Fallbacks for the enumerators, found by qualified lookup only where the headers declare none (see <sock/constants.h>).
namespace sock_generated_absent {
#ifndef NETLINK_UNCONNECTED
constexpr long long NETLINK_UNCONNECTED = ::sock::kAbsent;
#endif
#ifndef NETLINK_CONNECTED
constexpr long long NETLINK_CONNECTED = ::sock::kAbsent;
#endif
#ifndef NLMSGERR_ATTR_UNUSED
constexpr long long NLMSGERR_ATTR_UNUSED = ::sock::kAbsent;
#endif
#ifndef NLMSGERR_ATTR_MSG
constexpr long long NLMSGERR_ATTR_MSG = ::sock::kAbsent;
#endif
#ifndef NLMSGERR_ATTR_OFFS
constexpr long long NLMSGERR_ATTR_OFFS = ::sock::kAbsent;
#endif
#ifndef NLMSGERR_ATTR_COOKIE
constexpr long long NLMSGERR_ATTR_COOKIE = ::sock::kAbsent;
#endif
#ifndef NLMSGERR_ATTR_POLICY
constexpr long long NLMSGERR_ATTR_POLICY = ::sock::kAbsent;
#endif
#ifndef NLMSGERR_ATTR_MISS_TYPE
constexpr long long NLMSGERR_ATTR_MISS_TYPE = ::sock::kAbsent;
#endif
#ifndef NLMSGERR_ATTR_MISS_NEST
constexpr long long NLMSGERR_ATTR_MISS_NEST = ::sock::kAbsent;
#endif
#ifndef NLMSGERR_ATTR_MAX
constexpr long long NLMSGERR_ATTR_MAX = ::sock::kAbsent;
#endif
#ifndef NL_ATTR_TYPE_INVALID
constexpr long long NL_ATTR_TYPE_INVALID = ::sock::kAbsent;
#endif
#ifndef NL_ATTR_TYPE_FLAG
constexpr long long NL_ATTR_TYPE_FLAG = ::sock::kAbsent;
#endif
#ifndef NL_ATTR_TYPE_U8
constexpr long long NL_ATTR_TYPE_U8 = ::sock::kAbsent;
#endif
#ifndef NL_ATTR_TYPE_U16
constexpr long long NL_ATTR_TYPE_U16 = ::sock::kAbsent;
#endif
#ifndef NL_ATTR_TYPE_U32
constexpr long long NL_ATTR_TYPE_U32 = ::sock::kAbsent;
#endif
#ifndef NL_ATTR_TYPE_U64
constexpr long long NL_ATTR_TYPE_U64 = ::sock::kAbsent;
#endif
#ifndef NL_ATTR_TYPE_S8
constexpr long long NL_ATTR_TYPE_S8 = ::sock::kAbsent;
#endif
#ifndef NL_ATTR_TYPE_S16
constexpr long long NL_ATTR_TYPE_S16 = ::sock::kAbsent;
#endif
#ifndef NL_ATTR_TYPE_S32
constexpr long long NL_ATTR_TYPE_S32 = ::sock::kAbsent;
#endif
#ifndef NL_ATTR_TYPE_S64
constexpr long long NL_ATTR_TYPE_S64 = ::sock::kAbsent;
#endif
#ifndef NL_ATTR_TYPE_BINARY
constexpr long long NL_ATTR_TYPE_BINARY = ::sock::kAbsent;
#endif
#ifndef NL_ATTR_TYPE_STRING
constexpr long long NL_ATTR_TYPE_STRING = ::sock::kAbsent;
#endif
#ifndef NL_ATTR_TYPE_NUL_STRING
constexpr long long NL_ATTR_TYPE_NUL_STRING = ::sock::kAbsent;
#endif
#ifndef NL_ATTR_TYPE_NESTED
constexpr long long NL_ATTR_TYPE_NESTED = ::sock::kAbsent;
#endif
#ifndef NL_ATTR_TYPE_NESTED_ARRAY
constexpr long long NL_ATTR_TYPE_NESTED_ARRAY = ::sock::kAbsent;
#endif
#ifndef NL_ATTR_TYPE_BITFIELD32
constexpr long long NL_ATTR_TYPE_BITFIELD32 = ::sock::kAbsent;
#endif
#ifndef NL_POLICY_TYPE_ATTR_UNSPEC
constexpr long long NL_POLICY_TYPE_ATTR_UNSPEC = ::sock::kAbsent;
#endif
#ifndef NL_POLICY_TYPE_ATTR_TYPE
constexpr long long NL_POLICY_TYPE_ATTR_TYPE = ::sock::kAbsent;
#endif
#ifndef NL_POLICY_TYPE_ATTR_MIN_VALUE_S
constexpr long long NL_POLICY_TYPE_ATTR_MIN_VALUE_S = ::sock::kAbsent;
#endif
#ifndef NL_POLICY_TYPE_ATTR_MAX_VALUE_S
constexpr long long NL_POLICY_TYPE_ATTR_MAX_VALUE_S = ::sock::kAbsent;
#endif
#ifndef NL_POLICY_TYPE_ATTR_MIN_VALUE_U
constexpr long long NL_POLICY_TYPE_ATTR_MIN_VALUE_U = ::sock::kAbsent;
#endif
#ifndef NL_POLICY_TYPE_ATTR_MAX_VALUE_U
constexpr long long NL_POLICY_TYPE_ATTR_MAX_VALUE_U = ::sock::kAbsent;
#endif
#ifndef NL_POLICY_TYPE_ATTR_MIN_LENGTH
constexpr long long NL_POLICY_TYPE_ATTR_MIN_LENGTH = ::sock::kAbsent;
#endif
#ifndef NL_POLICY_TYPE_ATTR_MAX_LENGTH
constexpr long long NL_POLICY_TYPE_ATTR_MAX_LENGTH = ::sock::kAbsent;
#endif
#ifndef NL_POLICY_TYPE_ATTR_POLICY_IDX
constexpr long long NL_POLICY_TYPE_ATTR_POLICY_IDX = ::sock::kAbsent;
#endif
#ifndef NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE
constexpr long long NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE = ::sock::kAbsent;
#endif
#ifndef NL_POLICY_TYPE_ATTR_BITFIELD32_MASK
constexpr long long NL_POLICY_TYPE_ATTR_BITFIELD32_MASK = ::sock::kAbsent;
#endif
#ifndef NL_POLICY_TYPE_ATTR_PAD
constexpr long long NL_POLICY_TYPE_ATTR_PAD = ::sock::kAbsent;
#endif
#ifndef NL_POLICY_TYPE_ATTR_MASK
constexpr long long NL_POLICY_TYPE_ATTR_MASK = ::sock::kAbsent;
#endif
#ifndef NL_POLICY_TYPE_ATTR_MAX
constexpr long long NL_POLICY_TYPE_ATTR_MAX = ::sock::kAbsent;
#endif
#ifndef RTNLGRP_NOP2
constexpr long long RTNLGRP_NOP2 = ::sock::kAbsent;
#endif
#ifndef RTNLGRP_NOP4
constexpr long long RTNLGRP_NOP4 = ::sock::kAbsent;
#endif
#ifndef RTA_UNSPEC
constexpr long long RTA_UNSPEC = ::sock::kAbsent;
#endif
#ifndef RTA_DST
constexpr long long RTA_DST = ::sock::kAbsent;
#endif
#ifndef RTA_SRC
constexpr long long RTA_SRC = ::sock::kAbsent;
#endif
#ifndef RTA_IIF
constexpr long long RTA_IIF = ::sock::kAbsent;
#endif
#ifndef RTA_OIF
constexpr long long RTA_OIF = ::sock::kAbsent;
#endif
#ifndef RTA_GATEWAY
constexpr long long RTA_GATEWAY = ::sock::kAbsent;
#endif
#ifndef RTA_PRIORITY
constexpr long long RTA_PRIORITY = ::sock::kAbsent;
#endif
#ifndef RTA_PREFSRC
constexpr long long RTA_PREFSRC = ::sock::kAbsent;
#endif
#ifndef RTA_METRICS
constexpr long long RTA_METRICS = ::sock::kAbsent;
#endif
#ifndef RTA_MULTIPATH
constexpr long long RTA_MULTIPATH = ::sock::kAbsent;
#endif
#ifndef RTA_PROTOINFO
constexpr long long RTA_PROTOINFO = ::sock::kAbsent;
#endif
#ifndef RTA_FLOW
constexpr long long RTA_FLOW = ::sock::kAbsent;
#endif
#ifndef RTA_CACHEINFO
constexpr long long RTA_CACHEINFO = ::sock::kAbsent;
#endif
#ifndef RTA_SESSION
constexpr long long RTA_SESSION = ::sock::kAbsent;
#endif
#ifndef RTA_MP_ALGO
constexpr long long RTA_MP_ALGO = ::sock::kAbsent;
#endif
#ifndef RTA_TABLE
constexpr long long RTA_TABLE = ::sock::kAbsent;
#endif
#ifndef RTA_MARK
constexpr long long RTA_MARK = ::sock::kAbsent;
#endif
#ifndef RTA_MFC_STATS
constexpr long long RTA_MFC_STATS = ::sock::kAbsent;
#endif
#ifndef RTA_VIA
constexpr long long RTA_VIA = ::sock::kAbsent;
#endif
#ifndef RTA_NEWDST
constexpr long long RTA_NEWDST = ::sock::kAbsent;
#endif
#ifndef RTA_PREF
constexpr long long RTA_PREF = ::sock::kAbsent;
#endif
#ifndef RTA_ENCAP_TYPE
constexpr long long RTA_ENCAP_TYPE = ::sock::kAbsent;
#endif
#ifndef RTA_ENCAP
constexpr long long RTA_ENCAP = ::sock::kAbsent;
#endif
#ifndef RTA_EXPIRES
constexpr long long RTA_EXPIRES = ::sock::kAbsent;
#endif
#ifndef RTA_PAD
constexpr long long RTA_PAD = ::sock::kAbsent;
#endif
#ifndef RTA_UID
constexpr long long RTA_UID = ::sock::kAbsent;
#endif
#ifndef RTA_TTL_PROPAGATE
constexpr long long RTA_TTL_PROPAGATE = ::sock::kAbsent;
#endif
#ifndef RTA_IP_PROTO
constexpr long long RTA_IP_PROTO = ::sock::kAbsent;
#endif
#ifndef RTA_SPORT
constexpr long long RTA_SPORT = ::sock::kAbsent;
#endif
#ifndef RTA_DPORT
constexpr long long RTA_DPORT = ::sock::kAbsent;
#endif
#ifndef RTA_NH_ID
constexpr long long RTA_NH_ID = ::sock::kAbsent;
#endif
#ifndef RTN_UNSPEC
constexpr long long RTN_UNSPEC = ::sock::kAbsent;
#endif
#ifndef RTN_UNICAST
constexpr long long RTN_UNICAST = ::sock::kAbsent;
#endif
#ifndef RTN_LOCAL
constexpr long long RTN_LOCAL = ::sock::kAbsent;
#endif
#ifndef RTN_BROADCAST
constexpr long long RTN_BROADCAST = ::sock::kAbsent;
#endif
#ifndef RTN_ANYCAST
constexpr long long RTN_ANYCAST = ::sock::kAbsent;
#endif
#ifndef RTN_MULTICAST
constexpr long long RTN_MULTICAST = ::sock::kAbsent;
#endif
#ifndef RTN_BLACKHOLE
constexpr long long RTN_BLACKHOLE = ::sock::kAbsent;
#endif
#ifndef RTN_UNREACHABLE
constexpr long long RTN_UNREACHABLE = ::sock::kAbsent;
#endif
#ifndef RTN_PROHIBIT
constexpr long long RTN_PROHIBIT = ::sock::kAbsent;
#endif
#ifndef RTN_THROW
constexpr long long RTN_THROW = ::sock::kAbsent;
#endif
#ifndef RTN_NAT
constexpr long long RTN_NAT = ::sock::kAbsent;
#endif
#ifndef RTN_XRESOLVE
constexpr long long RTN_XRESOLVE = ::sock::kAbsent;
#endif
#ifndef RT_SCOPE_UNIVERSE
constexpr long long RT_SCOPE_UNIVERSE = ::sock::kAbsent;
#endif
#ifndef RT_SCOPE_SITE
constexpr long long RT_SCOPE_SITE = ::sock::kAbsent;
#endif
#ifndef RT_SCOPE_LINK
constexpr long long RT_SCOPE_LINK = ::sock::kAbsent;
#endif
#ifndef RT_SCOPE_HOST
constexpr long long RT_SCOPE_HOST = ::sock::kAbsent;
#endif
#ifndef RT_SCOPE_NOWHERE
constexpr long long RT_SCOPE_NOWHERE = ::sock::kAbsent;
#endif
#ifndef RT_TABLE_UNSPEC
constexpr long long RT_TABLE_UNSPEC = ::sock::kAbsent;
#endif
#ifndef RT_TABLE_COMPAT
constexpr long long RT_TABLE_COMPAT = ::sock::kAbsent;
#endif
#ifndef RT_TABLE_DEFAULT
constexpr long long RT_TABLE_DEFAULT = ::sock::kAbsent;
#endif
#ifndef RT_TABLE_MAIN
constexpr long long RT_TABLE_MAIN = ::sock::kAbsent;
#endif
#ifndef RT_TABLE_LOCAL
constexpr long long RT_TABLE_LOCAL = ::sock::kAbsent;
#endif
#ifndef RT_TABLE_MAX
constexpr long long RT_TABLE_MAX = ::sock::kAbsent;
#endif
#ifndef IFLA_UNSPEC
constexpr long long IFLA_UNSPEC = ::sock::kAbsent;
#endif
#ifndef IFLA_ADDRESS
constexpr long long IFLA_ADDRESS = ::sock::kAbsent;
#endif
#ifndef IFLA_BROADCAST
constexpr long long IFLA_BROADCAST = ::sock::kAbsent;
#endif
#ifndef IFLA_IFNAME
constexpr long long IFLA_IFNAME = ::sock::kAbsent;
#endif
#ifndef IFLA_MTU
constexpr long long IFLA_MTU = ::sock::kAbsent;
#endif
#ifndef IFLA_LINK
constexpr long long IFLA_LINK = ::sock::kAbsent;
#endif
#ifndef IFLA_QDISC
constexpr long long IFLA_QDISC = ::sock::kAbsent;
#endif
#ifndef IFLA_STATS
constexpr long long IFLA_STATS = ::sock::kAbsent;
#endif
#ifndef IFLA_OPERSTATE
constexpr long long IFLA_OPERSTATE = ::sock::kAbsent;
#endif
#ifndef IFLA_LINKMODE
constexpr long long IFLA_LINKMODE = ::sock::kAbsent;
#endif
#ifndef IFLA_NET_NS_PID
constexpr long long IFLA_NET_NS_PID = ::sock::kAbsent;
#endif
#ifndef IFLA_IFALIAS
constexpr long long IFLA_IFALIAS = ::sock::kAbsent;
#endif
#ifndef IFLA_NUM_VF
constexpr long long IFLA_NUM_VF = ::sock::kAbsent;
#endif
#ifndef IFLA_VFINFO_LIST
constexpr long long IFLA_VFINFO_LIST = ::sock::kAbsent;
#endif
#ifndef IFLA_STATS64
constexpr long long IFLA_STATS64 = ::sock::kAbsent;
#endif
#ifndef IFLA_VF_PORTS
constexpr long long IFLA_VF_PORTS = ::sock::kAbsent;
#endif
#ifndef IFLA_PORT_SELF
constexpr long long IFLA_PORT_SELF = ::sock::kAbsent;
#endif
#ifndef IFLA_AF_SPEC
constexpr long long IFLA_AF_SPEC = ::sock::kAbsent;
#endif
#ifndef IFLA_GROUP
constexpr long long IFLA_GROUP = ::sock::kAbsent;
#endif
#ifndef IFLA_NET_NS_FD
constexpr long long IFLA_NET_NS_FD = ::sock::kAbsent;
#endif
#ifndef IFLA_EXT_MASK
constexpr long long IFLA_EXT_MASK = ::sock::kAbsent;
#endif
#ifndef IFLA_NUM_TX_QUEUES
constexpr long long IFLA_NUM_TX_QUEUES = ::sock::kAbsent;
#endif
#ifndef IFLA_NUM_RX_QUEUES
constexpr long long IFLA_NUM_RX_QUEUES = ::sock::kAbsent;
#endif
#ifndef IFLA_CARRIER
constexpr long long IFLA_CARRIER = ::sock::kAbsent;
#endif
#ifndef IFLA_PHYS_PORT_ID
constexpr long long IFLA_PHYS_PORT_ID = ::sock::kAbsent;
#endif
#ifndef IFLA_CARRIER_CHANGES
constexpr long long IFLA_CARRIER_CHANGES = ::sock::kAbsent;
#endif
#ifndef IFLA_PHYS_SWITCH_ID
constexpr long long IFLA_PHYS_SWITCH_ID = ::sock::kAbsent;
#endif
#ifndef IFLA_LINK_NETNSID
constexpr long long IFLA_LINK_NETNSID = ::sock::kAbsent;
#endif
#ifndef IFLA_PHYS_PORT_NAME
constexpr long long IFLA_PHYS_PORT_NAME = ::sock::kAbsent;
#endif
#ifndef IFLA_PROTO_DOWN
constexpr long long IFLA_PROTO_DOWN = ::sock::kAbsent;
#endif
#ifndef IFLA_GSO_MAX_SEGS
constexpr long long IFLA_GSO_MAX_SEGS = ::sock::kAbsent;
#endif
#ifndef IFLA_GSO_MAX_SIZE
constexpr long long IFLA_GSO_MAX_SIZE = ::sock::kAbsent;
#endif
#ifndef IFLA_PAD
constexpr long long IFLA_PAD = ::sock::kAbsent;
#endif
#ifndef IFLA_XDP
constexpr long long IFLA_XDP = ::sock::kAbsent;
#endif
#ifndef IFLA_EVENT
constexpr long long IFLA_EVENT = ::sock::kAbsent;
#endif
#ifndef IFLA_NEW_NETNSID
constexpr long long IFLA_NEW_NETNSID = ::sock::kAbsent;
#endif
#ifndef IFLA_IF_NETNSID
constexpr long long IFLA_IF_NETNSID = ::sock::kAbsent;
#endif
#ifndef IFLA_TARGET_NETNSID
constexpr long long IFLA_TARGET_NETNSID = ::sock::kAbsent;
#endif
#ifndef IFLA_CARRIER_UP_COUNT
constexpr long long IFLA_CARRIER_UP_COUNT = ::sock::kAbsent;
#endif
#ifndef IFLA_CARRIER_DOWN_COUNT
constexpr long long IFLA_CARRIER_DOWN_COUNT = ::sock::kAbsent;
#endif
#ifndef IFLA_NEW_IFINDEX
constexpr long long IFLA_NEW_IFINDEX = ::sock::kAbsent;
#endif
#ifndef IFLA_MIN_MTU
constexpr long long IFLA_MIN_MTU = ::sock::kAbsent;
#endif
#ifndef IFLA_MAX_MTU
constexpr long long IFLA_MAX_MTU = ::sock::kAbsent;
#endif
#ifndef IFLA_PROP_LIST
constexpr long long IFLA_PROP_LIST = ::sock::kAbsent;
#endif
#ifndef IFLA_ALT_IFNAME
constexpr long long IFLA_ALT_IFNAME = ::sock::kAbsent;
#endif
#ifndef IFLA_PERM_ADDRESS
constexpr long long IFLA_PERM_ADDRESS = ::sock::kAbsent;
#endif
#ifndef IFLA_PROTO_DOWN_REASON
constexpr long long IFLA_PROTO_DOWN_REASON = ::sock::kAbsent;
#endif
#ifndef IFLA_PARENT_DEV_NAME
constexpr long long IFLA_PARENT_DEV_NAME = ::sock::kAbsent;
#endif
#ifndef IFLA_PARENT_DEV_BUS_NAME
constexpr long long IFLA_PARENT_DEV_BUS_NAME = ::sock::kAbsent;
#endif
#ifndef IFLA_GRO_MAX_SIZE
constexpr long long IFLA_GRO_MAX_SIZE = ::sock::kAbsent;
#endif
#ifndef IFLA_TSO_MAX_SIZE
constexpr long long IFLA_TSO_MAX_SIZE = ::sock::kAbsent;
#endif
#ifndef IFLA_TSO_MAX_SEGS
constexpr long long IFLA_TSO_MAX_SEGS = ::sock::kAbsent;
#endif
#ifndef IFLA_ALLMULTI
constexpr long long IFLA_ALLMULTI = ::sock::kAbsent;
#endif
#ifndef IFLA_INFO_UNSPEC
constexpr long long IFLA_INFO_UNSPEC = ::sock::kAbsent;
#endif
#ifndef IFLA_INFO_KIND
constexpr long long IFLA_INFO_KIND = ::sock::kAbsent;
#endif
#ifndef IFLA_INFO_DATA
constexpr long long IFLA_INFO_DATA = ::sock::kAbsent;
#endif
#ifndef IFLA_INFO_XSTATS
constexpr long long IFLA_INFO_XSTATS = ::sock::kAbsent;
#endif
#ifndef IFLA_INFO_SLAVE_KIND
constexpr long long IFLA_INFO_SLAVE_KIND = ::sock::kAbsent;
#endif
#ifndef IFLA_INFO_SLAVE_DATA
constexpr long long IFLA_INFO_SLAVE_DATA = ::sock::kAbsent;
#endif
#ifndef VETH_INFO_UNSPEC
constexpr long long VETH_INFO_UNSPEC = ::sock::kAbsent;
#endif
#ifndef VETH_INFO_PEER
constexpr long long VETH_INFO_PEER = ::sock::kAbsent;
#endif
#ifndef IFA_UNSPEC
constexpr long long IFA_UNSPEC = ::sock::kAbsent;
#endif
#ifndef IFA_ADDRESS
constexpr long long IFA_ADDRESS = ::sock::kAbsent;
#endif
#ifndef IFA_LOCAL
constexpr long long IFA_LOCAL = ::sock::kAbsent;
#endif
#ifndef IFA_LABEL
constexpr long long IFA_LABEL = ::sock::kAbsent;
#endif
#ifndef IFA_BROADCAST
constexpr long long IFA_BROADCAST = ::sock::kAbsent;
#endif
#ifndef IFA_ANYCAST
constexpr long long IFA_ANYCAST = ::sock::kAbsent;
#endif
#ifndef IFA_CACHEINFO
constexpr long long IFA_CACHEINFO = ::sock::kAbsent;
#endif
#ifndef IFA_MULTICAST
constexpr long long IFA_MULTICAST = ::sock::kAbsent;
#endif
#ifndef IFA_FLAGS
constexpr long long IFA_FLAGS = ::sock::kAbsent;
#endif
#ifndef IFA_RT_PRIORITY
constexpr long long IFA_RT_PRIORITY = ::sock::kAbsent;
#endif
#ifndef IFA_TARGET_NETNSID
constexpr long long IFA_TARGET_NETNSID = ::sock::kAbsent;
#endif
#ifndef IFA_PROTO
constexpr long long IFA_PROTO = ::sock::kAbsent;
#endif
#ifndef IF_OPER_UNKNOWN
constexpr long long IF_OPER_UNKNOWN = ::sock::kAbsent;
#endif
#ifndef IF_OPER_NOTPRESENT
constexpr long long IF_OPER_NOTPRESENT = ::sock::kAbsent;
#endif
#ifndef IF_OPER_DOWN
constexpr long long IF_OPER_DOWN = ::sock::kAbsent;
#endif
#ifndef IF_OPER_LOWERLAYERDOWN
constexpr long long IF_OPER_LOWERLAYERDOWN = ::sock::kAbsent;
#endif
#ifndef IF_OPER_TESTING
constexpr long long IF_OPER_TESTING = ::sock::kAbsent;
#endif
#ifndef IF_OPER_DORMANT
constexpr long long IF_OPER_DORMANT = ::sock::kAbsent;
#endif
#ifndef IF_OPER_UP
constexpr long long IF_OPER_UP = ::sock::kAbsent;
#endif
#ifndef IF_LINK_MODE_DEFAULT
constexpr long long IF_LINK_MODE_DEFAULT = ::sock::kAbsent;
#endif
#ifndef IF_LINK_MODE_DORMANT
constexpr long long IF_LINK_MODE_DORMANT = ::sock::kAbsent;
#endif
#ifndef IF_LINK_MODE_TESTING
constexpr long long IF_LINK_MODE_TESTING = ::sock::kAbsent;
#endif
}  // namespace sock_generated_absent
using namespace sock_generated_absent;

/** The bare enumerators of constants.def, probed by qualified lookup. */
inline void AddGeneratedEnumerators(sock::ConstantSink& s) {
  s.Group("NETLINK_STATE");
#ifdef NETLINK_UNCONNECTED
  s.Add("NETLINK_UNCONNECTED", NETLINK_UNCONNECTED);
#else
  s.AddProbed("NETLINK_UNCONNECTED", static_cast<long long>(::NETLINK_UNCONNECTED));
#endif
#ifdef NETLINK_CONNECTED
  s.Add("NETLINK_CONNECTED", NETLINK_CONNECTED);
#else
  s.AddProbed("NETLINK_CONNECTED", static_cast<long long>(::NETLINK_CONNECTED));
#endif
  s.Group("NLMSGERR_ATTR");
#ifdef NLMSGERR_ATTR_UNUSED
  s.Add("NLMSGERR_ATTR_UNUSED", NLMSGERR_ATTR_UNUSED);
#else
  s.AddProbed("NLMSGERR_ATTR_UNUSED", static_cast<long long>(::NLMSGERR_ATTR_UNUSED));
#endif
#ifdef NLMSGERR_ATTR_MSG
  s.Add("NLMSGERR_ATTR_MSG", NLMSGERR_ATTR_MSG);
#else
  s.AddProbed("NLMSGERR_ATTR_MSG", static_cast<long long>(::NLMSGERR_ATTR_MSG));
#endif
#ifdef NLMSGERR_ATTR_OFFS
  s.Add("NLMSGERR_ATTR_OFFS", NLMSGERR_ATTR_OFFS);
#else
  s.AddProbed("NLMSGERR_ATTR_OFFS", static_cast<long long>(::NLMSGERR_ATTR_OFFS));
#endif
#ifdef NLMSGERR_ATTR_COOKIE
  s.Add("NLMSGERR_ATTR_COOKIE", NLMSGERR_ATTR_COOKIE);
#else
  s.AddProbed("NLMSGERR_ATTR_COOKIE", static_cast<long long>(::NLMSGERR_ATTR_COOKIE));
#endif
#ifdef NLMSGERR_ATTR_POLICY
  s.Add("NLMSGERR_ATTR_POLICY", NLMSGERR_ATTR_POLICY);
#else
  s.AddProbed("NLMSGERR_ATTR_POLICY", static_cast<long long>(::NLMSGERR_ATTR_POLICY));
#endif
#ifdef NLMSGERR_ATTR_MISS_TYPE
  s.Add("NLMSGERR_ATTR_MISS_TYPE", NLMSGERR_ATTR_MISS_TYPE);
#else
  s.AddProbed("NLMSGERR_ATTR_MISS_TYPE", static_cast<long long>(::NLMSGERR_ATTR_MISS_TYPE));
#endif
#ifdef NLMSGERR_ATTR_MISS_NEST
  s.Add("NLMSGERR_ATTR_MISS_NEST", NLMSGERR_ATTR_MISS_NEST);
#else
  s.AddProbed("NLMSGERR_ATTR_MISS_NEST", static_cast<long long>(::NLMSGERR_ATTR_MISS_NEST));
#endif
#ifdef NLMSGERR_ATTR_MAX
  s.Add("NLMSGERR_ATTR_MAX", NLMSGERR_ATTR_MAX);
#else
  s.AddProbed("NLMSGERR_ATTR_MAX", static_cast<long long>(::NLMSGERR_ATTR_MAX));
#endif
  s.Group("NL_ATTR_TYPE");
#ifdef NL_ATTR_TYPE_INVALID
  s.Add("NL_ATTR_TYPE_INVALID", NL_ATTR_TYPE_INVALID);
#else
  s.AddProbed("NL_ATTR_TYPE_INVALID", static_cast<long long>(::NL_ATTR_TYPE_INVALID));
#endif
#ifdef NL_ATTR_TYPE_FLAG
  s.Add("NL_ATTR_TYPE_FLAG", NL_ATTR_TYPE_FLAG);
#else
  s.AddProbed("NL_ATTR_TYPE_FLAG", static_cast<long long>(::NL_ATTR_TYPE_FLAG));
#endif
#ifdef NL_ATTR_TYPE_U8
  s.Add("NL_ATTR_TYPE_U8", NL_ATTR_TYPE_U8);
#else
  s.AddProbed("NL_ATTR_TYPE_U8", static_cast<long long>(::NL_ATTR_TYPE_U8));
#endif
#ifdef NL_ATTR_TYPE_U16
  s.Add("NL_ATTR_TYPE_U16", NL_ATTR_TYPE_U16);
#else
  s.AddProbed("NL_ATTR_TYPE_U16", static_cast<long long>(::NL_ATTR_TYPE_U16));
#endif
#ifdef NL_ATTR_TYPE_U32
  s.Add("NL_ATTR_TYPE_U32", NL_ATTR_TYPE_U32);
#else
  s.AddProbed("NL_ATTR_TYPE_U32", static_cast<long long>(::NL_ATTR_TYPE_U32));
#endif
#ifdef NL_ATTR_TYPE_U64
  s.Add("NL_ATTR_TYPE_U64", NL_ATTR_TYPE_U64);
#else
  s.AddProbed("NL_ATTR_TYPE_U64", static_cast<long long>(::NL_ATTR_TYPE_U64));
#endif
#ifdef NL_ATTR_TYPE_S8
  s.Add("NL_ATTR_TYPE_S8", NL_ATTR_TYPE_S8);
#else
  s.AddProbed("NL_ATTR_TYPE_S8", static_cast<long long>(::NL_ATTR_TYPE_S8));
#endif
#ifdef NL_ATTR_TYPE_S16
  s.Add("NL_ATTR_TYPE_S16", NL_ATTR_TYPE_S16);
#else
  s.AddProbed("NL_ATTR_TYPE_S16", static_cast<long long>(::NL_ATTR_TYPE_S16));
#endif
#ifdef NL_ATTR_TYPE_S32
  s.Add("NL_ATTR_TYPE_S32", NL_ATTR_TYPE_S32);
#else
  s.AddProbed("NL_ATTR_TYPE_S32", static_cast<long long>(::NL_ATTR_TYPE_S32));
#endif
#ifdef NL_ATTR_TYPE_S64
  s.Add("NL_ATTR_TYPE_S64", NL_ATTR_TYPE_S64);
#else
  s.AddProbed("NL_ATTR_TYPE_S64", static_cast<long long>(::NL_ATTR_TYPE_S64));
#endif
#ifdef NL_ATTR_TYPE_BINARY
  s.Add("NL_ATTR_TYPE_BINARY", NL_ATTR_TYPE_BINARY);
#else
  s.AddProbed("NL_ATTR_TYPE_BINARY", static_cast<long long>(::NL_ATTR_TYPE_BINARY));
#endif
#ifdef NL_ATTR_TYPE_STRING
  s.Add("NL_ATTR_TYPE_STRING", NL_ATTR_TYPE_STRING);
#else
  s.AddProbed("NL_ATTR_TYPE_STRING", static_cast<long long>(::NL_ATTR_TYPE_STRING));
#endif
#ifdef NL_ATTR_TYPE_NUL_STRING
  s.Add("NL_ATTR_TYPE_NUL_STRING", NL_ATTR_TYPE_NUL_STRING);
#else
  s.AddProbed("NL_ATTR_TYPE_NUL_STRING", static_cast<long long>(::NL_ATTR_TYPE_NUL_STRING));
#endif
#ifdef NL_ATTR_TYPE_NESTED
  s.Add("NL_ATTR_TYPE_NESTED", NL_ATTR_TYPE_NESTED);
#else
  s.AddProbed("NL_ATTR_TYPE_NESTED", static_cast<long long>(::NL_ATTR_TYPE_NESTED));
#endif
#ifdef NL_ATTR_TYPE_NESTED_ARRAY
  s.Add("NL_ATTR_TYPE_NESTED_ARRAY", NL_ATTR_TYPE_NESTED_ARRAY);
#else
  s.AddProbed("NL_ATTR_TYPE_NESTED_ARRAY", static_cast<long long>(::NL_ATTR_TYPE_NESTED_ARRAY));
#endif
#ifdef NL_ATTR_TYPE_BITFIELD32
  s.Add("NL_ATTR_TYPE_BITFIELD32", NL_ATTR_TYPE_BITFIELD32);
#else
  s.AddProbed("NL_ATTR_TYPE_BITFIELD32", static_cast<long long>(::NL_ATTR_TYPE_BITFIELD32));
#endif
  s.Group("NL_POLICY_TYPE_ATTR");
#ifdef NL_POLICY_TYPE_ATTR_UNSPEC
  s.Add("NL_POLICY_TYPE_ATTR_UNSPEC", NL_POLICY_TYPE_ATTR_UNSPEC);
#else
  s.AddProbed("NL_POLICY_TYPE_ATTR_UNSPEC", static_cast<long long>(::NL_POLICY_TYPE_ATTR_UNSPEC));
#endif
#ifdef NL_POLICY_TYPE_ATTR_TYPE
  s.Add("NL_POLICY_TYPE_ATTR_TYPE", NL_POLICY_TYPE_ATTR_TYPE);
#else
  s.AddProbed("NL_POLICY_TYPE_ATTR_TYPE", static_cast<long long>(::NL_POLICY_TYPE_ATTR_TYPE));
#endif
#ifdef NL_POLICY_TYPE_ATTR_MIN_VALUE_S
  s.Add("NL_POLICY_TYPE_ATTR_MIN_VALUE_S", NL_POLICY_TYPE_ATTR_MIN_VALUE_S);
#else
  s.AddProbed("NL_POLICY_TYPE_ATTR_MIN_VALUE_S", static_cast<long long>(::NL_POLICY_TYPE_ATTR_MIN_VALUE_S));
#endif
#ifdef NL_POLICY_TYPE_ATTR_MAX_VALUE_S
  s.Add("NL_POLICY_TYPE_ATTR_MAX_VALUE_S", NL_POLICY_TYPE_ATTR_MAX_VALUE_S);
#else
  s.AddProbed("NL_POLICY_TYPE_ATTR_MAX_VALUE_S", static_cast<long long>(::NL_POLICY_TYPE_ATTR_MAX_VALUE_S));
#endif
#ifdef NL_POLICY_TYPE_ATTR_MIN_VALUE_U
  s.Add("NL_POLICY_TYPE_ATTR_MIN_VALUE_U", NL_POLICY_TYPE_ATTR_MIN_VALUE_U);
#else
  s.AddProbed("NL_POLICY_TYPE_ATTR_MIN_VALUE_U", static_cast<long long>(::NL_POLICY_TYPE_ATTR_MIN_VALUE_U));
#endif
#ifdef NL_POLICY_TYPE_ATTR_MAX_VALUE_U
  s.Add("NL_POLICY_TYPE_ATTR_MAX_VALUE_U", NL_POLICY_TYPE_ATTR_MAX_VALUE_U);
#else
  s.AddProbed("NL_POLICY_TYPE_ATTR_MAX_VALUE_U", static_cast<long long>(::NL_POLICY_TYPE_ATTR_MAX_VALUE_U));
#endif
#ifdef NL_POLICY_TYPE_ATTR_MIN_LENGTH
  s.Add("NL_POLICY_TYPE_ATTR_MIN_LENGTH", NL_POLICY_TYPE_ATTR_MIN_LENGTH);
#else
  s.AddProbed("NL_POLICY_TYPE_ATTR_MIN_LENGTH", static_cast<long long>(::NL_POLICY_TYPE_ATTR_MIN_LENGTH));
#endif
#ifdef NL_POLICY_TYPE_ATTR_MAX_LENGTH
  s.Add("NL_POLICY_TYPE_ATTR_MAX_LENGTH", NL_POLICY_TYPE_ATTR_MAX_LENGTH);
#else
  s.AddProbed("NL_POLICY_TYPE_ATTR_MAX_LENGTH", static_cast<long long>(::NL_POLICY_TYPE_ATTR_MAX_LENGTH));
#endif
#ifdef NL_POLICY_TYPE_ATTR_POLICY_IDX
  s.Add("NL_POLICY_TYPE_ATTR_POLICY_IDX", NL_POLICY_TYPE_ATTR_POLICY_IDX);
#else
  s.AddProbed("NL_POLICY_TYPE_ATTR_POLICY_IDX", static_cast<long long>(::NL_POLICY_TYPE_ATTR_POLICY_IDX));
#endif
#ifdef NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE
  s.Add("NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE", NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE);
#else
  s.AddProbed("NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE", static_cast<long long>(::NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE));
#endif
#ifdef NL_POLICY_TYPE_ATTR_BITFIELD32_MASK
  s.Add("NL_POLICY_TYPE_ATTR_BITFIELD32_MASK", NL_POLICY_TYPE_ATTR_BITFIELD32_MASK);
#else
  s.AddProbed("NL_POLICY_TYPE_ATTR_BITFIELD32_MASK", static_cast<long long>(::NL_POLICY_TYPE_ATTR_BITFIELD32_MASK));
#endif
#ifdef NL_POLICY_TYPE_ATTR_PAD
  s.Add("NL_POLICY_TYPE_ATTR_PAD", NL_POLICY_TYPE_ATTR_PAD);
#else
  s.AddProbed("NL_POLICY_TYPE_ATTR_PAD", static_cast<long long>(::NL_POLICY_TYPE_ATTR_PAD));
#endif
#ifdef NL_POLICY_TYPE_ATTR_MASK
  s.Add("NL_POLICY_TYPE_ATTR_MASK", NL_POLICY_TYPE_ATTR_MASK);
#else
  s.AddProbed("NL_POLICY_TYPE_ATTR_MASK", static_cast<long long>(::NL_POLICY_TYPE_ATTR_MASK));
#endif
#ifdef NL_POLICY_TYPE_ATTR_MAX
  s.Add("NL_POLICY_TYPE_ATTR_MAX", NL_POLICY_TYPE_ATTR_MAX);
#else
  s.AddProbed("NL_POLICY_TYPE_ATTR_MAX", static_cast<long long>(::NL_POLICY_TYPE_ATTR_MAX));
#endif
  s.Group("RTNLGRP");
#ifdef RTNLGRP_NOP2
  s.Add("RTNLGRP_NOP2", RTNLGRP_NOP2);
#else
  s.AddProbed("RTNLGRP_NOP2", static_cast<long long>(::RTNLGRP_NOP2));
#endif
#ifdef RTNLGRP_NOP4
  s.Add("RTNLGRP_NOP4", RTNLGRP_NOP4);
#else
  s.AddProbed("RTNLGRP_NOP4", static_cast<long long>(::RTNLGRP_NOP4));
#endif
  s.Group("RTA");
#ifdef RTA_UNSPEC
  s.Add("RTA_UNSPEC", RTA_UNSPEC);
#else
  s.AddProbed("RTA_UNSPEC", static_cast<long long>(::RTA_UNSPEC));
#endif
#ifdef RTA_DST
  s.Add("RTA_DST", RTA_DST);
#else
  s.AddProbed("RTA_DST", static_cast<long long>(::RTA_DST));
#endif
#ifdef RTA_SRC
  s.Add("RTA_SRC", RTA_SRC);
#else
  s.AddProbed("RTA_SRC", static_cast<long long>(::RTA_SRC));
#endif
#ifdef RTA_IIF
  s.Add("RTA_IIF", RTA_IIF);
#else
  s.AddProbed("RTA_IIF", static_cast<long long>(::RTA_IIF));
#endif
#ifdef RTA_OIF
  s.Add("RTA_OIF", RTA_OIF);
#else
  s.AddProbed("RTA_OIF", static_cast<long long>(::RTA_OIF));
#endif
#ifdef RTA_GATEWAY
  s.Add("RTA_GATEWAY", RTA_GATEWAY);
#else
  s.AddProbed("RTA_GATEWAY", static_cast<long long>(::RTA_GATEWAY));
#endif
#ifdef RTA_PRIORITY
  s.Add("RTA_PRIORITY", RTA_PRIORITY);
#else
  s.AddProbed("RTA_PRIORITY", static_cast<long long>(::RTA_PRIORITY));
#endif
#ifdef RTA_PREFSRC
  s.Add("RTA_PREFSRC", RTA_PREFSRC);
#else
  s.AddProbed("RTA_PREFSRC", static_cast<long long>(::RTA_PREFSRC));
#endif
#ifdef RTA_METRICS
  s.Add("RTA_METRICS", RTA_METRICS);
#else
  s.AddProbed("RTA_METRICS", static_cast<long long>(::RTA_METRICS));
#endif
#ifdef RTA_MULTIPATH
  s.Add("RTA_MULTIPATH", RTA_MULTIPATH);
#else
  s.AddProbed("RTA_MULTIPATH", static_cast<long long>(::RTA_MULTIPATH));
#endif
#ifdef RTA_PROTOINFO
  s.Add("RTA_PROTOINFO", RTA_PROTOINFO);
#else
  s.AddProbed("RTA_PROTOINFO", static_cast<long long>(::RTA_PROTOINFO));
#endif
#ifdef RTA_FLOW
  s.Add("RTA_FLOW", RTA_FLOW);
#else
  s.AddProbed("RTA_FLOW", static_cast<long long>(::RTA_FLOW));
#endif
#ifdef RTA_CACHEINFO
  s.Add("RTA_CACHEINFO", RTA_CACHEINFO);
#else
  s.AddProbed("RTA_CACHEINFO", static_cast<long long>(::RTA_CACHEINFO));
#endif
#ifdef RTA_SESSION
  s.Add("RTA_SESSION", RTA_SESSION);
#else
  s.AddProbed("RTA_SESSION", static_cast<long long>(::RTA_SESSION));
#endif
#ifdef RTA_MP_ALGO
  s.Add("RTA_MP_ALGO", RTA_MP_ALGO);
#else
  s.AddProbed("RTA_MP_ALGO", static_cast<long long>(::RTA_MP_ALGO));
#endif
#ifdef RTA_TABLE
  s.Add("RTA_TABLE", RTA_TABLE);
#else
  s.AddProbed("RTA_TABLE", static_cast<long long>(::RTA_TABLE));
#endif
#ifdef RTA_MARK
  s.Add("RTA_MARK", RTA_MARK);
#else
  s.AddProbed("RTA_MARK", static_cast<long long>(::RTA_MARK));
#endif
#ifdef RTA_MFC_STATS
  s.Add("RTA_MFC_STATS", RTA_MFC_STATS);
#else
  s.AddProbed("RTA_MFC_STATS", static_cast<long long>(::RTA_MFC_STATS));
#endif
#ifdef RTA_VIA
  s.Add("RTA_VIA", RTA_VIA);
#else
  s.AddProbed("RTA_VIA", static_cast<long long>(::RTA_VIA));
#endif
#ifdef RTA_NEWDST
  s.Add("RTA_NEWDST", RTA_NEWDST);
#else
  s.AddProbed("RTA_NEWDST", static_cast<long long>(::RTA_NEWDST));
#endif
#ifdef RTA_PREF
  s.Add("RTA_PREF", RTA_PREF);
#else
  s.AddProbed("RTA_PREF", static_cast<long long>(::RTA_PREF));
#endif
#ifdef RTA_ENCAP_TYPE
  s.Add("RTA_ENCAP_TYPE", RTA_ENCAP_TYPE);
#else
  s.AddProbed("RTA_ENCAP_TYPE", static_cast<long long>(::RTA_ENCAP_TYPE));
#endif
#ifdef RTA_ENCAP
  s.Add("RTA_ENCAP", RTA_ENCAP);
#else
  s.AddProbed("RTA_ENCAP", static_cast<long long>(::RTA_ENCAP));
#endif
#ifdef RTA_EXPIRES
  s.Add("RTA_EXPIRES", RTA_EXPIRES);
#else
  s.AddProbed("RTA_EXPIRES", static_cast<long long>(::RTA_EXPIRES));
#endif
#ifdef RTA_PAD
  s.Add("RTA_PAD", RTA_PAD);
#else
  s.AddProbed("RTA_PAD", static_cast<long long>(::RTA_PAD));
#endif
#ifdef RTA_UID
  s.Add("RTA_UID", RTA_UID);
#else
  s.AddProbed("RTA_UID", static_cast<long long>(::RTA_UID));
#endif
#ifdef RTA_TTL_PROPAGATE
  s.Add("RTA_TTL_PROPAGATE", RTA_TTL_PROPAGATE);
#else
  s.AddProbed("RTA_TTL_PROPAGATE", static_cast<long long>(::RTA_TTL_PROPAGATE));
#endif
#ifdef RTA_IP_PROTO
  s.Add("RTA_IP_PROTO", RTA_IP_PROTO);
#else
  s.AddProbed("RTA_IP_PROTO", static_cast<long long>(::RTA_IP_PROTO));
#endif
#ifdef RTA_SPORT
  s.Add("RTA_SPORT", RTA_SPORT);
#else
  s.AddProbed("RTA_SPORT", static_cast<long long>(::RTA_SPORT));
#endif
#ifdef RTA_DPORT
  s.Add("RTA_DPORT", RTA_DPORT);
#else
  s.AddProbed("RTA_DPORT", static_cast<long long>(::RTA_DPORT));
#endif
#ifdef RTA_NH_ID
  s.Add("RTA_NH_ID", RTA_NH_ID);
#else
  s.AddProbed("RTA_NH_ID", static_cast<long long>(::RTA_NH_ID));
#endif
  s.Group("RTN");
#ifdef RTN_UNSPEC
  s.Add("RTN_UNSPEC", RTN_UNSPEC);
#else
  s.AddProbed("RTN_UNSPEC", static_cast<long long>(::RTN_UNSPEC));
#endif
#ifdef RTN_UNICAST
  s.Add("RTN_UNICAST", RTN_UNICAST);
#else
  s.AddProbed("RTN_UNICAST", static_cast<long long>(::RTN_UNICAST));
#endif
#ifdef RTN_LOCAL
  s.Add("RTN_LOCAL", RTN_LOCAL);
#else
  s.AddProbed("RTN_LOCAL", static_cast<long long>(::RTN_LOCAL));
#endif
#ifdef RTN_BROADCAST
  s.Add("RTN_BROADCAST", RTN_BROADCAST);
#else
  s.AddProbed("RTN_BROADCAST", static_cast<long long>(::RTN_BROADCAST));
#endif
#ifdef RTN_ANYCAST
  s.Add("RTN_ANYCAST", RTN_ANYCAST);
#else
  s.AddProbed("RTN_ANYCAST", static_cast<long long>(::RTN_ANYCAST));
#endif
#ifdef RTN_MULTICAST
  s.Add("RTN_MULTICAST", RTN_MULTICAST);
#else
  s.AddProbed("RTN_MULTICAST", static_cast<long long>(::RTN_MULTICAST));
#endif
#ifdef RTN_BLACKHOLE
  s.Add("RTN_BLACKHOLE", RTN_BLACKHOLE);
#else
  s.AddProbed("RTN_BLACKHOLE", static_cast<long long>(::RTN_BLACKHOLE));
#endif
#ifdef RTN_UNREACHABLE
  s.Add("RTN_UNREACHABLE", RTN_UNREACHABLE);
#else
  s.AddProbed("RTN_UNREACHABLE", static_cast<long long>(::RTN_UNREACHABLE));
#endif
#ifdef RTN_PROHIBIT
  s.Add("RTN_PROHIBIT", RTN_PROHIBIT);
#else
  s.AddProbed("RTN_PROHIBIT", static_cast<long long>(::RTN_PROHIBIT));
#endif
#ifdef RTN_THROW
  s.Add("RTN_THROW", RTN_THROW);
#else
  s.AddProbed("RTN_THROW", static_cast<long long>(::RTN_THROW));
#endif
#ifdef RTN_NAT
  s.Add("RTN_NAT", RTN_NAT);
#else
  s.AddProbed("RTN_NAT", static_cast<long long>(::RTN_NAT));
#endif
#ifdef RTN_XRESOLVE
  s.Add("RTN_XRESOLVE", RTN_XRESOLVE);
#else
  s.AddProbed("RTN_XRESOLVE", static_cast<long long>(::RTN_XRESOLVE));
#endif
  s.Group("RT_SCOPE");
#ifdef RT_SCOPE_UNIVERSE
  s.Add("RT_SCOPE_UNIVERSE", RT_SCOPE_UNIVERSE);
#else
  s.AddProbed("RT_SCOPE_UNIVERSE", static_cast<long long>(::RT_SCOPE_UNIVERSE));
#endif
#ifdef RT_SCOPE_SITE
  s.Add("RT_SCOPE_SITE", RT_SCOPE_SITE);
#else
  s.AddProbed("RT_SCOPE_SITE", static_cast<long long>(::RT_SCOPE_SITE));
#endif
#ifdef RT_SCOPE_LINK
  s.Add("RT_SCOPE_LINK", RT_SCOPE_LINK);
#else
  s.AddProbed("RT_SCOPE_LINK", static_cast<long long>(::RT_SCOPE_LINK));
#endif
#ifdef RT_SCOPE_HOST
  s.Add("RT_SCOPE_HOST", RT_SCOPE_HOST);
#else
  s.AddProbed("RT_SCOPE_HOST", static_cast<long long>(::RT_SCOPE_HOST));
#endif
#ifdef RT_SCOPE_NOWHERE
  s.Add("RT_SCOPE_NOWHERE", RT_SCOPE_NOWHERE);
#else
  s.AddProbed("RT_SCOPE_NOWHERE", static_cast<long long>(::RT_SCOPE_NOWHERE));
#endif
  s.Group("RT_TABLE");
#ifdef RT_TABLE_UNSPEC
  s.Add("RT_TABLE_UNSPEC", RT_TABLE_UNSPEC);
#else
  s.AddProbed("RT_TABLE_UNSPEC", static_cast<long long>(::RT_TABLE_UNSPEC));
#endif
#ifdef RT_TABLE_COMPAT
  s.Add("RT_TABLE_COMPAT", RT_TABLE_COMPAT);
#else
  s.AddProbed("RT_TABLE_COMPAT", static_cast<long long>(::RT_TABLE_COMPAT));
#endif
#ifdef RT_TABLE_DEFAULT
  s.Add("RT_TABLE_DEFAULT", RT_TABLE_DEFAULT);
#else
  s.AddProbed("RT_TABLE_DEFAULT", static_cast<long long>(::RT_TABLE_DEFAULT));
#endif
#ifdef RT_TABLE_MAIN
  s.Add("RT_TABLE_MAIN", RT_TABLE_MAIN);
#else
  s.AddProbed("RT_TABLE_MAIN", static_cast<long long>(::RT_TABLE_MAIN));
#endif
#ifdef RT_TABLE_LOCAL
  s.Add("RT_TABLE_LOCAL", RT_TABLE_LOCAL);
#else
  s.AddProbed("RT_TABLE_LOCAL", static_cast<long long>(::RT_TABLE_LOCAL));
#endif
#ifdef RT_TABLE_MAX
  s.Add("RT_TABLE_MAX", RT_TABLE_MAX);
#else
  s.AddProbed("RT_TABLE_MAX", static_cast<long long>(::RT_TABLE_MAX));
#endif
  s.Group("IFLA");
#ifdef IFLA_UNSPEC
  s.Add("IFLA_UNSPEC", IFLA_UNSPEC);
#else
  s.AddProbed("IFLA_UNSPEC", static_cast<long long>(::IFLA_UNSPEC));
#endif
#ifdef IFLA_ADDRESS
  s.Add("IFLA_ADDRESS", IFLA_ADDRESS);
#else
  s.AddProbed("IFLA_ADDRESS", static_cast<long long>(::IFLA_ADDRESS));
#endif
#ifdef IFLA_BROADCAST
  s.Add("IFLA_BROADCAST", IFLA_BROADCAST);
#else
  s.AddProbed("IFLA_BROADCAST", static_cast<long long>(::IFLA_BROADCAST));
#endif
#ifdef IFLA_IFNAME
  s.Add("IFLA_IFNAME", IFLA_IFNAME);
#else
  s.AddProbed("IFLA_IFNAME", static_cast<long long>(::IFLA_IFNAME));
#endif
#ifdef IFLA_MTU
  s.Add("IFLA_MTU", IFLA_MTU);
#else
  s.AddProbed("IFLA_MTU", static_cast<long long>(::IFLA_MTU));
#endif
#ifdef IFLA_LINK
  s.Add("IFLA_LINK", IFLA_LINK);
#else
  s.AddProbed("IFLA_LINK", static_cast<long long>(::IFLA_LINK));
#endif
#ifdef IFLA_QDISC
  s.Add("IFLA_QDISC", IFLA_QDISC);
#else
  s.AddProbed("IFLA_QDISC", static_cast<long long>(::IFLA_QDISC));
#endif
#ifdef IFLA_STATS
  s.Add("IFLA_STATS", IFLA_STATS);
#else
  s.AddProbed("IFLA_STATS", static_cast<long long>(::IFLA_STATS));
#endif
#ifdef IFLA_OPERSTATE
  s.Add("IFLA_OPERSTATE", IFLA_OPERSTATE);
#else
  s.AddProbed("IFLA_OPERSTATE", static_cast<long long>(::IFLA_OPERSTATE));
#endif
#ifdef IFLA_LINKMODE
  s.Add("IFLA_LINKMODE", IFLA_LINKMODE);
#else
  s.AddProbed("IFLA_LINKMODE", static_cast<long long>(::IFLA_LINKMODE));
#endif
#ifdef IFLA_NET_NS_PID
  s.Add("IFLA_NET_NS_PID", IFLA_NET_NS_PID);
#else
  s.AddProbed("IFLA_NET_NS_PID", static_cast<long long>(::IFLA_NET_NS_PID));
#endif
#ifdef IFLA_IFALIAS
  s.Add("IFLA_IFALIAS", IFLA_IFALIAS);
#else
  s.AddProbed("IFLA_IFALIAS", static_cast<long long>(::IFLA_IFALIAS));
#endif
#ifdef IFLA_NUM_VF
  s.Add("IFLA_NUM_VF", IFLA_NUM_VF);
#else
  s.AddProbed("IFLA_NUM_VF", static_cast<long long>(::IFLA_NUM_VF));
#endif
#ifdef IFLA_VFINFO_LIST
  s.Add("IFLA_VFINFO_LIST", IFLA_VFINFO_LIST);
#else
  s.AddProbed("IFLA_VFINFO_LIST", static_cast<long long>(::IFLA_VFINFO_LIST));
#endif
#ifdef IFLA_STATS64
  s.Add("IFLA_STATS64", IFLA_STATS64);
#else
  s.AddProbed("IFLA_STATS64", static_cast<long long>(::IFLA_STATS64));
#endif
#ifdef IFLA_VF_PORTS
  s.Add("IFLA_VF_PORTS", IFLA_VF_PORTS);
#else
  s.AddProbed("IFLA_VF_PORTS", static_cast<long long>(::IFLA_VF_PORTS));
#endif
#ifdef IFLA_PORT_SELF
  s.Add("IFLA_PORT_SELF", IFLA_PORT_SELF);
#else
  s.AddProbed("IFLA_PORT_SELF", static_cast<long long>(::IFLA_PORT_SELF));
#endif
#ifdef IFLA_AF_SPEC
  s.Add("IFLA_AF_SPEC", IFLA_AF_SPEC);
#else
  s.AddProbed("IFLA_AF_SPEC", static_cast<long long>(::IFLA_AF_SPEC));
#endif
#ifdef IFLA_GROUP
  s.Add("IFLA_GROUP", IFLA_GROUP);
#else
  s.AddProbed("IFLA_GROUP", static_cast<long long>(::IFLA_GROUP));
#endif
#ifdef IFLA_NET_NS_FD
  s.Add("IFLA_NET_NS_FD", IFLA_NET_NS_FD);
#else
  s.AddProbed("IFLA_NET_NS_FD", static_cast<long long>(::IFLA_NET_NS_FD));
#endif
#ifdef IFLA_EXT_MASK
  s.Add("IFLA_EXT_MASK", IFLA_EXT_MASK);
#else
  s.AddProbed("IFLA_EXT_MASK", static_cast<long long>(::IFLA_EXT_MASK));
#endif
#ifdef IFLA_NUM_TX_QUEUES
  s.Add("IFLA_NUM_TX_QUEUES", IFLA_NUM_TX_QUEUES);
#else
  s.AddProbed("IFLA_NUM_TX_QUEUES", static_cast<long long>(::IFLA_NUM_TX_QUEUES));
#endif
#ifdef IFLA_NUM_RX_QUEUES
  s.Add("IFLA_NUM_RX_QUEUES", IFLA_NUM_RX_QUEUES);
#else
  s.AddProbed("IFLA_NUM_RX_QUEUES", static_cast<long long>(::IFLA_NUM_RX_QUEUES));
#endif
#ifdef IFLA_CARRIER
  s.Add("IFLA_CARRIER", IFLA_CARRIER);
#else
  s.AddProbed("IFLA_CARRIER", static_cast<long long>(::IFLA_CARRIER));
#endif
#ifdef IFLA_PHYS_PORT_ID
  s.Add("IFLA_PHYS_PORT_ID", IFLA_PHYS_PORT_ID);
#else
  s.AddProbed("IFLA_PHYS_PORT_ID", static_cast<long long>(::IFLA_PHYS_PORT_ID));
#endif
#ifdef IFLA_CARRIER_CHANGES
  s.Add("IFLA_CARRIER_CHANGES", IFLA_CARRIER_CHANGES);
#else
  s.AddProbed("IFLA_CARRIER_CHANGES", static_cast<long long>(::IFLA_CARRIER_CHANGES));
#endif
#ifdef IFLA_PHYS_SWITCH_ID
  s.Add("IFLA_PHYS_SWITCH_ID", IFLA_PHYS_SWITCH_ID);
#else
  s.AddProbed("IFLA_PHYS_SWITCH_ID", static_cast<long long>(::IFLA_PHYS_SWITCH_ID));
#endif
#ifdef IFLA_LINK_NETNSID
  s.Add("IFLA_LINK_NETNSID", IFLA_LINK_NETNSID);
#else
  s.AddProbed("IFLA_LINK_NETNSID", static_cast<long long>(::IFLA_LINK_NETNSID));
#endif
#ifdef IFLA_PHYS_PORT_NAME
  s.Add("IFLA_PHYS_PORT_NAME", IFLA_PHYS_PORT_NAME);
#else
  s.AddProbed("IFLA_PHYS_PORT_NAME", static_cast<long long>(::IFLA_PHYS_PORT_NAME));
#endif
#ifdef IFLA_PROTO_DOWN
  s.Add("IFLA_PROTO_DOWN", IFLA_PROTO_DOWN);
#else
  s.AddProbed("IFLA_PROTO_DOWN", static_cast<long long>(::IFLA_PROTO_DOWN));
#endif
#ifdef IFLA_GSO_MAX_SEGS
  s.Add("IFLA_GSO_MAX_SEGS", IFLA_GSO_MAX_SEGS);
#else
  s.AddProbed("IFLA_GSO_MAX_SEGS", static_cast<long long>(::IFLA_GSO_MAX_SEGS));
#endif
#ifdef IFLA_GSO_MAX_SIZE
  s.Add("IFLA_GSO_MAX_SIZE", IFLA_GSO_MAX_SIZE);
#else
  s.AddProbed("IFLA_GSO_MAX_SIZE", static_cast<long long>(::IFLA_GSO_MAX_SIZE));
#endif
#ifdef IFLA_PAD
  s.Add("IFLA_PAD", IFLA_PAD);
#else
  s.AddProbed("IFLA_PAD", static_cast<long long>(::IFLA_PAD));
#endif
#ifdef IFLA_XDP
  s.Add("IFLA_XDP", IFLA_XDP);
#else
  s.AddProbed("IFLA_XDP", static_cast<long long>(::IFLA_XDP));
#endif
#ifdef IFLA_EVENT
  s.Add("IFLA_EVENT", IFLA_EVENT);
#else
  s.AddProbed("IFLA_EVENT", static_cast<long long>(::IFLA_EVENT));
#endif
#ifdef IFLA_NEW_NETNSID
  s.Add("IFLA_NEW_NETNSID", IFLA_NEW_NETNSID);
#else
  s.AddProbed("IFLA_NEW_NETNSID", static_cast<long long>(::IFLA_NEW_NETNSID));
#endif
#ifdef IFLA_IF_NETNSID
  s.Add("IFLA_IF_NETNSID", IFLA_IF_NETNSID);
#else
  s.AddProbed("IFLA_IF_NETNSID", static_cast<long long>(::IFLA_IF_NETNSID));
#endif
#ifdef IFLA_TARGET_NETNSID
  s.Add("IFLA_TARGET_NETNSID", IFLA_TARGET_NETNSID);
#else
  s.AddProbed("IFLA_TARGET_NETNSID", static_cast<long long>(::IFLA_TARGET_NETNSID));
#endif
#ifdef IFLA_CARRIER_UP_COUNT
  s.Add("IFLA_CARRIER_UP_COUNT", IFLA_CARRIER_UP_COUNT);
#else
  s.AddProbed("IFLA_CARRIER_UP_COUNT", static_cast<long long>(::IFLA_CARRIER_UP_COUNT));
#endif
#ifdef IFLA_CARRIER_DOWN_COUNT
  s.Add("IFLA_CARRIER_DOWN_COUNT", IFLA_CARRIER_DOWN_COUNT);
#else
  s.AddProbed("IFLA_CARRIER_DOWN_COUNT", static_cast<long long>(::IFLA_CARRIER_DOWN_COUNT));
#endif
#ifdef IFLA_NEW_IFINDEX
  s.Add("IFLA_NEW_IFINDEX", IFLA_NEW_IFINDEX);
#else
  s.AddProbed("IFLA_NEW_IFINDEX", static_cast<long long>(::IFLA_NEW_IFINDEX));
#endif
#ifdef IFLA_MIN_MTU
  s.Add("IFLA_MIN_MTU", IFLA_MIN_MTU);
#else
  s.AddProbed("IFLA_MIN_MTU", static_cast<long long>(::IFLA_MIN_MTU));
#endif
#ifdef IFLA_MAX_MTU
  s.Add("IFLA_MAX_MTU", IFLA_MAX_MTU);
#else
  s.AddProbed("IFLA_MAX_MTU", static_cast<long long>(::IFLA_MAX_MTU));
#endif
#ifdef IFLA_PROP_LIST
  s.Add("IFLA_PROP_LIST", IFLA_PROP_LIST);
#else
  s.AddProbed("IFLA_PROP_LIST", static_cast<long long>(::IFLA_PROP_LIST));
#endif
#ifdef IFLA_ALT_IFNAME
  s.Add("IFLA_ALT_IFNAME", IFLA_ALT_IFNAME);
#else
  s.AddProbed("IFLA_ALT_IFNAME", static_cast<long long>(::IFLA_ALT_IFNAME));
#endif
#ifdef IFLA_PERM_ADDRESS
  s.Add("IFLA_PERM_ADDRESS", IFLA_PERM_ADDRESS);
#else
  s.AddProbed("IFLA_PERM_ADDRESS", static_cast<long long>(::IFLA_PERM_ADDRESS));
#endif
#ifdef IFLA_PROTO_DOWN_REASON
  s.Add("IFLA_PROTO_DOWN_REASON", IFLA_PROTO_DOWN_REASON);
#else
  s.AddProbed("IFLA_PROTO_DOWN_REASON", static_cast<long long>(::IFLA_PROTO_DOWN_REASON));
#endif
#ifdef IFLA_PARENT_DEV_NAME
  s.Add("IFLA_PARENT_DEV_NAME", IFLA_PARENT_DEV_NAME);
#else
  s.AddProbed("IFLA_PARENT_DEV_NAME", static_cast<long long>(::IFLA_PARENT_DEV_NAME));
#endif
#ifdef IFLA_PARENT_DEV_BUS_NAME
  s.Add("IFLA_PARENT_DEV_BUS_NAME", IFLA_PARENT_DEV_BUS_NAME);
#else
  s.AddProbed("IFLA_PARENT_DEV_BUS_NAME", static_cast<long long>(::IFLA_PARENT_DEV_BUS_NAME));
#endif
#ifdef IFLA_GRO_MAX_SIZE
  s.Add("IFLA_GRO_MAX_SIZE", IFLA_GRO_MAX_SIZE);
#else
  s.AddProbed("IFLA_GRO_MAX_SIZE", static_cast<long long>(::IFLA_GRO_MAX_SIZE));
#endif
#ifdef IFLA_TSO_MAX_SIZE
  s.Add("IFLA_TSO_MAX_SIZE", IFLA_TSO_MAX_SIZE);
#else
  s.AddProbed("IFLA_TSO_MAX_SIZE", static_cast<long long>(::IFLA_TSO_MAX_SIZE));
#endif
#ifdef IFLA_TSO_MAX_SEGS
  s.Add("IFLA_TSO_MAX_SEGS", IFLA_TSO_MAX_SEGS);
#else
  s.AddProbed("IFLA_TSO_MAX_SEGS", static_cast<long long>(::IFLA_TSO_MAX_SEGS));
#endif
#ifdef IFLA_ALLMULTI
  s.Add("IFLA_ALLMULTI", IFLA_ALLMULTI);
#else
  s.AddProbed("IFLA_ALLMULTI", static_cast<long long>(::IFLA_ALLMULTI));
#endif
  s.Group("IFLA_INFO");
#ifdef IFLA_INFO_UNSPEC
  s.Add("IFLA_INFO_UNSPEC", IFLA_INFO_UNSPEC);
#else
  s.AddProbed("IFLA_INFO_UNSPEC", static_cast<long long>(::IFLA_INFO_UNSPEC));
#endif
#ifdef IFLA_INFO_KIND
  s.Add("IFLA_INFO_KIND", IFLA_INFO_KIND);
#else
  s.AddProbed("IFLA_INFO_KIND", static_cast<long long>(::IFLA_INFO_KIND));
#endif
#ifdef IFLA_INFO_DATA
  s.Add("IFLA_INFO_DATA", IFLA_INFO_DATA);
#else
  s.AddProbed("IFLA_INFO_DATA", static_cast<long long>(::IFLA_INFO_DATA));
#endif
#ifdef IFLA_INFO_XSTATS
  s.Add("IFLA_INFO_XSTATS", IFLA_INFO_XSTATS);
#else
  s.AddProbed("IFLA_INFO_XSTATS", static_cast<long long>(::IFLA_INFO_XSTATS));
#endif
#ifdef IFLA_INFO_SLAVE_KIND
  s.Add("IFLA_INFO_SLAVE_KIND", IFLA_INFO_SLAVE_KIND);
#else
  s.AddProbed("IFLA_INFO_SLAVE_KIND", static_cast<long long>(::IFLA_INFO_SLAVE_KIND));
#endif
#ifdef IFLA_INFO_SLAVE_DATA
  s.Add("IFLA_INFO_SLAVE_DATA", IFLA_INFO_SLAVE_DATA);
#else
  s.AddProbed("IFLA_INFO_SLAVE_DATA", static_cast<long long>(::IFLA_INFO_SLAVE_DATA));
#endif
  s.Group("VETH_INFO");
#ifdef VETH_INFO_UNSPEC
  s.Add("VETH_INFO_UNSPEC", VETH_INFO_UNSPEC);
#else
  s.AddProbed("VETH_INFO_UNSPEC", static_cast<long long>(::VETH_INFO_UNSPEC));
#endif
#ifdef VETH_INFO_PEER
  s.Add("VETH_INFO_PEER", VETH_INFO_PEER);
#else
  s.AddProbed("VETH_INFO_PEER", static_cast<long long>(::VETH_INFO_PEER));
#endif
  s.Group("IFA");
#ifdef IFA_UNSPEC
  s.Add("IFA_UNSPEC", IFA_UNSPEC);
#else
  s.AddProbed("IFA_UNSPEC", static_cast<long long>(::IFA_UNSPEC));
#endif
#ifdef IFA_ADDRESS
  s.Add("IFA_ADDRESS", IFA_ADDRESS);
#else
  s.AddProbed("IFA_ADDRESS", static_cast<long long>(::IFA_ADDRESS));
#endif
#ifdef IFA_LOCAL
  s.Add("IFA_LOCAL", IFA_LOCAL);
#else
  s.AddProbed("IFA_LOCAL", static_cast<long long>(::IFA_LOCAL));
#endif
#ifdef IFA_LABEL
  s.Add("IFA_LABEL", IFA_LABEL);
#else
  s.AddProbed("IFA_LABEL", static_cast<long long>(::IFA_LABEL));
#endif
#ifdef IFA_BROADCAST
  s.Add("IFA_BROADCAST", IFA_BROADCAST);
#else
  s.AddProbed("IFA_BROADCAST", static_cast<long long>(::IFA_BROADCAST));
#endif
#ifdef IFA_ANYCAST
  s.Add("IFA_ANYCAST", IFA_ANYCAST);
#else
  s.AddProbed("IFA_ANYCAST", static_cast<long long>(::IFA_ANYCAST));
#endif
#ifdef IFA_CACHEINFO
  s.Add("IFA_CACHEINFO", IFA_CACHEINFO);
#else
  s.AddProbed("IFA_CACHEINFO", static_cast<long long>(::IFA_CACHEINFO));
#endif
#ifdef IFA_MULTICAST
  s.Add("IFA_MULTICAST", IFA_MULTICAST);
#else
  s.AddProbed("IFA_MULTICAST", static_cast<long long>(::IFA_MULTICAST));
#endif
#ifdef IFA_FLAGS
  s.Add("IFA_FLAGS", IFA_FLAGS);
#else
  s.AddProbed("IFA_FLAGS", static_cast<long long>(::IFA_FLAGS));
#endif
#ifdef IFA_RT_PRIORITY
  s.Add("IFA_RT_PRIORITY", IFA_RT_PRIORITY);
#else
  s.AddProbed("IFA_RT_PRIORITY", static_cast<long long>(::IFA_RT_PRIORITY));
#endif
#ifdef IFA_TARGET_NETNSID
  s.Add("IFA_TARGET_NETNSID", IFA_TARGET_NETNSID);
#else
  s.AddProbed("IFA_TARGET_NETNSID", static_cast<long long>(::IFA_TARGET_NETNSID));
#endif
#ifdef IFA_PROTO
  s.Add("IFA_PROTO", IFA_PROTO);
#else
  s.AddProbed("IFA_PROTO", static_cast<long long>(::IFA_PROTO));
#endif
  s.Group("IF_OPER");
#ifdef IF_OPER_UNKNOWN
  s.Add("IF_OPER_UNKNOWN", IF_OPER_UNKNOWN);
#else
  s.AddProbed("IF_OPER_UNKNOWN", static_cast<long long>(::IF_OPER_UNKNOWN));
#endif
#ifdef IF_OPER_NOTPRESENT
  s.Add("IF_OPER_NOTPRESENT", IF_OPER_NOTPRESENT);
#else
  s.AddProbed("IF_OPER_NOTPRESENT", static_cast<long long>(::IF_OPER_NOTPRESENT));
#endif
#ifdef IF_OPER_DOWN
  s.Add("IF_OPER_DOWN", IF_OPER_DOWN);
#else
  s.AddProbed("IF_OPER_DOWN", static_cast<long long>(::IF_OPER_DOWN));
#endif
#ifdef IF_OPER_LOWERLAYERDOWN
  s.Add("IF_OPER_LOWERLAYERDOWN", IF_OPER_LOWERLAYERDOWN);
#else
  s.AddProbed("IF_OPER_LOWERLAYERDOWN", static_cast<long long>(::IF_OPER_LOWERLAYERDOWN));
#endif
#ifdef IF_OPER_TESTING
  s.Add("IF_OPER_TESTING", IF_OPER_TESTING);
#else
  s.AddProbed("IF_OPER_TESTING", static_cast<long long>(::IF_OPER_TESTING));
#endif
#ifdef IF_OPER_DORMANT
  s.Add("IF_OPER_DORMANT", IF_OPER_DORMANT);
#else
  s.AddProbed("IF_OPER_DORMANT", static_cast<long long>(::IF_OPER_DORMANT));
#endif
#ifdef IF_OPER_UP
  s.Add("IF_OPER_UP", IF_OPER_UP);
#else
  s.AddProbed("IF_OPER_UP", static_cast<long long>(::IF_OPER_UP));
#endif
  s.Group("IF_LINK_MODE");
#ifdef IF_LINK_MODE_DEFAULT
  s.Add("IF_LINK_MODE_DEFAULT", IF_LINK_MODE_DEFAULT);
#else
  s.AddProbed("IF_LINK_MODE_DEFAULT", static_cast<long long>(::IF_LINK_MODE_DEFAULT));
#endif
#ifdef IF_LINK_MODE_DORMANT
  s.Add("IF_LINK_MODE_DORMANT", IF_LINK_MODE_DORMANT);
#else
  s.AddProbed("IF_LINK_MODE_DORMANT", static_cast<long long>(::IF_LINK_MODE_DORMANT));
#endif
#ifdef IF_LINK_MODE_TESTING
  s.Add("IF_LINK_MODE_TESTING", IF_LINK_MODE_TESTING);
#else
  s.AddProbed("IF_LINK_MODE_TESTING", static_cast<long long>(::IF_LINK_MODE_TESTING));
#endif
}

/** Every constant of constants.def this platform's headers define. */
inline void AddGeneratedConstants(sock::ConstantSink& s) {
  AddGeneratedMacros(s);
  AddGeneratedEnumerators(s);
}

#endif  // SOCK_CONSTANTS_GENERATED_H_
