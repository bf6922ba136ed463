// generated from constants.def by sock-gen-constants — do not edit
#ifndef SOCK_CONSTANTS_GENERATED_H_
#define SOCK_CONSTANTS_GENERATED_H_

#include <sock/constants.h>

#if __has_include(<errno.h>)
#include <errno.h>
#endif
#if __has_include(<sys/socket.h>)
#include <sys/socket.h>
#endif
#if __has_include(<netinet/in.h>)
#include <netinet/in.h>
#endif
#if __has_include(<netinet/tcp.h>)
#include <netinet/tcp.h>
#endif
#if __has_include(<netinet/udp.h>)
#include <netinet/udp.h>
#endif

/** The constants of constants.def that are macros (read behind #ifdef). */
inline void AddGeneratedMacros(sock::ConstantSink& s) {
  s.Group("SOCK");
#ifdef SOCK_STREAM
  s.Add("SOCK_STREAM", SOCK_STREAM);
#endif
#ifdef SOCK_DGRAM
  s.Add("SOCK_DGRAM", SOCK_DGRAM);
#endif
#ifdef SOCK_RAW
  s.Add("SOCK_RAW", SOCK_RAW);
#endif
#ifdef SOCK_RDM
  s.Add("SOCK_RDM", SOCK_RDM);
#endif
#ifdef SOCK_SEQPACKET
  s.Add("SOCK_SEQPACKET", SOCK_SEQPACKET);
#endif
#ifdef SOCK_PACKET
  s.Add("SOCK_PACKET", SOCK_PACKET);
#endif
#ifdef SOCK_NONBLOCK
  s.Add("SOCK_NONBLOCK", SOCK_NONBLOCK);
#endif
#ifdef SOCK_CLOEXEC
  s.Add("SOCK_CLOEXEC", SOCK_CLOEXEC);
#endif
  s.Group("SOL");
#ifdef SOL_SOCKET
  s.Add("SOL_SOCKET", SOL_SOCKET);
#endif
#ifdef SOL_IP
  s.Add("SOL_IP", SOL_IP);
#endif
#ifdef SOL_TCP
  s.Add("SOL_TCP", SOL_TCP);
#endif
#ifdef SOL_UDP
  s.Add("SOL_UDP", SOL_UDP);
#endif
  s.Group("SO");
#ifdef SO_ACCEPTCONN
  s.Add("SO_ACCEPTCONN", SO_ACCEPTCONN);
#endif
#ifdef SO_ACCEPTFILTER
  s.Add("SO_ACCEPTFILTER", SO_ACCEPTFILTER);
#endif
#ifdef SO_ATTACH_BPF
  s.Add("SO_ATTACH_BPF", SO_ATTACH_BPF);
#endif
#ifdef SO_ATTACH_FILTER
  s.Add("SO_ATTACH_FILTER", SO_ATTACH_FILTER);
#endif
#ifdef SO_ATTACH_REUSEPORT_CBPF
  s.Add("SO_ATTACH_REUSEPORT_CBPF", SO_ATTACH_REUSEPORT_CBPF);
#endif
#ifdef SO_ATTACH_REUSEPORT_EBPF
  s.Add("SO_ATTACH_REUSEPORT_EBPF", SO_ATTACH_REUSEPORT_EBPF);
#endif
#ifdef SO_BINDANY
  s.Add("SO_BINDANY", SO_BINDANY);
#endif
#ifdef SO_BINDTODEVICE
  s.Add("SO_BINDTODEVICE", SO_BINDTODEVICE);
#endif
#ifdef SO_BINDTOIFINDEX
  s.Add("SO_BINDTOIFINDEX", SO_BINDTOIFINDEX);
#endif
#ifdef SO_BINTIME
  s.Add("SO_BINTIME", SO_BINTIME);
#endif
#ifdef SO_BPF_EXTENSIONS
  s.Add("SO_BPF_EXTENSIONS", SO_BPF_EXTENSIONS);
#endif
#ifdef SO_BROADCAST
  s.Add("SO_BROADCAST", SO_BROADCAST);
#endif
#ifdef SO_BSDCOMPAT
  s.Add("SO_BSDCOMPAT", SO_BSDCOMPAT);
#endif
#ifdef SO_BUF_LOCK
  s.Add("SO_BUF_LOCK", SO_BUF_LOCK);
#endif
#ifdef SO_BUSY_POLL
  s.Add("SO_BUSY_POLL", SO_BUSY_POLL);
#endif
#ifdef SO_BUSY_POLL_BUDGET
  s.Add("SO_BUSY_POLL_BUDGET", SO_BUSY_POLL_BUDGET);
#endif
#ifdef SO_CNX_ADVICE
  s.Add("SO_CNX_ADVICE", SO_CNX_ADVICE);
#endif
#ifdef SO_COOKIE
  s.Add("SO_COOKIE", SO_COOKIE);
#endif
#ifdef SO_DEBUG
  s.Add("SO_DEBUG", SO_DEBUG);
#endif
#ifdef SO_DETACH_BPF
  s.Add("SO_DETACH_BPF", SO_DETACH_BPF);
#endif
#ifdef SO_DETACH_FILTER
  s.Add("SO_DETACH_FILTER", SO_DETACH_FILTER);
#endif
#ifdef SO_DETACH_REUSEPORT_BPF
  s.Add("SO_DETACH_REUSEPORT_BPF", SO_DETACH_REUSEPORT_BPF);
#endif
#ifdef SO_DEVMEM_DMABUF
  s.Add("SO_DEVMEM_DMABUF", SO_DEVMEM_DMABUF);
#endif
#ifdef SO_DEVMEM_DONTNEED
  s.Add("SO_DEVMEM_DONTNEED", SO_DEVMEM_DONTNEED);
#endif
#ifdef SO_DEVMEM_LINEAR
  s.Add("SO_DEVMEM_LINEAR", SO_DEVMEM_LINEAR);
#endif
#ifdef SO_DOMAIN
  s.Add("SO_DOMAIN", SO_DOMAIN);
#endif
#ifdef SO_DONTROUTE
  s.Add("SO_DONTROUTE", SO_DONTROUTE);
#endif
#ifdef SO_ERROR
  s.Add("SO_ERROR", SO_ERROR);
#endif
#ifdef SO_EXCLUSIVEADDRUSE
  s.Add("SO_EXCLUSIVEADDRUSE", SO_EXCLUSIVEADDRUSE);
#endif
#ifdef SO_GET_FILTER
  s.Add("SO_GET_FILTER", SO_GET_FILTER);
#endif
#ifdef SO_INCOMING_CPU
  s.Add("SO_INCOMING_CPU", SO_INCOMING_CPU);
#endif
#ifdef SO_INCOMING_NAPI_ID
  s.Add("SO_INCOMING_NAPI_ID", SO_INCOMING_NAPI_ID);
#endif
#ifdef SO_KEEPALIVE
  s.Add("SO_KEEPALIVE", SO_KEEPALIVE);
#endif
#ifdef SO_LABEL
  s.Add("SO_LABEL", SO_LABEL);
#endif
#ifdef SO_LINGER
  s.Add("SO_LINGER", SO_LINGER);
#endif
#ifdef SO_LINGER_SEC
  s.Add("SO_LINGER_SEC", SO_LINGER_SEC);
#endif
#ifdef SO_LISTENINCQLEN
  s.Add("SO_LISTENINCQLEN", SO_LISTENINCQLEN);
#endif
#ifdef SO_LISTENQLEN
  s.Add("SO_LISTENQLEN", SO_LISTENQLEN);
#endif
#ifdef SO_LISTENQLIMIT
  s.Add("SO_LISTENQLIMIT", SO_LISTENQLIMIT);
#endif
#ifdef SO_LOCK_FILTER
  s.Add("SO_LOCK_FILTER", SO_LOCK_FILTER);
#endif
#ifdef SO_MARK
  s.Add("SO_MARK", SO_MARK);
#endif
#ifdef SO_MAX_PACING_RATE
  s.Add("SO_MAX_PACING_RATE", SO_MAX_PACING_RATE);
#endif
#ifdef SO_MEMINFO
  s.Add("SO_MEMINFO", SO_MEMINFO);
#endif
#ifdef SO_NETNS_COOKIE
  s.Add("SO_NETNS_COOKIE", SO_NETNS_COOKIE);
#endif
#ifdef SO_NOFCS
  s.Add("SO_NOFCS", SO_NOFCS);
#endif
#ifdef SO_NOSIGPIPE
  s.Add("SO_NOSIGPIPE", SO_NOSIGPIPE);
#endif
#ifdef SO_NO_CHECK
  s.Add("SO_NO_CHECK", SO_NO_CHECK);
#endif
#ifdef SO_NO_DDP
  s.Add("SO_NO_DDP", SO_NO_DDP);
#endif
#ifdef SO_NO_OFFLOAD
  s.Add("SO_NO_OFFLOAD", SO_NO_OFFLOAD);
#endif
#ifdef SO_NREAD
  s.Add("SO_NREAD", SO_NREAD);
#endif
#ifdef SO_NWRITE
  s.Add("SO_NWRITE", SO_NWRITE);
#endif
#ifdef SO_OOBINLINE
  s.Add("SO_OOBINLINE", SO_OOBINLINE);
#endif
#ifdef SO_PASSCRED
  s.Add("SO_PASSCRED", SO_PASSCRED);
#endif
#ifdef SO_PASSPIDFD
  s.Add("SO_PASSPIDFD", SO_PASSPIDFD);
#endif
#ifdef SO_PASSRIGHTS
  s.Add("SO_PASSRIGHTS", SO_PASSRIGHTS);
#endif
#ifdef SO_PASSSEC
  s.Add("SO_PASSSEC", SO_PASSSEC);
#endif
#ifdef SO_PEEK_OFF
  s.Add("SO_PEEK_OFF", SO_PEEK_OFF);
#endif
#ifdef SO_PEERCRED
  s.Add("SO_PEERCRED", SO_PEERCRED);
#endif
#ifdef SO_PEERGROUPS
  s.Add("SO_PEERGROUPS", SO_PEERGROUPS);
#endif
#ifdef SO_PEERLABEL
  s.Add("SO_PEERLABEL", SO_PEERLABEL);
#endif
#ifdef SO_PEERNAME
  s.Add("SO_PEERNAME", SO_PEERNAME);
#endif
#ifdef SO_PEERPIDFD
  s.Add("SO_PEERPIDFD", SO_PEERPIDFD);
#endif
#ifdef SO_PEERSEC
  s.Add("SO_PEERSEC", SO_PEERSEC);
#endif
#ifdef SO_PREFER_BUSY_POLL
  s.Add("SO_PREFER_BUSY_POLL", SO_PREFER_BUSY_POLL);
#endif
#ifdef SO_PRIORITY
  s.Add("SO_PRIORITY", SO_PRIORITY);
#endif
#ifdef SO_PROTOCOL
  s.Add("SO_PROTOCOL", SO_PROTOCOL);
#endif
#ifdef SO_RCVBUF
  s.Add("SO_RCVBUF", SO_RCVBUF);
#endif
#ifdef SO_RCVBUFFORCE
  s.Add("SO_RCVBUFFORCE", SO_RCVBUFFORCE);
#endif
#ifdef SO_RCVLOWAT
  s.Add("SO_RCVLOWAT", SO_RCVLOWAT);
#endif
#ifdef SO_RCVMARK
  s.Add("SO_RCVMARK", SO_RCVMARK);
#endif
#ifdef SO_RCVPRIORITY
  s.Add("SO_RCVPRIORITY", SO_RCVPRIORITY);
#endif
#ifdef SO_RCVTIMEO
  s.Add("SO_RCVTIMEO", SO_RCVTIMEO);
#endif
#ifdef SO_RERROR
  s.Add("SO_RERROR", SO_RERROR);
#endif
#ifdef SO_RESERVE_MEM
  s.Add("SO_RESERVE_MEM", SO_RESERVE_MEM);
#endif
#ifdef SO_REUSEADDR
  s.Add("SO_REUSEADDR", SO_REUSEADDR);
#endif
#ifdef SO_REUSEPORT
  s.Add("SO_REUSEPORT", SO_REUSEPORT);
#endif
#ifdef SO_REUSEPORT_LB
  s.Add("SO_REUSEPORT_LB", SO_REUSEPORT_LB);
#endif
#ifdef SO_RTABLE
  s.Add("SO_RTABLE", SO_RTABLE);
#endif
#ifdef SO_RXQ_OVFL
  s.Add("SO_RXQ_OVFL", SO_RXQ_OVFL);
#endif
#ifdef SO_SECURITY_AUTHENTICATION
  s.Add("SO_SECURITY_AUTHENTICATION", SO_SECURITY_AUTHENTICATION);
#endif
#ifdef SO_SECURITY_ENCRYPTION_NETWORK
  s.Add("SO_SECURITY_ENCRYPTION_NETWORK", SO_SECURITY_ENCRYPTION_NETWORK);
#endif
#ifdef SO_SECURITY_ENCRYPTION_TRANSPORT
  s.Add("SO_SECURITY_ENCRYPTION_TRANSPORT", SO_SECURITY_ENCRYPTION_TRANSPORT);
#endif
#ifdef SO_SELECT_ERR_QUEUE
  s.Add("SO_SELECT_ERR_QUEUE", SO_SELECT_ERR_QUEUE);
#endif
#ifdef SO_SETFIB
  s.Add("SO_SETFIB", SO_SETFIB);
#endif
#ifdef SO_SNDBUF
  s.Add("SO_SNDBUF", SO_SNDBUF);
#endif
#ifdef SO_SNDBUFFORCE
  s.Add("SO_SNDBUFFORCE", SO_SNDBUFFORCE);
#endif
#ifdef SO_SNDLOWAT
  s.Add("SO_SNDLOWAT", SO_SNDLOWAT);
#endif
#ifdef SO_SNDTIMEO
  s.Add("SO_SNDTIMEO", SO_SNDTIMEO);
#endif
#ifdef SO_SPLICE
  s.Add("SO_SPLICE", SO_SPLICE);
#endif
#ifdef SO_TIMESTAMP
  s.Add("SO_TIMESTAMP", SO_TIMESTAMP);
#endif
#ifdef SO_TIMESTAMPING
  s.Add("SO_TIMESTAMPING", SO_TIMESTAMPING);
#endif
#ifdef SO_TIMESTAMPNS
  s.Add("SO_TIMESTAMPNS", SO_TIMESTAMPNS);
#endif
#ifdef SO_TIMESTAMP_MONOTONIC
  s.Add("SO_TIMESTAMP_MONOTONIC", SO_TIMESTAMP_MONOTONIC);
#endif
#ifdef SO_TS_CLOCK
  s.Add("SO_TS_CLOCK", SO_TS_CLOCK);
#endif
#ifdef SO_TXREHASH
  s.Add("SO_TXREHASH", SO_TXREHASH);
#endif
#ifdef SO_TXTIME
  s.Add("SO_TXTIME", SO_TXTIME);
#endif
#ifdef SO_TYPE
  s.Add("SO_TYPE", SO_TYPE);
#endif
#ifdef SO_USELOOPBACK
  s.Add("SO_USELOOPBACK", SO_USELOOPBACK);
#endif
#ifdef SO_USER_COOKIE
  s.Add("SO_USER_COOKIE", SO_USER_COOKIE);
#endif
#ifdef SO_WIFI_STATUS
  s.Add("SO_WIFI_STATUS", SO_WIFI_STATUS);
#endif
#ifdef SO_ZEROCOPY
  s.Add("SO_ZEROCOPY", SO_ZEROCOPY);
#endif
  s.Group("MSG");
#ifdef MSG_BATCH
  s.Add("MSG_BATCH", MSG_BATCH);
#endif
#ifdef MSG_BCAST
  s.Add("MSG_BCAST", MSG_BCAST);
#endif
#ifdef MSG_BTAG
  s.Add("MSG_BTAG", MSG_BTAG);
#endif
#ifdef MSG_CMSG_CLOEXEC
  s.Add("MSG_CMSG_CLOEXEC", MSG_CMSG_CLOEXEC);
#endif
#ifdef MSG_CONFIRM
  s.Add("MSG_CONFIRM", MSG_CONFIRM);
#endif
#ifdef MSG_CTRUNC
  s.Add("MSG_CTRUNC", MSG_CTRUNC);
#endif
#ifdef MSG_DONTROUTE
  s.Add("MSG_DONTROUTE", MSG_DONTROUTE);
#endif
#ifdef MSG_DONTWAIT
  s.Add("MSG_DONTWAIT", MSG_DONTWAIT);
#endif
#ifdef MSG_EOF
  s.Add("MSG_EOF", MSG_EOF);
#endif
#ifdef MSG_EOR
  s.Add("MSG_EOR", MSG_EOR);
#endif
#ifdef MSG_ERRQUEUE
  s.Add("MSG_ERRQUEUE", MSG_ERRQUEUE);
#endif
#ifdef MSG_ETAG
  s.Add("MSG_ETAG", MSG_ETAG);
#endif
#ifdef MSG_FASTOPEN
  s.Add("MSG_FASTOPEN", MSG_FASTOPEN);
#endif
#ifdef MSG_FIN
  s.Add("MSG_FIN", MSG_FIN);
#endif
#ifdef MSG_MCAST
  s.Add("MSG_MCAST", MSG_MCAST);
#endif
#ifdef MSG_MORE
  s.Add("MSG_MORE", MSG_MORE);
#endif
#ifdef MSG_NOSIGNAL
  s.Add("MSG_NOSIGNAL", MSG_NOSIGNAL);
#endif
#ifdef MSG_NOTIFICATION
  s.Add("MSG_NOTIFICATION", MSG_NOTIFICATION);
#endif
#ifdef MSG_OOB
  s.Add("MSG_OOB", MSG_OOB);
#endif
#ifdef MSG_PEEK
  s.Add("MSG_PEEK", MSG_PEEK);
#endif
#ifdef MSG_PROXY
  s.Add("MSG_PROXY", MSG_PROXY);
#endif
#ifdef MSG_RST
  s.Add("MSG_RST", MSG_RST);
#endif
#ifdef MSG_SOCK_DEVMEM
  s.Add("MSG_SOCK_DEVMEM", MSG_SOCK_DEVMEM);
#endif
#ifdef MSG_SYN
  s.Add("MSG_SYN", MSG_SYN);
#endif
#ifdef MSG_TRUNC
  s.Add("MSG_TRUNC", MSG_TRUNC);
#endif
#ifdef MSG_TRYHARD
  s.Add("MSG_TRYHARD", MSG_TRYHARD);
#endif
#ifdef MSG_WAITALL
  s.Add("MSG_WAITALL", MSG_WAITALL);
#endif
#ifdef MSG_WAITFORONE
  s.Add("MSG_WAITFORONE", MSG_WAITFORONE);
#endif
#ifdef MSG_WAITSTREAM
  s.Add("MSG_WAITSTREAM", MSG_WAITSTREAM);
#endif
#ifdef MSG_ZEROCOPY
  s.Add("MSG_ZEROCOPY", MSG_ZEROCOPY);
#endif
  s.Group("SCM");
#ifdef SCM_BINTIME
  s.Add("SCM_BINTIME", SCM_BINTIME);
#endif
#ifdef SCM_CREDENTIALS
  s.Add("SCM_CREDENTIALS", SCM_CREDENTIALS);
#endif
#ifdef SCM_CREDS
  s.Add("SCM_CREDS", SCM_CREDS);
#endif
#ifdef SCM_CREDS2
  s.Add("SCM_CREDS2", SCM_CREDS2);
#endif
#ifdef SCM_MONOTONIC
  s.Add("SCM_MONOTONIC", SCM_MONOTONIC);
#endif
#ifdef SCM_PIDFD
  s.Add("SCM_PIDFD", SCM_PIDFD);
#endif
#ifdef SCM_REALTIME
  s.Add("SCM_REALTIME", SCM_REALTIME);
#endif
#ifdef SCM_RIGHTS
  s.Add("SCM_RIGHTS", SCM_RIGHTS);
#endif
#ifdef SCM_SECURITY
  s.Add("SCM_SECURITY", SCM_SECURITY);
#endif
#ifdef SCM_TIMESTAMP
  s.Add("SCM_TIMESTAMP", SCM_TIMESTAMP);
#endif
#ifdef SCM_TIMESTAMPING
  s.Add("SCM_TIMESTAMPING", SCM_TIMESTAMPING);
#endif
#ifdef SCM_TIMESTAMPING_OPT_STATS
  s.Add("SCM_TIMESTAMPING_OPT_STATS", SCM_TIMESTAMPING_OPT_STATS);
#endif
#ifdef SCM_TIMESTAMPING_PKTINFO
  s.Add("SCM_TIMESTAMPING_PKTINFO", SCM_TIMESTAMPING_PKTINFO);
#endif
#ifdef SCM_TIMESTAMPNS
  s.Add("SCM_TIMESTAMPNS", SCM_TIMESTAMPNS);
#endif
#ifdef SCM_TIMESTAMP_MONOTONIC
  s.Add("SCM_TIMESTAMP_MONOTONIC", SCM_TIMESTAMP_MONOTONIC);
#endif
#ifdef SCM_TIME_INFO
  s.Add("SCM_TIME_INFO", SCM_TIME_INFO);
#endif
#ifdef SCM_TXTIME
  s.Add("SCM_TXTIME", SCM_TXTIME);
#endif
#ifdef SCM_WIFI_STATUS
  s.Add("SCM_WIFI_STATUS", SCM_WIFI_STATUS);
#endif
  s.Group("SHUT");
#ifdef SHUT_RD
  s.Add("SHUT_RD", SHUT_RD);
#endif
#ifdef SHUT_WR
  s.Add("SHUT_WR", SHUT_WR);
#endif
#ifdef SHUT_RDWR
  s.Add("SHUT_RDWR", SHUT_RDWR);
#endif
  s.Group("MISC");
#ifdef SOMAXCONN
  s.Add("SOMAXCONN", SOMAXCONN);
#endif
#ifdef AF_UNSPEC
  s.Add("AF_UNSPEC", AF_UNSPEC);
#endif
#ifdef PF_UNSPEC
  s.Add("PF_UNSPEC", PF_UNSPEC);
#endif
  s.Group("AF");
#ifdef AF_ALG
  s.Add("AF_ALG", AF_ALG);
#endif
#ifdef AF_APPLETALK
  s.Add("AF_APPLETALK", AF_APPLETALK);
#endif
#ifdef AF_ARP
  s.Add("AF_ARP", AF_ARP);
#endif
#ifdef AF_ASH
  s.Add("AF_ASH", AF_ASH);
#endif
#ifdef AF_ATM
  s.Add("AF_ATM", AF_ATM);
#endif
#ifdef AF_ATMPVC
  s.Add("AF_ATMPVC", AF_ATMPVC);
#endif
#ifdef AF_ATMSVC
  s.Add("AF_ATMSVC", AF_ATMSVC);
#endif
#ifdef AF_AX25
  s.Add("AF_AX25", AF_AX25);
#endif
#ifdef AF_BLUETOOTH
  s.Add("AF_BLUETOOTH", AF_BLUETOOTH);
#endif
#ifdef AF_BRIDGE
  s.Add("AF_BRIDGE", AF_BRIDGE);
#endif
#ifdef AF_CAIF
  s.Add("AF_CAIF", AF_CAIF);
#endif
#ifdef AF_CAN
  s.Add("AF_CAN", AF_CAN);
#endif
#ifdef AF_CCITT
  s.Add("AF_CCITT", AF_CCITT);
#endif
#ifdef AF_CHAOS
  s.Add("AF_CHAOS", AF_CHAOS);
#endif
#ifdef AF_CNT
  s.Add("AF_CNT", AF_CNT);
#endif
#ifdef AF_COIP
  s.Add("AF_COIP", AF_COIP);
#endif
#ifdef AF_DATAKIT
  s.Add("AF_DATAKIT", AF_DATAKIT);
#endif
#ifdef AF_DECnet
  s.Add("AF_DECnet", AF_DECnet);
#endif
#ifdef AF_DIVERT
  s.Add("AF_DIVERT", AF_DIVERT);
#endif
#ifdef AF_DLI
  s.Add("AF_DLI", AF_DLI);
#endif
#ifdef AF_E164
  s.Add("AF_E164", AF_E164);
#endif
#ifdef AF_ECMA
  s.Add("AF_ECMA", AF_ECMA);
#endif
#ifdef AF_ECONET
  s.Add("AF_ECONET", AF_ECONET);
#endif
#ifdef AF_ENCAP
  s.Add("AF_ENCAP", AF_ENCAP);
#endif
#ifdef AF_HYLINK
  s.Add("AF_HYLINK", AF_HYLINK);
#endif
#ifdef AF_HYPERV
  s.Add("AF_HYPERV", AF_HYPERV);
#endif
#ifdef AF_IB
  s.Add("AF_IB", AF_IB);
#endif
#ifdef AF_IEEE80211
  s.Add("AF_IEEE80211", AF_IEEE80211);
#endif
#ifdef AF_IEEE802154
  s.Add("AF_IEEE802154", AF_IEEE802154);
#endif
#ifdef AF_IMPLINK
  s.Add("AF_IMPLINK", AF_IMPLINK);
#endif
#ifdef AF_INET
  s.Add("AF_INET", AF_INET);
#endif
#ifdef AF_INET6
  s.Add("AF_INET6", AF_INET6);
#endif
#ifdef AF_INET6_SDP
  s.Add("AF_INET6_SDP", AF_INET6_SDP);
#endif
#ifdef AF_INET_SDP
  s.Add("AF_INET_SDP", AF_INET_SDP);
#endif
#ifdef AF_IPX
  s.Add("AF_IPX", AF_IPX);
#endif
#ifdef AF_IRDA
  s.Add("AF_IRDA", AF_IRDA);
#endif
#ifdef AF_ISDN
  s.Add("AF_ISDN", AF_ISDN);
#endif
#ifdef AF_ISO
  s.Add("AF_ISO", AF_ISO);
#endif
#ifdef AF_IUCV
  s.Add("AF_IUCV", AF_IUCV);
#endif
#ifdef AF_KCM
  s.Add("AF_KCM", AF_KCM);
#endif
#ifdef AF_KEY
  s.Add("AF_KEY", AF_KEY);
#endif
#ifdef AF_LAT
  s.Add("AF_LAT", AF_LAT);
#endif
#ifdef AF_LINK
  s.Add("AF_LINK", AF_LINK);
#endif
#ifdef AF_LLC
  s.Add("AF_LLC", AF_LLC);
#endif
#ifdef AF_MCTP
  s.Add("AF_MCTP", AF_MCTP);
#endif
#ifdef AF_MPLS
  s.Add("AF_MPLS", AF_MPLS);
#endif
#ifdef AF_NATM
  s.Add("AF_NATM", AF_NATM);
#endif
#ifdef AF_NDRV
  s.Add("AF_NDRV", AF_NDRV);
#endif
#ifdef AF_NETBEUI
  s.Add("AF_NETBEUI", AF_NETBEUI);
#endif
#ifdef AF_NETBIOS
  s.Add("AF_NETBIOS", AF_NETBIOS);
#endif
#ifdef AF_NETGRAPH
  s.Add("AF_NETGRAPH", AF_NETGRAPH);
#endif
#ifdef AF_NETLINK
  s.Add("AF_NETLINK", AF_NETLINK);
#endif
#ifdef AF_NETROM
  s.Add("AF_NETROM", AF_NETROM);
#endif
#ifdef AF_NFC
  s.Add("AF_NFC", AF_NFC);
#endif
#ifdef AF_NS
  s.Add("AF_NS", AF_NS);
#endif
#ifdef AF_OSI
  s.Add("AF_OSI", AF_OSI);
#endif
#ifdef AF_PACKET
  s.Add("AF_PACKET", AF_PACKET);
#endif
#ifdef AF_PHONET
  s.Add("AF_PHONET", AF_PHONET);
#endif
#ifdef AF_PIP
  s.Add("AF_PIP", AF_PIP);
#endif
#ifdef AF_PPP
  s.Add("AF_PPP", AF_PPP);
#endif
#ifdef AF_PPPOX
  s.Add("AF_PPPOX", AF_PPPOX);
#endif
#ifdef AF_PUP
  s.Add("AF_PUP", AF_PUP);
#endif
#ifdef AF_QIPCRTR
  s.Add("AF_QIPCRTR", AF_QIPCRTR);
#endif
#ifdef AF_RDS
  s.Add("AF_RDS", AF_RDS);
#endif
#ifdef AF_ROSE
  s.Add("AF_ROSE", AF_ROSE);
#endif
#ifdef AF_ROUTE
  s.Add("AF_ROUTE", AF_ROUTE);
#endif
#ifdef AF_RTIP
  s.Add("AF_RTIP", AF_RTIP);
#endif
#ifdef AF_RXRPC
  s.Add("AF_RXRPC", AF_RXRPC);
#endif
#ifdef AF_SCLUSTER
  s.Add("AF_SCLUSTER", AF_SCLUSTER);
#endif
#ifdef AF_SECURITY
  s.Add("AF_SECURITY", AF_SECURITY);
#endif
#ifdef AF_SIP
  s.Add("AF_SIP", AF_SIP);
#endif
#ifdef AF_SLOW
  s.Add("AF_SLOW", AF_SLOW);
#endif
#ifdef AF_SMC
  s.Add("AF_SMC", AF_SMC);
#endif
#ifdef AF_SNA
  s.Add("AF_SNA", AF_SNA);
#endif
#ifdef AF_SYSTEM
  s.Add("AF_SYSTEM", AF_SYSTEM);
#endif
#ifdef AF_TIPC
  s.Add("AF_TIPC", AF_TIPC);
#endif
#ifdef AF_UNIX
  s.Add("AF_UNIX", AF_UNIX);
#endif
#ifdef AF_UNSPEC
  s.Add("AF_UNSPEC", AF_UNSPEC);
#endif
#ifdef AF_UTUN
  s.Add("AF_UTUN", AF_UTUN);
#endif
#ifdef AF_VSOCK
  s.Add("AF_VSOCK", AF_VSOCK);
#endif
#ifdef AF_WANPIPE
  s.Add("AF_WANPIPE", AF_WANPIPE);
#endif
#ifdef AF_X25
  s.Add("AF_X25", AF_X25);
#endif
#ifdef AF_XDP
  s.Add("AF_XDP", AF_XDP);
#endif
#ifdef AF_FILE
  s.Add("AF_FILE", AF_FILE);
#endif
#ifdef AF_LOCAL
  s.Add("AF_LOCAL", AF_LOCAL);
#endif
  s.Group("ERRNO");
#ifdef EPERM
  s.Add("EPERM", EPERM);
#endif
#ifdef ENOENT
  s.Add("ENOENT", ENOENT);
#endif
#ifdef ESRCH
  s.Add("ESRCH", ESRCH);
#endif
#ifdef EINTR
  s.Add("EINTR", EINTR);
#endif
#ifdef EIO
  s.Add("EIO", EIO);
#endif
#ifdef ENXIO
  s.Add("ENXIO", ENXIO);
#endif
#ifdef E2BIG
  s.Add("E2BIG", E2BIG);
#endif
#ifdef ENOEXEC
  s.Add("ENOEXEC", ENOEXEC);
#endif
#ifdef EBADF
  s.Add("EBADF", EBADF);
#endif
#ifdef ECHILD
  s.Add("ECHILD", ECHILD);
#endif
#ifdef EAGAIN
  s.Add("EAGAIN", EAGAIN);
#endif
#ifdef ENOMEM
  s.Add("ENOMEM", ENOMEM);
#endif
#ifdef EACCES
  s.Add("EACCES", EACCES);
#endif
#ifdef EFAULT
  s.Add("EFAULT", EFAULT);
#endif
#ifdef ENOTBLK
  s.Add("ENOTBLK", ENOTBLK);
#endif
#ifdef EBUSY
  s.Add("EBUSY", EBUSY);
#endif
#ifdef EEXIST
  s.Add("EEXIST", EEXIST);
#endif
#ifdef EXDEV
  s.Add("EXDEV", EXDEV);
#endif
#ifdef ENODEV
  s.Add("ENODEV", ENODEV);
#endif
#ifdef ENOTDIR
  s.Add("ENOTDIR", ENOTDIR);
#endif
#ifdef EISDIR
  s.Add("EISDIR", EISDIR);
#endif
#ifdef EINVAL
  s.Add("EINVAL", EINVAL);
#endif
#ifdef ENFILE
  s.Add("ENFILE", ENFILE);
#endif
#ifdef EMFILE
  s.Add("EMFILE", EMFILE);
#endif
#ifdef ENOTTY
  s.Add("ENOTTY", ENOTTY);
#endif
#ifdef ETXTBSY
  s.Add("ETXTBSY", ETXTBSY);
#endif
#ifdef EFBIG
  s.Add("EFBIG", EFBIG);
#endif
#ifdef ENOSPC
  s.Add("ENOSPC", ENOSPC);
#endif
#ifdef ESPIPE
  s.Add("ESPIPE", ESPIPE);
#endif
#ifdef EROFS
  s.Add("EROFS", EROFS);
#endif
#ifdef EMLINK
  s.Add("EMLINK", EMLINK);
#endif
#ifdef EPIPE
  s.Add("EPIPE", EPIPE);
#endif
#ifdef EDOM
  s.Add("EDOM", EDOM);
#endif
#ifdef ERANGE
  s.Add("ERANGE", ERANGE);
#endif
#ifdef EDEADLK
  s.Add("EDEADLK", EDEADLK);
#endif
#ifdef ENAMETOOLONG
  s.Add("ENAMETOOLONG", ENAMETOOLONG);
#endif
#ifdef ENOLCK
  s.Add("ENOLCK", ENOLCK);
#endif
#ifdef ENOSYS
  s.Add("ENOSYS", ENOSYS);
#endif
#ifdef ENOTEMPTY
  s.Add("ENOTEMPTY", ENOTEMPTY);
#endif
#ifdef ELOOP
  s.Add("ELOOP", ELOOP);
#endif
#ifdef EWOULDBLOCK
  s.Add("EWOULDBLOCK", EWOULDBLOCK);
#endif
#ifdef ENOMSG
  s.Add("ENOMSG", ENOMSG);
#endif
#ifdef EIDRM
  s.Add("EIDRM", EIDRM);
#endif
#ifdef ECHRNG
  s.Add("ECHRNG", ECHRNG);
#endif
#ifdef EL2NSYNC
  s.Add("EL2NSYNC", EL2NSYNC);
#endif
#ifdef EL3HLT
  s.Add("EL3HLT", EL3HLT);
#endif
#ifdef EL3RST
  s.Add("EL3RST", EL3RST);
#endif
#ifdef ELNRNG
  s.Add("ELNRNG", ELNRNG);
#endif
#ifdef EUNATCH
  s.Add("EUNATCH", EUNATCH);
#endif
#ifdef ENOCSI
  s.Add("ENOCSI", ENOCSI);
#endif
#ifdef EL2HLT
  s.Add("EL2HLT", EL2HLT);
#endif
#ifdef EBADE
  s.Add("EBADE", EBADE);
#endif
#ifdef EBADR
  s.Add("EBADR", EBADR);
#endif
#ifdef EXFULL
  s.Add("EXFULL", EXFULL);
#endif
#ifdef ENOANO
  s.Add("ENOANO", ENOANO);
#endif
#ifdef EBADRQC
  s.Add("EBADRQC", EBADRQC);
#endif
#ifdef EBADSLT
  s.Add("EBADSLT", EBADSLT);
#endif
#ifdef EDEADLOCK
  s.Add("EDEADLOCK", EDEADLOCK);
#endif
#ifdef EBFONT
  s.Add("EBFONT", EBFONT);
#endif
#ifdef ENOSTR
  s.Add("ENOSTR", ENOSTR);
#endif
#ifdef ENODATA
  s.Add("ENODATA", ENODATA);
#endif
#ifdef ETIME
  s.Add("ETIME", ETIME);
#endif
#ifdef ENOSR
  s.Add("ENOSR", ENOSR);
#endif
#ifdef ENONET
  s.Add("ENONET", ENONET);
#endif
#ifdef ENOPKG
  s.Add("ENOPKG", ENOPKG);
#endif
#ifdef EREMOTE
  s.Add("EREMOTE", EREMOTE);
#endif
#ifdef ENOLINK
  s.Add("ENOLINK", ENOLINK);
#endif
#ifdef EADV
  s.Add("EADV", EADV);
#endif
#ifdef ESRMNT
  s.Add("ESRMNT", ESRMNT);
#endif
#ifdef ECOMM
  s.Add("ECOMM", ECOMM);
#endif
#ifdef EPROTO
  s.Add("EPROTO", EPROTO);
#endif
#ifdef EMULTIHOP
  s.Add("EMULTIHOP", EMULTIHOP);
#endif
#ifdef EDOTDOT
  s.Add("EDOTDOT", EDOTDOT);
#endif
#ifdef EBADMSG
  s.Add("EBADMSG", EBADMSG);
#endif
#ifdef EOVERFLOW
  s.Add("EOVERFLOW", EOVERFLOW);
#endif
#ifdef ENOTUNIQ
  s.Add("ENOTUNIQ", ENOTUNIQ);
#endif
#ifdef EBADFD
  s.Add("EBADFD", EBADFD);
#endif
#ifdef EREMCHG
  s.Add("EREMCHG", EREMCHG);
#endif
#ifdef ELIBACC
  s.Add("ELIBACC", ELIBACC);
#endif
#ifdef ELIBBAD
  s.Add("ELIBBAD", ELIBBAD);
#endif
#ifdef ELIBSCN
  s.Add("ELIBSCN", ELIBSCN);
#endif
#ifdef ELIBMAX
  s.Add("ELIBMAX", ELIBMAX);
#endif
#ifdef ELIBEXEC
  s.Add("ELIBEXEC", ELIBEXEC);
#endif
#ifdef EILSEQ
  s.Add("EILSEQ", EILSEQ);
#endif
#ifdef ERESTART
  s.Add("ERESTART", ERESTART);
#endif
#ifdef ESTRPIPE
  s.Add("ESTRPIPE", ESTRPIPE);
#endif
#ifdef EUSERS
  s.Add("EUSERS", EUSERS);
#endif
#ifdef ENOTSOCK
  s.Add("ENOTSOCK", ENOTSOCK);
#endif
#ifdef EDESTADDRREQ
  s.Add("EDESTADDRREQ", EDESTADDRREQ);
#endif
#ifdef EMSGSIZE
  s.Add("EMSGSIZE", EMSGSIZE);
#endif
#ifdef EPROTOTYPE
  s.Add("EPROTOTYPE", EPROTOTYPE);
#endif
#ifdef ENOPROTOOPT
  s.Add("ENOPROTOOPT", ENOPROTOOPT);
#endif
#ifdef EPROTONOSUPPORT
  s.Add("EPROTONOSUPPORT", EPROTONOSUPPORT);
#endif
#ifdef ESOCKTNOSUPPORT
  s.Add("ESOCKTNOSUPPORT", ESOCKTNOSUPPORT);
#endif
#ifdef EOPNOTSUPP
  s.Add("EOPNOTSUPP", EOPNOTSUPP);
#endif
#ifdef ENOTSUP
  s.Add("ENOTSUP", ENOTSUP);
#endif
#ifdef EPFNOSUPPORT
  s.Add("EPFNOSUPPORT", EPFNOSUPPORT);
#endif
#ifdef EAFNOSUPPORT
  s.Add("EAFNOSUPPORT", EAFNOSUPPORT);
#endif
#ifdef EADDRINUSE
  s.Add("EADDRINUSE", EADDRINUSE);
#endif
#ifdef EADDRNOTAVAIL
  s.Add("EADDRNOTAVAIL", EADDRNOTAVAIL);
#endif
#ifdef ENETDOWN
  s.Add("ENETDOWN", ENETDOWN);
#endif
#ifdef ENETUNREACH
  s.Add("ENETUNREACH", ENETUNREACH);
#endif
#ifdef ENETRESET
  s.Add("ENETRESET", ENETRESET);
#endif
#ifdef ECONNABORTED
  s.Add("ECONNABORTED", ECONNABORTED);
#endif
#ifdef ECONNRESET
  s.Add("ECONNRESET", ECONNRESET);
#endif
#ifdef ENOBUFS
  s.Add("ENOBUFS", ENOBUFS);
#endif
#ifdef EISCONN
  s.Add("EISCONN", EISCONN);
#endif
#ifdef ENOTCONN
  s.Add("ENOTCONN", ENOTCONN);
#endif
#ifdef ESHUTDOWN
  s.Add("ESHUTDOWN", ESHUTDOWN);
#endif
#ifdef ETOOMANYREFS
  s.Add("ETOOMANYREFS", ETOOMANYREFS);
#endif
#ifdef ETIMEDOUT
  s.Add("ETIMEDOUT", ETIMEDOUT);
#endif
#ifdef ECONNREFUSED
  s.Add("ECONNREFUSED", ECONNREFUSED);
#endif
#ifdef EHOSTDOWN
  s.Add("EHOSTDOWN", EHOSTDOWN);
#endif
#ifdef EHOSTUNREACH
  s.Add("EHOSTUNREACH", EHOSTUNREACH);
#endif
#ifdef EALREADY
  s.Add("EALREADY", EALREADY);
#endif
#ifdef EINPROGRESS
  s.Add("EINPROGRESS", EINPROGRESS);
#endif
#ifdef ESTALE
  s.Add("ESTALE", ESTALE);
#endif
#ifdef EUCLEAN
  s.Add("EUCLEAN", EUCLEAN);
#endif
#ifdef ENOTNAM
  s.Add("ENOTNAM", ENOTNAM);
#endif
#ifdef ENAVAIL
  s.Add("ENAVAIL", ENAVAIL);
#endif
#ifdef EISNAM
  s.Add("EISNAM", EISNAM);
#endif
#ifdef EREMOTEIO
  s.Add("EREMOTEIO", EREMOTEIO);
#endif
#ifdef EDQUOT
  s.Add("EDQUOT", EDQUOT);
#endif
#ifdef ENOMEDIUM
  s.Add("ENOMEDIUM", ENOMEDIUM);
#endif
#ifdef EMEDIUMTYPE
  s.Add("EMEDIUMTYPE", EMEDIUMTYPE);
#endif
#ifdef ECANCELED
  s.Add("ECANCELED", ECANCELED);
#endif
#ifdef ENOKEY
  s.Add("ENOKEY", ENOKEY);
#endif
#ifdef EKEYEXPIRED
  s.Add("EKEYEXPIRED", EKEYEXPIRED);
#endif
#ifdef EKEYREVOKED
  s.Add("EKEYREVOKED", EKEYREVOKED);
#endif
#ifdef EKEYREJECTED
  s.Add("EKEYREJECTED", EKEYREJECTED);
#endif
#ifdef EOWNERDEAD
  s.Add("EOWNERDEAD", EOWNERDEAD);
#endif
#ifdef ENOTRECOVERABLE
  s.Add("ENOTRECOVERABLE", ENOTRECOVERABLE);
#endif
#ifdef ERFKILL
  s.Add("ERFKILL", ERFKILL);
#endif
#ifdef EHWPOISON
  s.Add("EHWPOISON", EHWPOISON);
#endif
#ifdef EAUTH
  s.Add("EAUTH", EAUTH);
#endif
#ifdef EBADRPC
  s.Add("EBADRPC", EBADRPC);
#endif
#ifdef EFTYPE
  s.Add("EFTYPE", EFTYPE);
#endif
#ifdef ENEEDAUTH
  s.Add("ENEEDAUTH", ENEEDAUTH);
#endif
#ifdef ENOATTR
  s.Add("ENOATTR", ENOATTR);
#endif
#ifdef EPROCLIM
  s.Add("EPROCLIM", EPROCLIM);
#endif
#ifdef EPROCUNAVAIL
  s.Add("EPROCUNAVAIL", EPROCUNAVAIL);
#endif
#ifdef EPROGMISMATCH
  s.Add("EPROGMISMATCH", EPROGMISMATCH);
#endif
#ifdef EPROGUNAVAIL
  s.Add("EPROGUNAVAIL", EPROGUNAVAIL);
#endif
#ifdef ERPCMISMATCH
  s.Add("ERPCMISMATCH", ERPCMISMATCH);
#endif
#ifdef ENOTCAPABLE
  s.Add("ENOTCAPABLE", ENOTCAPABLE);
#endif
#ifdef ECAPMODE
  s.Add("ECAPMODE", ECAPMODE);
#endif
#ifdef EINTEGRITY
  s.Add("EINTEGRITY", EINTEGRITY);
#endif
}

/** The bare enumerators of constants.def, probed by qualified lookup. */
inline void AddGeneratedEnumerators(sock::ConstantSink& s) {
  (void)s;
}

/** Every constant of constants.def this platform's headers define. */
inline void AddGeneratedConstants(sock::ConstantSink& s) {
  AddGeneratedMacros(s);
  AddGeneratedEnumerators(s);
}

#endif  // SOCK_CONSTANTS_GENERATED_H_
