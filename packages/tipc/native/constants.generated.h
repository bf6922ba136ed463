// generated from constants.def by sock-gen-constants — do not edit
#ifndef SOCK_CONSTANTS_GENERATED_H_
#define SOCK_CONSTANTS_GENERATED_H_

#include <sock/constants.h>

#if __has_include(<linux/tipc.h>)
#include <linux/tipc.h>
#endif

/** The constants of constants.def that are macros (read behind #ifdef). */
inline void AddGeneratedMacros(sock::ConstantSink& s) {
  s.Group("AF");
#ifdef AF_TIPC
  s.Add("AF_TIPC", AF_TIPC);
#endif
#ifdef PF_TIPC
  s.Add("PF_TIPC", PF_TIPC);
#endif
  s.Group("SOL");
#ifdef SOL_TIPC
  s.Add("SOL_TIPC", SOL_TIPC);
#endif
  s.Group("ADDR");
#ifdef TIPC_ADDR_NAMESEQ
  s.Add("TIPC_ADDR_NAMESEQ", TIPC_ADDR_NAMESEQ);
#endif
#ifdef TIPC_ADDR_NAME
  s.Add("TIPC_ADDR_NAME", TIPC_ADDR_NAME);
#endif
#ifdef TIPC_ADDR_ID
  s.Add("TIPC_ADDR_ID", TIPC_ADDR_ID);
#endif
#ifdef TIPC_ADDR_MCAST
  s.Add("TIPC_ADDR_MCAST", TIPC_ADDR_MCAST);
#endif
#ifdef TIPC_SERVICE_RANGE
  s.Add("TIPC_SERVICE_RANGE", TIPC_SERVICE_RANGE);
#endif
#ifdef TIPC_SERVICE_ADDR
  s.Add("TIPC_SERVICE_ADDR", TIPC_SERVICE_ADDR);
#endif
#ifdef TIPC_SOCKET_ADDR
  s.Add("TIPC_SOCKET_ADDR", TIPC_SOCKET_ADDR);
#endif
  s.Group("SCOPE");
#ifdef TIPC_ZONE_SCOPE
  s.Add("TIPC_ZONE_SCOPE", TIPC_ZONE_SCOPE);
#endif
  s.Group("SRV");
#ifdef TIPC_CFG_SRV
  s.Add("TIPC_CFG_SRV", TIPC_CFG_SRV);
#endif
#ifdef TIPC_TOP_SRV
  s.Add("TIPC_TOP_SRV", TIPC_TOP_SRV);
#endif
#ifdef TIPC_NODE_STATE
  s.Add("TIPC_NODE_STATE", TIPC_NODE_STATE);
#endif
#ifdef TIPC_LINK_STATE
  s.Add("TIPC_LINK_STATE", TIPC_LINK_STATE);
#endif
#ifdef TIPC_RESERVED_TYPES
  s.Add("TIPC_RESERVED_TYPES", TIPC_RESERVED_TYPES);
#endif
  s.Group("IMPORTANCE");
#ifdef TIPC_LOW_IMPORTANCE
  s.Add("TIPC_LOW_IMPORTANCE", TIPC_LOW_IMPORTANCE);
#endif
#ifdef TIPC_MEDIUM_IMPORTANCE
  s.Add("TIPC_MEDIUM_IMPORTANCE", TIPC_MEDIUM_IMPORTANCE);
#endif
#ifdef TIPC_HIGH_IMPORTANCE
  s.Add("TIPC_HIGH_IMPORTANCE", TIPC_HIGH_IMPORTANCE);
#endif
#ifdef TIPC_CRITICAL_IMPORTANCE
  s.Add("TIPC_CRITICAL_IMPORTANCE", TIPC_CRITICAL_IMPORTANCE);
#endif
  s.Group("OPT");
#ifdef TIPC_IMPORTANCE
  s.Add("TIPC_IMPORTANCE", TIPC_IMPORTANCE);
#endif
#ifdef TIPC_SRC_DROPPABLE
  s.Add("TIPC_SRC_DROPPABLE", TIPC_SRC_DROPPABLE);
#endif
#ifdef TIPC_DEST_DROPPABLE
  s.Add("TIPC_DEST_DROPPABLE", TIPC_DEST_DROPPABLE);
#endif
#ifdef TIPC_CONN_TIMEOUT
  s.Add("TIPC_CONN_TIMEOUT", TIPC_CONN_TIMEOUT);
#endif
#ifdef TIPC_NODE_RECVQ_DEPTH
  s.Add("TIPC_NODE_RECVQ_DEPTH", TIPC_NODE_RECVQ_DEPTH);
#endif
#ifdef TIPC_SOCK_RECVQ_DEPTH
  s.Add("TIPC_SOCK_RECVQ_DEPTH", TIPC_SOCK_RECVQ_DEPTH);
#endif
#ifdef TIPC_MCAST_BROADCAST
  s.Add("TIPC_MCAST_BROADCAST", TIPC_MCAST_BROADCAST);
#endif
#ifdef TIPC_MCAST_REPLICAST
  s.Add("TIPC_MCAST_REPLICAST", TIPC_MCAST_REPLICAST);
#endif
#ifdef TIPC_GROUP_JOIN
  s.Add("TIPC_GROUP_JOIN", TIPC_GROUP_JOIN);
#endif
#ifdef TIPC_GROUP_LEAVE
  s.Add("TIPC_GROUP_LEAVE", TIPC_GROUP_LEAVE);
#endif
#ifdef TIPC_SOCK_RECVQ_USED
  s.Add("TIPC_SOCK_RECVQ_USED", TIPC_SOCK_RECVQ_USED);
#endif
#ifdef TIPC_NODELAY
  s.Add("TIPC_NODELAY", TIPC_NODELAY);
#endif
  s.Group("GROUP");
#ifdef TIPC_GROUP_LOOPBACK
  s.Add("TIPC_GROUP_LOOPBACK", TIPC_GROUP_LOOPBACK);
#endif
#ifdef TIPC_GROUP_MEMBER_EVTS
  s.Add("TIPC_GROUP_MEMBER_EVTS", TIPC_GROUP_MEMBER_EVTS);
#endif
  s.Group("CMSG");
#ifdef TIPC_ERRINFO
  s.Add("TIPC_ERRINFO", TIPC_ERRINFO);
#endif
#ifdef TIPC_RETDATA
  s.Add("TIPC_RETDATA", TIPC_RETDATA);
#endif
#ifdef TIPC_DESTNAME
  s.Add("TIPC_DESTNAME", TIPC_DESTNAME);
#endif
  s.Group("ERR");
#ifdef TIPC_OK
  s.Add("TIPC_OK", TIPC_OK);
#endif
#ifdef TIPC_ERR_NO_NAME
  s.Add("TIPC_ERR_NO_NAME", TIPC_ERR_NO_NAME);
#endif
#ifdef TIPC_ERR_NO_PORT
  s.Add("TIPC_ERR_NO_PORT", TIPC_ERR_NO_PORT);
#endif
#ifdef TIPC_ERR_NO_NODE
  s.Add("TIPC_ERR_NO_NODE", TIPC_ERR_NO_NODE);
#endif
#ifdef TIPC_ERR_OVERLOAD
  s.Add("TIPC_ERR_OVERLOAD", TIPC_ERR_OVERLOAD);
#endif
#ifdef TIPC_CONN_SHUTDOWN
  s.Add("TIPC_CONN_SHUTDOWN", TIPC_CONN_SHUTDOWN);
#endif
  s.Group("SUB");
#ifdef TIPC_SUB_PORTS
  s.Add("TIPC_SUB_PORTS", TIPC_SUB_PORTS);
#endif
#ifdef TIPC_SUB_SERVICE
  s.Add("TIPC_SUB_SERVICE", TIPC_SUB_SERVICE);
#endif
#ifdef TIPC_SUB_CANCEL
  s.Add("TIPC_SUB_CANCEL", TIPC_SUB_CANCEL);
#endif
#ifdef TIPC_WAIT_FOREVER
  s.Add("TIPC_WAIT_FOREVER", TIPC_WAIT_FOREVER);
#endif
  s.Group("EVENT");
#ifdef TIPC_PUBLISHED
  s.Add("TIPC_PUBLISHED", TIPC_PUBLISHED);
#endif
#ifdef TIPC_WITHDRAWN
  s.Add("TIPC_WITHDRAWN", TIPC_WITHDRAWN);
#endif
#ifdef TIPC_SUBSCR_TIMEOUT
  s.Add("TIPC_SUBSCR_TIMEOUT", TIPC_SUBSCR_TIMEOUT);
#endif
  s.Group("LIMIT");
#ifdef TIPC_MAX_USER_MSG_SIZE
  s.Add("TIPC_MAX_USER_MSG_SIZE", TIPC_MAX_USER_MSG_SIZE);
#endif
#ifdef TIPC_NODEID_LEN
  s.Add("TIPC_NODEID_LEN", TIPC_NODEID_LEN);
#endif
#ifdef TIPC_MAX_MEDIA_NAME
  s.Add("TIPC_MAX_MEDIA_NAME", TIPC_MAX_MEDIA_NAME);
#endif
#ifdef TIPC_MAX_IF_NAME
  s.Add("TIPC_MAX_IF_NAME", TIPC_MAX_IF_NAME);
#endif
#ifdef TIPC_MAX_BEARER_NAME
  s.Add("TIPC_MAX_BEARER_NAME", TIPC_MAX_BEARER_NAME);
#endif
#ifdef TIPC_MAX_LINK_NAME
  s.Add("TIPC_MAX_LINK_NAME", TIPC_MAX_LINK_NAME);
#endif
  s.Group("IOCTL");
#ifdef SIOCGETLINKNAME
  s.Add("SIOCGETLINKNAME", SIOCGETLINKNAME);
#endif
#ifdef SIOCGETNODEID
  s.Add("SIOCGETNODEID", SIOCGETNODEID);
#endif
}

