// The constants of constants.def, through the generated emitter, in a file of
// its own (the generated header's enumerator probes come after every other
// use of the headers).
#include <napi.h>

#include <sys/socket.h>

#include <sock/constants.h>

#include "tipc.h"
#include "constants.generated.h"

namespace socktipc {

Napi::Object Constants(Napi::Env env) {
  Napi::Object target = Napi::Object::New(env);
  sock::ConstantSink sink(target);
  AddGeneratedConstants(sink);
  return target;
}

}  // namespace socktipc
