// The -errno convention of @sock's addons: an entry point that makes a
// syscall returns its result when it succeeded and -errno when it failed, and
// throws only for a bad argument (args.h). The TS side pairs a negative
// result with the syscall's name and raises the OSError (core's fromErrno).
#ifndef SOCK_RESULT_H_
#define SOCK_RESULT_H_

#include <errno.h>
#include <napi.h>

#include <sys/types.h>

namespace sock {

/** rc when rc >= 0, else -errno; call it right after the syscall, before anything can clobber errno. */
inline Napi::Value Result(napi_env env, ssize_t rc) {
  return Napi::Number::New(env, rc < 0 ? -static_cast<double>(errno) : static_cast<double>(rc));
}

/** -err for a failure the caller detected itself (err is a positive errno value such as EINVAL). */
inline Napi::Value Failure(napi_env env, int err) { return Napi::Number::New(env, -static_cast<double>(err)); }

}  // namespace sock

#endif  // SOCK_RESULT_H_
