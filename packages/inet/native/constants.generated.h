// generated from constants.def by sock-gen-constants — do not edit
#ifndef SOCK_CONSTANTS_GENERATED_H_
#define SOCK_CONSTANTS_GENERATED_H_

#include <sock/constants.h>

#if __has_include(<sys/types.h>)
#include <sys/types.h>
#endif
#if __has_include(<sys/socket.h>)
#include <sys/socket.h>
#endif
#if __has_include(<sys/time.h>)
#include <sys/time.h>
#endif
#if __has_include(<netinet/in.h>)
#include <netinet/in.h>
#endif
#if __has_include(<netinet/in_systm.h>)
#include <netinet/in_systm.h>
#endif
#if __has_include(<netinet/ip.h>)
#include <netinet/ip.h>
#endif
#if __has_include(<netinet/tcp.h>)
#include <netinet/tcp.h>
#endif
#if __has_include(<netinet/udp.h>)
#include <netinet/udp.h>
#endif
#if __has_include(<netinet/udplite.h>)
#include <netinet/udplite.h>
#endif
#if __has_include(<arpa/inet.h>)
#include <arpa/inet.h>
#endif
#if __has_include(<netdb.h>)
#include <netdb.h>
#endif

/** The constants of constants.def that are macros (read behind #ifdef). */
inline void AddGeneratedMacros(sock::ConstantSink& s) {
  s.Group("AF");
#ifdef AF_INET
  s.Add("AF_INET", AF_INET);
#endif
#ifdef AF_INET6
  s.Add("AF_INET6", AF_INET6);
#endif
  s.Group("IPPROTO");
#ifdef IPPROTO_IP
  s.Add("IPPROTO_IP", IPPROTO_IP);
#endif
#ifdef IPPROTO_HOPOPTS
  s.Add("IPPROTO_HOPOPTS", IPPROTO_HOPOPTS);
#endif
#ifdef IPPROTO_ICMP
  s.Add("IPPROTO_ICMP", IPPROTO_ICMP);
#endif
#ifdef IPPROTO_IGMP
  s.Add("IPPROTO_IGMP", IPPROTO_IGMP);
#endif
#ifdef IPPROTO_GGP
  s.Add("IPPROTO_GGP", IPPROTO_GGP);
#endif
#ifdef IPPROTO_IPV4
  s.Add("IPPROTO_IPV4", IPPROTO_IPV4);
#endif
#ifdef IPPROTO_IPIP
  s.Add("IPPROTO_IPIP", IPPROTO_IPIP);
#endif
#ifdef IPPROTO_TCP
  s.Add("IPPROTO_TCP", IPPROTO_TCP);
#endif
#ifdef IPPROTO_ST
  s.Add("IPPROTO_ST", IPPROTO_ST);
#endif
#ifdef IPPROTO_EGP
  s.Add("IPPROTO_EGP", IPPROTO_EGP);
#endif
#ifdef IPPROTO_PIGP
  s.Add("IPPROTO_PIGP", IPPROTO_PIGP);
#endif
#ifdef IPPROTO_PUP
  s.Add("IPPROTO_PUP", IPPROTO_PUP);
#endif
#ifdef IPPROTO_UDP
  s.Add("IPPROTO_UDP", IPPROTO_UDP);
#endif
#ifdef IPPROTO_IDP
  s.Add("IPPROTO_IDP", IPPROTO_IDP);
#endif
#ifdef IPPROTO_TP
  s.Add("IPPROTO_TP", IPPROTO_TP);
#endif
#ifdef IPPROTO_XTP
  s.Add("IPPROTO_XTP", IPPROTO_XTP);
#endif
#ifdef IPPROTO_IPV6
  s.Add("IPPROTO_IPV6", IPPROTO_IPV6);
#endif
#ifdef IPPROTO_SDRP
  s.Add("IPPROTO_SDRP", IPPROTO_SDRP);
#endif
#ifdef IPPROTO_ROUTING
  s.Add("IPPROTO_ROUTING", IPPROTO_ROUTING);
#endif
#ifdef IPPROTO_FRAGMENT
  s.Add("IPPROTO_FRAGMENT", IPPROTO_FRAGMENT);
#endif
#ifdef IPPROTO_IDRP
  s.Add("IPPROTO_IDRP", IPPROTO_IDRP);
#endif
#ifdef IPPROTO_RSVP
  s.Add("IPPROTO_RSVP", IPPROTO_RSVP);
#endif
#ifdef IPPROTO_GRE
  s.Add("IPPROTO_GRE", IPPROTO_GRE);
#endif
#ifdef IPPROTO_MHRP
  s.Add("IPPROTO_MHRP", IPPROTO_MHRP);
#endif
#ifdef IPPROTO_BHA
  s.Add("IPPROTO_BHA", IPPROTO_BHA);
#endif
#ifdef IPPROTO_ESP
  s.Add("IPPROTO_ESP", IPPROTO_ESP);
#endif
#ifdef IPPROTO_AH
  s.Add("IPPROTO_AH", IPPROTO_AH);
#endif
#ifdef IPPROTO_INLSP
  s.Add("IPPROTO_INLSP", IPPROTO_INLSP);
#endif
#ifdef IPPROTO_SWIPE
  s.Add("IPPROTO_SWIPE", IPPROTO_SWIPE);
#endif
#ifdef IPPROTO_NHRP
  s.Add("IPPROTO_NHRP", IPPROTO_NHRP);
#endif
#ifdef IPPROTO_MOBILE
  s.Add("IPPROTO_MOBILE", IPPROTO_MOBILE);
#endif
#ifdef IPPROTO_TLSP
  s.Add("IPPROTO_TLSP", IPPROTO_TLSP);
#endif
#ifdef IPPROTO_SKIP
  s.Add("IPPROTO_SKIP", IPPROTO_SKIP);
#endif
#ifdef IPPROTO_ICMPV6
  s.Add("IPPROTO_ICMPV6", IPPROTO_ICMPV6);
#endif
#ifdef IPPROTO_NONE
  s.Add("IPPROTO_NONE", IPPROTO_NONE);
#endif
#ifdef IPPROTO_DSTOPTS
  s.Add("IPPROTO_DSTOPTS", IPPROTO_DSTOPTS);
#endif
#ifdef IPPROTO_MH
  s.Add("IPPROTO_MH", IPPROTO_MH);
#endif
#ifdef IPPROTO_HELLO
  s.Add("IPPROTO_HELLO", IPPROTO_HELLO);
#endif
#ifdef IPPROTO_ND
  s.Add("IPPROTO_ND", IPPROTO_ND);
#endif
#ifdef IPPROTO_EON
  s.Add("IPPROTO_EON", IPPROTO_EON);
#endif
#ifdef IPPROTO_IPCOMP
  s.Add("IPPROTO_IPCOMP", IPPROTO_IPCOMP);
#endif
#ifdef IPPROTO_COMP
  s.Add("IPPROTO_COMP", IPPROTO_COMP);
#endif
#ifdef IPPROTO_PIM
  s.Add("IPPROTO_PIM", IPPROTO_PIM);
#endif
#ifdef IPPROTO_CARP
  s.Add("IPPROTO_CARP", IPPROTO_CARP);
#endif
#ifdef IPPROTO_PGM
  s.Add("IPPROTO_PGM", IPPROTO_PGM);
#endif
#ifdef IPPROTO_SCTP
  s.Add("IPPROTO_SCTP", IPPROTO_SCTP);
#endif
#ifdef IPPROTO_UDPLITE
  s.Add("IPPROTO_UDPLITE", IPPROTO_UDPLITE);
#endif
#ifdef IPPROTO_MPLS
  s.Add("IPPROTO_MPLS", IPPROTO_MPLS);
#endif
#ifdef IPPROTO_ETHERNET
  s.Add("IPPROTO_ETHERNET", IPPROTO_ETHERNET);
#endif
#ifdef IPPROTO_BEETPH
  s.Add("IPPROTO_BEETPH", IPPROTO_BEETPH);
#endif
#ifdef IPPROTO_DCCP
  s.Add("IPPROTO_DCCP", IPPROTO_DCCP);
#endif
#ifdef IPPROTO_MPTCP
  s.Add("IPPROTO_MPTCP", IPPROTO_MPTCP);
#endif
#ifdef IPPROTO_ENCAP
  s.Add("IPPROTO_ENCAP", IPPROTO_ENCAP);
#endif
#ifdef IPPROTO_ETHERIP
  s.Add("IPPROTO_ETHERIP", IPPROTO_ETHERIP);
#endif
#ifdef IPPROTO_MTP
  s.Add("IPPROTO_MTP", IPPROTO_MTP);
#endif
#ifdef IPPROTO_L2TP
  s.Add("IPPROTO_L2TP", IPPROTO_L2TP);
#endif
#ifdef IPPROTO_VRRP
  s.Add("IPPROTO_VRRP", IPPROTO_VRRP);
#endif
#ifdef IPPROTO_BIP
  s.Add("IPPROTO_BIP", IPPROTO_BIP);
#endif
#ifdef IPPROTO_CBT
  s.Add("IPPROTO_CBT", IPPROTO_CBT);
#endif
#ifdef IPPROTO_ICLFXBM
  s.Add("IPPROTO_ICLFXBM", IPPROTO_ICLFXBM);
#endif
#ifdef IPPROTO_IGP
  s.Add("IPPROTO_IGP", IPPROTO_IGP);
#endif
#ifdef IPPROTO_RDP
  s.Add("IPPROTO_RDP", IPPROTO_RDP);
#endif
#ifdef IPPROTO_DIVERT
  s.Add("IPPROTO_DIVERT", IPPROTO_DIVERT);
#endif
#ifdef IPPROTO_PFSYNC
  s.Add("IPPROTO_PFSYNC", IPPROTO_PFSYNC);
#endif
#ifdef IPPROTO_SEND
  s.Add("IPPROTO_SEND", IPPROTO_SEND);
#endif
#ifdef IPPROTO_RAW
  s.Add("IPPROTO_RAW", IPPROTO_RAW);
#endif
#ifdef IPPROTO_MAX
  s.Add("IPPROTO_MAX", IPPROTO_MAX);
#endif
  s.Group("INADDR");
#ifdef INADDR_ANY
  s.Add("INADDR_ANY", INADDR_ANY);
#endif
#ifdef INADDR_BROADCAST
  s.Add("INADDR_BROADCAST", INADDR_BROADCAST);
#endif
#ifdef INADDR_NONE
  s.Add("INADDR_NONE", INADDR_NONE);
#endif
#ifdef INADDR_DUMMY
  s.Add("INADDR_DUMMY", INADDR_DUMMY);
#endif
#ifdef INADDR_LOOPBACK
  s.Add("INADDR_LOOPBACK", INADDR_LOOPBACK);
#endif
#ifdef INADDR_UNSPEC_GROUP
  s.Add("INADDR_UNSPEC_GROUP", INADDR_UNSPEC_GROUP);
#endif
#ifdef INADDR_ALLHOSTS_GROUP
  s.Add("INADDR_ALLHOSTS_GROUP", INADDR_ALLHOSTS_GROUP);
#endif
#ifdef INADDR_ALLRTRS_GROUP
  s.Add("INADDR_ALLRTRS_GROUP", INADDR_ALLRTRS_GROUP);
#endif
#ifdef INADDR_ALLRPTS_GROUP
  s.Add("INADDR_ALLRPTS_GROUP", INADDR_ALLRPTS_GROUP);
#endif
#ifdef INADDR_ALLSNOOPERS_GROUP
  s.Add("INADDR_ALLSNOOPERS_GROUP", INADDR_ALLSNOOPERS_GROUP);
#endif
#ifdef INADDR_CARP_GROUP
  s.Add("INADDR_CARP_GROUP", INADDR_CARP_GROUP);
#endif
#ifdef INADDR_PFSYNC_GROUP
  s.Add("INADDR_PFSYNC_GROUP", INADDR_PFSYNC_GROUP);
#endif
#ifdef INADDR_ALLMDNS_GROUP
  s.Add("INADDR_ALLMDNS_GROUP", INADDR_ALLMDNS_GROUP);
#endif
#ifdef INADDR_MAX_LOCAL_GROUP
  s.Add("INADDR_MAX_LOCAL_GROUP", INADDR_MAX_LOCAL_GROUP);
#endif
  s.Group("SOL");
#ifdef SOL_IP
  s.Add("SOL_IP", SOL_IP);
#endif
#ifdef SOL_IPV6
  s.Add("SOL_IPV6", SOL_IPV6);
#endif
#ifdef SOL_ICMPV6
  s.Add("SOL_ICMPV6", SOL_ICMPV6);
#endif
#ifdef SOL_TCP
  s.Add("SOL_TCP", SOL_TCP);
#endif
#ifdef SOL_UDP
  s.Add("SOL_UDP", SOL_UDP);
#endif
#ifdef SOL_UDPLITE
  s.Add("SOL_UDPLITE", SOL_UDPLITE);
#endif
#ifdef SOL_RAW
  s.Add("SOL_RAW", SOL_RAW);
#endif
#ifdef SOL_MPTCP
  s.Add("SOL_MPTCP", SOL_MPTCP);
#endif
  s.Group("IP");
#ifdef IP_OPTIONS
  s.Add("IP_OPTIONS", IP_OPTIONS);
#endif
#ifdef IP_HDRINCL
  s.Add("IP_HDRINCL", IP_HDRINCL);
#endif
#ifdef IP_TOS
  s.Add("IP_TOS", IP_TOS);
#endif
#ifdef IP_TTL
  s.Add("IP_TTL", IP_TTL);
#endif
#ifdef IP_RECVOPTS
  s.Add("IP_RECVOPTS", IP_RECVOPTS);
#endif
#ifdef IP_RECVRETOPTS
  s.Add("IP_RECVRETOPTS", IP_RECVRETOPTS);
#endif
#ifdef IP_RECVDSTADDR
  s.Add("IP_RECVDSTADDR", IP_RECVDSTADDR);
#endif
#ifdef IP_RETOPTS
  s.Add("IP_RETOPTS", IP_RETOPTS);
#endif
#ifdef IP_MULTICAST_IF
  s.Add("IP_MULTICAST_IF", IP_MULTICAST_IF);
#endif
#ifdef IP_MULTICAST_TTL
  s.Add("IP_MULTICAST_TTL", IP_MULTICAST_TTL);
#endif
#ifdef IP_MULTICAST_LOOP
  s.Add("IP_MULTICAST_LOOP", IP_MULTICAST_LOOP);
#endif
#ifdef IP_ADD_MEMBERSHIP
  s.Add("IP_ADD_MEMBERSHIP", IP_ADD_MEMBERSHIP);
#endif
#ifdef IP_DROP_MEMBERSHIP
  s.Add("IP_DROP_MEMBERSHIP", IP_DROP_MEMBERSHIP);
#endif
#ifdef IP_MULTICAST_VIF
  s.Add("IP_MULTICAST_VIF", IP_MULTICAST_VIF);
#endif
#ifdef IP_RSVP_ON
  s.Add("IP_RSVP_ON", IP_RSVP_ON);
#endif
#ifdef IP_RSVP_OFF
  s.Add("IP_RSVP_OFF", IP_RSVP_OFF);
#endif
#ifdef IP_RSVP_VIF_ON
  s.Add("IP_RSVP_VIF_ON", IP_RSVP_VIF_ON);
#endif
#ifdef IP_RSVP_VIF_OFF
  s.Add("IP_RSVP_VIF_OFF", IP_RSVP_VIF_OFF);
#endif
#ifdef IP_PORTRANGE
  s.Add("IP_PORTRANGE", IP_PORTRANGE);
#endif
#ifdef IP_RECVIF
  s.Add("IP_RECVIF", IP_RECVIF);
#endif
#ifdef IP_IPSEC_POLICY
  s.Add("IP_IPSEC_POLICY", IP_IPSEC_POLICY);
#endif
#ifdef IP_FAITH
  s.Add("IP_FAITH", IP_FAITH);
#endif
#ifdef IP_ONESBCAST
  s.Add("IP_ONESBCAST", IP_ONESBCAST);
#endif
#ifdef IP_BINDANY
  s.Add("IP_BINDANY", IP_BINDANY);
#endif
#ifdef IP_BINDMULTI
  s.Add("IP_BINDMULTI", IP_BINDMULTI);
#endif
#ifdef IP_RSS_LISTEN_BUCKET
  s.Add("IP_RSS_LISTEN_BUCKET", IP_RSS_LISTEN_BUCKET);
#endif
#ifdef IP_ORIGDSTADDR
  s.Add("IP_ORIGDSTADDR", IP_ORIGDSTADDR);
#endif
#ifdef IP_RECVORIGDSTADDR
  s.Add("IP_RECVORIGDSTADDR", IP_RECVORIGDSTADDR);
#endif
#ifdef IP_FLOWID
  s.Add("IP_FLOWID", IP_FLOWID);
#endif
#ifdef IP_FLOWTYPE
  s.Add("IP_FLOWTYPE", IP_FLOWTYPE);
#endif
#ifdef IP_RSSBUCKETID
  s.Add("IP_RSSBUCKETID", IP_RSSBUCKETID);
#endif
#ifdef IP_RECVFLOWID
  s.Add("IP_RECVFLOWID", IP_RECVFLOWID);
#endif
#ifdef IP_RECVRSSBUCKETID
  s.Add("IP_RECVRSSBUCKETID", IP_RECVRSSBUCKETID);
#endif
#ifdef IP_FW_TABLE_ADD
  s.Add("IP_FW_TABLE_ADD", IP_FW_TABLE_ADD);
#endif
#ifdef IP_FW_TABLE_DEL
  s.Add("IP_FW_TABLE_DEL", IP_FW_TABLE_DEL);
#endif
#ifdef IP_FW_TABLE_FLUSH
  s.Add("IP_FW_TABLE_FLUSH", IP_FW_TABLE_FLUSH);
#endif
#ifdef IP_FW_TABLE_GETSIZE
  s.Add("IP_FW_TABLE_GETSIZE", IP_FW_TABLE_GETSIZE);
#endif
#ifdef IP_FW_TABLE_LIST
  s.Add("IP_FW_TABLE_LIST", IP_FW_TABLE_LIST);
#endif
#ifdef IP_FW3
  s.Add("IP_FW3", IP_FW3);
#endif
#ifdef IP_DUMMYNET3
  s.Add("IP_DUMMYNET3", IP_DUMMYNET3);
#endif
#ifdef IP_ADD_SOURCE_MEMBERSHIP
  s.Add("IP_ADD_SOURCE_MEMBERSHIP", IP_ADD_SOURCE_MEMBERSHIP);
#endif
#ifdef IP_DROP_SOURCE_MEMBERSHIP
  s.Add("IP_DROP_SOURCE_MEMBERSHIP", IP_DROP_SOURCE_MEMBERSHIP);
#endif
#ifdef IP_BLOCK_SOURCE
  s.Add("IP_BLOCK_SOURCE", IP_BLOCK_SOURCE);
#endif
#ifdef IP_UNBLOCK_SOURCE
  s.Add("IP_UNBLOCK_SOURCE", IP_UNBLOCK_SOURCE);
#endif
#ifdef IP_MSFILTER
  s.Add("IP_MSFILTER", IP_MSFILTER);
#endif
#ifdef IP_MINTTL
  s.Add("IP_MINTTL", IP_MINTTL);
#endif
#ifdef IP_DONTFRAG
  s.Add("IP_DONTFRAG", IP_DONTFRAG);
#endif
#ifdef IP_RECVTOS
  s.Add("IP_RECVTOS", IP_RECVTOS);
#endif
#ifdef IP_RECVTTL
  s.Add("IP_RECVTTL", IP_RECVTTL);
#endif
#ifdef IP_RECVPKTINFO
  s.Add("IP_RECVPKTINFO", IP_RECVPKTINFO);
#endif
#ifdef IP_PKTINFO
  s.Add("IP_PKTINFO", IP_PKTINFO);
#endif
#ifdef IP_PKTOPTIONS
  s.Add("IP_PKTOPTIONS", IP_PKTOPTIONS);
#endif
#ifdef IP_BOUND_IF
  s.Add("IP_BOUND_IF", IP_BOUND_IF);
#endif
#ifdef IP_MULTICAST_IFINDEX
  s.Add("IP_MULTICAST_IFINDEX", IP_MULTICAST_IFINDEX);
#endif
#ifdef IP_STRIPHDR
  s.Add("IP_STRIPHDR", IP_STRIPHDR);
#endif
#ifdef IP_TRAFFIC_MGT_BACKGROUND
  s.Add("IP_TRAFFIC_MGT_BACKGROUND", IP_TRAFFIC_MGT_BACKGROUND);
#endif
#ifdef IP_ROUTER_ALERT
  s.Add("IP_ROUTER_ALERT", IP_ROUTER_ALERT);
#endif
#ifdef IP_MTU_DISCOVER
  s.Add("IP_MTU_DISCOVER", IP_MTU_DISCOVER);
#endif
#ifdef IP_RECVERR
  s.Add("IP_RECVERR", IP_RECVERR);
#endif
#ifdef IP_MTU
  s.Add("IP_MTU", IP_MTU);
#endif
#ifdef IP_FREEBIND
  s.Add("IP_FREEBIND", IP_FREEBIND);
#endif
#ifdef IP_XFRM_POLICY
  s.Add("IP_XFRM_POLICY", IP_XFRM_POLICY);
#endif
#ifdef IP_PASSSEC
  s.Add("IP_PASSSEC", IP_PASSSEC);
#endif
#ifdef IP_TRANSPARENT
  s.Add("IP_TRANSPARENT", IP_TRANSPARENT);
#endif
#ifdef IP_NODEFRAG
  s.Add("IP_NODEFRAG", IP_NODEFRAG);
#endif
#ifdef IP_CHECKSUM
  s.Add("IP_CHECKSUM", IP_CHECKSUM);
#endif
#ifdef IP_BIND_ADDRESS_NO_PORT
  s.Add("IP_BIND_ADDRESS_NO_PORT", IP_BIND_ADDRESS_NO_PORT);
#endif
#ifdef IP_RECVFRAGSIZE
  s.Add("IP_RECVFRAGSIZE", IP_RECVFRAGSIZE);
#endif
#ifdef IP_RECVERR_RFC4884
  s.Add("IP_RECVERR_RFC4884", IP_RECVERR_RFC4884);
#endif
#ifdef IP_MULTICAST_ALL
  s.Add("IP_MULTICAST_ALL", IP_MULTICAST_ALL);
#endif
#ifdef IP_UNICAST_IF
  s.Add("IP_UNICAST_IF", IP_UNICAST_IF);
#endif
#ifdef IP_LOCAL_PORT_RANGE
  s.Add("IP_LOCAL_PORT_RANGE", IP_LOCAL_PORT_RANGE);
#endif
#ifdef IP_PROTOCOL
  s.Add("IP_PROTOCOL", IP_PROTOCOL);
#endif
#ifdef IP_PMTUDISC
  s.Add("IP_PMTUDISC", IP_PMTUDISC);
#endif
#ifdef IP_PMTUDISC_DONT
  s.Add("IP_PMTUDISC_DONT", IP_PMTUDISC_DONT);
#endif
#ifdef IP_PMTUDISC_WANT
  s.Add("IP_PMTUDISC_WANT", IP_PMTUDISC_WANT);
#endif
#ifdef IP_PMTUDISC_DO
  s.Add("IP_PMTUDISC_DO", IP_PMTUDISC_DO);
#endif
#ifdef IP_PMTUDISC_PROBE
  s.Add("IP_PMTUDISC_PROBE", IP_PMTUDISC_PROBE);
#endif
#ifdef IP_PMTUDISC_INTERFACE
  s.Add("IP_PMTUDISC_INTERFACE", IP_PMTUDISC_INTERFACE);
#endif
#ifdef IP_PMTUDISC_OMIT
  s.Add("IP_PMTUDISC_OMIT", IP_PMTUDISC_OMIT);
#endif
#ifdef IP_PORTRANGE_DEFAULT
  s.Add("IP_PORTRANGE_DEFAULT", IP_PORTRANGE_DEFAULT);
#endif
#ifdef IP_PORTRANGE_HIGH
  s.Add("IP_PORTRANGE_HIGH", IP_PORTRANGE_HIGH);
#endif
#ifdef IP_PORTRANGE_LOW
  s.Add("IP_PORTRANGE_LOW", IP_PORTRANGE_LOW);
#endif
#ifdef IP_DEFAULT_MULTICAST_TTL
  s.Add("IP_DEFAULT_MULTICAST_TTL", IP_DEFAULT_MULTICAST_TTL);
#endif
#ifdef IP_DEFAULT_MULTICAST_LOOP
  s.Add("IP_DEFAULT_MULTICAST_LOOP", IP_DEFAULT_MULTICAST_LOOP);
#endif
#ifdef IP_MAX_MEMBERSHIPS
  s.Add("IP_MAX_MEMBERSHIPS", IP_MAX_MEMBERSHIPS);
#endif
#ifdef IP_MIN_MEMBERSHIPS
  s.Add("IP_MIN_MEMBERSHIPS", IP_MIN_MEMBERSHIPS);
#endif
#ifdef IP_MAX_GROUP_SRC_FILTER
  s.Add("IP_MAX_GROUP_SRC_FILTER", IP_MAX_GROUP_SRC_FILTER);
#endif
#ifdef IP_MAX_SOCK_SRC_FILTER
  s.Add("IP_MAX_SOCK_SRC_FILTER", IP_MAX_SOCK_SRC_FILTER);
#endif
#ifdef IP_MAX_SOCK_MUTE_FILTER
  s.Add("IP_MAX_SOCK_MUTE_FILTER", IP_MAX_SOCK_MUTE_FILTER);
#endif
#ifdef IP_RF
  s.Add("IP_RF", IP_RF);
#endif
#ifdef IP_DF
  s.Add("IP_DF", IP_DF);
#endif
#ifdef IP_MF
  s.Add("IP_MF", IP_MF);
#endif
#ifdef IP_OFFMASK
  s.Add("IP_OFFMASK", IP_OFFMASK);
#endif
#ifdef IP_MAXPACKET
  s.Add("IP_MAXPACKET", IP_MAXPACKET);
#endif
#ifdef IP_MSS
  s.Add("IP_MSS", IP_MSS);
#endif
  s.Group("MCAST");
#ifdef MCAST_JOIN_GROUP
  s.Add("MCAST_JOIN_GROUP", MCAST_JOIN_GROUP);
#endif
#ifdef MCAST_BLOCK_SOURCE
  s.Add("MCAST_BLOCK_SOURCE", MCAST_BLOCK_SOURCE);
#endif
#ifdef MCAST_UNBLOCK_SOURCE
  s.Add("MCAST_UNBLOCK_SOURCE", MCAST_UNBLOCK_SOURCE);
#endif
#ifdef MCAST_LEAVE_GROUP
  s.Add("MCAST_LEAVE_GROUP", MCAST_LEAVE_GROUP);
#endif
#ifdef MCAST_JOIN_SOURCE_GROUP
  s.Add("MCAST_JOIN_SOURCE_GROUP", MCAST_JOIN_SOURCE_GROUP);
#endif
#ifdef MCAST_LEAVE_SOURCE_GROUP
  s.Add("MCAST_LEAVE_SOURCE_GROUP", MCAST_LEAVE_SOURCE_GROUP);
#endif
#ifdef MCAST_MSFILTER
  s.Add("MCAST_MSFILTER", MCAST_MSFILTER);
#endif
#ifdef MCAST_EXCLUDE
  s.Add("MCAST_EXCLUDE", MCAST_EXCLUDE);
#endif
#ifdef MCAST_INCLUDE
  s.Add("MCAST_INCLUDE", MCAST_INCLUDE);
#endif
#ifdef MCAST_UNDEFINED
  s.Add("MCAST_UNDEFINED", MCAST_UNDEFINED);
#endif
  s.Group("IPV6");
#ifdef IPV6_ADDRFORM
  s.Add("IPV6_ADDRFORM", IPV6_ADDRFORM);
#endif
#ifdef IPV6_2292PKTINFO
  s.Add("IPV6_2292PKTINFO", IPV6_2292PKTINFO);
#endif
#ifdef IPV6_2292HOPOPTS
  s.Add("IPV6_2292HOPOPTS", IPV6_2292HOPOPTS);
#endif
#ifdef IPV6_2292DSTOPTS
  s.Add("IPV6_2292DSTOPTS", IPV6_2292DSTOPTS);
#endif
#ifdef IPV6_2292RTHDR
  s.Add("IPV6_2292RTHDR", IPV6_2292RTHDR);
#endif
#ifdef IPV6_2292PKTOPTIONS
  s.Add("IPV6_2292PKTOPTIONS", IPV6_2292PKTOPTIONS);
#endif
#ifdef IPV6_2292HOPLIMIT
  s.Add("IPV6_2292HOPLIMIT", IPV6_2292HOPLIMIT);
#endif
#ifdef IPV6_CHECKSUM
  s.Add("IPV6_CHECKSUM", IPV6_CHECKSUM);
#endif
#ifdef IPV6_NEXTHOP
  s.Add("IPV6_NEXTHOP", IPV6_NEXTHOP);
#endif
#ifdef IPV6_AUTHHDR
  s.Add("IPV6_AUTHHDR", IPV6_AUTHHDR);
#endif
#ifdef IPV6_UNICAST_HOPS
  s.Add("IPV6_UNICAST_HOPS", IPV6_UNICAST_HOPS);
#endif
#ifdef IPV6_MULTICAST_IF
  s.Add("IPV6_MULTICAST_IF", IPV6_MULTICAST_IF);
#endif
#ifdef IPV6_MULTICAST_HOPS
  s.Add("IPV6_MULTICAST_HOPS", IPV6_MULTICAST_HOPS);
#endif
#ifdef IPV6_MULTICAST_LOOP
  s.Add("IPV6_MULTICAST_LOOP", IPV6_MULTICAST_LOOP);
#endif
#ifdef IPV6_JOIN_GROUP
  s.Add("IPV6_JOIN_GROUP", IPV6_JOIN_GROUP);
#endif
#ifdef IPV6_LEAVE_GROUP
  s.Add("IPV6_LEAVE_GROUP", IPV6_LEAVE_GROUP);
#endif
#ifdef IPV6_ADD_MEMBERSHIP
  s.Add("IPV6_ADD_MEMBERSHIP", IPV6_ADD_MEMBERSHIP);
#endif
#ifdef IPV6_DROP_MEMBERSHIP
  s.Add("IPV6_DROP_MEMBERSHIP", IPV6_DROP_MEMBERSHIP);
#endif
#ifdef IPV6_ROUTER_ALERT
  s.Add("IPV6_ROUTER_ALERT", IPV6_ROUTER_ALERT);
#endif
#ifdef IPV6_MTU_DISCOVER
  s.Add("IPV6_MTU_DISCOVER", IPV6_MTU_DISCOVER);
#endif
#ifdef IPV6_MTU
  s.Add("IPV6_MTU", IPV6_MTU);
#endif
#ifdef IPV6_RECVERR
  s.Add("IPV6_RECVERR", IPV6_RECVERR);
#endif
#ifdef IPV6_V6ONLY
  s.Add("IPV6_V6ONLY", IPV6_V6ONLY);
#endif
#ifdef IPV6_JOIN_ANYCAST
  s.Add("IPV6_JOIN_ANYCAST", IPV6_JOIN_ANYCAST);
#endif
#ifdef IPV6_LEAVE_ANYCAST
  s.Add("IPV6_LEAVE_ANYCAST", IPV6_LEAVE_ANYCAST);
#endif
#ifdef IPV6_MULTICAST_ALL
  s.Add("IPV6_MULTICAST_ALL", IPV6_MULTICAST_ALL);
#endif
#ifdef IPV6_ROUTER_ALERT_ISOLATE
  s.Add("IPV6_ROUTER_ALERT_ISOLATE", IPV6_ROUTER_ALERT_ISOLATE);
#endif
#ifdef IPV6_RECVERR_RFC4884
  s.Add("IPV6_RECVERR_RFC4884", IPV6_RECVERR_RFC4884);
#endif
#ifdef IPV6_IPSEC_POLICY
  s.Add("IPV6_IPSEC_POLICY", IPV6_IPSEC_POLICY);
#endif
#ifdef IPV6_XFRM_POLICY
  s.Add("IPV6_XFRM_POLICY", IPV6_XFRM_POLICY);
#endif
#ifdef IPV6_HDRINCL
  s.Add("IPV6_HDRINCL", IPV6_HDRINCL);
#endif
#ifdef IPV6_RECVPKTINFO
  s.Add("IPV6_RECVPKTINFO", IPV6_RECVPKTINFO);
#endif
#ifdef IPV6_PKTINFO
  s.Add("IPV6_PKTINFO", IPV6_PKTINFO);
#endif
#ifdef IPV6_RECVHOPLIMIT
  s.Add("IPV6_RECVHOPLIMIT", IPV6_RECVHOPLIMIT);
#endif
#ifdef IPV6_HOPLIMIT
  s.Add("IPV6_HOPLIMIT", IPV6_HOPLIMIT);
#endif
#ifdef IPV6_RECVHOPOPTS
  s.Add("IPV6_RECVHOPOPTS", IPV6_RECVHOPOPTS);
#endif
#ifdef IPV6_HOPOPTS
  s.Add("IPV6_HOPOPTS", IPV6_HOPOPTS);
#endif
#ifdef IPV6_RTHDRDSTOPTS
  s.Add("IPV6_RTHDRDSTOPTS", IPV6_RTHDRDSTOPTS);
#endif
#ifdef IPV6_RECVRTHDR
  s.Add("IPV6_RECVRTHDR", IPV6_RECVRTHDR);
#endif
#ifdef IPV6_RTHDR
  s.Add("IPV6_RTHDR", IPV6_RTHDR);
#endif
#ifdef IPV6_RECVDSTOPTS
  s.Add("IPV6_RECVDSTOPTS", IPV6_RECVDSTOPTS);
#endif
#ifdef IPV6_DSTOPTS
  s.Add("IPV6_DSTOPTS", IPV6_DSTOPTS);
#endif
#ifdef IPV6_RECVPATHMTU
  s.Add("IPV6_RECVPATHMTU", IPV6_RECVPATHMTU);
#endif
#ifdef IPV6_PATHMTU
  s.Add("IPV6_PATHMTU", IPV6_PATHMTU);
#endif
#ifdef IPV6_DONTFRAG
  s.Add("IPV6_DONTFRAG", IPV6_DONTFRAG);
#endif
#ifdef IPV6_RECVTCLASS
  s.Add("IPV6_RECVTCLASS", IPV6_RECVTCLASS);
#endif
#ifdef IPV6_TCLASS
  s.Add("IPV6_TCLASS", IPV6_TCLASS);
#endif
#ifdef IPV6_AUTOFLOWLABEL
  s.Add("IPV6_AUTOFLOWLABEL", IPV6_AUTOFLOWLABEL);
#endif
#ifdef IPV6_ADDR_PREFERENCES
  s.Add("IPV6_ADDR_PREFERENCES", IPV6_ADDR_PREFERENCES);
#endif
#ifdef IPV6_MINHOPCOUNT
  s.Add("IPV6_MINHOPCOUNT", IPV6_MINHOPCOUNT);
#endif
#ifdef IPV6_ORIGDSTADDR
  s.Add("IPV6_ORIGDSTADDR", IPV6_ORIGDSTADDR);
#endif
#ifdef IPV6_RECVORIGDSTADDR
  s.Add("IPV6_RECVORIGDSTADDR", IPV6_RECVORIGDSTADDR);
#endif
#ifdef IPV6_TRANSPARENT
  s.Add("IPV6_TRANSPARENT", IPV6_TRANSPARENT);
#endif
#ifdef IPV6_UNICAST_IF
  s.Add("IPV6_UNICAST_IF", IPV6_UNICAST_IF);
#endif
#ifdef IPV6_RECVFRAGSIZE
  s.Add("IPV6_RECVFRAGSIZE", IPV6_RECVFRAGSIZE);
#endif
#ifdef IPV6_FREEBIND
  s.Add("IPV6_FREEBIND", IPV6_FREEBIND);
#endif
#ifdef IPV6_RXHOPOPTS
  s.Add("IPV6_RXHOPOPTS", IPV6_RXHOPOPTS);
#endif
#ifdef IPV6_RXDSTOPTS
  s.Add("IPV6_RXDSTOPTS", IPV6_RXDSTOPTS);
#endif
#ifdef IPV6_PMTUDISC_DONT
  s.Add("IPV6_PMTUDISC_DONT", IPV6_PMTUDISC_DONT);
#endif
#ifdef IPV6_PMTUDISC_WANT
  s.Add("IPV6_PMTUDISC_WANT", IPV6_PMTUDISC_WANT);
#endif
#ifdef IPV6_PMTUDISC_DO
  s.Add("IPV6_PMTUDISC_DO", IPV6_PMTUDISC_DO);
#endif
#ifdef IPV6_PMTUDISC_PROBE
  s.Add("IPV6_PMTUDISC_PROBE", IPV6_PMTUDISC_PROBE);
#endif
#ifdef IPV6_PMTUDISC_INTERFACE
  s.Add("IPV6_PMTUDISC_INTERFACE", IPV6_PMTUDISC_INTERFACE);
#endif
#ifdef IPV6_PMTUDISC_OMIT
  s.Add("IPV6_PMTUDISC_OMIT", IPV6_PMTUDISC_OMIT);
#endif
#ifdef IPV6_RTHDR_LOOSE
  s.Add("IPV6_RTHDR_LOOSE", IPV6_RTHDR_LOOSE);
#endif
#ifdef IPV6_RTHDR_STRICT
  s.Add("IPV6_RTHDR_STRICT", IPV6_RTHDR_STRICT);
#endif
#ifdef IPV6_RTHDR_TYPE_0
  s.Add("IPV6_RTHDR_TYPE_0", IPV6_RTHDR_TYPE_0);
#endif
#ifdef IPV6_USE_MIN_MTU
  s.Add("IPV6_USE_MIN_MTU", IPV6_USE_MIN_MTU);
#endif
#ifdef IPV6_PORTRANGE
  s.Add("IPV6_PORTRANGE", IPV6_PORTRANGE);
#endif
#ifdef IPV6_BINDANY
  s.Add("IPV6_BINDANY", IPV6_BINDANY);
#endif
#ifdef IPV6_BINDMULTI
  s.Add("IPV6_BINDMULTI", IPV6_BINDMULTI);
#endif
#ifdef IPV6_RSS_LISTEN_BUCKET
  s.Add("IPV6_RSS_LISTEN_BUCKET", IPV6_RSS_LISTEN_BUCKET);
#endif
#ifdef IPV6_FLOWID
  s.Add("IPV6_FLOWID", IPV6_FLOWID);
#endif
#ifdef IPV6_FLOWTYPE
  s.Add("IPV6_FLOWTYPE", IPV6_FLOWTYPE);
#endif
#ifdef IPV6_RSSBUCKETID
  s.Add("IPV6_RSSBUCKETID", IPV6_RSSBUCKETID);
#endif
#ifdef IPV6_RECVFLOWID
  s.Add("IPV6_RECVFLOWID", IPV6_RECVFLOWID);
#endif
#ifdef IPV6_RECVRSSBUCKETID
  s.Add("IPV6_RECVRSSBUCKETID", IPV6_RECVRSSBUCKETID);
#endif
#ifdef IPV6_FAITH
  s.Add("IPV6_FAITH", IPV6_FAITH);
#endif
#ifdef IPV6_PREFER_TEMPADDR
  s.Add("IPV6_PREFER_TEMPADDR", IPV6_PREFER_TEMPADDR);
#endif
#ifdef IPV6_BOUND_IF
  s.Add("IPV6_BOUND_IF", IPV6_BOUND_IF);
#endif
#ifdef IPV6_MSFILTER
  s.Add("IPV6_MSFILTER", IPV6_MSFILTER);
#endif
#ifdef IPV6_FLOWINFO
  s.Add("IPV6_FLOWINFO", IPV6_FLOWINFO);
#endif
#ifdef IPV6_FLOWLABEL_MGR
  s.Add("IPV6_FLOWLABEL_MGR", IPV6_FLOWLABEL_MGR);
#endif
#ifdef IPV6_FLOWINFO_SEND
  s.Add("IPV6_FLOWINFO_SEND", IPV6_FLOWINFO_SEND);
#endif
#ifdef IPV6_PREFER_SRC_TMP
  s.Add("IPV6_PREFER_SRC_TMP", IPV6_PREFER_SRC_TMP);
#endif
#ifdef IPV6_PREFER_SRC_PUBLIC
  s.Add("IPV6_PREFER_SRC_PUBLIC", IPV6_PREFER_SRC_PUBLIC);
#endif
#ifdef IPV6_PREFER_SRC_PUBTMP_DEFAULT
  s.Add("IPV6_PREFER_SRC_PUBTMP_DEFAULT", IPV6_PREFER_SRC_PUBTMP_DEFAULT);
#endif
#ifdef IPV6_PREFER_SRC_COA
  s.Add("IPV6_PREFER_SRC_COA", IPV6_PREFER_SRC_COA);
#endif
#ifdef IPV6_PREFER_SRC_HOME
  s.Add("IPV6_PREFER_SRC_HOME", IPV6_PREFER_SRC_HOME);
#endif
#ifdef IPV6_PREFER_SRC_CGA
  s.Add("IPV6_PREFER_SRC_CGA", IPV6_PREFER_SRC_CGA);
#endif
#ifdef IPV6_PREFER_SRC_NONCGA
  s.Add("IPV6_PREFER_SRC_NONCGA", IPV6_PREFER_SRC_NONCGA);
#endif
  s.Group("TCP");
#ifdef TCP_NODELAY
  s.Add("TCP_NODELAY", TCP_NODELAY);
#endif
#ifdef TCP_MAXSEG
  s.Add("TCP_MAXSEG", TCP_MAXSEG);
#endif
#ifdef TCP_CORK
  s.Add("TCP_CORK", TCP_CORK);
#endif
#ifdef TCP_KEEPIDLE
  s.Add("TCP_KEEPIDLE", TCP_KEEPIDLE);
#endif
#ifdef TCP_KEEPINTVL
  s.Add("TCP_KEEPINTVL", TCP_KEEPINTVL);
#endif
#ifdef TCP_KEEPCNT
  s.Add("TCP_KEEPCNT", TCP_KEEPCNT);
#endif
#ifdef TCP_SYNCNT
  s.Add("TCP_SYNCNT", TCP_SYNCNT);
#endif
#ifdef TCP_LINGER2
  s.Add("TCP_LINGER2", TCP_LINGER2);
#endif
#ifdef TCP_DEFER_ACCEPT
  s.Add("TCP_DEFER_ACCEPT", TCP_DEFER_ACCEPT);
#endif
#ifdef TCP_WINDOW_CLAMP
  s.Add("TCP_WINDOW_CLAMP", TCP_WINDOW_CLAMP);
#endif
#ifdef TCP_INFO
  s.Add("TCP_INFO", TCP_INFO);
#endif
#ifdef TCP_QUICKACK
  s.Add("TCP_QUICKACK", TCP_QUICKACK);
#endif
#ifdef TCP_CONGESTION
  s.Add("TCP_CONGESTION", TCP_CONGESTION);
#endif
#ifdef TCP_MD5SIG
  s.Add("TCP_MD5SIG", TCP_MD5SIG);
#endif
#ifdef TCP_COOKIE_TRANSACTIONS
  s.Add("TCP_COOKIE_TRANSACTIONS", TCP_COOKIE_TRANSACTIONS);
#endif
#ifdef TCP_THIN_LINEAR_TIMEOUTS
  s.Add("TCP_THIN_LINEAR_TIMEOUTS", TCP_THIN_LINEAR_TIMEOUTS);
#endif
#ifdef TCP_THIN_DUPACK
  s.Add("TCP_THIN_DUPACK", TCP_THIN_DUPACK);
#endif
#ifdef TCP_USER_TIMEOUT
  s.Add("TCP_USER_TIMEOUT", TCP_USER_TIMEOUT);
#endif
#ifdef TCP_REPAIR
  s.Add("TCP_REPAIR", TCP_REPAIR);
#endif
#ifdef TCP_REPAIR_QUEUE
  s.Add("TCP_REPAIR_QUEUE", TCP_REPAIR_QUEUE);
#endif
#ifdef TCP_QUEUE_SEQ
  s.Add("TCP_QUEUE_SEQ", TCP_QUEUE_SEQ);
#endif
#ifdef TCP_REPAIR_OPTIONS
  s.Add("TCP_REPAIR_OPTIONS", TCP_REPAIR_OPTIONS);
#endif
#ifdef TCP_FASTOPEN
  s.Add("TCP_FASTOPEN", TCP_FASTOPEN);
#endif
#ifdef TCP_TIMESTAMP
  s.Add("TCP_TIMESTAMP", TCP_TIMESTAMP);
#endif
#ifdef TCP_NOTSENT_LOWAT
  s.Add("TCP_NOTSENT_LOWAT", TCP_NOTSENT_LOWAT);
#endif
#ifdef TCP_CC_INFO
  s.Add("TCP_CC_INFO", TCP_CC_INFO);
#endif
#ifdef TCP_SAVE_SYN
  s.Add("TCP_SAVE_SYN", TCP_SAVE_SYN);
#endif
#ifdef TCP_SAVED_SYN
  s.Add("TCP_SAVED_SYN", TCP_SAVED_SYN);
#endif
#ifdef TCP_REPAIR_WINDOW
  s.Add("TCP_REPAIR_WINDOW", TCP_REPAIR_WINDOW);
#endif
#ifdef TCP_FASTOPEN_CONNECT
  s.Add("TCP_FASTOPEN_CONNECT", TCP_FASTOPEN_CONNECT);
#endif
#ifdef TCP_ULP
  s.Add("TCP_ULP", TCP_ULP);
#endif
#ifdef TCP_MD5SIG_EXT
  s.Add("TCP_MD5SIG_EXT", TCP_MD5SIG_EXT);
#endif
#ifdef TCP_FASTOPEN_KEY
  s.Add("TCP_FASTOPEN_KEY", TCP_FASTOPEN_KEY);
#endif
#ifdef TCP_FASTOPEN_NO_COOKIE
  s.Add("TCP_FASTOPEN_NO_COOKIE", TCP_FASTOPEN_NO_COOKIE);
#endif
#ifdef TCP_ZEROCOPY_RECEIVE
  s.Add("TCP_ZEROCOPY_RECEIVE", TCP_ZEROCOPY_RECEIVE);
#endif
#ifdef TCP_INQ
  s.Add("TCP_INQ", TCP_INQ);
#endif
#ifdef TCP_CM_INQ
  s.Add("TCP_CM_INQ", TCP_CM_INQ);
#endif
#ifdef TCP_TX_DELAY
  s.Add("TCP_TX_DELAY", TCP_TX_DELAY);
#endif
#ifdef TCP_AO_ADD_KEY
  s.Add("TCP_AO_ADD_KEY", TCP_AO_ADD_KEY);
#endif
#ifdef TCP_AO_DEL_KEY
  s.Add("TCP_AO_DEL_KEY", TCP_AO_DEL_KEY);
#endif
#ifdef TCP_AO_INFO
  s.Add("TCP_AO_INFO", TCP_AO_INFO);
#endif
#ifdef TCP_AO_GET_KEYS
  s.Add("TCP_AO_GET_KEYS", TCP_AO_GET_KEYS);
#endif
#ifdef TCP_AO_REPAIR
  s.Add("TCP_AO_REPAIR", TCP_AO_REPAIR);
#endif
#ifdef TCP_IS_MPTCP
  s.Add("TCP_IS_MPTCP", TCP_IS_MPTCP);
#endif
#ifdef TCP_RTO_MIN_US
  s.Add("TCP_RTO_MIN_US", TCP_RTO_MIN_US);
#endif
#ifdef TCP_DELACK_MAX_US
  s.Add("TCP_DELACK_MAX_US", TCP_DELACK_MAX_US);
#endif
#ifdef TCP_NOPUSH
  s.Add("TCP_NOPUSH", TCP_NOPUSH);
#endif
#ifdef TCP_NOOPT
  s.Add("TCP_NOOPT", TCP_NOOPT);
#endif
#ifdef TCP_KEEPALIVE
  s.Add("TCP_KEEPALIVE", TCP_KEEPALIVE);
#endif
#ifdef TCP_CONNECTIONTIMEOUT
  s.Add("TCP_CONNECTIONTIMEOUT", TCP_CONNECTIONTIMEOUT);
#endif
#ifdef TCP_SENDMOREACKS
  s.Add("TCP_SENDMOREACKS", TCP_SENDMOREACKS);
#endif
#ifdef TCP_ENABLE_ECN
  s.Add("TCP_ENABLE_ECN", TCP_ENABLE_ECN);
#endif
#ifdef TCP_CONNECTION_INFO
  s.Add("TCP_CONNECTION_INFO", TCP_CONNECTION_INFO);
#endif
#ifdef TCP_RXT_CONNDROPTIME
  s.Add("TCP_RXT_CONNDROPTIME", TCP_RXT_CONNDROPTIME);
#endif
#ifdef TCP_RXT_FINDROP
  s.Add("TCP_RXT_FINDROP", TCP_RXT_FINDROP);
#endif
#ifdef TCP_INFO_ANCHOR
  s.Add("TCP_INFO_ANCHOR", TCP_INFO_ANCHOR);
#endif
#ifdef TCP_FUNCTION_BLK
  s.Add("TCP_FUNCTION_BLK", TCP_FUNCTION_BLK);
#endif
#ifdef TCP_FUNCTION_ALIAS
  s.Add("TCP_FUNCTION_ALIAS", TCP_FUNCTION_ALIAS);
#endif
#ifdef TCP_CCALGOOPT
  s.Add("TCP_CCALGOOPT", TCP_CCALGOOPT);
#endif
#ifdef TCP_KEEPINIT
  s.Add("TCP_KEEPINIT", TCP_KEEPINIT);
#endif
#ifdef TCP_FASTOPEN_PSK_LEN
  s.Add("TCP_FASTOPEN_PSK_LEN", TCP_FASTOPEN_PSK_LEN);
#endif
#ifdef TCP_REUSPORT_LB_NUMA
  s.Add("TCP_REUSPORT_LB_NUMA", TCP_REUSPORT_LB_NUMA);
#endif
#ifdef TCP_MAXWIN
  s.Add("TCP_MAXWIN", TCP_MAXWIN);
#endif
#ifdef TCP_MAX_WINSHIFT
  s.Add("TCP_MAX_WINSHIFT", TCP_MAX_WINSHIFT);
#endif
#ifdef TCP_MSS
  s.Add("TCP_MSS", TCP_MSS);
#endif
#ifdef TCP_MSS_DEFAULT
  s.Add("TCP_MSS_DEFAULT", TCP_MSS_DEFAULT);
#endif
#ifdef TCP_MSS_DESIRED
  s.Add("TCP_MSS_DESIRED", TCP_MSS_DESIRED);
#endif
#ifdef TCP_COOKIE_MIN
  s.Add("TCP_COOKIE_MIN", TCP_COOKIE_MIN);
#endif
#ifdef TCP_COOKIE_MAX
  s.Add("TCP_COOKIE_MAX", TCP_COOKIE_MAX);
#endif
#ifdef TCP_COOKIE_PAIR_SIZE
  s.Add("TCP_COOKIE_PAIR_SIZE", TCP_COOKIE_PAIR_SIZE);
#endif
#ifdef TCP_COOKIE_IN_ALWAYS
  s.Add("TCP_COOKIE_IN_ALWAYS", TCP_COOKIE_IN_ALWAYS);
#endif
#ifdef TCP_COOKIE_OUT_NEVER
  s.Add("TCP_COOKIE_OUT_NEVER", TCP_COOKIE_OUT_NEVER);
#endif
#ifdef TCP_S_DATA_IN
  s.Add("TCP_S_DATA_IN", TCP_S_DATA_IN);
#endif
#ifdef TCP_S_DATA_OUT
  s.Add("TCP_S_DATA_OUT", TCP_S_DATA_OUT);
#endif
#ifdef TCP_REPAIR_ON
  s.Add("TCP_REPAIR_ON", TCP_REPAIR_ON);
#endif
#ifdef TCP_REPAIR_OFF
  s.Add("TCP_REPAIR_OFF", TCP_REPAIR_OFF);
#endif
#ifdef TCP_REPAIR_OFF_NO_WP
  s.Add("TCP_REPAIR_OFF_NO_WP", TCP_REPAIR_OFF_NO_WP);
#endif
#ifdef TCP_MD5SIG_MAXKEYLEN
  s.Add("TCP_MD5SIG_MAXKEYLEN", TCP_MD5SIG_MAXKEYLEN);
#endif
#ifdef TCP_MD5SIG_FLAG_PREFIX
  s.Add("TCP_MD5SIG_FLAG_PREFIX", TCP_MD5SIG_FLAG_PREFIX);
#endif
#ifdef TCP_MD5SIG_FLAG_IFINDEX
  s.Add("TCP_MD5SIG_FLAG_IFINDEX", TCP_MD5SIG_FLAG_IFINDEX);
#endif
#ifdef TCP_NO_QUEUE
  s.Add("TCP_NO_QUEUE", TCP_NO_QUEUE);
#endif
#ifdef TCP_RECV_QUEUE
  s.Add("TCP_RECV_QUEUE", TCP_RECV_QUEUE);
#endif
#ifdef TCP_SEND_QUEUE
  s.Add("TCP_SEND_QUEUE", TCP_SEND_QUEUE);
#endif
#ifdef TCP_QUEUES_NR
  s.Add("TCP_QUEUES_NR", TCP_QUEUES_NR);
#endif
  s.Group("UDP");
#ifdef UDP_CORK
  s.Add("UDP_CORK", UDP_CORK);
#endif
#ifdef UDP_ENCAP
  s.Add("UDP_ENCAP", UDP_ENCAP);
#endif
#ifdef UDP_NO_CHECK6_TX
  s.Add("UDP_NO_CHECK6_TX", UDP_NO_CHECK6_TX);
#endif
#ifdef UDP_NO_CHECK6_RX
  s.Add("UDP_NO_CHECK6_RX", UDP_NO_CHECK6_RX);
#endif
#ifdef UDP_SEGMENT
  s.Add("UDP_SEGMENT", UDP_SEGMENT);
#endif
#ifdef UDP_GRO
  s.Add("UDP_GRO", UDP_GRO);
#endif
#ifdef UDP_ENCAP_ESPINUDP_NON_IKE
  s.Add("UDP_ENCAP_ESPINUDP_NON_IKE", UDP_ENCAP_ESPINUDP_NON_IKE);
#endif
#ifdef UDP_ENCAP_ESPINUDP
  s.Add("UDP_ENCAP_ESPINUDP", UDP_ENCAP_ESPINUDP);
#endif
#ifdef UDP_ENCAP_L2TPINUDP
  s.Add("UDP_ENCAP_L2TPINUDP", UDP_ENCAP_L2TPINUDP);
#endif
#ifdef UDP_ENCAP_GTP0
  s.Add("UDP_ENCAP_GTP0", UDP_ENCAP_GTP0);
#endif
#ifdef UDP_ENCAP_GTP1U
  s.Add("UDP_ENCAP_GTP1U", UDP_ENCAP_GTP1U);
#endif
#ifdef UDP_ENCAP_RXRPC
  s.Add("UDP_ENCAP_RXRPC", UDP_ENCAP_RXRPC);
#endif
#ifdef UDP_ESPINUDP_NON_IKE
  s.Add("UDP_ESPINUDP_NON_IKE", UDP_ESPINUDP_NON_IKE);
#endif
#ifdef UDP_ESPINUDP
  s.Add("UDP_ESPINUDP", UDP_ESPINUDP);
#endif
  s.Group("UDPLITE");
#ifdef UDPLITE_SEND_CSCOV
  s.Add("UDPLITE_SEND_CSCOV", UDPLITE_SEND_CSCOV);
#endif
#ifdef UDPLITE_RECV_CSCOV
  s.Add("UDPLITE_RECV_CSCOV", UDPLITE_RECV_CSCOV);
#endif
  s.Group("EAI");
#ifdef EAI_ADDRFAMILY
  s.Add("EAI_ADDRFAMILY", EAI_ADDRFAMILY);
#endif
#ifdef EAI_AGAIN
  s.Add("EAI_AGAIN", EAI_AGAIN);
#endif
#ifdef EAI_BADFLAGS
  s.Add("EAI_BADFLAGS", EAI_BADFLAGS);
#endif
#ifdef EAI_FAIL
  s.Add("EAI_FAIL", EAI_FAIL);
#endif
#ifdef EAI_FAMILY
  s.Add("EAI_FAMILY", EAI_FAMILY);
#endif
#ifdef EAI_MEMORY
  s.Add("EAI_MEMORY", EAI_MEMORY);
#endif
#ifdef EAI_NODATA
  s.Add("EAI_NODATA", EAI_NODATA);
#endif
#ifdef EAI_NONAME
  s.Add("EAI_NONAME", EAI_NONAME);
#endif
#ifdef EAI_OVERFLOW
  s.Add("EAI_OVERFLOW", EAI_OVERFLOW);
#endif
#ifdef EAI_SERVICE
  s.Add("EAI_SERVICE", EAI_SERVICE);
#endif
#ifdef EAI_SOCKTYPE
  s.Add("EAI_SOCKTYPE", EAI_SOCKTYPE);
#endif
#ifdef EAI_SYSTEM
  s.Add("EAI_SYSTEM", EAI_SYSTEM);
#endif
#ifdef EAI_BADHINTS
  s.Add("EAI_BADHINTS", EAI_BADHINTS);
#endif
#ifdef EAI_PROTOCOL
  s.Add("EAI_PROTOCOL", EAI_PROTOCOL);
#endif
#ifdef EAI_MAX
  s.Add("EAI_MAX", EAI_MAX);
#endif
#ifdef EAI_INPROGRESS
  s.Add("EAI_INPROGRESS", EAI_INPROGRESS);
#endif
#ifdef EAI_CANCELED
  s.Add("EAI_CANCELED", EAI_CANCELED);
#endif
#ifdef EAI_NOTCANCELED
  s.Add("EAI_NOTCANCELED", EAI_NOTCANCELED);
#endif
#ifdef EAI_ALLDONE
  s.Add("EAI_ALLDONE", EAI_ALLDONE);
#endif
#ifdef EAI_INTR
  s.Add("EAI_INTR", EAI_INTR);
#endif
#ifdef EAI_IDN_ENCODE
  s.Add("EAI_IDN_ENCODE", EAI_IDN_ENCODE);
#endif
  s.Group("AI");
#ifdef AI_PASSIVE
  s.Add("AI_PASSIVE", AI_PASSIVE);
#endif
#ifdef AI_CANONNAME
  s.Add("AI_CANONNAME", AI_CANONNAME);
#endif
#ifdef AI_NUMERICHOST
  s.Add("AI_NUMERICHOST", AI_NUMERICHOST);
#endif
#ifdef AI_NUMERICSERV
  s.Add("AI_NUMERICSERV", AI_NUMERICSERV);
#endif
#ifdef AI_V4MAPPED
  s.Add("AI_V4MAPPED", AI_V4MAPPED);
#endif
#ifdef AI_ALL
  s.Add("AI_ALL", AI_ALL);
#endif
#ifdef AI_ADDRCONFIG
  s.Add("AI_ADDRCONFIG", AI_ADDRCONFIG);
#endif
#ifdef AI_IDN
  s.Add("AI_IDN", AI_IDN);
#endif
#ifdef AI_CANONIDN
  s.Add("AI_CANONIDN", AI_CANONIDN);
#endif
#ifdef AI_V4MAPPED_CFG
  s.Add("AI_V4MAPPED_CFG", AI_V4MAPPED_CFG);
#endif
#ifdef AI_DEFAULT
  s.Add("AI_DEFAULT", AI_DEFAULT);
#endif
#ifdef AI_MASK
  s.Add("AI_MASK", AI_MASK);
#endif
#ifdef AI_UNUSABLE
  s.Add("AI_UNUSABLE", AI_UNUSABLE);
#endif
  s.Group("NI");
#ifdef NI_NUMERICHOST
  s.Add("NI_NUMERICHOST", NI_NUMERICHOST);
#endif
#ifdef NI_NUMERICSERV
  s.Add("NI_NUMERICSERV", NI_NUMERICSERV);
#endif
#ifdef NI_NOFQDN
  s.Add("NI_NOFQDN", NI_NOFQDN);
#endif
#ifdef NI_NAMEREQD
  s.Add("NI_NAMEREQD", NI_NAMEREQD);
#endif
#ifdef NI_DGRAM
  s.Add("NI_DGRAM", NI_DGRAM);
#endif
#ifdef NI_NUMERICSCOPE
  s.Add("NI_NUMERICSCOPE", NI_NUMERICSCOPE);
#endif
#ifdef NI_IDN
  s.Add("NI_IDN", NI_IDN);
#endif
#ifdef NI_MAXHOST
  s.Add("NI_MAXHOST", NI_MAXHOST);
#endif
#ifdef NI_MAXSERV
  s.Add("NI_MAXSERV", NI_MAXSERV);
#endif
}

