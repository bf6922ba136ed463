// The generic socket constants and the AF_* table, read from this platform's
// headers. Each name is guarded by #ifdef so a platform that lacks it simply
// does not export it. Included by core.cc only.
#ifndef SOCK_CORE_CONSTANTS_H_
#define SOCK_CORE_CONSTANTS_H_

#include <napi.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <sys/socket.h>

// Exports NAME under its own spelling; #NAME is taken before expansion.
#define SOCK_CORE_EXPORT(obj, NAME) (obj).Set(#NAME, static_cast<double>(NAME))

namespace sockcore {

/** SOCK_* socket types and creation flags. */
inline void AddSocketTypes(Napi::Object o) {
#ifdef SOCK_STREAM
  SOCK_CORE_EXPORT(o, SOCK_STREAM);
#endif
#ifdef SOCK_DGRAM
  SOCK_CORE_EXPORT(o, SOCK_DGRAM);
#endif
#ifdef SOCK_RAW
  SOCK_CORE_EXPORT(o, SOCK_RAW);
#endif
#ifdef SOCK_RDM
  SOCK_CORE_EXPORT(o, SOCK_RDM);
#endif
#ifdef SOCK_SEQPACKET
  SOCK_CORE_EXPORT(o, SOCK_SEQPACKET);
#endif
#ifdef SOCK_PACKET
  SOCK_CORE_EXPORT(o, SOCK_PACKET);
#endif
#ifdef SOCK_NONBLOCK
  SOCK_CORE_EXPORT(o, SOCK_NONBLOCK);
#endif
#ifdef SOCK_CLOEXEC
  SOCK_CORE_EXPORT(o, SOCK_CLOEXEC);
#endif
}

/** The generic levels: SOL_SOCKET and the IP/TCP/UDP levels CPython exposes. */
inline void AddLevels(Napi::Object o) {
#ifdef SOL_SOCKET
  SOCK_CORE_EXPORT(o, SOL_SOCKET);
#endif
#ifdef SOL_IP
  SOCK_CORE_EXPORT(o, SOL_IP);
#endif
#ifdef SOL_TCP
  SOCK_CORE_EXPORT(o, SOL_TCP);
#endif
#ifdef SOL_UDP
  SOCK_CORE_EXPORT(o, SOL_UDP);
#endif
}

/** SO_* options of level SOL_SOCKET, sorted by name. */
inline void AddSocketOptions(Napi::Object o) {
#ifdef SO_ACCEPTCONN
  SOCK_CORE_EXPORT(o, SO_ACCEPTCONN);
#endif
#ifdef SO_ACCEPTFILTER
  SOCK_CORE_EXPORT(o, SO_ACCEPTFILTER);
#endif
#ifdef SO_ATTACH_BPF
  SOCK_CORE_EXPORT(o, SO_ATTACH_BPF);
#endif
#ifdef SO_ATTACH_FILTER
  SOCK_CORE_EXPORT(o, SO_ATTACH_FILTER);
#endif
#ifdef SO_ATTACH_REUSEPORT_CBPF
  SOCK_CORE_EXPORT(o, SO_ATTACH_REUSEPORT_CBPF);
#endif
#ifdef SO_ATTACH_REUSEPORT_EBPF
  SOCK_CORE_EXPORT(o, SO_ATTACH_REUSEPORT_EBPF);
#endif
#ifdef SO_BINDANY
  SOCK_CORE_EXPORT(o, SO_BINDANY);
#endif
#ifdef SO_BINDTODEVICE
  SOCK_CORE_EXPORT(o, SO_BINDTODEVICE);
#endif
#ifdef SO_BINDTOIFINDEX
  SOCK_CORE_EXPORT(o, SO_BINDTOIFINDEX);
#endif
#ifdef SO_BINTIME
  SOCK_CORE_EXPORT(o, SO_BINTIME);
#endif
#ifdef SO_BPF_EXTENSIONS
  SOCK_CORE_EXPORT(o, SO_BPF_EXTENSIONS);
#endif
#ifdef SO_BROADCAST
  SOCK_CORE_EXPORT(o, SO_BROADCAST);
#endif
#ifdef SO_BSDCOMPAT
  SOCK_CORE_EXPORT(o, SO_BSDCOMPAT);
#endif
#ifdef SO_BUF_LOCK
  SOCK_CORE_EXPORT(o, SO_BUF_LOCK);
#endif
#ifdef SO_BUSY_POLL
  SOCK_CORE_EXPORT(o, SO_BUSY_POLL);
#endif
#ifdef SO_BUSY_POLL_BUDGET
  SOCK_CORE_EXPORT(o, SO_BUSY_POLL_BUDGET);
#endif
#ifdef SO_CNX_ADVICE
  SOCK_CORE_EXPORT(o, SO_CNX_ADVICE);
#endif
#ifdef SO_COOKIE
  SOCK_CORE_EXPORT(o, SO_COOKIE);
#endif
#ifdef SO_DEBUG
  SOCK_CORE_EXPORT(o, SO_DEBUG);
#endif
#ifdef SO_DETACH_BPF
  SOCK_CORE_EXPORT(o, SO_DETACH_BPF);
#endif
#ifdef SO_DETACH_FILTER
  SOCK_CORE_EXPORT(o, SO_DETACH_FILTER);
#endif
#ifdef SO_DETACH_REUSEPORT_BPF
  SOCK_CORE_EXPORT(o, SO_DETACH_REUSEPORT_BPF);
#endif
#ifdef SO_DEVMEM_DMABUF
  SOCK_CORE_EXPORT(o, SO_DEVMEM_DMABUF);
#endif
#ifdef SO_DEVMEM_DONTNEED
  SOCK_CORE_EXPORT(o, SO_DEVMEM_DONTNEED);
#endif
#ifdef SO_DEVMEM_LINEAR
  SOCK_CORE_EXPORT(o, SO_DEVMEM_LINEAR);
#endif
#ifdef SO_DOMAIN
  SOCK_CORE_EXPORT(o, SO_DOMAIN);
#endif
#ifdef SO_DONTROUTE
  SOCK_CORE_EXPORT(o, SO_DONTROUTE);
#endif
#ifdef SO_ERROR
  SOCK_CORE_EXPORT(o, SO_ERROR);
#endif
#ifdef SO_EXCLUSIVEADDRUSE
  SOCK_CORE_EXPORT(o, SO_EXCLUSIVEADDRUSE);
#endif
#ifdef SO_GET_FILTER
  SOCK_CORE_EXPORT(o, SO_GET_FILTER);
#endif
#ifdef SO_INCOMING_CPU
  SOCK_CORE_EXPORT(o, SO_INCOMING_CPU);
#endif
#ifdef SO_INCOMING_NAPI_ID
  SOCK_CORE_EXPORT(o, SO_INCOMING_NAPI_ID);
#endif
#ifdef SO_KEEPALIVE
  SOCK_CORE_EXPORT(o, SO_KEEPALIVE);
#endif
#ifdef SO_LABEL
  SOCK_CORE_EXPORT(o, SO_LABEL);
#endif
#ifdef SO_LINGER
  SOCK_CORE_EXPORT(o, SO_LINGER);
#endif
#ifdef SO_LINGER_SEC
  SOCK_CORE_EXPORT(o, SO_LINGER_SEC);
#endif
#ifdef SO_LISTENINCQLEN
  SOCK_CORE_EXPORT(o, SO_LISTENINCQLEN);
#endif
#ifdef SO_LISTENQLEN
  SOCK_CORE_EXPORT(o, SO_LISTENQLEN);
#endif
#ifdef SO_LISTENQLIMIT
  SOCK_CORE_EXPORT(o, SO_LISTENQLIMIT);
#endif
#ifdef SO_LOCK_FILTER
  SOCK_CORE_EXPORT(o, SO_LOCK_FILTER);
#endif
#ifdef SO_MARK
  SOCK_CORE_EXPORT(o, SO_MARK);
#endif
#ifdef SO_MAX_PACING_RATE
  SOCK_CORE_EXPORT(o, SO_MAX_PACING_RATE);
#endif
#ifdef SO_MEMINFO
  SOCK_CORE_EXPORT(o, SO_MEMINFO);
#endif
#ifdef SO_NETNS_COOKIE
  SOCK_CORE_EXPORT(o, SO_NETNS_COOKIE);
#endif
#ifdef SO_NOFCS
  SOCK_CORE_EXPORT(o, SO_NOFCS);
#endif
#ifdef SO_NOSIGPIPE
  SOCK_CORE_EXPORT(o, SO_NOSIGPIPE);
#endif
#ifdef SO_NO_CHECK
  SOCK_CORE_EXPORT(o, SO_NO_CHECK);
#endif
#ifdef SO_NO_DDP
  SOCK_CORE_EXPORT(o, SO_NO_DDP);
#endif
#ifdef SO_NO_OFFLOAD
  SOCK_CORE_EXPORT(o, SO_NO_OFFLOAD);
#endif
#ifdef SO_NREAD
  SOCK_CORE_EXPORT(o, SO_NREAD);
#endif
#ifdef SO_NWRITE
  SOCK_CORE_EXPORT(o, SO_NWRITE);
#endif
#ifdef SO_OOBINLINE
  SOCK_CORE_EXPORT(o, SO_OOBINLINE);
#endif
#ifdef SO_PASSCRED
  SOCK_CORE_EXPORT(o, SO_PASSCRED);
#endif
#ifdef SO_PASSPIDFD
  SOCK_CORE_EXPORT(o, SO_PASSPIDFD);
#endif
#ifdef SO_PASSRIGHTS
  SOCK_CORE_EXPORT(o, SO_PASSRIGHTS);
#endif
#ifdef SO_PASSSEC
  SOCK_CORE_EXPORT(o, SO_PASSSEC);
#endif
#ifdef SO_PEEK_OFF
  SOCK_CORE_EXPORT(o, SO_PEEK_OFF);
#endif
#ifdef SO_PEERCRED
  SOCK_CORE_EXPORT(o, SO_PEERCRED);
#endif
#ifdef SO_PEERGROUPS
  SOCK_CORE_EXPORT(o, SO_PEERGROUPS);
#endif
#ifdef SO_PEERLABEL
  SOCK_CORE_EXPORT(o, SO_PEERLABEL);
#endif
#ifdef SO_PEERNAME
  SOCK_CORE_EXPORT(o, SO_PEERNAME);
#endif
#ifdef SO_PEERPIDFD
  SOCK_CORE_EXPORT(o, SO_PEERPIDFD);
#endif
#ifdef SO_PEERSEC
  SOCK_CORE_EXPORT(o, SO_PEERSEC);
#endif
#ifdef SO_PREFER_BUSY_POLL
  SOCK_CORE_EXPORT(o, SO_PREFER_BUSY_POLL);
#endif
#ifdef SO_PRIORITY
  SOCK_CORE_EXPORT(o, SO_PRIORITY);
#endif
#ifdef SO_PROTOCOL
  SOCK_CORE_EXPORT(o, SO_PROTOCOL);
#endif
#ifdef SO_RCVBUF
  SOCK_CORE_EXPORT(o, SO_RCVBUF);
#endif
#ifdef SO_RCVBUFFORCE
  SOCK_CORE_EXPORT(o, SO_RCVBUFFORCE);
#endif
#ifdef SO_RCVLOWAT
  SOCK_CORE_EXPORT(o, SO_RCVLOWAT);
#endif
#ifdef SO_RCVMARK
  SOCK_CORE_EXPORT(o, SO_RCVMARK);
#endif
#ifdef SO_RCVPRIORITY
  SOCK_CORE_EXPORT(o, SO_RCVPRIORITY);
#endif
#ifdef SO_RCVTIMEO
  SOCK_CORE_EXPORT(o, SO_RCVTIMEO);
#endif
#ifdef SO_RERROR
  SOCK_CORE_EXPORT(o, SO_RERROR);
#endif
#ifdef SO_RESERVE_MEM
  SOCK_CORE_EXPORT(o, SO_RESERVE_MEM);
#endif
#ifdef SO_REUSEADDR
  SOCK_CORE_EXPORT(o, SO_REUSEADDR);
#endif
#ifdef SO_REUSEPORT
  SOCK_CORE_EXPORT(o, SO_REUSEPORT);
#endif
#ifdef SO_REUSEPORT_LB
  SOCK_CORE_EXPORT(o, SO_REUSEPORT_LB);
#endif
#ifdef SO_RTABLE
  SOCK_CORE_EXPORT(o, SO_RTABLE);
#endif
#ifdef SO_RXQ_OVFL
  SOCK_CORE_EXPORT(o, SO_RXQ_OVFL);
#endif
#ifdef SO_SECURITY_AUTHENTICATION
  SOCK_CORE_EXPORT(o, SO_SECURITY_AUTHENTICATION);
#endif
#ifdef SO_SECURITY_ENCRYPTION_NETWORK
  SOCK_CORE_EXPORT(o, SO_SECURITY_ENCRYPTION_NETWORK);
#endif
#ifdef SO_SECURITY_ENCRYPTION_TRANSPORT
  SOCK_CORE_EXPORT(o, SO_SECURITY_ENCRYPTION_TRANSPORT);
#endif
#ifdef SO_SELECT_ERR_QUEUE
  SOCK_CORE_EXPORT(o, SO_SELECT_ERR_QUEUE);
#endif
#ifdef SO_SETFIB
  SOCK_CORE_EXPORT(o, SO_SETFIB);
#endif
#ifdef SO_SNDBUF
  SOCK_CORE_EXPORT(o, SO_SNDBUF);
#endif
#ifdef SO_SNDBUFFORCE
  SOCK_CORE_EXPORT(o, SO_SNDBUFFORCE);
#endif
#ifdef SO_SNDLOWAT
  SOCK_CORE_EXPORT(o, SO_SNDLOWAT);
#endif
#ifdef SO_SNDTIMEO
  SOCK_CORE_EXPORT(o, SO_SNDTIMEO);
#endif
#ifdef SO_SPLICE
  SOCK_CORE_EXPORT(o, SO_SPLICE);
#endif
#ifdef SO_TIMESTAMP
  SOCK_CORE_EXPORT(o, SO_TIMESTAMP);
#endif
#ifdef SO_TIMESTAMPING
  SOCK_CORE_EXPORT(o, SO_TIMESTAMPING);
#endif
#ifdef SO_TIMESTAMPNS
  SOCK_CORE_EXPORT(o, SO_TIMESTAMPNS);
#endif
#ifdef SO_TIMESTAMP_MONOTONIC
  SOCK_CORE_EXPORT(o, SO_TIMESTAMP_MONOTONIC);
#endif
#ifdef SO_TS_CLOCK
  SOCK_CORE_EXPORT(o, SO_TS_CLOCK);
#endif
#ifdef SO_TXREHASH
  SOCK_CORE_EXPORT(o, SO_TXREHASH);
#endif
#ifdef SO_TXTIME
  SOCK_CORE_EXPORT(o, SO_TXTIME);
#endif
#ifdef SO_TYPE
  SOCK_CORE_EXPORT(o, SO_TYPE);
#endif
#ifdef SO_USELOOPBACK
  SOCK_CORE_EXPORT(o, SO_USELOOPBACK);
#endif
#ifdef SO_USER_COOKIE
  SOCK_CORE_EXPORT(o, SO_USER_COOKIE);
#endif
#ifdef SO_WIFI_STATUS
  SOCK_CORE_EXPORT(o, SO_WIFI_STATUS);
#endif
#ifdef SO_ZEROCOPY
  SOCK_CORE_EXPORT(o, SO_ZEROCOPY);
#endif
}

/** MSG_* flags of send/recv/sendmsg/recvmsg and msg_flags, sorted by name. */
inline void AddMessageFlags(Napi::Object o) {
#ifdef MSG_BATCH
  SOCK_CORE_EXPORT(o, MSG_BATCH);
#endif
#ifdef MSG_BCAST
  SOCK_CORE_EXPORT(o, MSG_BCAST);
#endif
#ifdef MSG_BTAG
  SOCK_CORE_EXPORT(o, MSG_BTAG);
#endif
#ifdef MSG_CMSG_CLOEXEC
  SOCK_CORE_EXPORT(o, MSG_CMSG_CLOEXEC);
#endif
#ifdef MSG_CONFIRM
  SOCK_CORE_EXPORT(o, MSG_CONFIRM);
#endif
#ifdef MSG_CTRUNC
  SOCK_CORE_EXPORT(o, MSG_CTRUNC);
#endif
#ifdef MSG_DONTROUTE
  SOCK_CORE_EXPORT(o, MSG_DONTROUTE);
#endif
#ifdef MSG_DONTWAIT
  SOCK_CORE_EXPORT(o, MSG_DONTWAIT);
#endif
#ifdef MSG_EOF
  SOCK_CORE_EXPORT(o, MSG_EOF);
#endif
#ifdef MSG_EOR
  SOCK_CORE_EXPORT(o, MSG_EOR);
#endif
#ifdef MSG_ERRQUEUE
  SOCK_CORE_EXPORT(o, MSG_ERRQUEUE);
#endif
#ifdef MSG_ETAG
  SOCK_CORE_EXPORT(o, MSG_ETAG);
#endif
#ifdef MSG_FASTOPEN
  SOCK_CORE_EXPORT(o, MSG_FASTOPEN);
#endif
#ifdef MSG_FIN
  SOCK_CORE_EXPORT(o, MSG_FIN);
#endif
#ifdef MSG_MCAST
  SOCK_CORE_EXPORT(o, MSG_MCAST);
#endif
#ifdef MSG_MORE
  SOCK_CORE_EXPORT(o, MSG_MORE);
#endif
#ifdef MSG_NOSIGNAL
  SOCK_CORE_EXPORT(o, MSG_NOSIGNAL);
#endif
#ifdef MSG_NOTIFICATION
  SOCK_CORE_EXPORT(o, MSG_NOTIFICATION);
#endif
#ifdef MSG_OOB
  SOCK_CORE_EXPORT(o, MSG_OOB);
#endif
#ifdef MSG_PEEK
  SOCK_CORE_EXPORT(o, MSG_PEEK);
#endif
#ifdef MSG_PROXY
  SOCK_CORE_EXPORT(o, MSG_PROXY);
#endif
#ifdef MSG_RST
  SOCK_CORE_EXPORT(o, MSG_RST);
#endif
#ifdef MSG_SOCK_DEVMEM
  SOCK_CORE_EXPORT(o, MSG_SOCK_DEVMEM);
#endif
#ifdef MSG_SYN
  SOCK_CORE_EXPORT(o, MSG_SYN);
#endif
#ifdef MSG_TRUNC
  SOCK_CORE_EXPORT(o, MSG_TRUNC);
#endif
#ifdef MSG_TRYHARD
  SOCK_CORE_EXPORT(o, MSG_TRYHARD);
#endif
#ifdef MSG_WAITALL
  SOCK_CORE_EXPORT(o, MSG_WAITALL);
#endif
#ifdef MSG_WAITFORONE
  SOCK_CORE_EXPORT(o, MSG_WAITFORONE);
#endif
#ifdef MSG_WAITSTREAM
  SOCK_CORE_EXPORT(o, MSG_WAITSTREAM);
#endif
#ifdef MSG_ZEROCOPY
  SOCK_CORE_EXPORT(o, MSG_ZEROCOPY);
#endif
}

/** SCM_* control message types of level SOL_SOCKET, sorted by name. */
inline void AddControlTypes(Napi::Object o) {
#ifdef SCM_BINTIME
  SOCK_CORE_EXPORT(o, SCM_BINTIME);
#endif
#ifdef SCM_CREDENTIALS
  SOCK_CORE_EXPORT(o, SCM_CREDENTIALS);
#endif
#ifdef SCM_CREDS
  SOCK_CORE_EXPORT(o, SCM_CREDS);
#endif
#ifdef SCM_CREDS2
  SOCK_CORE_EXPORT(o, SCM_CREDS2);
#endif
#ifdef SCM_MONOTONIC
  SOCK_CORE_EXPORT(o, SCM_MONOTONIC);
#endif
#ifdef SCM_PIDFD
  SOCK_CORE_EXPORT(o, SCM_PIDFD);
#endif
#ifdef SCM_REALTIME
  SOCK_CORE_EXPORT(o, SCM_REALTIME);
#endif
#ifdef SCM_RIGHTS
  SOCK_CORE_EXPORT(o, SCM_RIGHTS);
#endif
#ifdef SCM_SECURITY
  SOCK_CORE_EXPORT(o, SCM_SECURITY);
#endif
#ifdef SCM_TIMESTAMP
  SOCK_CORE_EXPORT(o, SCM_TIMESTAMP);
#endif
#ifdef SCM_TIMESTAMPING
  SOCK_CORE_EXPORT(o, SCM_TIMESTAMPING);
#endif
#ifdef SCM_TIMESTAMPING_OPT_STATS
  SOCK_CORE_EXPORT(o, SCM_TIMESTAMPING_OPT_STATS);
#endif
#ifdef SCM_TIMESTAMPING_PKTINFO
  SOCK_CORE_EXPORT(o, SCM_TIMESTAMPING_PKTINFO);
#endif
#ifdef SCM_TIMESTAMPNS
  SOCK_CORE_EXPORT(o, SCM_TIMESTAMPNS);
#endif
#ifdef SCM_TIMESTAMP_MONOTONIC
  SOCK_CORE_EXPORT(o, SCM_TIMESTAMP_MONOTONIC);
#endif
#ifdef SCM_TIME_INFO
  SOCK_CORE_EXPORT(o, SCM_TIME_INFO);
#endif
#ifdef SCM_TXTIME
  SOCK_CORE_EXPORT(o, SCM_TXTIME);
#endif
#ifdef SCM_WIFI_STATUS
  SOCK_CORE_EXPORT(o, SCM_WIFI_STATUS);
#endif
}

/** SHUT_*, SOMAXCONN, AF_UNSPEC/PF_UNSPEC. */
inline void AddMiscellaneous(Napi::Object o) {
#ifdef SHUT_RD
  SOCK_CORE_EXPORT(o, SHUT_RD);
#endif
#ifdef SHUT_WR
  SOCK_CORE_EXPORT(o, SHUT_WR);
#endif
#ifdef SHUT_RDWR
  SOCK_CORE_EXPORT(o, SHUT_RDWR);
#endif
#ifdef SOMAXCONN
  SOCK_CORE_EXPORT(o, SOMAXCONN);
#endif
#ifdef AF_UNSPEC
  SOCK_CORE_EXPORT(o, AF_UNSPEC);
#endif
#ifdef PF_UNSPEC
  SOCK_CORE_EXPORT(o, PF_UNSPEC);
#endif
}

/** The `constants` object of NativeBinding. */
inline Napi::Object SocketConstants(Napi::Env env) {
  Napi::Object o = Napi::Object::New(env);
  AddSocketTypes(o);
  AddLevels(o);
  AddSocketOptions(o);
  AddMessageFlags(o);
  AddControlTypes(o);
  AddMiscellaneous(o);
  return o;
}

/**
 * AF_* as the headers define them, sorted by name, aliases included
 * (AF_ROUTE is AF_NETLINK on Linux); AF_MAX is a count, not a family.
 */
inline Napi::Object AddressFamilies(Napi::Env env) {
  Napi::Object o = Napi::Object::New(env);
#ifdef AF_ALG
  SOCK_CORE_EXPORT(o, AF_ALG);
#endif
#ifdef AF_APPLETALK
  SOCK_CORE_EXPORT(o, AF_APPLETALK);
#endif
#ifdef AF_ARP
  SOCK_CORE_EXPORT(o, AF_ARP);
#endif
#ifdef AF_ASH
  SOCK_CORE_EXPORT(o, AF_ASH);
#endif
#ifdef AF_ATM
  SOCK_CORE_EXPORT(o, AF_ATM);
#endif
#ifdef AF_ATMPVC
  SOCK_CORE_EXPORT(o, AF_ATMPVC);
#endif
#ifdef AF_ATMSVC
  SOCK_CORE_EXPORT(o, AF_ATMSVC);
#endif
#ifdef AF_AX25
  SOCK_CORE_EXPORT(o, AF_AX25);
#endif
#ifdef AF_BLUETOOTH
  SOCK_CORE_EXPORT(o, AF_BLUETOOTH);
#endif
#ifdef AF_BRIDGE
  SOCK_CORE_EXPORT(o, AF_BRIDGE);
#endif
#ifdef AF_CAIF
  SOCK_CORE_EXPORT(o, AF_CAIF);
#endif
#ifdef AF_CAN
  SOCK_CORE_EXPORT(o, AF_CAN);
#endif
#ifdef AF_CCITT
  SOCK_CORE_EXPORT(o, AF_CCITT);
#endif
#ifdef AF_CHAOS
  SOCK_CORE_EXPORT(o, AF_CHAOS);
#endif
#ifdef AF_CNT
  SOCK_CORE_EXPORT(o, AF_CNT);
#endif
#ifdef AF_COIP
  SOCK_CORE_EXPORT(o, AF_COIP);
#endif
#ifdef AF_DATAKIT
  SOCK_CORE_EXPORT(o, AF_DATAKIT);
#endif
#ifdef AF_DECnet
  SOCK_CORE_EXPORT(o, AF_DECnet);
#endif
#ifdef AF_DIVERT
  SOCK_CORE_EXPORT(o, AF_DIVERT);
#endif
#ifdef AF_DLI
  SOCK_CORE_EXPORT(o, AF_DLI);
#endif
#ifdef AF_E164
  SOCK_CORE_EXPORT(o, AF_E164);
#endif
#ifdef AF_ECMA
  SOCK_CORE_EXPORT(o, AF_ECMA);
#endif
#ifdef AF_ECONET
  SOCK_CORE_EXPORT(o, AF_ECONET);
#endif
#ifdef AF_ENCAP
  SOCK_CORE_EXPORT(o, AF_ENCAP);
#endif
#ifdef AF_HYLINK
  SOCK_CORE_EXPORT(o, AF_HYLINK);
#endif
#ifdef AF_HYPERV
  SOCK_CORE_EXPORT(o, AF_HYPERV);
#endif
#ifdef AF_IB
  SOCK_CORE_EXPORT(o, AF_IB);
#endif
#ifdef AF_IEEE80211
  SOCK_CORE_EXPORT(o, AF_IEEE80211);
#endif
#ifdef AF_IEEE802154
  SOCK_CORE_EXPORT(o, AF_IEEE802154);
#endif
#ifdef AF_IMPLINK
  SOCK_CORE_EXPORT(o, AF_IMPLINK);
#endif
#ifdef AF_INET
  SOCK_CORE_EXPORT(o, AF_INET);
#endif
#ifdef AF_INET6
  SOCK_CORE_EXPORT(o, AF_INET6);
#endif
#ifdef AF_INET6_SDP
  SOCK_CORE_EXPORT(o, AF_INET6_SDP);
#endif
#ifdef AF_INET_SDP
  SOCK_CORE_EXPORT(o, AF_INET_SDP);
#endif
#ifdef AF_IPX
  SOCK_CORE_EXPORT(o, AF_IPX);
#endif
#ifdef AF_IRDA
  SOCK_CORE_EXPORT(o, AF_IRDA);
#endif
#ifdef AF_ISDN
  SOCK_CORE_EXPORT(o, AF_ISDN);
#endif
#ifdef AF_ISO
  SOCK_CORE_EXPORT(o, AF_ISO);
#endif
#ifdef AF_IUCV
  SOCK_CORE_EXPORT(o, AF_IUCV);
#endif
#ifdef AF_KCM
  SOCK_CORE_EXPORT(o, AF_KCM);
#endif
#ifdef AF_KEY
  SOCK_CORE_EXPORT(o, AF_KEY);
#endif
#ifdef AF_LAT
  SOCK_CORE_EXPORT(o, AF_LAT);
#endif
#ifdef AF_LINK
  SOCK_CORE_EXPORT(o, AF_LINK);
#endif
#ifdef AF_LLC
  SOCK_CORE_EXPORT(o, AF_LLC);
#endif
#ifdef AF_MCTP
  SOCK_CORE_EXPORT(o, AF_MCTP);
#endif
#ifdef AF_MPLS
  SOCK_CORE_EXPORT(o, AF_MPLS);
#endif
#ifdef AF_NATM
  SOCK_CORE_EXPORT(o, AF_NATM);
#endif
#ifdef AF_NDRV
  SOCK_CORE_EXPORT(o, AF_NDRV);
#endif
#ifdef AF_NETBEUI
  SOCK_CORE_EXPORT(o, AF_NETBEUI);
#endif
#ifdef AF_NETBIOS
  SOCK_CORE_EXPORT(o, AF_NETBIOS);
#endif
#ifdef AF_NETGRAPH
  SOCK_CORE_EXPORT(o, AF_NETGRAPH);
#endif
#ifdef AF_NETLINK
  SOCK_CORE_EXPORT(o, AF_NETLINK);
#endif
#ifdef AF_NETROM
  SOCK_CORE_EXPORT(o, AF_NETROM);
#endif
#ifdef AF_NFC
  SOCK_CORE_EXPORT(o, AF_NFC);
#endif
#ifdef AF_NS
  SOCK_CORE_EXPORT(o, AF_NS);
#endif
#ifdef AF_OSI
  SOCK_CORE_EXPORT(o, AF_OSI);
#endif
#ifdef AF_PACKET
  SOCK_CORE_EXPORT(o, AF_PACKET);
#endif
#ifdef AF_PHONET
  SOCK_CORE_EXPORT(o, AF_PHONET);
#endif
#ifdef AF_PIP
  SOCK_CORE_EXPORT(o, AF_PIP);
#endif
#ifdef AF_PPP
  SOCK_CORE_EXPORT(o, AF_PPP);
#endif
#ifdef AF_PPPOX
  SOCK_CORE_EXPORT(o, AF_PPPOX);
#endif
#ifdef AF_PUP
  SOCK_CORE_EXPORT(o, AF_PUP);
#endif
#ifdef AF_QIPCRTR
  SOCK_CORE_EXPORT(o, AF_QIPCRTR);
#endif
#ifdef AF_RDS
  SOCK_CORE_EXPORT(o, AF_RDS);
#endif
#ifdef AF_ROSE
  SOCK_CORE_EXPORT(o, AF_ROSE);
#endif
#ifdef AF_ROUTE
  SOCK_CORE_EXPORT(o, AF_ROUTE);
#endif
#ifdef AF_RTIP
  SOCK_CORE_EXPORT(o, AF_RTIP);
#endif
#ifdef AF_RXRPC
  SOCK_CORE_EXPORT(o, AF_RXRPC);
#endif
#ifdef AF_SCLUSTER
  SOCK_CORE_EXPORT(o, AF_SCLUSTER);
#endif
#ifdef AF_SECURITY
  SOCK_CORE_EXPORT(o, AF_SECURITY);
#endif
#ifdef AF_SIP
  SOCK_CORE_EXPORT(o, AF_SIP);
#endif
#ifdef AF_SLOW
  SOCK_CORE_EXPORT(o, AF_SLOW);
#endif
#ifdef AF_SMC
  SOCK_CORE_EXPORT(o, AF_SMC);
#endif
#ifdef AF_SNA
  SOCK_CORE_EXPORT(o, AF_SNA);
#endif
#ifdef AF_SYSTEM
  SOCK_CORE_EXPORT(o, AF_SYSTEM);
#endif
#ifdef AF_TIPC
  SOCK_CORE_EXPORT(o, AF_TIPC);
#endif
#ifdef AF_UNIX
  SOCK_CORE_EXPORT(o, AF_UNIX);
#endif
#ifdef AF_UNSPEC
  SOCK_CORE_EXPORT(o, AF_UNSPEC);
#endif
#ifdef AF_UTUN
  SOCK_CORE_EXPORT(o, AF_UTUN);
#endif
#ifdef AF_VSOCK
  SOCK_CORE_EXPORT(o, AF_VSOCK);
#endif
#ifdef AF_WANPIPE
  SOCK_CORE_EXPORT(o, AF_WANPIPE);
#endif
#ifdef AF_X25
  SOCK_CORE_EXPORT(o, AF_X25);
#endif
#ifdef AF_XDP
  SOCK_CORE_EXPORT(o, AF_XDP);
#endif
  // Aliases of AF_UNIX come last, so a reverse map where the first name wins names AF_UNIX.
#ifdef AF_FILE
  SOCK_CORE_EXPORT(o, AF_FILE);
#endif
#ifdef AF_LOCAL
  SOCK_CORE_EXPORT(o, AF_LOCAL);
#endif
  return o;
}

}  // namespace sockcore

#undef SOCK_CORE_EXPORT

#endif  // SOCK_CORE_CONSTANTS_H_
