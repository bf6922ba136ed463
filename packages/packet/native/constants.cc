// The AF_PACKET, Ethernet, ARPHRD and classic BPF constants: constants.def,
// through the generated emitter, read against the kernel's uapi headers. In
// a file of its own, as the kit asks: the generated header's enumerator
// probes must come after every other use.
#include <napi.h>

#include "packet.h"
#include "constants.generated.h"

namespace sockpacket {

Napi::Object Constants(Napi::Env env) {
  Napi::Object target = Napi::Object::New(env);
  sock::ConstantSink sink(target);
  AddGeneratedConstants(sink);
  target.Freeze();
  return target;
}

}  // namespace sockpacket
