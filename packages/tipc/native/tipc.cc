// Module init: the constants (constants.cc) and the layouts of the structs
// of <linux/tipc.h> the codecs read and write: struct sockaddr_tipc, the
// topology service's struct tipc_subscr and struct tipc_event, and struct
// tipc_group_req. Where the platform has no <linux/tipc.h> the layout object
// is empty and the family reports itself unavailable.
#include <napi.h>

#include <sock/layout.h>

#include <cstddef>
#include <sys/socket.h>

#if defined(__has_include)
#if __has_include(<linux/tipc.h>)
#include <linux/tipc.h>
#define SOCK_TIPC_HAVE_HEADERS 1
#endif
#endif

#include "tipc.h"

namespace {

Napi::Object Layout(Napi::Env env) {
  Napi::Object layout = Napi::Object::New(env);
#ifdef SOCK_TIPC_HAVE_HEADERS
  Napi::Object addr = sock::Struct(env, sizeof(struct sockaddr_tipc));
  SOCK_FIELD_AS(addr, "family", struct sockaddr_tipc, family);
  SOCK_FIELD_AS(addr, "addrtype", struct sockaddr_tipc, addrtype);
  SOCK_FIELD_AS(addr, "scope", struct sockaddr_tipc, scope);
  SOCK_FIELD_AS(addr, "idRef", struct sockaddr_tipc, addr.id.ref);
  SOCK_FIELD_AS(addr, "idNode", struct sockaddr_tipc, addr.id.node);
  SOCK_FIELD_AS(addr, "seqType", struct sockaddr_tipc, addr.nameseq.type);
  SOCK_FIELD_AS(addr, "seqLower", struct sockaddr_tipc, addr.nameseq.lower);
  SOCK_FIELD_AS(addr, "seqUpper", struct sockaddr_tipc, addr.nameseq.upper);
  SOCK_FIELD_AS(addr, "nameType", struct sockaddr_tipc, addr.name.name.type);
  SOCK_FIELD_AS(addr, "nameInstance", struct sockaddr_tipc, addr.name.name.instance);
  SOCK_FIELD_AS(addr, "nameDomain", struct sockaddr_tipc, addr.name.domain);
  addr.Freeze();
  layout.Set("sockaddrTipc", addr);

  Napi::Object subscr = sock::Struct(env, sizeof(struct tipc_subscr));
  SOCK_FIELD_AS(subscr, "type", struct tipc_subscr, seq.type);
  SOCK_FIELD_AS(subscr, "lower", struct tipc_subscr, seq.lower);
  SOCK_FIELD_AS(subscr, "upper", struct tipc_subscr, seq.upper);
  SOCK_FIELD_AS(subscr, "timeout", struct tipc_subscr, timeout);
  SOCK_FIELD_AS(subscr, "filter", struct tipc_subscr, filter);
  SOCK_FIELD_AS(subscr, "usrHandle", struct tipc_subscr, usr_handle);
  subscr.Freeze();
  layout.Set("tipcSubscr", subscr);

  Napi::Object event = sock::Struct(env, sizeof(struct tipc_event));
  SOCK_FIELD_AS(event, "event", struct tipc_event, event);
  SOCK_FIELD_AS(event, "foundLower", struct tipc_event, found_lower);
  SOCK_FIELD_AS(event, "foundUpper", struct tipc_event, found_upper);
  SOCK_FIELD_AS(event, "portRef", struct tipc_event, port.ref);
  SOCK_FIELD_AS(event, "portNode", struct tipc_event, port.node);
  SOCK_FIELD_AS(event, "s", struct tipc_event, s);
  event.Freeze();
  layout.Set("tipcEvent", event);

  Napi::Object group = sock::Struct(env, sizeof(struct tipc_group_req));
  SOCK_FIELD_AS(group, "type", struct tipc_group_req, type);
  SOCK_FIELD_AS(group, "instance", struct tipc_group_req, instance);
  SOCK_FIELD_AS(group, "scope", struct tipc_group_req, scope);
  SOCK_FIELD_AS(group, "flags", struct tipc_group_req, flags);
  group.Freeze();
  layout.Set("tipcGroupReq", group);
#endif
  layout.Freeze();
  return layout;
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  Napi::Object constants = socktipc::Constants(env);
  constants.Freeze();
  exports.Set("constants", constants);
  exports.Set("layout", Layout(env));
  return exports;
}

}  // namespace

NODE_API_MODULE(sock_tipc, Init)
