// @sock/unix native shim: AF_UNIX constants (constants.def, native/constants.cc)
// and struct layouts, read from the system headers so that values and sizes
// are this platform's own. No syscalls live here; core's addon does all I/O
// on AF_UNIX fds.
#include <napi.h>

#include <sys/socket.h>
#include <sys/types.h>
#include <sys/un.h>
#include <netinet/in.h>

#include <sock/constants.h>
#include <sock/layout.h>

#include "unix.h"

namespace {

Napi::Object Constants(Napi::Env env) {
  Napi::Object c = Napi::Object::New(env);
  sock::ConstantSink sink(c);
  sockunix::AddConstants(sink);
  // sizeof(sun_path) where no header names it (<linux/un.h> calls it UNIX_PATH_MAX).
  if (!c.Has("UNIX_PATH_MAX")) {
    c.Set("UNIX_PATH_MAX", static_cast<double>(sizeof(static_cast<sockaddr_un*>(nullptr)->sun_path)));
  }
  return c;
}

Napi::Object Layout(Napi::Env env) {
  Napi::Object l = Napi::Object::New(env);
  Napi::Object sun = sock::Struct(env, sizeof(sockaddr_un));
  SOCK_FIELD_AS(sun, "family", sockaddr_un, sun_family);
  SOCK_FIELD_AS(sun, "path", sockaddr_un, sun_path);
  // SIN6_LEN is how the headers say that socket addresses carry a length byte (4.4BSD's sa_len).
#ifdef SIN6_LEN
  SOCK_FIELD_AS(sun, "len", sockaddr_un, sun_len);
#else
  sun.Set("len", env.Null());
#endif
  l.Set("sockaddrUn", sun);
  // Linux's abstract namespace (a sun_path starting with NUL) has no feature macro of its own.
#ifdef __linux__
  l.Set("abstractNamespace", Napi::Boolean::New(env, true));
#else
  l.Set("abstractNamespace", Napi::Boolean::New(env, false));
#endif
// struct ucred (SCM_CREDENTIALS, SO_PEERCRED) comes with SCM_CREDENTIALS in the headers that have it.
#ifdef SCM_CREDENTIALS
  Napi::Object cred = sock::Struct(env, sizeof(ucred));
  SOCK_FIELD(cred, ucred, pid);
  SOCK_FIELD(cred, ucred, uid);
  SOCK_FIELD(cred, ucred, gid);
  l.Set("ucred", cred);
#else
  l.Set("ucred", env.Null());
#endif
  l.Set("sizeofGid", static_cast<double>(sizeof(gid_t)));
  l.Set("sizeofPid", static_cast<double>(sizeof(pid_t)));
  return l;
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("constants", Constants(env));
  exports.Set("layout", Layout(env));
  return exports;
}

}  // namespace

NODE_API_MODULE(sock_unix, Init)
