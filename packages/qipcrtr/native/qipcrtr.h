// @sock/qipcrtr's native shim: AF_QIPCRTR's constants and struct layouts as
// this platform's headers define them. No syscalls: all socket I/O goes
// through @sock/core.
#ifndef SOCK_QIPCRTR_H_
#define SOCK_QIPCRTR_H_

#include <napi.h>

namespace sockqrtr {

/** The constants of constants.def this platform defines (constants.cc). */
Napi::Object Constants(Napi::Env env);

}  // namespace sockqrtr

#endif  // SOCK_QIPCRTR_H_
