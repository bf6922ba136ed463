// generated from constants.def by sock-gen-constants — do not edit
#ifndef SOCK_CONSTANTS_GENERATED_H_
#define SOCK_CONSTANTS_GENERATED_H_

#include <sock/constants.h>

#if __has_include(<sys/socket.h>)
#include <sys/socket.h>
#endif
#if __has_include(<linux/sockios.h>)
#include <linux/sockios.h>
#endif
#if __has_include(<linux/rds.h>)
#include <linux/rds.h>
#endif

/** The constants of constants.def that are macros (read behind #ifdef). */
inline void AddGeneratedMacros(sock::ConstantSink& s) {
  s.Group("AF");
#ifdef AF_RDS
  s.Add("AF_RDS", AF_RDS);
#endif
#ifdef PF_RDS
  s.Add("PF_RDS", PF_RDS);
#endif
  s.Group("SOL");
#ifdef SOL_RDS
  s.Add("SOL_RDS", SOL_RDS);
#endif
  s.Group("RDS_OPT");
#ifdef RDS_CANCEL_SENT_TO
  s.Add("RDS_CANCEL_SENT_TO", RDS_CANCEL_SENT_TO);
#endif
#ifdef RDS_GET_MR
  s.Add("RDS_GET_MR", RDS_GET_MR);
#endif
#ifdef RDS_FREE_MR
  s.Add("RDS_FREE_MR", RDS_FREE_MR);
#endif
#ifdef RDS_RECVERR
  s.Add("RDS_RECVERR", RDS_RECVERR);
#endif
#ifdef RDS_CONG_MONITOR
  s.Add("RDS_CONG_MONITOR", RDS_CONG_MONITOR);
#endif
#ifdef RDS_GET_MR_FOR_DEST
  s.Add("RDS_GET_MR_FOR_DEST", RDS_GET_MR_FOR_DEST);
#endif
#ifdef SO_RDS_TRANSPORT
  s.Add("SO_RDS_TRANSPORT", SO_RDS_TRANSPORT);
#endif
#ifdef SO_RDS_MSG_RXPATH_LATENCY
  s.Add("SO_RDS_MSG_RXPATH_LATENCY", SO_RDS_MSG_RXPATH_LATENCY);
#endif
  s.Group("RDS_TRANS");
#ifdef RDS_TRANS_IB
  s.Add("RDS_TRANS_IB", RDS_TRANS_IB);
#endif
#ifdef RDS_TRANS_GAP
  s.Add("RDS_TRANS_GAP", RDS_TRANS_GAP);
#endif
#ifdef RDS_TRANS_IWARP
  s.Add("RDS_TRANS_IWARP", RDS_TRANS_IWARP);
#endif
#ifdef RDS_TRANS_TCP
  s.Add("RDS_TRANS_TCP", RDS_TRANS_TCP);
#endif
#ifdef RDS_TRANS_COUNT
  s.Add("RDS_TRANS_COUNT", RDS_TRANS_COUNT);
#endif
#ifdef RDS_TRANS_NONE
  s.Add("RDS_TRANS_NONE", RDS_TRANS_NONE);
#endif
  s.Group("RDS_CMSG");
#ifdef RDS_CMSG_RDMA_ARGS
  s.Add("RDS_CMSG_RDMA_ARGS", RDS_CMSG_RDMA_ARGS);
#endif
#ifdef RDS_CMSG_RDMA_DEST
  s.Add("RDS_CMSG_RDMA_DEST", RDS_CMSG_RDMA_DEST);
#endif
#ifdef RDS_CMSG_RDMA_MAP
  s.Add("RDS_CMSG_RDMA_MAP", RDS_CMSG_RDMA_MAP);
#endif
#ifdef RDS_CMSG_RDMA_STATUS
  s.Add("RDS_CMSG_RDMA_STATUS", RDS_CMSG_RDMA_STATUS);
#endif
#ifdef RDS_CMSG_CONG_UPDATE
  s.Add("RDS_CMSG_CONG_UPDATE", RDS_CMSG_CONG_UPDATE);
#endif
#ifdef RDS_CMSG_ATOMIC_FADD
  s.Add("RDS_CMSG_ATOMIC_FADD", RDS_CMSG_ATOMIC_FADD);
#endif
#ifdef RDS_CMSG_ATOMIC_CSWP
  s.Add("RDS_CMSG_ATOMIC_CSWP", RDS_CMSG_ATOMIC_CSWP);
#endif
#ifdef RDS_CMSG_MASKED_ATOMIC_FADD
  s.Add("RDS_CMSG_MASKED_ATOMIC_FADD", RDS_CMSG_MASKED_ATOMIC_FADD);
#endif
#ifdef RDS_CMSG_MASKED_ATOMIC_CSWP
  s.Add("RDS_CMSG_MASKED_ATOMIC_CSWP", RDS_CMSG_MASKED_ATOMIC_CSWP);
#endif
#ifdef RDS_CMSG_RXPATH_LATENCY
  s.Add("RDS_CMSG_RXPATH_LATENCY", RDS_CMSG_RXPATH_LATENCY);
#endif
#ifdef RDS_CMSG_ZCOPY_COOKIE
  s.Add("RDS_CMSG_ZCOPY_COOKIE", RDS_CMSG_ZCOPY_COOKIE);
#endif
#ifdef RDS_CMSG_ZCOPY_COMPLETION
  s.Add("RDS_CMSG_ZCOPY_COMPLETION", RDS_CMSG_ZCOPY_COMPLETION);
#endif
  s.Group("RDS_INFO");
#ifdef RDS_INFO_FIRST
  s.Add("RDS_INFO_FIRST", RDS_INFO_FIRST);
#endif
#ifdef RDS_INFO_COUNTERS
  s.Add("RDS_INFO_COUNTERS", RDS_INFO_COUNTERS);
#endif
#ifdef RDS_INFO_CONNECTIONS
  s.Add("RDS_INFO_CONNECTIONS", RDS_INFO_CONNECTIONS);
#endif
#ifdef RDS_INFO_SEND_MESSAGES
  s.Add("RDS_INFO_SEND_MESSAGES", RDS_INFO_SEND_MESSAGES);
#endif
#ifdef RDS_INFO_RETRANS_MESSAGES
  s.Add("RDS_INFO_RETRANS_MESSAGES", RDS_INFO_RETRANS_MESSAGES);
#endif
#ifdef RDS_INFO_RECV_MESSAGES
  s.Add("RDS_INFO_RECV_MESSAGES", RDS_INFO_RECV_MESSAGES);
#endif
#ifdef RDS_INFO_SOCKETS
  s.Add("RDS_INFO_SOCKETS", RDS_INFO_SOCKETS);
#endif
#ifdef RDS_INFO_TCP_SOCKETS
  s.Add("RDS_INFO_TCP_SOCKETS", RDS_INFO_TCP_SOCKETS);
#endif
#ifdef RDS_INFO_IB_CONNECTIONS
  s.Add("RDS_INFO_IB_CONNECTIONS", RDS_INFO_IB_CONNECTIONS);
#endif
#ifdef RDS_INFO_CONNECTION_STATS
  s.Add("RDS_INFO_CONNECTION_STATS", RDS_INFO_CONNECTION_STATS);
#endif
#ifdef RDS_INFO_IWARP_CONNECTIONS
  s.Add("RDS_INFO_IWARP_CONNECTIONS", RDS_INFO_IWARP_CONNECTIONS);
#endif
#ifdef RDS6_INFO_CONNECTIONS
  s.Add("RDS6_INFO_CONNECTIONS", RDS6_INFO_CONNECTIONS);
#endif
#ifdef RDS6_INFO_SEND_MESSAGES
  s.Add("RDS6_INFO_SEND_MESSAGES", RDS6_INFO_SEND_MESSAGES);
#endif
#ifdef RDS6_INFO_RETRANS_MESSAGES
  s.Add("RDS6_INFO_RETRANS_MESSAGES", RDS6_INFO_RETRANS_MESSAGES);
#endif
#ifdef RDS6_INFO_RECV_MESSAGES
  s.Add("RDS6_INFO_RECV_MESSAGES", RDS6_INFO_RECV_MESSAGES);
#endif
#ifdef RDS6_INFO_SOCKETS
  s.Add("RDS6_INFO_SOCKETS", RDS6_INFO_SOCKETS);
#endif
#ifdef RDS6_INFO_TCP_SOCKETS
  s.Add("RDS6_INFO_TCP_SOCKETS", RDS6_INFO_TCP_SOCKETS);
#endif
#ifdef RDS6_INFO_IB_CONNECTIONS
  s.Add("RDS6_INFO_IB_CONNECTIONS", RDS6_INFO_IB_CONNECTIONS);
#endif
#ifdef RDS_INFO_LAST
  s.Add("RDS_INFO_LAST", RDS_INFO_LAST);
#endif
  s.Group("RDS_INFO_FLAG");
#ifdef RDS_INFO_CONNECTION_FLAG_SENDING
  s.Add("RDS_INFO_CONNECTION_FLAG_SENDING", RDS_INFO_CONNECTION_FLAG_SENDING);
#endif
#ifdef RDS_INFO_CONNECTION_FLAG_CONNECTING
  s.Add("RDS_INFO_CONNECTION_FLAG_CONNECTING", RDS_INFO_CONNECTION_FLAG_CONNECTING);
#endif
#ifdef RDS_INFO_CONNECTION_FLAG_CONNECTED
  s.Add("RDS_INFO_CONNECTION_FLAG_CONNECTED", RDS_INFO_CONNECTION_FLAG_CONNECTED);
#endif
#ifdef RDS_INFO_MESSAGE_FLAG_ACK
  s.Add("RDS_INFO_MESSAGE_FLAG_ACK", RDS_INFO_MESSAGE_FLAG_ACK);
#endif
#ifdef RDS_INFO_MESSAGE_FLAG_FAST_ACK
  s.Add("RDS_INFO_MESSAGE_FLAG_FAST_ACK", RDS_INFO_MESSAGE_FLAG_FAST_ACK);
#endif
  s.Group("RDS_RDMA");
#ifdef RDS_RDMA_READWRITE
  s.Add("RDS_RDMA_READWRITE", RDS_RDMA_READWRITE);
#endif
#ifdef RDS_RDMA_FENCE
  s.Add("RDS_RDMA_FENCE", RDS_RDMA_FENCE);
#endif
#ifdef RDS_RDMA_INVALIDATE
  s.Add("RDS_RDMA_INVALIDATE", RDS_RDMA_INVALIDATE);
#endif
#ifdef RDS_RDMA_USE_ONCE
  s.Add("RDS_RDMA_USE_ONCE", RDS_RDMA_USE_ONCE);
#endif
#ifdef RDS_RDMA_DONTWAIT
  s.Add("RDS_RDMA_DONTWAIT", RDS_RDMA_DONTWAIT);
#endif
#ifdef RDS_RDMA_NOTIFY_ME
  s.Add("RDS_RDMA_NOTIFY_ME", RDS_RDMA_NOTIFY_ME);
#endif
#ifdef RDS_RDMA_SILENT
  s.Add("RDS_RDMA_SILENT", RDS_RDMA_SILENT);
#endif
  s.Group("RDS_RDMA_STATUS");
#ifdef RDS_RDMA_SUCCESS
  s.Add("RDS_RDMA_SUCCESS", RDS_RDMA_SUCCESS);
#endif
#ifdef RDS_RDMA_REMOTE_ERROR
  s.Add("RDS_RDMA_REMOTE_ERROR", RDS_RDMA_REMOTE_ERROR);
#endif
#ifdef RDS_RDMA_CANCELED
  s.Add("RDS_RDMA_CANCELED", RDS_RDMA_CANCELED);
#endif
#ifdef RDS_RDMA_DROPPED
  s.Add("RDS_RDMA_DROPPED", RDS_RDMA_DROPPED);
#endif
#ifdef RDS_RDMA_OTHER_ERROR
  s.Add("RDS_RDMA_OTHER_ERROR", RDS_RDMA_OTHER_ERROR);
#endif
  s.Group("SIOCRDS");
#ifdef SIOCRDSSETTOS
  s.Add("SIOCRDSSETTOS", SIOCRDSSETTOS);
#endif
#ifdef SIOCRDSGETTOS
  s.Add("SIOCRDSGETTOS", SIOCRDSGETTOS);
#endif
  s.Group("RDS_SIZE");
#ifdef RDS_CONG_MONITOR_SIZE
  s.Add("RDS_CONG_MONITOR_SIZE", RDS_CONG_MONITOR_SIZE);
#endif
#ifdef RDS_MAX_ZCOOKIES
  s.Add("RDS_MAX_ZCOOKIES", RDS_MAX_ZCOOKIES);
#endif
#ifdef RDS_IB_ABI_VERSION
  s.Add("RDS_IB_ABI_VERSION", RDS_IB_ABI_VERSION);
#endif
#ifdef RDS_IB_GID_LEN
  s.Add("RDS_IB_GID_LEN", RDS_IB_GID_LEN);
#endif
#ifdef TRANSNAMSIZ
  s.Add("TRANSNAMSIZ", TRANSNAMSIZ);
#endif
}

