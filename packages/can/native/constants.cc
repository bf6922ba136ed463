// The AF_CAN constants: constants.def, through the generated emitter, read
// against this platform's headers. In a file of its own, as the kit asks:
// the generated header's enumerator probes must come after every other use.
#include <napi.h>

#include <sys/socket.h>

#include "can.h"
#include "constants.generated.h"

namespace sockcan {

Napi::Object Constants(Napi::Env env) {
  Napi::Object target = Napi::Object::New(env);
  sock::ConstantSink sink(target);
  AddGeneratedConstants(sink);
  return target;
}

}  // namespace sockcan
