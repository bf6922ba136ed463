// The @sock/netlink addon: AF_NETLINK's constants (constants.def, through the
// generated emitter) and struct layouts as this platform's headers define
// them. It holds no syscalls: core's addon does all I/O on netlink fds. On a
// platform without <linux/netlink.h> it loads and reports no constants, and
// the family says it is unavailable. The generated header comes last, as the
// kit asks: its enumerator probes must follow every other use.
#include <napi.h>

#include "netlink.h"
#include "constants.generated.h"

namespace {

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  Napi::Object constants = Napi::Object::New(env);
  sock::ConstantSink sink(constants);
  AddGeneratedConstants(sink);
  exports.Set("constants", constants);
  exports.Set("layout", socknl::Layout(env));
  return exports;
}

}  // namespace

NODE_API_MODULE(sock_netlink, Init)