// Fallbacks for the enumerators, found by qualified lookup only where the headers declare none (see <sock/constants.h>).
namespace sock_generated_absent {
#ifndef RDS_MSG_RX_HDR_TO_DGRAM_START
constexpr long long RDS_MSG_RX_HDR_TO_DGRAM_START = ::sock::kAbsent;
#endif
#ifndef RDS_MSG_RX_DGRAM_REASSEMBLE
constexpr long long RDS_MSG_RX_DGRAM_REASSEMBLE = ::sock::kAbsent;
#endif
#ifndef RDS_MSG_RX_DGRAM_DELIVERED
constexpr long long RDS_MSG_RX_DGRAM_DELIVERED = ::sock::kAbsent;
#endif
#ifndef RDS_MSG_RX_DGRAM_TRACE_MAX
constexpr long long RDS_MSG_RX_DGRAM_TRACE_MAX = ::sock::kAbsent;
#endif
}  // namespace sock_generated_absent
using namespace sock_generated_absent;

/** The bare enumerators of constants.def, probed by qualified lookup. */
inline void AddGeneratedEnumerators(sock::ConstantSink& s) {
  s.Group("RDS_MSG_RX");
#ifdef RDS_MSG_RX_HDR_TO_DGRAM_START
  s.Add("RDS_MSG_RX_HDR_TO_DGRAM_START", RDS_MSG_RX_HDR_TO_DGRAM_START);
#else
  s.AddProbed("RDS_MSG_RX_HDR_TO_DGRAM_START", static_cast<long long>(::RDS_MSG_RX_HDR_TO_DGRAM_START));
#endif
#ifdef RDS_MSG_RX_DGRAM_REASSEMBLE
  s.Add("RDS_MSG_RX_DGRAM_REASSEMBLE", RDS_MSG_RX_DGRAM_REASSEMBLE);
#else
  s.AddProbed("RDS_MSG_RX_DGRAM_REASSEMBLE", static_cast<long long>(::RDS_MSG_RX_DGRAM_REASSEMBLE));
#endif
#ifdef RDS_MSG_RX_DGRAM_DELIVERED
  s.Add("RDS_MSG_RX_DGRAM_DELIVERED", RDS_MSG_RX_DGRAM_DELIVERED);
#else
  s.AddProbed("RDS_MSG_RX_DGRAM_DELIVERED", static_cast<long long>(::RDS_MSG_RX_DGRAM_DELIVERED));
#endif
#ifdef RDS_MSG_RX_DGRAM_TRACE_MAX
  s.Add("RDS_MSG_RX_DGRAM_TRACE_MAX", RDS_MSG_RX_DGRAM_TRACE_MAX);
#else
  s.AddProbed("RDS_MSG_RX_DGRAM_TRACE_MAX", static_cast<long long>(::RDS_MSG_RX_DGRAM_TRACE_MAX));
#endif
}

/** Every constant of constants.def this platform's headers define. */
inline void AddGeneratedConstants(sock::ConstantSink& s) {
  AddGeneratedMacros(s);
  AddGeneratedEnumerators(s);
}

#endif  // SOCK_CONSTANTS_GENERATED_H_