// Fallbacks for the enumerators, found by qualified lookup only where the headers declare none (see <sock/constants.h>).
namespace sock_generated_absent {
#ifndef IPPORT_ECHO
constexpr long long IPPORT_ECHO = ::sock::kAbsent;
#endif
#ifndef IPPORT_DISCARD
constexpr long long IPPORT_DISCARD = ::sock::kAbsent;
#endif
#ifndef IPPORT_SYSTAT
constexpr long long IPPORT_SYSTAT = ::sock::kAbsent;
#endif
#ifndef IPPORT_DAYTIME
constexpr long long IPPORT_DAYTIME = ::sock::kAbsent;
#endif
#ifndef IPPORT_NETSTAT
constexpr long long IPPORT_NETSTAT = ::sock::kAbsent;
#endif
#ifndef IPPORT_FTP
constexpr long long IPPORT_FTP = ::sock::kAbsent;
#endif
#ifndef IPPORT_TELNET
constexpr long long IPPORT_TELNET = ::sock::kAbsent;
#endif
#ifndef IPPORT_SMTP
constexpr long long IPPORT_SMTP = ::sock::kAbsent;
#endif
#ifndef IPPORT_TIMESERVER
constexpr long long IPPORT_TIMESERVER = ::sock::kAbsent;
#endif
#ifndef IPPORT_NAMESERVER
constexpr long long IPPORT_NAMESERVER = ::sock::kAbsent;
#endif
#ifndef IPPORT_WHOIS
constexpr long long IPPORT_WHOIS = ::sock::kAbsent;
#endif
#ifndef IPPORT_MTP
constexpr long long IPPORT_MTP = ::sock::kAbsent;
#endif
#ifndef IPPORT_TFTP
constexpr long long IPPORT_TFTP = ::sock::kAbsent;
#endif
#ifndef IPPORT_RJE
constexpr long long IPPORT_RJE = ::sock::kAbsent;
#endif
#ifndef IPPORT_FINGER
constexpr long long IPPORT_FINGER = ::sock::kAbsent;
#endif
#ifndef IPPORT_TTYLINK
constexpr long long IPPORT_TTYLINK = ::sock::kAbsent;
#endif
#ifndef IPPORT_SUPDUP
constexpr long long IPPORT_SUPDUP = ::sock::kAbsent;
#endif
#ifndef IPPORT_EXECSERVER
constexpr long long IPPORT_EXECSERVER = ::sock::kAbsent;
#endif
#ifndef IPPORT_LOGINSERVER
constexpr long long IPPORT_LOGINSERVER = ::sock::kAbsent;
#endif
#ifndef IPPORT_CMDSERVER
constexpr long long IPPORT_CMDSERVER = ::sock::kAbsent;
#endif
#ifndef IPPORT_EFSSERVER
constexpr long long IPPORT_EFSSERVER = ::sock::kAbsent;
#endif
#ifndef IPPORT_BIFFUDP
constexpr long long IPPORT_BIFFUDP = ::sock::kAbsent;
#endif
#ifndef IPPORT_WHOSERVER
constexpr long long IPPORT_WHOSERVER = ::sock::kAbsent;
#endif
#ifndef IPPORT_ROUTESERVER
constexpr long long IPPORT_ROUTESERVER = ::sock::kAbsent;
#endif
#ifndef IPPORT_RESERVED
constexpr long long IPPORT_RESERVED = ::sock::kAbsent;
#endif
#ifndef IPPORT_USERRESERVED
constexpr long long IPPORT_USERRESERVED = ::sock::kAbsent;
#endif
#ifndef IPPORT_HIFIRSTAUTO
constexpr long long IPPORT_HIFIRSTAUTO = ::sock::kAbsent;
#endif
#ifndef IPPORT_HILASTAUTO
constexpr long long IPPORT_HILASTAUTO = ::sock::kAbsent;
#endif
#ifndef IPPORT_RESERVEDSTART
constexpr long long IPPORT_RESERVEDSTART = ::sock::kAbsent;
#endif
#ifndef IPPORT_MAX
constexpr long long IPPORT_MAX = ::sock::kAbsent;
#endif
#ifndef TCP_ESTABLISHED
constexpr long long TCP_ESTABLISHED = ::sock::kAbsent;
#endif
#ifndef TCP_SYN_SENT
constexpr long long TCP_SYN_SENT = ::sock::kAbsent;
#endif
#ifndef TCP_SYN_RECV
constexpr long long TCP_SYN_RECV = ::sock::kAbsent;
#endif
#ifndef TCP_FIN_WAIT1
constexpr long long TCP_FIN_WAIT1 = ::sock::kAbsent;
#endif
#ifndef TCP_FIN_WAIT2
constexpr long long TCP_FIN_WAIT2 = ::sock::kAbsent;
#endif
#ifndef TCP_TIME_WAIT
constexpr long long TCP_TIME_WAIT = ::sock::kAbsent;
#endif
#ifndef TCP_CLOSE
constexpr long long TCP_CLOSE = ::sock::kAbsent;
#endif
#ifndef TCP_CLOSE_WAIT
constexpr long long TCP_CLOSE_WAIT = ::sock::kAbsent;
#endif
#ifndef TCP_LAST_ACK
constexpr long long TCP_LAST_ACK = ::sock::kAbsent;
#endif
#ifndef TCP_LISTEN
constexpr long long TCP_LISTEN = ::sock::kAbsent;
#endif
#ifndef TCP_CLOSING
constexpr long long TCP_CLOSING = ::sock::kAbsent;
#endif
#ifndef TCP_CA_Open
constexpr long long TCP_CA_Open = ::sock::kAbsent;
#endif
#ifndef TCP_CA_Disorder
constexpr long long TCP_CA_Disorder = ::sock::kAbsent;
#endif
#ifndef TCP_CA_CWR
constexpr long long TCP_CA_CWR = ::sock::kAbsent;
#endif
#ifndef TCP_CA_Recovery
constexpr long long TCP_CA_Recovery = ::sock::kAbsent;
#endif
#ifndef TCP_CA_Loss
constexpr long long TCP_CA_Loss = ::sock::kAbsent;
#endif
}  // namespace sock_generated_absent
using namespace sock_generated_absent;