// Fallbacks for the enumerators, found by qualified lookup only where the headers declare none (see <sock/constants.h>).
namespace sock_generated_absent {
#ifndef TIPC_CLUSTER_SCOPE
constexpr long long TIPC_CLUSTER_SCOPE = ::sock::kAbsent;
#endif
#ifndef TIPC_NODE_SCOPE
constexpr long long TIPC_NODE_SCOPE = ::sock::kAbsent;
#endif
}  // namespace sock_generated_absent
using namespace sock_generated_absent;

/** The bare enumerators of constants.def, probed by qualified lookup. */
inline void AddGeneratedEnumerators(sock::ConstantSink& s) {
  s.Group("SCOPE");
#ifdef TIPC_CLUSTER_SCOPE
  s.Add("TIPC_CLUSTER_SCOPE", TIPC_CLUSTER_SCOPE);
#else
  s.AddProbed("TIPC_CLUSTER_SCOPE", static_cast<long long>(::TIPC_CLUSTER_SCOPE));
#endif
#ifdef TIPC_NODE_SCOPE
  s.Add("TIPC_NODE_SCOPE", TIPC_NODE_SCOPE);
#else
  s.AddProbed("TIPC_NODE_SCOPE", static_cast<long long>(::TIPC_NODE_SCOPE));
#endif
}

/** Every constant of constants.def this platform's headers define. */
inline void AddGeneratedConstants(sock::ConstantSink& s) {
  AddGeneratedMacros(s);
  AddGeneratedEnumerators(s);
}

#endif  // SOCK_CONSTANTS_GENERATED_H_
