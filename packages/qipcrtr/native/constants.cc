// The constants of constants.def, through the generated emitter, in a file of
// its own (the generated header comes after every other use of the headers).
#include <napi.h>

#include <sock/constants.h>

#include "qipcrtr.h"
#include "constants.generated.h"

namespace sockqrtr {

Napi::Object Constants(Napi::Env env) {
  Napi::Object target = Napi::Object::New(env);
  sock::ConstantSink sink(target);
  AddGeneratedConstants(sink);
  return target;
}

}  // namespace sockqrtr
