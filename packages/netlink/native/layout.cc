// Sizes and field offsets of the netlink structs, so that the TS codecs use
// this platform's layout instead of numbers typed by hand. Null where the
// platform has no netlink headers.
#include <napi.h>

#include <sock/layout.h>

#include "netlink.h"

#if __has_include(<linux/rtnetlink.h>)
#include <sys/socket.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/if_addr.h>
#define SOCKNL_HAVE_HEADERS 1
#endif

namespace socknl {

Napi::Object Layout(Napi::Env env) {
  Napi::Object l = Napi::Object::New(env);
#ifdef SOCKNL_HAVE_HEADERS
  Napi::Object nl = sock::Struct(env, sizeof(sockaddr_nl));
  SOCK_FIELD(nl, sockaddr_nl, nl_family);
  SOCK_FIELD(nl, sockaddr_nl, nl_pad);
  SOCK_FIELD(nl, sockaddr_nl, nl_pid);
  SOCK_FIELD(nl, sockaddr_nl, nl_groups);
  l.Set("sockaddr_nl", nl);

  Napi::Object hdr = sock::Struct(env, sizeof(nlmsghdr));
  SOCK_FIELD(hdr, nlmsghdr, nlmsg_len);
  SOCK_FIELD(hdr, nlmsghdr, nlmsg_type);
  SOCK_FIELD(hdr, nlmsghdr, nlmsg_flags);
  SOCK_FIELD(hdr, nlmsghdr, nlmsg_seq);
  SOCK_FIELD(hdr, nlmsghdr, nlmsg_pid);
  l.Set("nlmsghdr", hdr);

  Napi::Object err = sock::Struct(env, sizeof(nlmsgerr));
  SOCK_FIELD(err, nlmsgerr, error);
  SOCK_FIELD(err, nlmsgerr, msg);
  l.Set("nlmsgerr", err);

  Napi::Object nla = sock::Struct(env, sizeof(nlattr));
  SOCK_FIELD(nla, nlattr, nla_len);
  SOCK_FIELD(nla, nlattr, nla_type);
  l.Set("nlattr", nla);

  Napi::Object rta = sock::Struct(env, sizeof(rtattr));
  SOCK_FIELD(rta, rtattr, rta_len);
  SOCK_FIELD(rta, rtattr, rta_type);
  l.Set("rtattr", rta);

  Napi::Object gen = sock::Struct(env, sizeof(rtgenmsg));
  SOCK_FIELD(gen, rtgenmsg, rtgen_family);
  l.Set("rtgenmsg", gen);

  Napi::Object ifi = sock::Struct(env, sizeof(ifinfomsg));
  SOCK_FIELD(ifi, ifinfomsg, ifi_family);
  SOCK_FIELD(ifi, ifinfomsg, ifi_type);
  SOCK_FIELD(ifi, ifinfomsg, ifi_index);
  SOCK_FIELD(ifi, ifinfomsg, ifi_flags);
  SOCK_FIELD(ifi, ifinfomsg, ifi_change);
  l.Set("ifinfomsg", ifi);

  Napi::Object ifa = sock::Struct(env, sizeof(ifaddrmsg));
  SOCK_FIELD(ifa, ifaddrmsg, ifa_family);
  SOCK_FIELD(ifa, ifaddrmsg, ifa_prefixlen);
  SOCK_FIELD(ifa, ifaddrmsg, ifa_flags);
  SOCK_FIELD(ifa, ifaddrmsg, ifa_scope);
  SOCK_FIELD(ifa, ifaddrmsg, ifa_index);
  l.Set("ifaddrmsg", ifa);
#endif
  return l;
}

}  // namespace socknl
