// TCP_*, UDP_* and UDPLITE_* constants as this platform's headers define them,
// including the TCP states and congestion-avoidance states tcp_info reports.
#include "constants.h"

// glibc declares these only as enumerators, so #ifdef cannot see them; an
// absent one resolves to the fallback below (see constants.h).
namespace sockinet_absent {
#ifndef TCP_ESTABLISHED
constexpr long long TCP_ESTABLISHED = kAbsent;
#endif
#ifndef TCP_SYN_SENT
constexpr long long TCP_SYN_SENT = kAbsent;
#endif
#ifndef TCP_SYN_RECV
constexpr long long TCP_SYN_RECV = kAbsent;
#endif
#ifndef TCP_FIN_WAIT1
constexpr long long TCP_FIN_WAIT1 = kAbsent;
#endif
#ifndef TCP_FIN_WAIT2
constexpr long long TCP_FIN_WAIT2 = kAbsent;
#endif
#ifndef TCP_TIME_WAIT
constexpr long long TCP_TIME_WAIT = kAbsent;
#endif
#ifndef TCP_CLOSE
constexpr long long TCP_CLOSE = kAbsent;
#endif
#ifndef TCP_CLOSE_WAIT
constexpr long long TCP_CLOSE_WAIT = kAbsent;
#endif
#ifndef TCP_LAST_ACK
constexpr long long TCP_LAST_ACK = kAbsent;
#endif
#ifndef TCP_LISTEN
constexpr long long TCP_LISTEN = kAbsent;
#endif
#ifndef TCP_CLOSING
constexpr long long TCP_CLOSING = kAbsent;
#endif
#ifndef TCP_CA_Open
constexpr long long TCP_CA_Open = kAbsent;
#endif
#ifndef TCP_CA_Disorder
constexpr long long TCP_CA_Disorder = kAbsent;
#endif
#ifndef TCP_CA_CWR
constexpr long long TCP_CA_CWR = kAbsent;
#endif
#ifndef TCP_CA_Recovery
constexpr long long TCP_CA_Recovery = kAbsent;
#endif
#ifndef TCP_CA_Loss
constexpr long long TCP_CA_Loss = kAbsent;
#endif
}  // namespace sockinet_absent
using namespace sockinet_absent;

