// @sock/tipc's native shim: AF_TIPC's constants and struct layouts as this
// platform's headers define them. No syscalls: all socket I/O goes through
// @sock/core.
#ifndef SOCK_TIPC_H_
#define SOCK_TIPC_H_

#include <napi.h>

namespace socktipc {

/** The constants of constants.def this platform defines (constants.cc). */
Napi::Object Constants(Napi::Env env);

}  // namespace socktipc

#endif  // SOCK_TIPC_H_
