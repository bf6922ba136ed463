// Sizes and field offsets of the netlink structs, so that the TS codecs use
// this platform's layout instead of numbers typed by hand. Null where the
// platform has no netlink headers.
#include "constants.h"

#include <cstddef>

#if __has_include(<linux/rtnetlink.h>)
#include <sys/socket.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/if_addr.h>
#define SOCKNL_HAVE_HEADERS 1
#endif

namespace socknl {

namespace {

Napi::Object Field(Napi::Env env, size_t offset, size_t size) {
  Napi::Object f = Napi::Object::New(env);
  f.Set("offset", Napi::Number::New(env, static_cast<double>(offset)));
  f.Set("size", Napi::Number::New(env, static_cast<double>(size)));
  return f;
}

Napi::Object Struct(Napi::Env env, size_t size) {
  Napi::Object s = Napi::Object::New(env);
  s.Set("size", Napi::Number::New(env, static_cast<double>(size)));
  return s;
}

}  // namespace

#define SOCKNL_FIELD(obj, type, member) \
  obj.Set(#member, Field(env, offsetof(type, member), sizeof(static_cast<type*>(nullptr)->member)))

Napi::Object Layout(Napi::Env env) {
  Napi::Object l = Napi::Object::New(env);
#ifdef SOCKNL_HAVE_HEADERS
  Napi::Object nl = Struct(env, sizeof(sockaddr_nl));
  SOCKNL_FIELD(nl, sockaddr_nl, nl_family);
  SOCKNL_FIELD(nl, sockaddr_nl, nl_pad);
  SOCKNL_FIELD(nl, sockaddr_nl, nl_pid);
  SOCKNL_FIELD(nl, sockaddr_nl, nl_groups);
  l.Set("sockaddr_nl", nl);

  Napi::Object hdr = Struct(env, sizeof(nlmsghdr));
  SOCKNL_FIELD(hdr, nlmsghdr, nlmsg_len);
  SOCKNL_FIELD(hdr, nlmsghdr, nlmsg_type);
  SOCKNL_FIELD(hdr, nlmsghdr, nlmsg_flags);
  SOCKNL_FIELD(hdr, nlmsghdr, nlmsg_seq);
  SOCKNL_FIELD(hdr, nlmsghdr, nlmsg_pid);
  l.Set("nlmsghdr", hdr);

  Napi::Object err = Struct(env, sizeof(nlmsgerr));
  SOCKNL_FIELD(err, nlmsgerr, error);
  SOCKNL_FIELD(err, nlmsgerr, msg);
  l.Set("nlmsgerr", err);

  Napi::Object nla = Struct(env, sizeof(nlattr));
  SOCKNL_FIELD(nla, nlattr, nla_len);
  SOCKNL_FIELD(nla, nlattr, nla_type);
  l.Set("nlattr", nla);

  Napi::Object rta = Struct(env, sizeof(rtattr));
  SOCKNL_FIELD(rta, rtattr, rta_len);
  SOCKNL_FIELD(rta, rtattr, rta_type);
  l.Set("rtattr", rta);

  Napi::Object gen = Struct(env, sizeof(rtgenmsg));
  SOCKNL_FIELD(gen, rtgenmsg, rtgen_family);
  l.Set("rtgenmsg", gen);

  Napi::Object ifi = Struct(env, sizeof(ifinfomsg));
  SOCKNL_FIELD(ifi, ifinfomsg, ifi_family);
  SOCKNL_FIELD(ifi, ifinfomsg, ifi_type);
  SOCKNL_FIELD(ifi, ifinfomsg, ifi_index);
  SOCKNL_FIELD(ifi, ifinfomsg, ifi_flags);
  SOCKNL_FIELD(ifi, ifinfomsg, ifi_change);
  l.Set("ifinfomsg", ifi);

  Napi::Object ifa = Struct(env, sizeof(ifaddrmsg));
  SOCKNL_FIELD(ifa, ifaddrmsg, ifa_family);
  SOCKNL_FIELD(ifa, ifaddrmsg, ifa_prefixlen);
  SOCKNL_FIELD(ifa, ifaddrmsg, ifa_flags);
  SOCKNL_FIELD(ifa, ifaddrmsg, ifa_scope);
  SOCKNL_FIELD(ifa, ifaddrmsg, ifa_index);
  l.Set("ifaddrmsg", ifa);
#endif
  return l;
}

}  // namespace socknl