namespace sockinet {

void AddTransportConstants(ConstantSink& sink) {
#ifdef TCP_NODELAY
  sink.Add("TCP_NODELAY", TCP_NODELAY);
#endif
#ifdef TCP_MAXSEG
  sink.Add("TCP_MAXSEG", TCP_MAXSEG);
#endif
#ifdef TCP_CORK
  sink.Add("TCP_CORK", TCP_CORK);
#endif
#ifdef TCP_KEEPIDLE
  sink.Add("TCP_KEEPIDLE", TCP_KEEPIDLE);
#endif
#ifdef TCP_KEEPINTVL
  sink.Add("TCP_KEEPINTVL", TCP_KEEPINTVL);
#endif
#ifdef TCP_KEEPCNT
  sink.Add("TCP_KEEPCNT", TCP_KEEPCNT);
#endif
#ifdef TCP_SYNCNT
  sink.Add("TCP_SYNCNT", TCP_SYNCNT);
#endif
#ifdef TCP_LINGER2
  sink.Add("TCP_LINGER2", TCP_LINGER2);
#endif
#ifdef TCP_DEFER_ACCEPT
  sink.Add("TCP_DEFER_ACCEPT", TCP_DEFER_ACCEPT);
#endif
#ifdef TCP_WINDOW_CLAMP
  sink.Add("TCP_WINDOW_CLAMP", TCP_WINDOW_CLAMP);
#endif
#ifdef TCP_INFO
  sink.Add("TCP_INFO", TCP_INFO);
#endif
#ifdef TCP_QUICKACK
  sink.Add("TCP_QUICKACK", TCP_QUICKACK);
#endif
#ifdef TCP_CONGESTION
  sink.Add("TCP_CONGESTION", TCP_CONGESTION);
#endif
#ifdef TCP_MD5SIG
  sink.Add("TCP_MD5SIG", TCP_MD5SIG);
#endif
#ifdef TCP_COOKIE_TRANSACTIONS
  sink.Add("TCP_COOKIE_TRANSACTIONS", TCP_COOKIE_TRANSACTIONS);
#endif
#ifdef TCP_THIN_LINEAR_TIMEOUTS
  sink.Add("TCP_THIN_LINEAR_TIMEOUTS", TCP_THIN_LINEAR_TIMEOUTS);
#endif
#ifdef TCP_THIN_DUPACK
  sink.Add("TCP_THIN_DUPACK", TCP_THIN_DUPACK);
#endif
#ifdef TCP_USER_TIMEOUT
  sink.Add("TCP_USER_TIMEOUT", TCP_USER_TIMEOUT);
#endif
#ifdef TCP_REPAIR
  sink.Add("TCP_REPAIR", TCP_REPAIR);
#endif
#ifdef TCP_REPAIR_QUEUE
  sink.Add("TCP_REPAIR_QUEUE", TCP_REPAIR_QUEUE);
#endif
#ifdef TCP_QUEUE_SEQ
  sink.Add("TCP_QUEUE_SEQ", TCP_QUEUE_SEQ);
#endif
#ifdef TCP_REPAIR_OPTIONS
  sink.Add("TCP_REPAIR_OPTIONS", TCP_REPAIR_OPTIONS);
#endif
#ifdef TCP_FASTOPEN
  sink.Add("TCP_FASTOPEN", TCP_FASTOPEN);
#endif
#ifdef TCP_TIMESTAMP
  sink.Add("TCP_TIMESTAMP", TCP_TIMESTAMP);
#endif
#ifdef TCP_NOTSENT_LOWAT
  sink.Add("TCP_NOTSENT_LOWAT", TCP_NOTSENT_LOWAT);
#endif
#ifdef TCP_CC_INFO
  sink.Add("TCP_CC_INFO", TCP_CC_INFO);
#endif
#ifdef TCP_SAVE_SYN
  sink.Add("TCP_SAVE_SYN", TCP_SAVE_SYN);
#endif
#ifdef TCP_SAVED_SYN
  sink.Add("TCP_SAVED_SYN", TCP_SAVED_SYN);
#endif
#ifdef TCP_REPAIR_WINDOW
  sink.Add("TCP_REPAIR_WINDOW", TCP_REPAIR_WINDOW);
#endif
#ifdef TCP_FASTOPEN_CONNECT
  sink.Add("TCP_FASTOPEN_CONNECT", TCP_FASTOPEN_CONNECT);
#endif
#ifdef TCP_ULP
  sink.Add("TCP_ULP", TCP_ULP);
#endif
#ifdef TCP_MD5SIG_EXT
  sink.Add("TCP_MD5SIG_EXT", TCP_MD5SIG_EXT);
#endif
#ifdef TCP_FASTOPEN_KEY
  sink.Add("TCP_FASTOPEN_KEY", TCP_FASTOPEN_KEY);
#endif
#ifdef TCP_FASTOPEN_NO_COOKIE
  sink.Add("TCP_FASTOPEN_NO_COOKIE", TCP_FASTOPEN_NO_COOKIE);
#endif
#ifdef TCP_ZEROCOPY_RECEIVE
  sink.Add("TCP_ZEROCOPY_RECEIVE", TCP_ZEROCOPY_RECEIVE);
#endif
#ifdef TCP_INQ
  sink.Add("TCP_INQ", TCP_INQ);
#endif
#ifdef TCP_CM_INQ
  sink.Add("TCP_CM_INQ", TCP_CM_INQ);
#endif
#ifdef TCP_TX_DELAY
  sink.Add("TCP_TX_DELAY", TCP_TX_DELAY);
#endif
#ifdef TCP_AO_ADD_KEY
  sink.Add("TCP_AO_ADD_KEY", TCP_AO_ADD_KEY);
#endif
#ifdef TCP_AO_DEL_KEY
  sink.Add("TCP_AO_DEL_KEY", TCP_AO_DEL_KEY);
#endif
#ifdef TCP_AO_INFO
  sink.Add("TCP_AO_INFO", TCP_AO_INFO);
#endif
#ifdef TCP_AO_GET_KEYS
  sink.Add("TCP_AO_GET_KEYS", TCP_AO_GET_KEYS);
#endif
#ifdef TCP_AO_REPAIR
  sink.Add("TCP_AO_REPAIR", TCP_AO_REPAIR);
#endif
#ifdef TCP_IS_MPTCP
  sink.Add("TCP_IS_MPTCP", TCP_IS_MPTCP);
#endif
#ifdef TCP_RTO_MIN_US
  sink.Add("TCP_RTO_MIN_US", TCP_RTO_MIN_US);
#endif
#ifdef TCP_DELACK_MAX_US
  sink.Add("TCP_DELACK_MAX_US", TCP_DELACK_MAX_US);
#endif
#ifdef TCP_NOPUSH
  sink.Add("TCP_NOPUSH", TCP_NOPUSH);
#endif
#ifdef TCP_NOOPT
  sink.Add("TCP_NOOPT", TCP_NOOPT);
#endif
#ifdef TCP_KEEPALIVE
  sink.Add("TCP_KEEPALIVE", TCP_KEEPALIVE);
#endif
#ifdef TCP_CONNECTIONTIMEOUT
  sink.Add("TCP_CONNECTIONTIMEOUT", TCP_CONNECTIONTIMEOUT);
#endif
#ifdef TCP_SENDMOREACKS
  sink.Add("TCP_SENDMOREACKS", TCP_SENDMOREACKS);
#endif
#ifdef TCP_ENABLE_ECN
  sink.Add("TCP_ENABLE_ECN", TCP_ENABLE_ECN);
#endif
#ifdef TCP_CONNECTION_INFO
  sink.Add("TCP_CONNECTION_INFO", TCP_CONNECTION_INFO);
#endif
#ifdef TCP_RXT_CONNDROPTIME
  sink.Add("TCP_RXT_CONNDROPTIME", TCP_RXT_CONNDROPTIME);
#endif
#ifdef TCP_RXT_FINDROP
  sink.Add("TCP_RXT_FINDROP", TCP_RXT_FINDROP);
#endif
#ifdef TCP_INFO_ANCHOR
  sink.Add("TCP_INFO_ANCHOR", TCP_INFO_ANCHOR);
#endif
#ifdef TCP_FUNCTION_BLK
  sink.Add("TCP_FUNCTION_BLK", TCP_FUNCTION_BLK);
#endif
#ifdef TCP_FUNCTION_ALIAS
  sink.Add("TCP_FUNCTION_ALIAS", TCP_FUNCTION_ALIAS);
#endif
#ifdef TCP_CCALGOOPT
  sink.Add("TCP_CCALGOOPT", TCP_CCALGOOPT);
#endif
#ifdef TCP_KEEPINIT
  sink.Add("TCP_KEEPINIT", TCP_KEEPINIT);
#endif
#ifdef TCP_FASTOPEN_PSK_LEN
  sink.Add("TCP_FASTOPEN_PSK_LEN", TCP_FASTOPEN_PSK_LEN);
#endif
#ifdef TCP_REUSPORT_LB_NUMA
  sink.Add("TCP_REUSPORT_LB_NUMA", TCP_REUSPORT_LB_NUMA);
#endif
#ifdef TCP_MAXWIN
  sink.Add("TCP_MAXWIN", TCP_MAXWIN);
#endif
#ifdef TCP_MAX_WINSHIFT
  sink.Add("TCP_MAX_WINSHIFT", TCP_MAX_WINSHIFT);
#endif
#ifdef TCP_MSS
  sink.Add("TCP_MSS", TCP_MSS);
#endif
#ifdef TCP_MSS_DEFAULT
  sink.Add("TCP_MSS_DEFAULT", TCP_MSS_DEFAULT);
#endif
#ifdef TCP_MSS_DESIRED
  sink.Add("TCP_MSS_DESIRED", TCP_MSS_DESIRED);
#endif
#ifdef TCP_COOKIE_MIN
  sink.Add("TCP_COOKIE_MIN", TCP_COOKIE_MIN);
#endif
#ifdef TCP_COOKIE_MAX
  sink.Add("TCP_COOKIE_MAX", TCP_COOKIE_MAX);
#endif
#ifdef TCP_COOKIE_PAIR_SIZE
  sink.Add("TCP_COOKIE_PAIR_SIZE", TCP_COOKIE_PAIR_SIZE);
#endif
#ifdef TCP_COOKIE_IN_ALWAYS
  sink.Add("TCP_COOKIE_IN_ALWAYS", TCP_COOKIE_IN_ALWAYS);
#endif
#ifdef TCP_COOKIE_OUT_NEVER
  sink.Add("TCP_COOKIE_OUT_NEVER", TCP_COOKIE_OUT_NEVER);
#endif
#ifdef TCP_S_DATA_IN
  sink.Add("TCP_S_DATA_IN", TCP_S_DATA_IN);
#endif
#ifdef TCP_S_DATA_OUT
  sink.Add("TCP_S_DATA_OUT", TCP_S_DATA_OUT);
#endif
#ifdef TCP_REPAIR_ON
  sink.Add("TCP_REPAIR_ON", TCP_REPAIR_ON);
#endif
#ifdef TCP_REPAIR_OFF
  sink.Add("TCP_REPAIR_OFF", TCP_REPAIR_OFF);
#endif
#ifdef TCP_REPAIR_OFF_NO_WP
  sink.Add("TCP_REPAIR_OFF_NO_WP", TCP_REPAIR_OFF_NO_WP);
#endif
#ifdef TCP_MD5SIG_MAXKEYLEN
  sink.Add("TCP_MD5SIG_MAXKEYLEN", TCP_MD5SIG_MAXKEYLEN);
#endif
#ifdef TCP_MD5SIG_FLAG_PREFIX
  sink.Add("TCP_MD5SIG_FLAG_PREFIX", TCP_MD5SIG_FLAG_PREFIX);
#endif
#ifdef TCP_MD5SIG_FLAG_IFINDEX
  sink.Add("TCP_MD5SIG_FLAG_IFINDEX", TCP_MD5SIG_FLAG_IFINDEX);
#endif
#ifdef TCP_NO_QUEUE
  sink.Add("TCP_NO_QUEUE", TCP_NO_QUEUE);
#endif
#ifdef TCP_RECV_QUEUE
  sink.Add("TCP_RECV_QUEUE", TCP_RECV_QUEUE);
#endif
#ifdef TCP_SEND_QUEUE
  sink.Add("TCP_SEND_QUEUE", TCP_SEND_QUEUE);
#endif
#ifdef TCP_QUEUES_NR
  sink.Add("TCP_QUEUES_NR", TCP_QUEUES_NR);
#endif

#ifdef TCP_ESTABLISHED
  sink.Add("TCP_ESTABLISHED", TCP_ESTABLISHED);
#else
  sink.AddProbed("TCP_ESTABLISHED", ::TCP_ESTABLISHED);
#endif
#ifdef TCP_SYN_SENT
  sink.Add("TCP_SYN_SENT", TCP_SYN_SENT);
#else
  sink.AddProbed("TCP_SYN_SENT", ::TCP_SYN_SENT);
#endif
#ifdef TCP_SYN_RECV
  sink.Add("TCP_SYN_RECV", TCP_SYN_RECV);
#else
  sink.AddProbed("TCP_SYN_RECV", ::TCP_SYN_RECV);
#endif
#ifdef TCP_FIN_WAIT1
  sink.Add("TCP_FIN_WAIT1", TCP_FIN_WAIT1);
#else
  sink.AddProbed("TCP_FIN_WAIT1", ::TCP_FIN_WAIT1);
#endif
#ifdef TCP_FIN_WAIT2
  sink.Add("TCP_FIN_WAIT2", TCP_FIN_WAIT2);
#else
  sink.AddProbed("TCP_FIN_WAIT2", ::TCP_FIN_WAIT2);
#endif
#ifdef TCP_TIME_WAIT
  sink.Add("TCP_TIME_WAIT", TCP_TIME_WAIT);
#else
  sink.AddProbed("TCP_TIME_WAIT", ::TCP_TIME_WAIT);
#endif
#ifdef TCP_CLOSE
  sink.Add("TCP_CLOSE", TCP_CLOSE);
#else
  sink.AddProbed("TCP_CLOSE", ::TCP_CLOSE);
#endif
#ifdef TCP_CLOSE_WAIT
  sink.Add("TCP_CLOSE_WAIT", TCP_CLOSE_WAIT);
#else
  sink.AddProbed("TCP_CLOSE_WAIT", ::TCP_CLOSE_WAIT);
#endif
#ifdef TCP_LAST_ACK
  sink.Add("TCP_LAST_ACK", TCP_LAST_ACK);
#else
  sink.AddProbed("TCP_LAST_ACK", ::TCP_LAST_ACK);
#endif
#ifdef TCP_LISTEN
  sink.Add("TCP_LISTEN", TCP_LISTEN);
#else
  sink.AddProbed("TCP_LISTEN", ::TCP_LISTEN);
#endif
#ifdef TCP_CLOSING
  sink.Add("TCP_CLOSING", TCP_CLOSING);
#else
  sink.AddProbed("TCP_CLOSING", ::TCP_CLOSING);
#endif
#ifdef TCP_CA_Open
  sink.Add("TCP_CA_Open", TCP_CA_Open);
#else
  sink.AddProbed("TCP_CA_Open", ::TCP_CA_Open);
#endif
#ifdef TCP_CA_Disorder
  sink.Add("TCP_CA_Disorder", TCP_CA_Disorder);
#else
  sink.AddProbed("TCP_CA_Disorder", ::TCP_CA_Disorder);
#endif
#ifdef TCP_CA_CWR
  sink.Add("TCP_CA_CWR", TCP_CA_CWR);
#else
  sink.AddProbed("TCP_CA_CWR", ::TCP_CA_CWR);
#endif
#ifdef TCP_CA_Recovery
  sink.Add("TCP_CA_Recovery", TCP_CA_Recovery);
#else
  sink.AddProbed("TCP_CA_Recovery", ::TCP_CA_Recovery);
#endif
#ifdef TCP_CA_Loss
  sink.Add("TCP_CA_Loss", TCP_CA_Loss);
#else
  sink.AddProbed("TCP_CA_Loss", ::TCP_CA_Loss);
#endif

#ifdef UDP_CORK
  sink.Add("UDP_CORK", UDP_CORK);
#endif
#ifdef UDP_ENCAP
  sink.Add("UDP_ENCAP", UDP_ENCAP);
#endif
#ifdef UDP_NO_CHECK6_TX
  sink.Add("UDP_NO_CHECK6_TX", UDP_NO_CHECK6_TX);
#endif
#ifdef UDP_NO_CHECK6_RX
  sink.Add("UDP_NO_CHECK6_RX", UDP_NO_CHECK6_RX);
#endif
#ifdef UDP_SEGMENT
  sink.Add("UDP_SEGMENT", UDP_SEGMENT);
#endif
#ifdef UDP_GRO
  sink.Add("UDP_GRO", UDP_GRO);
#endif
#ifdef UDP_ENCAP_ESPINUDP_NON_IKE
  sink.Add("UDP_ENCAP_ESPINUDP_NON_IKE", UDP_ENCAP_ESPINUDP_NON_IKE);
#endif
#ifdef UDP_ENCAP_ESPINUDP
  sink.Add("UDP_ENCAP_ESPINUDP", UDP_ENCAP_ESPINUDP);
#endif
#ifdef UDP_ENCAP_L2TPINUDP
  sink.Add("UDP_ENCAP_L2TPINUDP", UDP_ENCAP_L2TPINUDP);
#endif
#ifdef UDP_ENCAP_GTP0
  sink.Add("UDP_ENCAP_GTP0", UDP_ENCAP_GTP0);
#endif
#ifdef UDP_ENCAP_GTP1U
  sink.Add("UDP_ENCAP_GTP1U", UDP_ENCAP_GTP1U);
#endif
#ifdef UDP_ENCAP_RXRPC
  sink.Add("UDP_ENCAP_RXRPC", UDP_ENCAP_RXRPC);
#endif
#ifdef UDP_ESPINUDP_NON_IKE
  sink.Add("UDP_ESPINUDP_NON_IKE", UDP_ESPINUDP_NON_IKE);
#endif
#ifdef UDP_ESPINUDP
  sink.Add("UDP_ESPINUDP", UDP_ESPINUDP);
#endif

#ifdef UDPLITE_SEND_CSCOV
  sink.Add("UDPLITE_SEND_CSCOV", UDPLITE_SEND_CSCOV);
#endif
#ifdef UDPLITE_RECV_CSCOV
  sink.Add("UDPLITE_RECV_CSCOV", UDPLITE_RECV_CSCOV);
#endif
}

}  // namespace sockinet
