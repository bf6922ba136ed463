// The @sock/inet addon: the constants and struct layouts of AF_INET and
// AF_INET6 as this platform's headers define them, plus the libc calls the
// family needs beyond core's generic syscalls (resolver, inet_*, netdb).
#include <napi.h>

#include "inet.h"

static Napi::Object InitAddon(Napi::Env env, Napi::Object exports) {
  exports.Set("constants", sockinet::Constants(env));
  exports.Set("layout", sockinet::Layout(env));
  sockinet::InitNetdb(env, exports);
  sockinet::InitResolver(env, exports);
  return exports;
}

NODE_API_MODULE(sock_inet, InitAddon)
