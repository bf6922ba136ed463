// @sock/unix native shim: AF_UNIX constants and struct layouts, read from
// the system headers so that values and sizes are this platform's own.
// Every constant sits behind #ifdef: a name the platform lacks is absent.
// No syscalls live here; core's addon does all I/O on AF_UNIX fds.
#include <napi.h>

#include <cstddef>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/un.h>
#include <netinet/in.h>

#include "un_linux.h"

namespace {

void Set(Napi::Env env, Napi::Object target, const char* name, double value) {
  target.Set(name, Napi::Number::New(env, value));
}

#define SOCK_UNIX_CONST(obj, name) Set(env, obj, #name, static_cast<double>(name))

Napi::Object Constants(Napi::Env env) {
  Napi::Object c = Napi::Object::New(env);
#ifdef AF_UNIX
  SOCK_UNIX_CONST(c, AF_UNIX);
#endif
#ifdef PF_UNIX
  SOCK_UNIX_CONST(c, PF_UNIX);
#endif
#ifdef AF_LOCAL
  SOCK_UNIX_CONST(c, AF_LOCAL);
#endif
#ifdef PF_LOCAL
  SOCK_UNIX_CONST(c, PF_LOCAL);
#endif
#ifdef AF_FILE
  SOCK_UNIX_CONST(c, AF_FILE);
#endif
#ifdef PF_FILE
  SOCK_UNIX_CONST(c, PF_FILE);
#endif
  // Ancillary message types (cmsg_type at level SOL_SOCKET).
#ifdef SCM_RIGHTS
  SOCK_UNIX_CONST(c, SCM_RIGHTS);
#endif
#ifdef SCM_CREDENTIALS
  SOCK_UNIX_CONST(c, SCM_CREDENTIALS);
#endif
#ifdef SCM_SECURITY
  SOCK_UNIX_CONST(c, SCM_SECURITY);
#endif
#ifdef SCM_PIDFD
  SOCK_UNIX_CONST(c, SCM_PIDFD);
#endif
#ifdef SCM_CREDS
  SOCK_UNIX_CONST(c, SCM_CREDS);
#endif
#ifdef SCM_CREDS2
  SOCK_UNIX_CONST(c, SCM_CREDS2);
#endif
  // SOL_SOCKET options that only AF_UNIX sockets answer (Linux).
#ifdef SO_PASSCRED
  SOCK_UNIX_CONST(c, SO_PASSCRED);
#endif
#ifdef SO_PASSPIDFD
  SOCK_UNIX_CONST(c, SO_PASSPIDFD);
#endif
#ifdef SO_PASSRIGHTS
  SOCK_UNIX_CONST(c, SO_PASSRIGHTS);
#endif
#ifdef SO_PASSSEC
  SOCK_UNIX_CONST(c, SO_PASSSEC);
#endif
#ifdef SO_PEERCRED
  SOCK_UNIX_CONST(c, SO_PEERCRED);
#endif
#ifdef SO_PEERGROUPS
  SOCK_UNIX_CONST(c, SO_PEERGROUPS);
#endif
#ifdef SO_PEERPIDFD
  SOCK_UNIX_CONST(c, SO_PEERPIDFD);
#endif
#ifdef SO_PEERSEC
  SOCK_UNIX_CONST(c, SO_PEERSEC);
#endif
  // Level SOL_LOCAL / 0 options of the BSDs and macOS.
#ifdef SOL_LOCAL
  SOCK_UNIX_CONST(c, SOL_LOCAL);
#endif
#ifdef LOCAL_CONNWAIT
  SOCK_UNIX_CONST(c, LOCAL_CONNWAIT);
#endif
#ifdef LOCAL_CREDS
  SOCK_UNIX_CONST(c, LOCAL_CREDS);
#endif
#ifdef LOCAL_CREDS_PERSISTENT
  SOCK_UNIX_CONST(c, LOCAL_CREDS_PERSISTENT);
#endif
#ifdef LOCAL_OCREDS
  SOCK_UNIX_CONST(c, LOCAL_OCREDS);
#endif
#ifdef LOCAL_PEERCRED
  SOCK_UNIX_CONST(c, LOCAL_PEERCRED);
#endif
#ifdef LOCAL_PEEREPID
  SOCK_UNIX_CONST(c, LOCAL_PEEREPID);
#endif
#ifdef LOCAL_PEEREUUID
  SOCK_UNIX_CONST(c, LOCAL_PEEREUUID);
#endif
#ifdef LOCAL_PEERPID
  SOCK_UNIX_CONST(c, LOCAL_PEERPID);
#endif
#ifdef LOCAL_PEERUUID
  SOCK_UNIX_CONST(c, LOCAL_PEERUUID);
#endif
#ifdef LOCAL_VENDOR
  SOCK_UNIX_CONST(c, LOCAL_VENDOR);
#endif
  // sizeof(sun_path); <linux/un.h> calls it UNIX_PATH_MAX, other systems have no name for it.
  Set(env, c, "UNIX_PATH_MAX", static_cast<double>(sizeof(static_cast<sockaddr_un*>(nullptr)->sun_path)));
  sockunix::AddLinuxUnConstants(env, c);
  return c;
}

Napi::Object Field(Napi::Env env, size_t offset, size_t size) {
  Napi::Object f = Napi::Object::New(env);
  Set(env, f, "offset", static_cast<double>(offset));
  Set(env, f, "size", static_cast<double>(size));
  return f;
}

#define SOCK_UNIX_FIELD(type, member) Field(env, offsetof(type, member), sizeof(static_cast<type*>(nullptr)->member))

Napi::Object Layout(Napi::Env env) {
  Napi::Object l = Napi::Object::New(env);
  Napi::Object sun = Napi::Object::New(env);
  Set(env, sun, "size", static_cast<double>(sizeof(sockaddr_un)));
  sun.Set("family", SOCK_UNIX_FIELD(sockaddr_un, sun_family));
  sun.Set("path", SOCK_UNIX_FIELD(sockaddr_un, sun_path));
  // SIN6_LEN is how the headers say that socket addresses carry a length byte (4.4BSD's sa_len).
#ifdef SIN6_LEN
  sun.Set("len", SOCK_UNIX_FIELD(sockaddr_un, sun_len));
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
  Napi::Object cred = Napi::Object::New(env);
  Set(env, cred, "size", static_cast<double>(sizeof(ucred)));
  cred.Set("pid", SOCK_UNIX_FIELD(ucred, pid));
  cred.Set("uid", SOCK_UNIX_FIELD(ucred, uid));
  cred.Set("gid", SOCK_UNIX_FIELD(ucred, gid));
  l.Set("ucred", cred);
#else
  l.Set("ucred", env.Null());
#endif
  Set(env, l, "sizeofGid", static_cast<double>(sizeof(gid_t)));
  Set(env, l, "sizeofPid", static_cast<double>(sizeof(pid_t)));
  return l;
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("constants", Constants(env));
  exports.Set("layout", Layout(env));
  return exports;
}

}  // namespace

NODE_API_MODULE(sock_unix, Init)
