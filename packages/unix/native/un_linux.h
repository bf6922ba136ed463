// Constants that only <linux/un.h> defines. That header declares its own
// struct sockaddr_un, so it cannot share a translation unit with <sys/un.h>.
#ifndef SOCK_UNIX_UN_LINUX_H_
#define SOCK_UNIX_UN_LINUX_H_

#include <napi.h>

namespace sockunix {

/** Adds UNIX_PATH_MAX and SIOCUNIXFILE where <linux/un.h> defines them. */
void AddLinuxUnConstants(Napi::Env env, Napi::Object target);

}  // namespace sockunix

#endif  // SOCK_UNIX_UN_LINUX_H_
