// The @sock/netlink addon: AF_NETLINK's constants and struct layouts as this
// platform's headers define them. It holds no syscalls: core's addon does all
// I/O on netlink fds. On a platform without <linux/netlink.h> it loads and
// reports no constants, and the family says it is unavailable.
#include <napi.h>

#include "constants.h"

namespace {

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  Napi::Object constants = Napi::Object::New(env);
  Napi::Object groups = Napi::Object::New(env);
  socknl::ConstantSink sink(constants, groups);
  socknl::AddNetlinkConstants(sink);
  socknl::AddRtnetlinkConstants(sink);
  socknl::AddLinkConstants(sink);
  exports.Set("constants", constants);
  exports.Set("groups", groups);
  exports.Set("layout", socknl::Layout(env));
  return exports;
}

}  // namespace

NODE_API_MODULE(sock_netlink, Init)
