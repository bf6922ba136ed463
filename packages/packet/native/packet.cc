// The @sock/packet addon: the AF_PACKET, Ethernet, ARPHRD and classic BPF
// constants and struct layouts as this platform's headers define them. It
// holds no syscalls: core's addon makes them all, the struct sock_fprog
// setsockopt and the interface ioctls included.
#include <napi.h>

#include "packet.h"

namespace {

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("constants", sockpacket::Constants(env));
  exports.Set("layout", sockpacket::Layout(env));
  return exports;
}

}  // namespace

NODE_API_MODULE(sock_packet, Init)