/** The bare enumerators of constants.def, probed by qualified lookup. */
inline void AddGeneratedEnumerators(sock::ConstantSink& s) {
  s.Group("IPPORT");
#ifdef IPPORT_ECHO
  s.Add("IPPORT_ECHO", IPPORT_ECHO);
#else
  s.AddProbed("IPPORT_ECHO", static_cast<long long>(::IPPORT_ECHO));
#endif
#ifdef IPPORT_DISCARD
  s.Add("IPPORT_DISCARD", IPPORT_DISCARD);
#else
  s.AddProbed("IPPORT_DISCARD", static_cast<long long>(::IPPORT_DISCARD));
#endif
#ifdef IPPORT_SYSTAT
  s.Add("IPPORT_SYSTAT", IPPORT_SYSTAT);
#else
  s.AddProbed("IPPORT_SYSTAT", static_cast<long long>(::IPPORT_SYSTAT));
#endif
#ifdef IPPORT_DAYTIME
  s.Add("IPPORT_DAYTIME", IPPORT_DAYTIME);
#else
  s.AddProbed("IPPORT_DAYTIME", static_cast<long long>(::IPPORT_DAYTIME));
#endif
#ifdef IPPORT_NETSTAT
  s.Add("IPPORT_NETSTAT", IPPORT_NETSTAT);
#else
  s.AddProbed("IPPORT_NETSTAT", static_cast<long long>(::IPPORT_NETSTAT));
#endif
#ifdef IPPORT_FTP
  s.Add("IPPORT_FTP", IPPORT_FTP);
#else
  s.AddProbed("IPPORT_FTP", static_cast<long long>(::IPPORT_FTP));
#endif
#ifdef IPPORT_TELNET
  s.Add("IPPORT_TELNET", IPPORT_TELNET);
#else
  s.AddProbed("IPPORT_TELNET", static_cast<long long>(::IPPORT_TELNET));
#endif
#ifdef IPPORT_SMTP
  s.Add("IPPORT_SMTP", IPPORT_SMTP);
#else
  s.AddProbed("IPPORT_SMTP", static_cast<long long>(::IPPORT_SMTP));
#endif
#ifdef IPPORT_TIMESERVER
  s.Add("IPPORT_TIMESERVER", IPPORT_TIMESERVER);
#else
  s.AddProbed("IPPORT_TIMESERVER", static_cast<long long>(::IPPORT_TIMESERVER));
#endif
#ifdef IPPORT_NAMESERVER
  s.Add("IPPORT_NAMESERVER", IPPORT_NAMESERVER);
#else
  s.AddProbed("IPPORT_NAMESERVER", static_cast<long long>(::IPPORT_NAMESERVER));
#endif
#ifdef IPPORT_WHOIS
  s.Add("IPPORT_WHOIS", IPPORT_WHOIS);
#else
  s.AddProbed("IPPORT_WHOIS", static_cast<long long>(::IPPORT_WHOIS));
#endif
#ifdef IPPORT_MTP
  s.Add("IPPORT_MTP", IPPORT_MTP);
#else
  s.AddProbed("IPPORT_MTP", static_cast<long long>(::IPPORT_MTP));
#endif
#ifdef IPPORT_TFTP
  s.Add("IPPORT_TFTP", IPPORT_TFTP);
#else
  s.AddProbed("IPPORT_TFTP", static_cast<long long>(::IPPORT_TFTP));
#endif
#ifdef IPPORT_RJE
  s.Add("IPPORT_RJE", IPPORT_RJE);
#else
  s.AddProbed("IPPORT_RJE", static_cast<long long>(::IPPORT_RJE));
#endif
#ifdef IPPORT_FINGER
  s.Add("IPPORT_FINGER", IPPORT_FINGER);
#else
  s.AddProbed("IPPORT_FINGER", static_cast<long long>(::IPPORT_FINGER));
#endif
#ifdef IPPORT_TTYLINK
  s.Add("IPPORT_TTYLINK", IPPORT_TTYLINK);
#else
  s.AddProbed("IPPORT_TTYLINK", static_cast<long long>(::IPPORT_TTYLINK));
#endif
#ifdef IPPORT_SUPDUP
  s.Add("IPPORT_SUPDUP", IPPORT_SUPDUP);
#else
  s.AddProbed("IPPORT_SUPDUP", static_cast<long long>(::IPPORT_SUPDUP));
#endif
#ifdef IPPORT_EXECSERVER
  s.Add("IPPORT_EXECSERVER", IPPORT_EXECSERVER);
#else
  s.AddProbed("IPPORT_EXECSERVER", static_cast<long long>(::IPPORT_EXECSERVER));
#endif
#ifdef IPPORT_LOGINSERVER
  s.Add("IPPORT_LOGINSERVER", IPPORT_LOGINSERVER);
#else
  s.AddProbed("IPPORT_LOGINSERVER", static_cast<long long>(::IPPORT_LOGINSERVER));
#endif
#ifdef IPPORT_CMDSERVER
  s.Add("IPPORT_CMDSERVER", IPPORT_CMDSERVER);
#else
  s.AddProbed("IPPORT_CMDSERVER", static_cast<long long>(::IPPORT_CMDSERVER));
#endif
#ifdef IPPORT_EFSSERVER
  s.Add("IPPORT_EFSSERVER", IPPORT_EFSSERVER);
#else
  s.AddProbed("IPPORT_EFSSERVER", static_cast<long long>(::IPPORT_EFSSERVER));
#endif
#ifdef IPPORT_BIFFUDP
  s.Add("IPPORT_BIFFUDP", IPPORT_BIFFUDP);
#else
  s.AddProbed("IPPORT_BIFFUDP", static_cast<long long>(::IPPORT_BIFFUDP));
#endif
#ifdef IPPORT_WHOSERVER
  s.Add("IPPORT_WHOSERVER", IPPORT_WHOSERVER);
#else
  s.AddProbed("IPPORT_WHOSERVER", static_cast<long long>(::IPPORT_WHOSERVER));
#endif
#ifdef IPPORT_ROUTESERVER
  s.Add("IPPORT_ROUTESERVER", IPPORT_ROUTESERVER);
#else
  s.AddProbed("IPPORT_ROUTESERVER", static_cast<long long>(::IPPORT_ROUTESERVER));
#endif
#ifdef IPPORT_RESERVED
  s.Add("IPPORT_RESERVED", IPPORT_RESERVED);
#else
  s.AddProbed("IPPORT_RESERVED", static_cast<long long>(::IPPORT_RESERVED));
#endif
#ifdef IPPORT_USERRESERVED
  s.Add("IPPORT_USERRESERVED", IPPORT_USERRESERVED);
#else
  s.AddProbed("IPPORT_USERRESERVED", static_cast<long long>(::IPPORT_USERRESERVED));
#endif
#ifdef IPPORT_HIFIRSTAUTO
  s.Add("IPPORT_HIFIRSTAUTO", IPPORT_HIFIRSTAUTO);
#else
  s.AddProbed("IPPORT_HIFIRSTAUTO", static_cast<long long>(::IPPORT_HIFIRSTAUTO));
#endif
#ifdef IPPORT_HILASTAUTO
  s.Add("IPPORT_HILASTAUTO", IPPORT_HILASTAUTO);
#else
  s.AddProbed("IPPORT_HILASTAUTO", static_cast<long long>(::IPPORT_HILASTAUTO));
#endif
#ifdef IPPORT_RESERVEDSTART
  s.Add("IPPORT_RESERVEDSTART", IPPORT_RESERVEDSTART);
#else
  s.AddProbed("IPPORT_RESERVEDSTART", static_cast<long long>(::IPPORT_RESERVEDSTART));
#endif
#ifdef IPPORT_MAX
  s.Add("IPPORT_MAX", IPPORT_MAX);
#else
  s.AddProbed("IPPORT_MAX", static_cast<long long>(::IPPORT_MAX));
#endif
  s.Group("TCP_STATE");
#ifdef TCP_ESTABLISHED
  s.Add("TCP_ESTABLISHED", TCP_ESTABLISHED);
#else
  s.AddProbed("TCP_ESTABLISHED", static_cast<long long>(::TCP_ESTABLISHED));
#endif
#ifdef TCP_SYN_SENT
  s.Add("TCP_SYN_SENT", TCP_SYN_SENT);
#else
  s.AddProbed("TCP_SYN_SENT", static_cast<long long>(::TCP_SYN_SENT));
#endif
#ifdef TCP_SYN_RECV
  s.Add("TCP_SYN_RECV", TCP_SYN_RECV);
#else
  s.AddProbed("TCP_SYN_RECV", static_cast<long long>(::TCP_SYN_RECV));
#endif
#ifdef TCP_FIN_WAIT1
  s.Add("TCP_FIN_WAIT1", TCP_FIN_WAIT1);
#else
  s.AddProbed("TCP_FIN_WAIT1", static_cast<long long>(::TCP_FIN_WAIT1));
#endif
#ifdef TCP_FIN_WAIT2
  s.Add("TCP_FIN_WAIT2", TCP_FIN_WAIT2);
#else
  s.AddProbed("TCP_FIN_WAIT2", static_cast<long long>(::TCP_FIN_WAIT2));
#endif
#ifdef TCP_TIME_WAIT
  s.Add("TCP_TIME_WAIT", TCP_TIME_WAIT);
#else
  s.AddProbed("TCP_TIME_WAIT", static_cast<long long>(::TCP_TIME_WAIT));
#endif
#ifdef TCP_CLOSE
  s.Add("TCP_CLOSE", TCP_CLOSE);
#else
  s.AddProbed("TCP_CLOSE", static_cast<long long>(::TCP_CLOSE));
#endif
#ifdef TCP_CLOSE_WAIT
  s.Add("TCP_CLOSE_WAIT", TCP_CLOSE_WAIT);
#else
  s.AddProbed("TCP_CLOSE_WAIT", static_cast<long long>(::TCP_CLOSE_WAIT));
#endif
#ifdef TCP_LAST_ACK
  s.Add("TCP_LAST_ACK", TCP_LAST_ACK);
#else
  s.AddProbed("TCP_LAST_ACK", static_cast<long long>(::TCP_LAST_ACK));
#endif
#ifdef TCP_LISTEN
  s.Add("TCP_LISTEN", TCP_LISTEN);
#else
  s.AddProbed("TCP_LISTEN", static_cast<long long>(::TCP_LISTEN));
#endif
#ifdef TCP_CLOSING
  s.Add("TCP_CLOSING", TCP_CLOSING);
#else
  s.AddProbed("TCP_CLOSING", static_cast<long long>(::TCP_CLOSING));
#endif
  s.Group("TCP_CA");
#ifdef TCP_CA_Open
  s.Add("TCP_CA_Open", TCP_CA_Open);
#else
  s.AddProbed("TCP_CA_Open", static_cast<long long>(::TCP_CA_Open));
#endif
#ifdef TCP_CA_Disorder
  s.Add("TCP_CA_Disorder", TCP_CA_Disorder);
#else
  s.AddProbed("TCP_CA_Disorder", static_cast<long long>(::TCP_CA_Disorder));
#endif
#ifdef TCP_CA_CWR
  s.Add("TCP_CA_CWR", TCP_CA_CWR);
#else
  s.AddProbed("TCP_CA_CWR", static_cast<long long>(::TCP_CA_CWR));
#endif
#ifdef TCP_CA_Recovery
  s.Add("TCP_CA_Recovery", TCP_CA_Recovery);
#else
  s.AddProbed("TCP_CA_Recovery", static_cast<long long>(::TCP_CA_Recovery));
#endif
#ifdef TCP_CA_Loss
  s.Add("TCP_CA_Loss", TCP_CA_Loss);
#else
  s.AddProbed("TCP_CA_Loss", static_cast<long long>(::TCP_CA_Loss));
#endif
}

/** Every constant of constants.def this platform's headers define. */
inline void AddGeneratedConstants(sock::ConstantSink& s) {
  AddGeneratedMacros(s);
  AddGeneratedEnumerators(s);
}

#endif  // SOCK_CONSTANTS_GENERATED_H_
