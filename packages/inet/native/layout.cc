// Struct layouts the TS codecs need: sockaddr_in/sockaddr_in6 and the
// struct-valued options (ip_mreq, ip_mreqn, ip_mreq_source, ipv6_mreq,
// linger; struct timeval is core's), read with sizeof/offsetof so they are
// right on each platform. A struct the headers lack is absent from the result.
#include <napi.h>

#include <cstddef>
#include <type_traits>

#include "headers.h"
#include "inet.h"

// Structs not every platform declares resolve to these stand-ins (the same
// qualified-lookup fallback constants.h describes for enumerators).
namespace sockinet_absent {
struct ip_mreqn {
  int sockinet_absent_marker;
};
struct ip_mreq_source {
  int sockinet_absent_marker;
};
}  // namespace sockinet_absent
using namespace sockinet_absent;

namespace sockinet {
namespace {

template <typename T, typename = void>
struct Declared : std::true_type {};
template <typename T>
struct Declared<T, std::void_t<decltype(&T::sockinet_absent_marker)>> : std::false_type {};

template <typename T, typename = void>
struct HasSinLen : std::false_type {};
template <typename T>
struct HasSinLen<T, std::void_t<decltype(std::declval<T&>().sin_len)>> : std::true_type {};

template <typename T, typename = void>
struct HasSin6Len : std::false_type {};
template <typename T>
struct HasSin6Len<T, std::void_t<decltype(std::declval<T&>().sin6_len)>> : std::true_type {};

#define FIELD(obj, type, member, key) \
  obj.Set(key, Napi::Number::New(env, static_cast<double>(offsetof(type, member))))
#define SIZE(obj, type) obj.Set("size", Napi::Number::New(env, static_cast<double>(sizeof(type))))

template <typename T>
void AddSinLen(Napi::Env env, Napi::Object o) {
  if constexpr (HasSinLen<T>::value) {
    FIELD(o, T, sin_len, "len");
  } else {
    o.Set("len", Napi::Number::New(env, -1));
  }
}

template <typename T>
void AddSin6Len(Napi::Env env, Napi::Object o) {
  if constexpr (HasSin6Len<T>::value) {
    FIELD(o, T, sin6_len, "len");
  } else {
    o.Set("len", Napi::Number::New(env, -1));
  }
}

Napi::Object SockaddrIn(Napi::Env env) {
  Napi::Object o = Napi::Object::New(env);
  SIZE(o, sockaddr_in);
  FIELD(o, sockaddr_in, sin_family, "family");
  o.Set("familySize", Napi::Number::New(env, sizeof(sockaddr_in::sin_family)));
  FIELD(o, sockaddr_in, sin_port, "port");
  FIELD(o, sockaddr_in, sin_addr, "addr");
  AddSinLen<sockaddr_in>(env, o);
  return o;
}

Napi::Object SockaddrIn6(Napi::Env env) {
  Napi::Object o = Napi::Object::New(env);
  SIZE(o, sockaddr_in6);
  FIELD(o, sockaddr_in6, sin6_family, "family");
  o.Set("familySize", Napi::Number::New(env, sizeof(sockaddr_in6::sin6_family)));
  FIELD(o, sockaddr_in6, sin6_port, "port");
  FIELD(o, sockaddr_in6, sin6_flowinfo, "flowinfo");
  FIELD(o, sockaddr_in6, sin6_addr, "addr");
  FIELD(o, sockaddr_in6, sin6_scope_id, "scopeId");
  AddSin6Len<sockaddr_in6>(env, o);
  return o;
}

template <typename T>
void AddIpMreqn(Napi::Env env, Napi::Object layout) {
  if constexpr (Declared<T>::value) {
    Napi::Object o = Napi::Object::New(env);
    SIZE(o, T);
    FIELD(o, T, imr_multiaddr, "multiaddr");
    FIELD(o, T, imr_address, "address");
    FIELD(o, T, imr_ifindex, "ifindex");
    layout.Set("ipMreqn", o);
  }
}

template <typename T>
void AddIpMreqSource(Napi::Env env, Napi::Object layout) {
  if constexpr (Declared<T>::value) {
    Napi::Object o = Napi::Object::New(env);
    SIZE(o, T);
    FIELD(o, T, imr_multiaddr, "multiaddr");
    FIELD(o, T, imr_interface, "interface");
    FIELD(o, T, imr_sourceaddr, "sourceaddr");
    layout.Set("ipMreqSource", o);
  }
}

}  // namespace

Napi::Object Layout(Napi::Env env) {
  Napi::Object layout = Napi::Object::New(env);
  layout.Set("sockaddrIn", SockaddrIn(env));
  layout.Set("sockaddrIn6", SockaddrIn6(env));

  Napi::Object mreq = Napi::Object::New(env);
  SIZE(mreq, ip_mreq);
  FIELD(mreq, ip_mreq, imr_multiaddr, "multiaddr");
  FIELD(mreq, ip_mreq, imr_interface, "interface");
  layout.Set("ipMreq", mreq);
  AddIpMreqn<::ip_mreqn>(env, layout);
  AddIpMreqSource<::ip_mreq_source>(env, layout);

  Napi::Object mreq6 = Napi::Object::New(env);
  SIZE(mreq6, ipv6_mreq);
  FIELD(mreq6, ipv6_mreq, ipv6mr_multiaddr, "multiaddr");
  FIELD(mreq6, ipv6_mreq, ipv6mr_interface, "interface");
  layout.Set("ipv6Mreq", mreq6);

  Napi::Object lg = Napi::Object::New(env);
  SIZE(lg, linger);
  FIELD(lg, linger, l_onoff, "onoff");
  FIELD(lg, linger, l_linger, "linger");
  lg.Set("fieldSize", Napi::Number::New(env, sizeof(linger::l_onoff)));
  layout.Set("linger", lg);

  layout.Set("tcpInfo", TcpInfoLayout(env));
  return layout;
}

}  // namespace sockinet
