// @sock/rds's native shim: AF_RDS's constants and struct layouts as this
// platform's headers define them, and inet_pton(3)/inet_ntop(3) for the
// sockaddr_in and sockaddr_in6 addresses RDS binds to. All socket I/O goes
// through @sock/core.
#ifndef SOCK_RDS_H_
#define SOCK_RDS_H_

#include <napi.h>

namespace sockrds {

/** The constants of constants.def this platform defines (constants.cc). */
Napi::Object Constants(Napi::Env env);

}  // namespace sockrds

#endif  // SOCK_RDS_H_
