// The pieces of the @sock/netlink addon; netlink.cc joins them.
#ifndef SOCK_NETLINK_NETLINK_H_
#define SOCK_NETLINK_NETLINK_H_

#include <napi.h>

namespace socknl {

/** layout.cc: sizeof/offsetof of the netlink structs, as this platform lays them out. */
Napi::Object Layout(Napi::Env env);

}  // namespace socknl

#endif  // SOCK_NETLINK_NETLINK_H_
