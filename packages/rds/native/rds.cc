// Module init: the constants (constants.cc), the layouts of the structs the
// family encodes (sockaddr_in, sockaddr_in6, and the payloads of RDS control
// messages), and the text <-> bytes conversion of IPv4 and IPv6 addresses.
// Where the platform has no <linux/rds.h> the RDS layouts are absent and the
// family reports itself unavailable.
#include <napi.h>

#include <sock/args.h>
#include <sock/layout.h>

#include <arpa/inet.h>
#include <cstddef>
#include <cstring>
#include <netinet/in.h>
#include <string>
#include <sys/socket.h>

#if defined(__has_include)
#if __has_include(<linux/rds.h>)
#include <linux/rds.h>
#define SOCK_RDS_HAVE_HEADERS 1
#endif
#endif

#include "rds.h"

namespace {

Napi::Object Layout(Napi::Env env) {
  Napi::Object layout = Napi::Object::New(env);
  Napi::Object in = sock::Struct(env, sizeof(struct sockaddr_in));
  SOCK_FIELD_AS(in, "family", struct sockaddr_in, sin_family);
  SOCK_FIELD_AS(in, "port", struct sockaddr_in, sin_port);
  SOCK_FIELD_AS(in, "addr", struct sockaddr_in, sin_addr);
  in.Freeze();
  layout.Set("sockaddrIn", in);

  Napi::Object in6 = sock::Struct(env, sizeof(struct sockaddr_in6));
  SOCK_FIELD_AS(in6, "family", struct sockaddr_in6, sin6_family);
  SOCK_FIELD_AS(in6, "port", struct sockaddr_in6, sin6_port);
  SOCK_FIELD_AS(in6, "flowinfo", struct sockaddr_in6, sin6_flowinfo);
  SOCK_FIELD_AS(in6, "addr", struct sockaddr_in6, sin6_addr);
  SOCK_FIELD_AS(in6, "scopeId", struct sockaddr_in6, sin6_scope_id);
  in6.Freeze();
  layout.Set("sockaddrIn6", in6);

#ifdef SOCK_RDS_HAVE_HEADERS
  Napi::Object notify = sock::Struct(env, sizeof(struct rds_rdma_notify));
  SOCK_FIELD_AS(notify, "userToken", struct rds_rdma_notify, user_token);
  SOCK_FIELD(notify, struct rds_rdma_notify, status);
  notify.Freeze();
  layout.Set("rdsRdmaNotify", notify);

  Napi::Object cookies = sock::Struct(env, sizeof(struct rds_zcopy_cookies));
  SOCK_FIELD(cookies, struct rds_zcopy_cookies, num);
  SOCK_FIELD(cookies, struct rds_zcopy_cookies, cookies);
  cookies.Freeze();
  layout.Set("rdsZcopyCookies", cookies);

  Napi::Object trace = sock::Struct(env, sizeof(struct rds_cmsg_rx_trace));
  SOCK_FIELD_AS(trace, "rxTraces", struct rds_cmsg_rx_trace, rx_traces);
  SOCK_FIELD_AS(trace, "rxTracePos", struct rds_cmsg_rx_trace, rx_trace_pos);
  SOCK_FIELD_AS(trace, "rxTrace", struct rds_cmsg_rx_trace, rx_trace);
  trace.Freeze();
  layout.Set("rdsCmsgRxTrace", trace);

  Napi::Object traceSo = sock::Struct(env, sizeof(struct rds_rx_trace_so));
  SOCK_FIELD_AS(traceSo, "rxTraces", struct rds_rx_trace_so, rx_traces);
  SOCK_FIELD_AS(traceSo, "rxTracePos", struct rds_rx_trace_so, rx_trace_pos);
  traceSo.Freeze();
  layout.Set("rdsRxTraceSo", traceSo);
#endif
  layout.Freeze();
  return layout;
}

/** inetPton(af, text): the 4 or 16 address bytes, or null when `text` is not a numeric address of `af`. */
Napi::Value InetPton(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int af = 0;
  if (!sock::ReadInt32(info, 0, "af", &af)) return env.Undefined();
  if (info.Length() < 2 || !info[1].IsString()) {
    sock::ThrowArgType(env, "text", "of type string", info.Length() < 2 ? env.Undefined() : info[1]);
    return env.Undefined();
  }
  if (af != AF_INET && af != AF_INET6) {
    sock::ThrowOutOfRange(env, "af", "AF_INET or AF_INET6", af);
    return env.Undefined();
  }
  std::string text = info[1].As<Napi::String>().Utf8Value();
  if (text.find('\0') != std::string::npos) return env.Null();
  unsigned char out[sizeof(struct in6_addr)];
  if (inet_pton(af, text.c_str(), out) != 1) return env.Null();
  return Napi::Buffer<unsigned char>::Copy(env, out, af == AF_INET ? sizeof(struct in_addr) : sizeof(struct in6_addr));
}

/** inetNtop(af, bytes): the text of a 4-byte (AF_INET) or 16-byte (AF_INET6) address. */
Napi::Value InetNtop(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int af = 0;
  if (!sock::ReadInt32(info, 0, "af", &af)) return env.Undefined();
  sock::ByteView bytes;
  if (!sock::ReadView(info, 1, "bytes", &bytes)) return env.Undefined();
  size_t want = af == AF_INET ? sizeof(struct in_addr) : af == AF_INET6 ? sizeof(struct in6_addr) : 0;
  if (want == 0) {
    sock::ThrowOutOfRange(env, "af", "AF_INET or AF_INET6", af);
    return env.Undefined();
  }
  if (bytes.length != want) {
    sock::ThrowOutOfRange(env, "bytes.length", af == AF_INET ? "4" : "16", static_cast<double>(bytes.length));
    return env.Undefined();
  }
  unsigned char in[sizeof(struct in6_addr)];
  std::memcpy(in, bytes.data, want);
  char text[INET6_ADDRSTRLEN];
  if (inet_ntop(af, in, text, sizeof(text)) == nullptr) return env.Null();
  return Napi::String::New(env, text);
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  Napi::Object constants = sockrds::Constants(env);
  constants.Freeze();
  exports.Set("constants", constants);
  exports.Set("layout", Layout(env));
  exports.Set("inetPton", Napi::Function::New(env, InetPton, "inetPton"));
  exports.Set("inetNtop", Napi::Function::New(env, InetNtop, "inetNtop"));
  return exports;
}

}  // namespace

NODE_API_MODULE(sock_rds, Init)
