// @sock/alg's native shim: AF_ALG's constants and struct layouts as this
// platform's headers define them. No syscalls: all socket I/O goes through
// @sock/core.
#ifndef SOCK_ALG_H_
#define SOCK_ALG_H_

#include <napi.h>

namespace sockalg {

/** The constants of constants.def this platform defines (constants.cc). */
Napi::Object Constants(Napi::Env env);

}  // namespace sockalg

#endif  // SOCK_ALG_H_
