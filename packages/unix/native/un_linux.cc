#include "un_linux.h"

#if defined(__has_include)
#if __has_include(<linux/un.h>) && __has_include(<linux/sockios.h>)
#include <linux/sockios.h>
#include <linux/un.h>
#endif
#endif

namespace sockunix {

void AddLinuxUnConstants(Napi::Env env, Napi::Object target) {
#ifdef UNIX_PATH_MAX
  target.Set("UNIX_PATH_MAX", Napi::Number::New(env, UNIX_PATH_MAX));
#endif
#ifdef SIOCUNIXFILE
  // ioctl(2) on a connected socket: opens the socket file with O_PATH (Linux 6.x).
  target.Set("SIOCUNIXFILE", Napi::Number::New(env, SIOCUNIXFILE));
#endif
}

}  // namespace sockunix
