// The constants of constants.def, through the generated emitter, in a file of
// its own (the generated header comes after every other use of the headers).
#include <napi.h>

#include <sys/socket.h>

#if defined(__has_include)
#if __has_include(<linux/if_alg.h>)
#include <linux/if_alg.h>
// CPython's socket module exports these three with the values below on every
// Linux build: they name the asymmetric-cipher interface proposed for
// algif_akcipher, which mainline <linux/if_alg.h> never gained. Defined only
// where the header lacks them, so a header that has them wins.
#ifndef ALG_SET_PUBKEY
#define ALG_SET_PUBKEY 6
#endif
#ifndef ALG_OP_SIGN
#define ALG_OP_SIGN 2
#endif
#ifndef ALG_OP_VERIFY
#define ALG_OP_VERIFY 3
#endif
#endif
#endif

#include <sock/constants.h>

#include "alg.h"
#include "constants.generated.h"

namespace sockalg {

Napi::Object Constants(Napi::Env env) {
  Napi::Object target = Napi::Object::New(env);
  sock::ConstantSink sink(target);
  AddGeneratedConstants(sink);
  return target;
}

}  // namespace sockalg
