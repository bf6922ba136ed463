// @example/sock-xdp's native shim: AF_XDP's constants and struct layouts as
// this platform's headers define them. No syscalls: all socket I/O goes
// through @sock/core.
#ifndef SOCK_XDP_H_
#define SOCK_XDP_H_

#include <napi.h>

namespace sockxdp {

/** The constants of constants.def that this platform defines. */
Napi::Object Constants(Napi::Env env);

}  // namespace sockxdp

#endif  // SOCK_XDP_H_
