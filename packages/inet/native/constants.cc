// The inet constants: constants.def, through the generated emitter, read
// against this platform's headers (headers.h first, for the UDP-Lite option
// names Linux does not export). In a file of its own, as the kit asks: the
// generated header's enumerator probes must come after every other use.
#include <napi.h>

#include "headers.h"
#include "inet.h"
#include "constants.generated.h"

namespace sockinet {

Napi::Object Constants(Napi::Env env) {
  Napi::Object target = Napi::Object::New(env);
  sock::ConstantSink sink(target);
  AddGeneratedConstants(sink);
  return target;
}

}  // namespace sockinet
