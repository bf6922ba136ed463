// The @sock/packet addon: the AF_PACKET, Ethernet, ARPHRD and classic BPF
// constants and struct layouts as this platform's headers define them, plus
// the one call core cannot make generically: setsockopt with a struct
// sock_fprog, whose pointer to the instructions must be built in C, and
// the interface name/index ioctls CPython makes on the socket itself.
#include <napi.h>

#include "headers.h"
#include "packet.h"

namespace {

Napi::Object Constants(Napi::Env env) {
  Napi::Object target = Napi::Object::New(env);
  sockpacket::ConstantSink sink(target);
  sockpacket::AddPacketConstants(sink);
  sockpacket::AddEtherConstants(sink);
  sockpacket::AddArphrdConstants(sink);
  sockpacket::AddBpfConstants(sink);
  target.Freeze();
  return target;
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("constants", Constants(env));
  exports.Set("layout", sockpacket::Layout(env));
  sockpacket::InitFilter(env, exports);
  sockpacket::InitIfreq(env, exports);
  return exports;
}

}  // namespace

NODE_API_MODULE(sock_packet, Init)
