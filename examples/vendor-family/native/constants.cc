// The constants of constants.def, through the generated emitter. In a file
// of its own: the generated header's enumerator probes come after every
// other use of the headers.
#include <napi.h>

#include <sock/constants.h>

#include "constants.generated.h"
#include "xdp.h"

namespace sockxdp {

Napi::Object Constants(Napi::Env env) {
  Napi::Object target = Napi::Object::New(env);
  sock::ConstantSink sink(target);
  AddGeneratedConstants(sink);
  return target;
}

}  // namespace sockxdp
