// generated from constants.def by sock-gen-constants — do not edit
import { constantTable } from '@sock/core/family';
import type { FamilyNumber } from '@sock/core/family';
import { addon } from './native.js';

const c = constantTable(addon.constants);

export const AF_INET: FamilyNumber<'AF_INET'> = c.family<'AF_INET'>('AF_INET');
export const AF_INET6: FamilyNumber<'AF_INET6'> = c.family<'AF_INET6'>('AF_INET6');
export const IPPROTO_IP: number = c.linux('IPPROTO_IP');
export const IPPROTO_HOPOPTS: number = c.linux('IPPROTO_HOPOPTS');
export const IPPROTO_ICMP: number = c.linux('IPPROTO_ICMP');
export const IPPROTO_IGMP: number = c.linux('IPPROTO_IGMP');
export const IPPROTO_GGP: number | undefined = c.optional('IPPROTO_GGP');
export const IPPROTO_IPV4: number | undefined = c.optional('IPPROTO_IPV4');
export const IPPROTO_IPIP: number = c.linux('IPPROTO_IPIP');
export const IPPROTO_TCP: number = c.linux('IPPROTO_TCP');
export const IPPROTO_ST: number | undefined = c.optional('IPPROTO_ST');
export const IPPROTO_EGP: number = c.linux('IPPROTO_EGP');
export const IPPROTO_PIGP: number | undefined = c.optional('IPPROTO_PIGP');
export const IPPROTO_PUP: number = c.linux('IPPROTO_PUP');
export const IPPROTO_UDP: number = c.linux('IPPROTO_UDP');
export const IPPROTO_IDP: number = c.linux('IPPROTO_IDP');
export const IPPROTO_TP: number = c.linux('IPPROTO_TP');
export const IPPROTO_XTP: number | undefined = c.optional('IPPROTO_XTP');
export const IPPROTO_IPV6: number = c.linux('IPPROTO_IPV6');
export const IPPROTO_SDRP: number | undefined = c.optional('IPPROTO_SDRP');
export const IPPROTO_ROUTING: number = c.linux('IPPROTO_ROUTING');
export const IPPROTO_FRAGMENT: number = c.linux('IPPROTO_FRAGMENT');
export const IPPROTO_IDRP: number | undefined = c.optional('IPPROTO_IDRP');
export const IPPROTO_RSVP: number = c.linux('IPPROTO_RSVP');
export const IPPROTO_GRE: number = c.linux('IPPROTO_GRE');
export const IPPROTO_MHRP: number | undefined = c.optional('IPPROTO_MHRP');
export const IPPROTO_BHA: number | undefined = c.optional('IPPROTO_BHA');
export const IPPROTO_ESP: number = c.linux('IPPROTO_ESP');
export const IPPROTO_AH: number = c.linux('IPPROTO_AH');
export const IPPROTO_INLSP: number | undefined = c.optional('IPPROTO_INLSP');
export const IPPROTO_SWIPE: number | undefined = c.optional('IPPROTO_SWIPE');
export const IPPROTO_NHRP: number | undefined = c.optional('IPPROTO_NHRP');
export const IPPROTO_MOBILE: number | undefined = c.optional('IPPROTO_MOBILE');
export const IPPROTO_TLSP: number | undefined = c.optional('IPPROTO_TLSP');
export const IPPROTO_SKIP: number | undefined = c.optional('IPPROTO_SKIP');
export const IPPROTO_ICMPV6: number = c.linux('IPPROTO_ICMPV6');
export const IPPROTO_NONE: number = c.linux('IPPROTO_NONE');
export const IPPROTO_DSTOPTS: number = c.linux('IPPROTO_DSTOPTS');
export const IPPROTO_MH: number = c.linux('IPPROTO_MH');
export const IPPROTO_HELLO: number | undefined = c.optional('IPPROTO_HELLO');
export const IPPROTO_ND: number | undefined = c.optional('IPPROTO_ND');
export const IPPROTO_EON: number | undefined = c.optional('IPPROTO_EON');
export const IPPROTO_IPCOMP: number | undefined = c.optional('IPPROTO_IPCOMP');
export const IPPROTO_COMP: number = c.linux('IPPROTO_COMP');
export const IPPROTO_PIM: number = c.linux('IPPROTO_PIM');
export const IPPROTO_CARP: number | undefined = c.optional('IPPROTO_CARP');
export const IPPROTO_PGM: number | undefined = c.optional('IPPROTO_PGM');
export const IPPROTO_SCTP: number = c.linux('IPPROTO_SCTP');
export const IPPROTO_UDPLITE: number = c.linux('IPPROTO_UDPLITE');
export const IPPROTO_MPLS: number = c.linux('IPPROTO_MPLS');
export const IPPROTO_ETHERNET: number | undefined = c.optional('IPPROTO_ETHERNET');
export const IPPROTO_BEETPH: number = c.linux('IPPROTO_BEETPH');
export const IPPROTO_DCCP: number = c.linux('IPPROTO_DCCP');
export const IPPROTO_MPTCP: number | undefined = c.optional('IPPROTO_MPTCP');
export const IPPROTO_ENCAP: number = c.linux('IPPROTO_ENCAP');
export const IPPROTO_ETHERIP: number | undefined = c.optional('IPPROTO_ETHERIP');
export const IPPROTO_MTP: number = c.linux('IPPROTO_MTP');
export const IPPROTO_L2TP: number | undefined = c.optional('IPPROTO_L2TP');
export const IPPROTO_VRRP: number | undefined = c.optional('IPPROTO_VRRP');
export const IPPROTO_BIP: number | undefined = c.optional('IPPROTO_BIP');
export const IPPROTO_CBT: number | undefined = c.optional('IPPROTO_CBT');
export const IPPROTO_ICLFXBM: number | undefined = c.optional('IPPROTO_ICLFXBM');
export const IPPROTO_IGP: number | undefined = c.optional('IPPROTO_IGP');
export const IPPROTO_RDP: number | undefined = c.optional('IPPROTO_RDP');
export const IPPROTO_DIVERT: number | undefined = c.optional('IPPROTO_DIVERT');
export const IPPROTO_PFSYNC: number | undefined = c.optional('IPPROTO_PFSYNC');
export const IPPROTO_SEND: number | undefined = c.optional('IPPROTO_SEND');
export const IPPROTO_RAW: number = c.linux('IPPROTO_RAW');
export const IPPROTO_MAX: number | undefined = c.optional('IPPROTO_MAX');
export const IPPORT_ECHO: number = c.linux('IPPORT_ECHO');
export const IPPORT_DISCARD: number = c.linux('IPPORT_DISCARD');
export const IPPORT_SYSTAT: number = c.linux('IPPORT_SYSTAT');
export const IPPORT_DAYTIME: number = c.linux('IPPORT_DAYTIME');
export const IPPORT_NETSTAT: number = c.linux('IPPORT_NETSTAT');
export const IPPORT_FTP: number = c.linux('IPPORT_FTP');
export const IPPORT_TELNET: number = c.linux('IPPORT_TELNET');
export const IPPORT_SMTP: number = c.linux('IPPORT_SMTP');
export const IPPORT_TIMESERVER: number = c.linux('IPPORT_TIMESERVER');
export const IPPORT_NAMESERVER: number = c.linux('IPPORT_NAMESERVER');
export const IPPORT_WHOIS: number = c.linux('IPPORT_WHOIS');
export const IPPORT_MTP: number = c.linux('IPPORT_MTP');
export const IPPORT_TFTP: number = c.linux('IPPORT_TFTP');
export const IPPORT_RJE: number = c.linux('IPPORT_RJE');
export const IPPORT_FINGER: number = c.linux('IPPORT_FINGER');
export const IPPORT_TTYLINK: number = c.linux('IPPORT_TTYLINK');
export const IPPORT_SUPDUP: number = c.linux('IPPORT_SUPDUP');
export const IPPORT_EXECSERVER: number = c.linux('IPPORT_EXECSERVER');
export const IPPORT_LOGINSERVER: number = c.linux('IPPORT_LOGINSERVER');
export const IPPORT_CMDSERVER: number = c.linux('IPPORT_CMDSERVER');
export const IPPORT_EFSSERVER: number = c.linux('IPPORT_EFSSERVER');
export const IPPORT_BIFFUDP: number = c.linux('IPPORT_BIFFUDP');
export const IPPORT_WHOSERVER: number = c.linux('IPPORT_WHOSERVER');
export const IPPORT_ROUTESERVER: number = c.linux('IPPORT_ROUTESERVER');
export const IPPORT_RESERVED: number = c.linux('IPPORT_RESERVED');
export const IPPORT_USERRESERVED: number = c.linux('IPPORT_USERRESERVED');
export const IPPORT_HIFIRSTAUTO: number | undefined = c.optional('IPPORT_HIFIRSTAUTO');
export const IPPORT_HILASTAUTO: number | undefined = c.optional('IPPORT_HILASTAUTO');
export const IPPORT_RESERVEDSTART: number | undefined = c.optional('IPPORT_RESERVEDSTART');
export const IPPORT_MAX: number | undefined = c.optional('IPPORT_MAX');
export const INADDR_ANY: number = c.linux('INADDR_ANY');
export const INADDR_BROADCAST: number = c.linux('INADDR_BROADCAST');
export const INADDR_NONE: number = c.linux('INADDR_NONE');
export const INADDR_DUMMY: number = c.linux('INADDR_DUMMY');
export const INADDR_LOOPBACK: number = c.linux('INADDR_LOOPBACK');
export const INADDR_UNSPEC_GROUP: number = c.linux('INADDR_UNSPEC_GROUP');
export const INADDR_ALLHOSTS_GROUP: number = c.linux('INADDR_ALLHOSTS_GROUP');
export const INADDR_ALLRTRS_GROUP: number = c.linux('INADDR_ALLRTRS_GROUP');
export const INADDR_ALLRPTS_GROUP: number | undefined = c.optional('INADDR_ALLRPTS_GROUP');
export const INADDR_ALLSNOOPERS_GROUP: number | undefined = c.optional('INADDR_ALLSNOOPERS_GROUP');
export const INADDR_CARP_GROUP: number | undefined = c.optional('INADDR_CARP_GROUP');
export const INADDR_PFSYNC_GROUP: number | undefined = c.optional('INADDR_PFSYNC_GROUP');
export const INADDR_ALLMDNS_GROUP: number | undefined = c.optional('INADDR_ALLMDNS_GROUP');
export const INADDR_MAX_LOCAL_GROUP: number = c.linux('INADDR_MAX_LOCAL_GROUP');
export const SOL_IP: number = c.linux('SOL_IP');
export const SOL_IPV6: number = c.linux('SOL_IPV6');
export const SOL_ICMPV6: number = c.linux('SOL_ICMPV6');
export const SOL_TCP: number = c.linux('SOL_TCP');
export const SOL_UDP: number = c.linux('SOL_UDP');
export const SOL_UDPLITE: number | undefined = c.optional('SOL_UDPLITE');
export const SOL_RAW: number = c.linux('SOL_RAW');
export const SOL_MPTCP: number | undefined = c.optional('SOL_MPTCP');
export const IP_OPTIONS: number = c.linux('IP_OPTIONS');
export const IP_HDRINCL: number = c.linux('IP_HDRINCL');
export const IP_TOS: number = c.linux('IP_TOS');
export const IP_TTL: number = c.linux('IP_TTL');
export const IP_RECVOPTS: number = c.linux('IP_RECVOPTS');
export const IP_RECVRETOPTS: number = c.linux('IP_RECVRETOPTS');
export const IP_RECVDSTADDR: number | undefined = c.optional('IP_RECVDSTADDR');
export const IP_RETOPTS: number = c.linux('IP_RETOPTS');
export const IP_MULTICAST_IF: number = c.linux('IP_MULTICAST_IF');
export const IP_MULTICAST_TTL: number = c.linux('IP_MULTICAST_TTL');
export const IP_MULTICAST_LOOP: number = c.linux('IP_MULTICAST_LOOP');
export const IP_ADD_MEMBERSHIP: number = c.linux('IP_ADD_MEMBERSHIP');
export const IP_DROP_MEMBERSHIP: number = c.linux('IP_DROP_MEMBERSHIP');
export const IP_MULTICAST_VIF: number | undefined = c.optional('IP_MULTICAST_VIF');
export const IP_RSVP_ON: number | undefined = c.optional('IP_RSVP_ON');
export const IP_RSVP_OFF: number | undefined = c.optional('IP_RSVP_OFF');
export const IP_RSVP_VIF_ON: number | undefined = c.optional('IP_RSVP_VIF_ON');
export const IP_RSVP_VIF_OFF: number | undefined = c.optional('IP_RSVP_VIF_OFF');
export const IP_PORTRANGE: number | undefined = c.optional('IP_PORTRANGE');
export const IP_RECVIF: number | undefined = c.optional('IP_RECVIF');
export const IP_IPSEC_POLICY: number = c.linux('IP_IPSEC_POLICY');
export const IP_FAITH: number | undefined = c.optional('IP_FAITH');
export const IP_ONESBCAST: number | undefined = c.optional('IP_ONESBCAST');
export const IP_BINDANY: number | undefined = c.optional('IP_BINDANY');
export const IP_BINDMULTI: number | undefined = c.optional('IP_BINDMULTI');
export const IP_RSS_LISTEN_BUCKET: number | undefined = c.optional('IP_RSS_LISTEN_BUCKET');
export const IP_ORIGDSTADDR: number = c.linux('IP_ORIGDSTADDR');
export const IP_RECVORIGDSTADDR: number = c.linux('IP_RECVORIGDSTADDR');
export const IP_FLOWID: number | undefined = c.optional('IP_FLOWID');
export const IP_FLOWTYPE: number | undefined = c.optional('IP_FLOWTYPE');
export const IP_RSSBUCKETID: number | undefined = c.optional('IP_RSSBUCKETID');
export const IP_RECVFLOWID: number | undefined = c.optional('IP_RECVFLOWID');
export const IP_RECVRSSBUCKETID: number | undefined = c.optional('IP_RECVRSSBUCKETID');
export const IP_FW_TABLE_ADD: number | undefined = c.optional('IP_FW_TABLE_ADD');
export const IP_FW_TABLE_DEL: number | undefined = c.optional('IP_FW_TABLE_DEL');
export const IP_FW_TABLE_FLUSH: number | undefined = c.optional('IP_FW_TABLE_FLUSH');
export const IP_FW_TABLE_GETSIZE: number | undefined = c.optional('IP_FW_TABLE_GETSIZE');
export const IP_FW_TABLE_LIST: number | undefined = c.optional('IP_FW_TABLE_LIST');
export const IP_FW3: number | undefined = c.optional('IP_FW3');
export const IP_DUMMYNET3: number | undefined = c.optional('IP_DUMMYNET3');
export const IP_ADD_SOURCE_MEMBERSHIP: number = c.linux('IP_ADD_SOURCE_MEMBERSHIP');
export const IP_DROP_SOURCE_MEMBERSHIP: number = c.linux('IP_DROP_SOURCE_MEMBERSHIP');
export const IP_BLOCK_SOURCE: number = c.linux('IP_BLOCK_SOURCE');
export const IP_UNBLOCK_SOURCE: number = c.linux('IP_UNBLOCK_SOURCE');
export const IP_MSFILTER: number = c.linux('IP_MSFILTER');
export const IP_MINTTL: number = c.linux('IP_MINTTL');
export const IP_DONTFRAG: number | undefined = c.optional('IP_DONTFRAG');
export const IP_RECVTOS: number = c.linux('IP_RECVTOS');
export const IP_RECVTTL: number = c.linux('IP_RECVTTL');
export const IP_RECVPKTINFO: number | undefined = c.optional('IP_RECVPKTINFO');
export const IP_PKTINFO: number = c.linux('IP_PKTINFO');
export const IP_PKTOPTIONS: number = c.linux('IP_PKTOPTIONS');
export const IP_BOUND_IF: number | undefined = c.optional('IP_BOUND_IF');
export const IP_MULTICAST_IFINDEX: number | undefined = c.optional('IP_MULTICAST_IFINDEX');
export const IP_STRIPHDR: number | undefined = c.optional('IP_STRIPHDR');
export const IP_TRAFFIC_MGT_BACKGROUND: number | undefined = c.optional('IP_TRAFFIC_MGT_BACKGROUND');
export const IP_ROUTER_ALERT: number = c.linux('IP_ROUTER_ALERT');
export const IP_MTU_DISCOVER: number = c.linux('IP_MTU_DISCOVER');
export const IP_RECVERR: number = c.linux('IP_RECVERR');
export const IP_MTU: number = c.linux('IP_MTU');
export const IP_FREEBIND: number = c.linux('IP_FREEBIND');
export const IP_XFRM_POLICY: number = c.linux('IP_XFRM_POLICY');
export const IP_PASSSEC: number = c.linux('IP_PASSSEC');
export const IP_TRANSPARENT: number = c.linux('IP_TRANSPARENT');
export const IP_NODEFRAG: number = c.linux('IP_NODEFRAG');
export const IP_CHECKSUM: number = c.linux('IP_CHECKSUM');
export const IP_BIND_ADDRESS_NO_PORT: number = c.linux('IP_BIND_ADDRESS_NO_PORT');
export const IP_RECVFRAGSIZE: number = c.linux('IP_RECVFRAGSIZE');
export const IP_RECVERR_RFC4884: number | undefined = c.optional('IP_RECVERR_RFC4884');
export const IP_MULTICAST_ALL: number = c.linux('IP_MULTICAST_ALL');
export const IP_UNICAST_IF: number = c.linux('IP_UNICAST_IF');
export const IP_LOCAL_PORT_RANGE: number | undefined = c.optional('IP_LOCAL_PORT_RANGE');
export const IP_PROTOCOL: number | undefined = c.optional('IP_PROTOCOL');
export const IP_PMTUDISC: number = c.linux('IP_PMTUDISC');
export const IP_PMTUDISC_DONT: number = c.linux('IP_PMTUDISC_DONT');
export const IP_PMTUDISC_WANT: number = c.linux('IP_PMTUDISC_WANT');
export const IP_PMTUDISC_DO: number = c.linux('IP_PMTUDISC_DO');
export const IP_PMTUDISC_PROBE: number = c.linux('IP_PMTUDISC_PROBE');
export const IP_PMTUDISC_INTERFACE: number = c.linux('IP_PMTUDISC_INTERFACE');
export const IP_PMTUDISC_OMIT: number = c.linux('IP_PMTUDISC_OMIT');
export const IP_PORTRANGE_DEFAULT: number | undefined = c.optional('IP_PORTRANGE_DEFAULT');
export const IP_PORTRANGE_HIGH: number | undefined = c.optional('IP_PORTRANGE_HIGH');
export const IP_PORTRANGE_LOW: number | undefined = c.optional('IP_PORTRANGE_LOW');
export const IP_DEFAULT_MULTICAST_TTL: number = c.linux('IP_DEFAULT_MULTICAST_TTL');
export const IP_DEFAULT_MULTICAST_LOOP: number = c.linux('IP_DEFAULT_MULTICAST_LOOP');
export const IP_MAX_MEMBERSHIPS: number = c.linux('IP_MAX_MEMBERSHIPS');
export const IP_MIN_MEMBERSHIPS: number | undefined = c.optional('IP_MIN_MEMBERSHIPS');
export const IP_MAX_GROUP_SRC_FILTER: number | undefined = c.optional('IP_MAX_GROUP_SRC_FILTER');
export const IP_MAX_SOCK_SRC_FILTER: number | undefined = c.optional('IP_MAX_SOCK_SRC_FILTER');
export const IP_MAX_SOCK_MUTE_FILTER: number | undefined = c.optional('IP_MAX_SOCK_MUTE_FILTER');
export const IP_RF: number = c.linux('IP_RF');
export const IP_DF: number = c.linux('IP_DF');
export const IP_MF: number = c.linux('IP_MF');
export const IP_OFFMASK: number = c.linux('IP_OFFMASK');
export const IP_MAXPACKET: number = c.linux('IP_MAXPACKET');
export const IP_MSS: number = c.linux('IP_MSS');
export const MCAST_JOIN_GROUP: number = c.linux('MCAST_JOIN_GROUP');
export const MCAST_BLOCK_SOURCE: number = c.linux('MCAST_BLOCK_SOURCE');
export const MCAST_UNBLOCK_SOURCE: number = c.linux('MCAST_UNBLOCK_SOURCE');
export const MCAST_LEAVE_GROUP: number = c.linux('MCAST_LEAVE_GROUP');
export const MCAST_JOIN_SOURCE_GROUP: number = c.linux('MCAST_JOIN_SOURCE_GROUP');
export const MCAST_LEAVE_SOURCE_GROUP: number = c.linux('MCAST_LEAVE_SOURCE_GROUP');
export const MCAST_MSFILTER: number = c.linux('MCAST_MSFILTER');
export const MCAST_EXCLUDE: number = c.linux('MCAST_EXCLUDE');
export const MCAST_INCLUDE: number = c.linux('MCAST_INCLUDE');
export const MCAST_UNDEFINED: number | undefined = c.optional('MCAST_UNDEFINED');
export const IPV6_ADDRFORM: number = c.linux('IPV6_ADDRFORM');
export const IPV6_2292PKTINFO: number = c.linux('IPV6_2292PKTINFO');
export const IPV6_2292HOPOPTS: number = c.linux('IPV6_2292HOPOPTS');
export const IPV6_2292DSTOPTS: number = c.linux('IPV6_2292DSTOPTS');
export const IPV6_2292RTHDR: number = c.linux('IPV6_2292RTHDR');
export const IPV6_2292PKTOPTIONS: number = c.linux('IPV6_2292PKTOPTIONS');
export const IPV6_2292HOPLIMIT: number = c.linux('IPV6_2292HOPLIMIT');
export const IPV6_CHECKSUM: number = c.linux('IPV6_CHECKSUM');
export const IPV6_NEXTHOP: number = c.linux('IPV6_NEXTHOP');
export const IPV6_AUTHHDR: number = c.linux('IPV6_AUTHHDR');
export const IPV6_UNICAST_HOPS: number = c.linux('IPV6_UNICAST_HOPS');
export const IPV6_MULTICAST_IF: number = c.linux('IPV6_MULTICAST_IF');
export const IPV6_MULTICAST_HOPS: number = c.linux('IPV6_MULTICAST_HOPS');
export const IPV6_MULTICAST_LOOP: number = c.linux('IPV6_MULTICAST_LOOP');
export const IPV6_JOIN_GROUP: number = c.linux('IPV6_JOIN_GROUP');
export const IPV6_LEAVE_GROUP: number = c.linux('IPV6_LEAVE_GROUP');
export const IPV6_ADD_MEMBERSHIP: number = c.linux('IPV6_ADD_MEMBERSHIP');
export const IPV6_DROP_MEMBERSHIP: number = c.linux('IPV6_DROP_MEMBERSHIP');
export const IPV6_ROUTER_ALERT: number = c.linux('IPV6_ROUTER_ALERT');
export const IPV6_MTU_DISCOVER: number = c.linux('IPV6_MTU_DISCOVER');
export const IPV6_MTU: number = c.linux('IPV6_MTU');
export const IPV6_RECVERR: number = c.linux('IPV6_RECVERR');
export const IPV6_V6ONLY: number = c.linux('IPV6_V6ONLY');
export const IPV6_JOIN_ANYCAST: number = c.linux('IPV6_JOIN_ANYCAST');
export const IPV6_LEAVE_ANYCAST: number = c.linux('IPV6_LEAVE_ANYCAST');
export const IPV6_MULTICAST_ALL: number | undefined = c.optional('IPV6_MULTICAST_ALL');
export const IPV6_ROUTER_ALERT_ISOLATE: number | undefined = c.optional('IPV6_ROUTER_ALERT_ISOLATE');
export const IPV6_RECVERR_RFC4884: number | undefined = c.optional('IPV6_RECVERR_RFC4884');
export const IPV6_IPSEC_POLICY: number = c.linux('IPV6_IPSEC_POLICY');
export const IPV6_XFRM_POLICY: number = c.linux('IPV6_XFRM_POLICY');
export const IPV6_HDRINCL: number = c.linux('IPV6_HDRINCL');
export const IPV6_RECVPKTINFO: number = c.linux('IPV6_RECVPKTINFO');
export const IPV6_PKTINFO: number = c.linux('IPV6_PKTINFO');
export const IPV6_RECVHOPLIMIT: number = c.linux('IPV6_RECVHOPLIMIT');
export const IPV6_HOPLIMIT: number = c.linux('IPV6_HOPLIMIT');
export const IPV6_RECVHOPOPTS: number = c.linux('IPV6_RECVHOPOPTS');
export const IPV6_HOPOPTS: number = c.linux('IPV6_HOPOPTS');
export const IPV6_RTHDRDSTOPTS: number = c.linux('IPV6_RTHDRDSTOPTS');
export const IPV6_RECVRTHDR: number = c.linux('IPV6_RECVRTHDR');
export const IPV6_RTHDR: number = c.linux('IPV6_RTHDR');
export const IPV6_RECVDSTOPTS: number = c.linux('IPV6_RECVDSTOPTS');
export const IPV6_DSTOPTS: number = c.linux('IPV6_DSTOPTS');
export const IPV6_RECVPATHMTU: number = c.linux('IPV6_RECVPATHMTU');
export const IPV6_PATHMTU: number = c.linux('IPV6_PATHMTU');
export const IPV6_DONTFRAG: number = c.linux('IPV6_DONTFRAG');
export const IPV6_RECVTCLASS: number = c.linux('IPV6_RECVTCLASS');
export const IPV6_TCLASS: number = c.linux('IPV6_TCLASS');
export const IPV6_AUTOFLOWLABEL: number = c.linux('IPV6_AUTOFLOWLABEL');
export const IPV6_ADDR_PREFERENCES: number = c.linux('IPV6_ADDR_PREFERENCES');
export const IPV6_MINHOPCOUNT: number = c.linux('IPV6_MINHOPCOUNT');
export const IPV6_ORIGDSTADDR: number = c.linux('IPV6_ORIGDSTADDR');
export const IPV6_RECVORIGDSTADDR: number = c.linux('IPV6_RECVORIGDSTADDR');
export const IPV6_TRANSPARENT: number = c.linux('IPV6_TRANSPARENT');
export const IPV6_UNICAST_IF: number = c.linux('IPV6_UNICAST_IF');
export const IPV6_RECVFRAGSIZE: number = c.linux('IPV6_RECVFRAGSIZE');
export const IPV6_FREEBIND: number | undefined = c.optional('IPV6_FREEBIND');
export const IPV6_RXHOPOPTS: number = c.linux('IPV6_RXHOPOPTS');
export const IPV6_RXDSTOPTS: number = c.linux('IPV6_RXDSTOPTS');
export const IPV6_PMTUDISC_DONT: number = c.linux('IPV6_PMTUDISC_DONT');
export const IPV6_PMTUDISC_WANT: number = c.linux('IPV6_PMTUDISC_WANT');
export const IPV6_PMTUDISC_DO: number = c.linux('IPV6_PMTUDISC_DO');
export const IPV6_PMTUDISC_PROBE: number = c.linux('IPV6_PMTUDISC_PROBE');
export const IPV6_PMTUDISC_INTERFACE: number = c.linux('IPV6_PMTUDISC_INTERFACE');
export const IPV6_PMTUDISC_OMIT: number = c.linux('IPV6_PMTUDISC_OMIT');
export const IPV6_RTHDR_LOOSE: number = c.linux('IPV6_RTHDR_LOOSE');
export const IPV6_RTHDR_STRICT: number = c.linux('IPV6_RTHDR_STRICT');
export const IPV6_RTHDR_TYPE_0: number = c.linux('IPV6_RTHDR_TYPE_0');
export const IPV6_USE_MIN_MTU: number | undefined = c.optional('IPV6_USE_MIN_MTU');
export const IPV6_PORTRANGE: number | undefined = c.optional('IPV6_PORTRANGE');
export const IPV6_BINDANY: number | undefined = c.optional('IPV6_BINDANY');
export const IPV6_BINDMULTI: number | undefined = c.optional('IPV6_BINDMULTI');
export const IPV6_RSS_LISTEN_BUCKET: number | undefined = c.optional('IPV6_RSS_LISTEN_BUCKET');
export const IPV6_FLOWID: number | undefined = c.optional('IPV6_FLOWID');
export const IPV6_FLOWTYPE: number | undefined = c.optional('IPV6_FLOWTYPE');
export const IPV6_RSSBUCKETID: number | undefined = c.optional('IPV6_RSSBUCKETID');
export const IPV6_RECVFLOWID: number | undefined = c.optional('IPV6_RECVFLOWID');
export const IPV6_RECVRSSBUCKETID: number | undefined = c.optional('IPV6_RECVRSSBUCKETID');
export const IPV6_FAITH: number | undefined = c.optional('IPV6_FAITH');
export const IPV6_PREFER_TEMPADDR: number | undefined = c.optional('IPV6_PREFER_TEMPADDR');
export const IPV6_BOUND_IF: number | undefined = c.optional('IPV6_BOUND_IF');
export const IPV6_MSFILTER: number | undefined = c.optional('IPV6_MSFILTER');
export const IPV6_FLOWINFO: number | undefined = c.optional('IPV6_FLOWINFO');
export const IPV6_FLOWLABEL_MGR: number | undefined = c.optional('IPV6_FLOWLABEL_MGR');
export const IPV6_FLOWINFO_SEND: number | undefined = c.optional('IPV6_FLOWINFO_SEND');
export const IPV6_PREFER_SRC_TMP: number | undefined = c.optional('IPV6_PREFER_SRC_TMP');
export const IPV6_PREFER_SRC_PUBLIC: number | undefined = c.optional('IPV6_PREFER_SRC_PUBLIC');
export const IPV6_PREFER_SRC_PUBTMP_DEFAULT: number | undefined = c.optional('IPV6_PREFER_SRC_PUBTMP_DEFAULT');
export const IPV6_PREFER_SRC_COA: number | undefined = c.optional('IPV6_PREFER_SRC_COA');
export const IPV6_PREFER_SRC_HOME: number | undefined = c.optional('IPV6_PREFER_SRC_HOME');
export const IPV6_PREFER_SRC_CGA: number | undefined = c.optional('IPV6_PREFER_SRC_CGA');
export const IPV6_PREFER_SRC_NONCGA: number | undefined = c.optional('IPV6_PREFER_SRC_NONCGA');
export const TCP_NODELAY: number = c.linux('TCP_NODELAY');
export const TCP_MAXSEG: number = c.linux('TCP_MAXSEG');
export const TCP_CORK: number = c.linux('TCP_CORK');
export const TCP_KEEPIDLE: number = c.linux('TCP_KEEPIDLE');
export const TCP_KEEPINTVL: number = c.linux('TCP_KEEPINTVL');
export const TCP_KEEPCNT: number = c.linux('TCP_KEEPCNT');
export const TCP_SYNCNT: number = c.linux('TCP_SYNCNT');
export const TCP_LINGER2: number = c.linux('TCP_LINGER2');
export const TCP_DEFER_ACCEPT: number = c.linux('TCP_DEFER_ACCEPT');
export const TCP_WINDOW_CLAMP: number = c.linux('TCP_WINDOW_CLAMP');
export const TCP_INFO: number = c.linux('TCP_INFO');
export const TCP_QUICKACK: number = c.linux('TCP_QUICKACK');
export const TCP_CONGESTION: number = c.linux('TCP_CONGESTION');
export const TCP_MD5SIG: number = c.linux('TCP_MD5SIG');
export const TCP_COOKIE_TRANSACTIONS: number = c.linux('TCP_COOKIE_TRANSACTIONS');
export const TCP_THIN_LINEAR_TIMEOUTS: number = c.linux('TCP_THIN_LINEAR_TIMEOUTS');
export const TCP_THIN_DUPACK: number = c.linux('TCP_THIN_DUPACK');
export const TCP_USER_TIMEOUT: number = c.linux('TCP_USER_TIMEOUT');
export const TCP_REPAIR: number = c.linux('TCP_REPAIR');
export const TCP_REPAIR_QUEUE: number = c.linux('TCP_REPAIR_QUEUE');
export const TCP_QUEUE_SEQ: number = c.linux('TCP_QUEUE_SEQ');
export const TCP_REPAIR_OPTIONS: number = c.linux('TCP_REPAIR_OPTIONS');
export const TCP_FASTOPEN: number = c.linux('TCP_FASTOPEN');
export const TCP_TIMESTAMP: number = c.linux('TCP_TIMESTAMP');
export const TCP_NOTSENT_LOWAT: number = c.linux('TCP_NOTSENT_LOWAT');
export const TCP_CC_INFO: number = c.linux('TCP_CC_INFO');
export const TCP_SAVE_SYN: number = c.linux('TCP_SAVE_SYN');
export const TCP_SAVED_SYN: number = c.linux('TCP_SAVED_SYN');
export const TCP_REPAIR_WINDOW: number = c.linux('TCP_REPAIR_WINDOW');
export const TCP_FASTOPEN_CONNECT: number = c.linux('TCP_FASTOPEN_CONNECT');
export const TCP_ULP: number = c.linux('TCP_ULP');
export const TCP_MD5SIG_EXT: number = c.linux('TCP_MD5SIG_EXT');
export const TCP_FASTOPEN_KEY: number | undefined = c.optional('TCP_FASTOPEN_KEY');
export const TCP_FASTOPEN_NO_COOKIE: number | undefined = c.optional('TCP_FASTOPEN_NO_COOKIE');
export const TCP_ZEROCOPY_RECEIVE: number | undefined = c.optional('TCP_ZEROCOPY_RECEIVE');
export const TCP_INQ: number | undefined = c.optional('TCP_INQ');
export const TCP_CM_INQ: number | undefined = c.optional('TCP_CM_INQ');
export const TCP_TX_DELAY: number | undefined = c.optional('TCP_TX_DELAY');
export const TCP_AO_ADD_KEY: number | undefined = c.optional('TCP_AO_ADD_KEY');
export const TCP_AO_DEL_KEY: number | undefined = c.optional('TCP_AO_DEL_KEY');
export const TCP_AO_INFO: number | undefined = c.optional('TCP_AO_INFO');
export const TCP_AO_GET_KEYS: number | undefined = c.optional('TCP_AO_GET_KEYS');
export const TCP_AO_REPAIR: number | undefined = c.optional('TCP_AO_REPAIR');
export const TCP_IS_MPTCP: number | undefined = c.optional('TCP_IS_MPTCP');
export const TCP_RTO_MIN_US: number | undefined = c.optional('TCP_RTO_MIN_US');
export const TCP_DELACK_MAX_US: number | undefined = c.optional('TCP_DELACK_MAX_US');
export const TCP_NOPUSH: number | undefined = c.optional('TCP_NOPUSH');
export const TCP_NOOPT: number | undefined = c.optional('TCP_NOOPT');
export const TCP_KEEPALIVE: number | undefined = c.optional('TCP_KEEPALIVE');
export const TCP_CONNECTIONTIMEOUT: number | undefined = c.optional('TCP_CONNECTIONTIMEOUT');
export const TCP_SENDMOREACKS: number | undefined = c.optional('TCP_SENDMOREACKS');
export const TCP_ENABLE_ECN: number | undefined = c.optional('TCP_ENABLE_ECN');
export const TCP_CONNECTION_INFO: number | undefined = c.optional('TCP_CONNECTION_INFO');
export const TCP_RXT_CONNDROPTIME: number | undefined = c.optional('TCP_RXT_CONNDROPTIME');
export const TCP_RXT_FINDROP: number | undefined = c.optional('TCP_RXT_FINDROP');
export const TCP_INFO_ANCHOR: number | undefined = c.optional('TCP_INFO_ANCHOR');
export const TCP_FUNCTION_BLK: number | undefined = c.optional('TCP_FUNCTION_BLK');
export const TCP_FUNCTION_ALIAS: number | undefined = c.optional('TCP_FUNCTION_ALIAS');
export const TCP_CCALGOOPT: number | undefined = c.optional('TCP_CCALGOOPT');
export const TCP_KEEPINIT: number | undefined = c.optional('TCP_KEEPINIT');
export const TCP_FASTOPEN_PSK_LEN: number | undefined = c.optional('TCP_FASTOPEN_PSK_LEN');
export const TCP_REUSPORT_LB_NUMA: number | undefined = c.optional('TCP_REUSPORT_LB_NUMA');
export const TCP_MAXWIN: number = c.linux('TCP_MAXWIN');
export const TCP_MAX_WINSHIFT: number = c.linux('TCP_MAX_WINSHIFT');
export const TCP_MSS: number = c.linux('TCP_MSS');
export const TCP_MSS_DEFAULT: number = c.linux('TCP_MSS_DEFAULT');
export const TCP_MSS_DESIRED: number = c.linux('TCP_MSS_DESIRED');
export const TCP_COOKIE_MIN: number = c.linux('TCP_COOKIE_MIN');
export const TCP_COOKIE_MAX: number = c.linux('TCP_COOKIE_MAX');
export const TCP_COOKIE_PAIR_SIZE: number = c.linux('TCP_COOKIE_PAIR_SIZE');
export const TCP_COOKIE_IN_ALWAYS: number = c.linux('TCP_COOKIE_IN_ALWAYS');
export const TCP_COOKIE_OUT_NEVER: number = c.linux('TCP_COOKIE_OUT_NEVER');
export const TCP_S_DATA_IN: number = c.linux('TCP_S_DATA_IN');
export const TCP_S_DATA_OUT: number = c.linux('TCP_S_DATA_OUT');
export const TCP_REPAIR_ON: number = c.linux('TCP_REPAIR_ON');
export const TCP_REPAIR_OFF: number = c.linux('TCP_REPAIR_OFF');
export const TCP_REPAIR_OFF_NO_WP: number = c.linux('TCP_REPAIR_OFF_NO_WP');
export const TCP_MD5SIG_MAXKEYLEN: number = c.linux('TCP_MD5SIG_MAXKEYLEN');
export const TCP_MD5SIG_FLAG_PREFIX: number = c.linux('TCP_MD5SIG_FLAG_PREFIX');
export const TCP_MD5SIG_FLAG_IFINDEX: number | undefined = c.optional('TCP_MD5SIG_FLAG_IFINDEX');
export const TCP_NO_QUEUE: number | undefined = c.optional('TCP_NO_QUEUE');
export const TCP_RECV_QUEUE: number | undefined = c.optional('TCP_RECV_QUEUE');
export const TCP_SEND_QUEUE: number | undefined = c.optional('TCP_SEND_QUEUE');
export const TCP_QUEUES_NR: number | undefined = c.optional('TCP_QUEUES_NR');
export const TCP_ESTABLISHED: number = c.linux('TCP_ESTABLISHED');
export const TCP_SYN_SENT: number = c.linux('TCP_SYN_SENT');
export const TCP_SYN_RECV: number = c.linux('TCP_SYN_RECV');
export const TCP_FIN_WAIT1: number = c.linux('TCP_FIN_WAIT1');
export const TCP_FIN_WAIT2: number = c.linux('TCP_FIN_WAIT2');
export const TCP_TIME_WAIT: number = c.linux('TCP_TIME_WAIT');
export const TCP_CLOSE: number = c.linux('TCP_CLOSE');
export const TCP_CLOSE_WAIT: number = c.linux('TCP_CLOSE_WAIT');
export const TCP_LAST_ACK: number = c.linux('TCP_LAST_ACK');
export const TCP_LISTEN: number = c.linux('TCP_LISTEN');
export const TCP_CLOSING: number = c.linux('TCP_CLOSING');
export const TCP_CA_Open: number = c.linux('TCP_CA_Open');
export const TCP_CA_Disorder: number = c.linux('TCP_CA_Disorder');
export const TCP_CA_CWR: number = c.linux('TCP_CA_CWR');
export const TCP_CA_Recovery: number = c.linux('TCP_CA_Recovery');
export const TCP_CA_Loss: number = c.linux('TCP_CA_Loss');
export const UDP_CORK: number = c.linux('UDP_CORK');
export const UDP_ENCAP: number = c.linux('UDP_ENCAP');
export const UDP_NO_CHECK6_TX: number = c.linux('UDP_NO_CHECK6_TX');
export const UDP_NO_CHECK6_RX: number = c.linux('UDP_NO_CHECK6_RX');
export const UDP_SEGMENT: number | undefined = c.optional('UDP_SEGMENT');
export const UDP_GRO: number | undefined = c.optional('UDP_GRO');
export const UDP_ENCAP_ESPINUDP_NON_IKE: number = c.linux('UDP_ENCAP_ESPINUDP_NON_IKE');
export const UDP_ENCAP_ESPINUDP: number = c.linux('UDP_ENCAP_ESPINUDP');
export const UDP_ENCAP_L2TPINUDP: number = c.linux('UDP_ENCAP_L2TPINUDP');
export const UDP_ENCAP_GTP0: number = c.linux('UDP_ENCAP_GTP0');
export const UDP_ENCAP_GTP1U: number = c.linux('UDP_ENCAP_GTP1U');
export const UDP_ENCAP_RXRPC: number | undefined = c.optional('UDP_ENCAP_RXRPC');
export const UDP_ESPINUDP_NON_IKE: number | undefined = c.optional('UDP_ESPINUDP_NON_IKE');
export const UDP_ESPINUDP: number | undefined = c.optional('UDP_ESPINUDP');
export const UDPLITE_SEND_CSCOV: number = c.linux('UDPLITE_SEND_CSCOV');
export const UDPLITE_RECV_CSCOV: number = c.linux('UDPLITE_RECV_CSCOV');
export const EAI_ADDRFAMILY: number = c.linux('EAI_ADDRFAMILY');
export const EAI_AGAIN: number = c.linux('EAI_AGAIN');
export const EAI_BADFLAGS: number = c.linux('EAI_BADFLAGS');
export const EAI_FAIL: number = c.linux('EAI_FAIL');
export const EAI_FAMILY: number = c.linux('EAI_FAMILY');
export const EAI_MEMORY: number = c.linux('EAI_MEMORY');
export const EAI_NODATA: number = c.linux('EAI_NODATA');
export const EAI_NONAME: number = c.linux('EAI_NONAME');
export const EAI_OVERFLOW: number = c.linux('EAI_OVERFLOW');
export const EAI_SERVICE: number = c.linux('EAI_SERVICE');
export const EAI_SOCKTYPE: number = c.linux('EAI_SOCKTYPE');
export const EAI_SYSTEM: number = c.linux('EAI_SYSTEM');
export const EAI_BADHINTS: number | undefined = c.optional('EAI_BADHINTS');
export const EAI_PROTOCOL: number | undefined = c.optional('EAI_PROTOCOL');
export const EAI_MAX: number | undefined = c.optional('EAI_MAX');
export const EAI_INPROGRESS: number = c.linux('EAI_INPROGRESS');
export const EAI_CANCELED: number = c.linux('EAI_CANCELED');
export const EAI_NOTCANCELED: number = c.linux('EAI_NOTCANCELED');
export const EAI_ALLDONE: number = c.linux('EAI_ALLDONE');
export const EAI_INTR: number = c.linux('EAI_INTR');
export const EAI_IDN_ENCODE: number = c.linux('EAI_IDN_ENCODE');
export const AI_PASSIVE: number = c.linux('AI_PASSIVE');
export const AI_CANONNAME: number = c.linux('AI_CANONNAME');
export const AI_NUMERICHOST: number = c.linux('AI_NUMERICHOST');
export const AI_NUMERICSERV: number = c.linux('AI_NUMERICSERV');
export const AI_V4MAPPED: number = c.linux('AI_V4MAPPED');
export const AI_ALL: number = c.linux('AI_ALL');
export const AI_ADDRCONFIG: number = c.linux('AI_ADDRCONFIG');
export const AI_IDN: number = c.linux('AI_IDN');
export const AI_CANONIDN: number = c.linux('AI_CANONIDN');
export const AI_V4MAPPED_CFG: number | undefined = c.optional('AI_V4MAPPED_CFG');
export const AI_DEFAULT: number | undefined = c.optional('AI_DEFAULT');
export const AI_MASK: number | undefined = c.optional('AI_MASK');
export const AI_UNUSABLE: number | undefined = c.optional('AI_UNUSABLE');
export const NI_NUMERICHOST: number = c.linux('NI_NUMERICHOST');
export const NI_NUMERICSERV: number = c.linux('NI_NUMERICSERV');
export const NI_NOFQDN: number = c.linux('NI_NOFQDN');
export const NI_NAMEREQD: number = c.linux('NI_NAMEREQD');
export const NI_DGRAM: number = c.linux('NI_DGRAM');
export const NI_NUMERICSCOPE: number | undefined = c.optional('NI_NUMERICSCOPE');
export const NI_IDN: number = c.linux('NI_IDN');
export const NI_MAXHOST: number = c.linux('NI_MAXHOST');
export const NI_MAXSERV: number = c.linux('NI_MAXSERV');

