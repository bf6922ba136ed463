// The @sock/inet addon: the constants and struct layouts of AF_INET and
// AF_INET6 as this platform's headers define them, plus the libc calls the
// family needs beyond core's generic syscalls (resolver, inet_*, netdb).
#include <napi.h>

#include "constants.h"
#include "inet.h"

namespace sockinet {

Napi::Object Constants(Napi::Env env) {
  Napi::Object target = Napi::Object::New(env);
  ConstantSink sink(target);
  sink.Add("AF_INET", AF_INET);
  sink.Add("AF_INET6", AF_INET6);
  AddProtoConstants(sink);
  AddIpConstants(sink);
  AddIpv6Constants(sink);
  AddTransportConstants(sink);
  AddNetdbConstants(sink);
  return target;
}

}  // namespace sockinet

static Napi::Object InitAddon(Napi::Env env, Napi::Object exports) {
  exports.Set("constants", sockinet::Constants(env));
  exports.Set("layout", sockinet::Layout(env));
  sockinet::InitNetdb(env, exports);
  sockinet::InitResolver(env, exports);
  return exports;
}

NODE_API_MODULE(sock_inet, InitAddon)
