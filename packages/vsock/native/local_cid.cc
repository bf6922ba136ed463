// getLocalCid: open(2) /dev/vsock and ioctl(2) IOCTL_VM_SOCKETS_GET_LOCAL_CID
// on it, the query CPython's test suite makes with fcntl.ioctl. The device
// belongs to the vsock core module (vsock.ko), so it exists whenever a vsock
// transport is loaded, even where no loopback transport is.
#include "vsock.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#if defined(__has_include)
#if __has_include(<linux/vm_sockets.h>)
#include <linux/vm_sockets.h>
#endif
#endif

namespace sockvsock {

namespace {

Napi::Object Failure(Napi::Env env, int err, const char* syscall) {
  Napi::Object o = Napi::Object::New(env);
  o.Set("errno", Napi::Number::New(env, static_cast<double>(err)));
  o.Set("syscall", Napi::String::New(env, syscall));
  return o;
}

}  // namespace

Napi::Value GetLocalCid(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
#ifdef IOCTL_VM_SOCKETS_GET_LOCAL_CID
  int fd;
  do {
    fd = open("/dev/vsock", O_RDONLY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) return Failure(env, errno, "open");
  unsigned int cid = 0;
  int r = ioctl(fd, IOCTL_VM_SOCKETS_GET_LOCAL_CID, &cid);
  int err = r < 0 ? errno : 0;
  close(fd);
  if (r < 0) return Failure(env, err, "ioctl");
  Napi::Object o = Napi::Object::New(env);
  o.Set("cid", Napi::Number::New(env, static_cast<double>(cid)));
  return o;
#else
  return Failure(env, ENOSYS, "ioctl");
#endif
}

}  // namespace sockvsock