/** The names of each [GROUP] of constants.def, in file order (for reverseMap). */
export const groups = {
  AF: ['AF_INET', 'AF_INET6'],
  IPPROTO: [
    'IPPROTO_IP', 'IPPROTO_HOPOPTS', 'IPPROTO_ICMP', 'IPPROTO_IGMP', 'IPPROTO_GGP', 'IPPROTO_IPV4', 'IPPROTO_IPIP',
    'IPPROTO_TCP', 'IPPROTO_ST', 'IPPROTO_EGP', 'IPPROTO_PIGP', 'IPPROTO_PUP', 'IPPROTO_UDP', 'IPPROTO_IDP',
    'IPPROTO_TP', 'IPPROTO_XTP', 'IPPROTO_IPV6', 'IPPROTO_SDRP', 'IPPROTO_ROUTING', 'IPPROTO_FRAGMENT', 'IPPROTO_IDRP',
    'IPPROTO_RSVP', 'IPPROTO_GRE', 'IPPROTO_MHRP', 'IPPROTO_BHA', 'IPPROTO_ESP', 'IPPROTO_AH', 'IPPROTO_INLSP',
    'IPPROTO_SWIPE', 'IPPROTO_NHRP', 'IPPROTO_MOBILE', 'IPPROTO_TLSP', 'IPPROTO_SKIP', 'IPPROTO_ICMPV6', 'IPPROTO_NONE',
    'IPPROTO_DSTOPTS', 'IPPROTO_MH', 'IPPROTO_HELLO', 'IPPROTO_ND', 'IPPROTO_EON', 'IPPROTO_IPCOMP', 'IPPROTO_COMP',
    'IPPROTO_PIM', 'IPPROTO_CARP', 'IPPROTO_PGM', 'IPPROTO_SCTP', 'IPPROTO_UDPLITE', 'IPPROTO_MPLS', 'IPPROTO_ETHERNET',
    'IPPROTO_BEETPH', 'IPPROTO_DCCP', 'IPPROTO_MPTCP', 'IPPROTO_ENCAP', 'IPPROTO_ETHERIP', 'IPPROTO_MTP',
    'IPPROTO_L2TP', 'IPPROTO_VRRP', 'IPPROTO_BIP', 'IPPROTO_CBT', 'IPPROTO_ICLFXBM', 'IPPROTO_IGP', 'IPPROTO_RDP',
    'IPPROTO_DIVERT', 'IPPROTO_PFSYNC', 'IPPROTO_SEND', 'IPPROTO_RAW', 'IPPROTO_MAX',
  ],
  IPPORT: [
    'IPPORT_ECHO', 'IPPORT_DISCARD', 'IPPORT_SYSTAT', 'IPPORT_DAYTIME', 'IPPORT_NETSTAT', 'IPPORT_FTP', 'IPPORT_TELNET',
    'IPPORT_SMTP', 'IPPORT_TIMESERVER', 'IPPORT_NAMESERVER', 'IPPORT_WHOIS', 'IPPORT_MTP', 'IPPORT_TFTP', 'IPPORT_RJE',
    'IPPORT_FINGER', 'IPPORT_TTYLINK', 'IPPORT_SUPDUP', 'IPPORT_EXECSERVER', 'IPPORT_LOGINSERVER', 'IPPORT_CMDSERVER',
    'IPPORT_EFSSERVER', 'IPPORT_BIFFUDP', 'IPPORT_WHOSERVER', 'IPPORT_ROUTESERVER', 'IPPORT_RESERVED',
    'IPPORT_USERRESERVED', 'IPPORT_HIFIRSTAUTO', 'IPPORT_HILASTAUTO', 'IPPORT_RESERVEDSTART', 'IPPORT_MAX',
  ],
  INADDR: [
    'INADDR_ANY', 'INADDR_BROADCAST', 'INADDR_NONE', 'INADDR_DUMMY', 'INADDR_LOOPBACK', 'INADDR_UNSPEC_GROUP',
    'INADDR_ALLHOSTS_GROUP', 'INADDR_ALLRTRS_GROUP', 'INADDR_ALLRPTS_GROUP', 'INADDR_ALLSNOOPERS_GROUP',
    'INADDR_CARP_GROUP', 'INADDR_PFSYNC_GROUP', 'INADDR_ALLMDNS_GROUP', 'INADDR_MAX_LOCAL_GROUP',
  ],
  SOL: ['SOL_IP', 'SOL_IPV6', 'SOL_ICMPV6', 'SOL_TCP', 'SOL_UDP', 'SOL_UDPLITE', 'SOL_RAW', 'SOL_MPTCP'],
  IP: [
    'IP_OPTIONS', 'IP_HDRINCL', 'IP_TOS', 'IP_TTL', 'IP_RECVOPTS', 'IP_RECVRETOPTS', 'IP_RECVDSTADDR', 'IP_RETOPTS',
    'IP_MULTICAST_IF', 'IP_MULTICAST_TTL', 'IP_MULTICAST_LOOP', 'IP_ADD_MEMBERSHIP', 'IP_DROP_MEMBERSHIP',
    'IP_MULTICAST_VIF', 'IP_RSVP_ON', 'IP_RSVP_OFF', 'IP_RSVP_VIF_ON', 'IP_RSVP_VIF_OFF', 'IP_PORTRANGE', 'IP_RECVIF',
    'IP_IPSEC_POLICY', 'IP_FAITH', 'IP_ONESBCAST', 'IP_BINDANY', 'IP_BINDMULTI', 'IP_RSS_LISTEN_BUCKET',
    'IP_ORIGDSTADDR', 'IP_RECVORIGDSTADDR', 'IP_FLOWID', 'IP_FLOWTYPE', 'IP_RSSBUCKETID', 'IP_RECVFLOWID',
    'IP_RECVRSSBUCKETID', 'IP_FW_TABLE_ADD', 'IP_FW_TABLE_DEL', 'IP_FW_TABLE_FLUSH', 'IP_FW_TABLE_GETSIZE',
    'IP_FW_TABLE_LIST', 'IP_FW3', 'IP_DUMMYNET3', 'IP_ADD_SOURCE_MEMBERSHIP', 'IP_DROP_SOURCE_MEMBERSHIP',
    'IP_BLOCK_SOURCE', 'IP_UNBLOCK_SOURCE', 'IP_MSFILTER', 'IP_MINTTL', 'IP_DONTFRAG', 'IP_RECVTOS', 'IP_RECVTTL',
    'IP_RECVPKTINFO', 'IP_PKTINFO', 'IP_PKTOPTIONS', 'IP_BOUND_IF', 'IP_MULTICAST_IFINDEX', 'IP_STRIPHDR',
    'IP_TRAFFIC_MGT_BACKGROUND', 'IP_ROUTER_ALERT', 'IP_MTU_DISCOVER', 'IP_RECVERR', 'IP_MTU', 'IP_FREEBIND',
    'IP_XFRM_POLICY', 'IP_PASSSEC', 'IP_TRANSPARENT', 'IP_NODEFRAG', 'IP_CHECKSUM', 'IP_BIND_ADDRESS_NO_PORT',
    'IP_RECVFRAGSIZE', 'IP_RECVERR_RFC4884', 'IP_MULTICAST_ALL', 'IP_UNICAST_IF', 'IP_LOCAL_PORT_RANGE', 'IP_PROTOCOL',
    'IP_PMTUDISC', 'IP_PMTUDISC_DONT', 'IP_PMTUDISC_WANT', 'IP_PMTUDISC_DO', 'IP_PMTUDISC_PROBE',
    'IP_PMTUDISC_INTERFACE', 'IP_PMTUDISC_OMIT', 'IP_PORTRANGE_DEFAULT', 'IP_PORTRANGE_HIGH', 'IP_PORTRANGE_LOW',
    'IP_DEFAULT_MULTICAST_TTL', 'IP_DEFAULT_MULTICAST_LOOP', 'IP_MAX_MEMBERSHIPS', 'IP_MIN_MEMBERSHIPS',
    'IP_MAX_GROUP_SRC_FILTER', 'IP_MAX_SOCK_SRC_FILTER', 'IP_MAX_SOCK_MUTE_FILTER', 'IP_RF', 'IP_DF', 'IP_MF',
    'IP_OFFMASK', 'IP_MAXPACKET', 'IP_MSS',
  ],
  MCAST: [
    'MCAST_JOIN_GROUP', 'MCAST_BLOCK_SOURCE', 'MCAST_UNBLOCK_SOURCE', 'MCAST_LEAVE_GROUP', 'MCAST_JOIN_SOURCE_GROUP',
    'MCAST_LEAVE_SOURCE_GROUP', 'MCAST_MSFILTER', 'MCAST_EXCLUDE', 'MCAST_INCLUDE', 'MCAST_UNDEFINED',
  ],
  IPV6: [
    'IPV6_ADDRFORM', 'IPV6_2292PKTINFO', 'IPV6_2292HOPOPTS', 'IPV6_2292DSTOPTS', 'IPV6_2292RTHDR',
    'IPV6_2292PKTOPTIONS', 'IPV6_2292HOPLIMIT', 'IPV6_CHECKSUM', 'IPV6_NEXTHOP', 'IPV6_AUTHHDR', 'IPV6_UNICAST_HOPS',
    'IPV6_MULTICAST_IF', 'IPV6_MULTICAST_HOPS', 'IPV6_MULTICAST_LOOP', 'IPV6_JOIN_GROUP', 'IPV6_LEAVE_GROUP',
    'IPV6_ADD_MEMBERSHIP', 'IPV6_DROP_MEMBERSHIP', 'IPV6_ROUTER_ALERT', 'IPV6_MTU_DISCOVER', 'IPV6_MTU', 'IPV6_RECVERR',
    'IPV6_V6ONLY', 'IPV6_JOIN_ANYCAST', 'IPV6_LEAVE_ANYCAST', 'IPV6_MULTICAST_ALL', 'IPV6_ROUTER_ALERT_ISOLATE',
    'IPV6_RECVERR_RFC4884', 'IPV6_IPSEC_POLICY', 'IPV6_XFRM_POLICY', 'IPV6_HDRINCL', 'IPV6_RECVPKTINFO', 'IPV6_PKTINFO',
    'IPV6_RECVHOPLIMIT', 'IPV6_HOPLIMIT', 'IPV6_RECVHOPOPTS', 'IPV6_HOPOPTS', 'IPV6_RTHDRDSTOPTS', 'IPV6_RECVRTHDR',
    'IPV6_RTHDR', 'IPV6_RECVDSTOPTS', 'IPV6_DSTOPTS', 'IPV6_RECVPATHMTU', 'IPV6_PATHMTU', 'IPV6_DONTFRAG',
    'IPV6_RECVTCLASS', 'IPV6_TCLASS', 'IPV6_AUTOFLOWLABEL', 'IPV6_ADDR_PREFERENCES', 'IPV6_MINHOPCOUNT',
    'IPV6_ORIGDSTADDR', 'IPV6_RECVORIGDSTADDR', 'IPV6_TRANSPARENT', 'IPV6_UNICAST_IF', 'IPV6_RECVFRAGSIZE',
    'IPV6_FREEBIND', 'IPV6_RXHOPOPTS', 'IPV6_RXDSTOPTS', 'IPV6_PMTUDISC_DONT', 'IPV6_PMTUDISC_WANT', 'IPV6_PMTUDISC_DO',
    'IPV6_PMTUDISC_PROBE', 'IPV6_PMTUDISC_INTERFACE', 'IPV6_PMTUDISC_OMIT', 'IPV6_RTHDR_LOOSE', 'IPV6_RTHDR_STRICT',
    'IPV6_RTHDR_TYPE_0', 'IPV6_USE_MIN_MTU', 'IPV6_PORTRANGE', 'IPV6_BINDANY', 'IPV6_BINDMULTI',
    'IPV6_RSS_LISTEN_BUCKET', 'IPV6_FLOWID', 'IPV6_FLOWTYPE', 'IPV6_RSSBUCKETID', 'IPV6_RECVFLOWID',
    'IPV6_RECVRSSBUCKETID', 'IPV6_FAITH', 'IPV6_PREFER_TEMPADDR', 'IPV6_BOUND_IF', 'IPV6_MSFILTER', 'IPV6_FLOWINFO',
    'IPV6_FLOWLABEL_MGR', 'IPV6_FLOWINFO_SEND', 'IPV6_PREFER_SRC_TMP', 'IPV6_PREFER_SRC_PUBLIC',
    'IPV6_PREFER_SRC_PUBTMP_DEFAULT', 'IPV6_PREFER_SRC_COA', 'IPV6_PREFER_SRC_HOME', 'IPV6_PREFER_SRC_CGA',
    'IPV6_PREFER_SRC_NONCGA',
  ],
  TCP: [
    'TCP_NODELAY', 'TCP_MAXSEG', 'TCP_CORK', 'TCP_KEEPIDLE', 'TCP_KEEPINTVL', 'TCP_KEEPCNT', 'TCP_SYNCNT',
    'TCP_LINGER2', 'TCP_DEFER_ACCEPT', 'TCP_WINDOW_CLAMP', 'TCP_INFO', 'TCP_QUICKACK', 'TCP_CONGESTION', 'TCP_MD5SIG',
    'TCP_COOKIE_TRANSACTIONS', 'TCP_THIN_LINEAR_TIMEOUTS', 'TCP_THIN_DUPACK', 'TCP_USER_TIMEOUT', 'TCP_REPAIR',
    'TCP_REPAIR_QUEUE', 'TCP_QUEUE_SEQ', 'TCP_REPAIR_OPTIONS', 'TCP_FASTOPEN', 'TCP_TIMESTAMP', 'TCP_NOTSENT_LOWAT',
    'TCP_CC_INFO', 'TCP_SAVE_SYN', 'TCP_SAVED_SYN', 'TCP_REPAIR_WINDOW', 'TCP_FASTOPEN_CONNECT', 'TCP_ULP',
    'TCP_MD5SIG_EXT', 'TCP_FASTOPEN_KEY', 'TCP_FASTOPEN_NO_COOKIE', 'TCP_ZEROCOPY_RECEIVE', 'TCP_INQ', 'TCP_CM_INQ',
    'TCP_TX_DELAY', 'TCP_AO_ADD_KEY', 'TCP_AO_DEL_KEY', 'TCP_AO_INFO', 'TCP_AO_GET_KEYS', 'TCP_AO_REPAIR',
    'TCP_IS_MPTCP', 'TCP_RTO_MIN_US', 'TCP_DELACK_MAX_US', 'TCP_NOPUSH', 'TCP_NOOPT', 'TCP_KEEPALIVE',
    'TCP_CONNECTIONTIMEOUT', 'TCP_SENDMOREACKS', 'TCP_ENABLE_ECN', 'TCP_CONNECTION_INFO', 'TCP_RXT_CONNDROPTIME',
    'TCP_RXT_FINDROP', 'TCP_INFO_ANCHOR', 'TCP_FUNCTION_BLK', 'TCP_FUNCTION_ALIAS', 'TCP_CCALGOOPT', 'TCP_KEEPINIT',
    'TCP_FASTOPEN_PSK_LEN', 'TCP_REUSPORT_LB_NUMA', 'TCP_MAXWIN', 'TCP_MAX_WINSHIFT', 'TCP_MSS', 'TCP_MSS_DEFAULT',
    'TCP_MSS_DESIRED', 'TCP_COOKIE_MIN', 'TCP_COOKIE_MAX', 'TCP_COOKIE_PAIR_SIZE', 'TCP_COOKIE_IN_ALWAYS',
    'TCP_COOKIE_OUT_NEVER', 'TCP_S_DATA_IN', 'TCP_S_DATA_OUT', 'TCP_REPAIR_ON', 'TCP_REPAIR_OFF',
    'TCP_REPAIR_OFF_NO_WP', 'TCP_MD5SIG_MAXKEYLEN', 'TCP_MD5SIG_FLAG_PREFIX', 'TCP_MD5SIG_FLAG_IFINDEX', 'TCP_NO_QUEUE',
    'TCP_RECV_QUEUE', 'TCP_SEND_QUEUE', 'TCP_QUEUES_NR',
  ],
  TCP_STATE: [
    'TCP_ESTABLISHED', 'TCP_SYN_SENT', 'TCP_SYN_RECV', 'TCP_FIN_WAIT1', 'TCP_FIN_WAIT2', 'TCP_TIME_WAIT', 'TCP_CLOSE',
    'TCP_CLOSE_WAIT', 'TCP_LAST_ACK', 'TCP_LISTEN', 'TCP_CLOSING',
  ],
  TCP_CA: ['TCP_CA_Open', 'TCP_CA_Disorder', 'TCP_CA_CWR', 'TCP_CA_Recovery', 'TCP_CA_Loss'],
  UDP: [
    'UDP_CORK', 'UDP_ENCAP', 'UDP_NO_CHECK6_TX', 'UDP_NO_CHECK6_RX', 'UDP_SEGMENT', 'UDP_GRO',
    'UDP_ENCAP_ESPINUDP_NON_IKE', 'UDP_ENCAP_ESPINUDP', 'UDP_ENCAP_L2TPINUDP', 'UDP_ENCAP_GTP0', 'UDP_ENCAP_GTP1U',
    'UDP_ENCAP_RXRPC', 'UDP_ESPINUDP_NON_IKE', 'UDP_ESPINUDP',
  ],
  UDPLITE: ['UDPLITE_SEND_CSCOV', 'UDPLITE_RECV_CSCOV'],
  EAI: [
    'EAI_ADDRFAMILY', 'EAI_AGAIN', 'EAI_BADFLAGS', 'EAI_FAIL', 'EAI_FAMILY', 'EAI_MEMORY', 'EAI_NODATA', 'EAI_NONAME',
    'EAI_OVERFLOW', 'EAI_SERVICE', 'EAI_SOCKTYPE', 'EAI_SYSTEM', 'EAI_BADHINTS', 'EAI_PROTOCOL', 'EAI_MAX',
    'EAI_INPROGRESS', 'EAI_CANCELED', 'EAI_NOTCANCELED', 'EAI_ALLDONE', 'EAI_INTR', 'EAI_IDN_ENCODE',
  ],
  AI: [
    'AI_PASSIVE', 'AI_CANONNAME', 'AI_NUMERICHOST', 'AI_NUMERICSERV', 'AI_V4MAPPED', 'AI_ALL', 'AI_ADDRCONFIG',
    'AI_IDN', 'AI_CANONIDN', 'AI_V4MAPPED_CFG', 'AI_DEFAULT', 'AI_MASK', 'AI_UNUSABLE',
  ],
  NI: [
    'NI_NUMERICHOST', 'NI_NUMERICSERV', 'NI_NOFQDN', 'NI_NAMEREQD', 'NI_DGRAM', 'NI_NUMERICSCOPE', 'NI_IDN',
    'NI_MAXHOST', 'NI_MAXSERV',
  ],
} as const;
