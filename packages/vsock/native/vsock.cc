// @sock/vsock native shim: the AF_VSOCK constants (constants.def) and struct
// layouts of <linux/vm_sockets.h>, read from the headers so that values and
// sizes are this platform's own, and the one call core cannot make
// generically (getLocalCid, local_cid.cc). A constant the platform lacks is
// absent. All socket I/O goes through core's addon.
#include <napi.h>

#include <cstddef>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/types.h>

#if defined(__has_include)
#if __has_include(<linux/vm_sockets.h>)
#include <linux/vm_sockets.h>
#endif
#endif

#include <sock/constants.h>
#include <sock/layout.h>

#include "vsock.h"
#include "constants.generated.h"

namespace {

Napi::Object Constants(Napi::Env env) {
  Napi::Object c = Napi::Object::New(env);
  sock::ConstantSink sink(c);
  AddGeneratedConstants(sink);
  return c;
}

Napi::Object Layout(Napi::Env env) {
  Napi::Object l = Napi::Object::New(env);
#ifdef AF_VSOCK
  Napi::Object svm = sock::Struct(env, sizeof(sockaddr_vm));
  SOCK_FIELD_AS(svm, "family", sockaddr_vm, svm_family);
  SOCK_FIELD_AS(svm, "port", sockaddr_vm, svm_port);
  SOCK_FIELD_AS(svm, "cid", sockaddr_vm, svm_cid);
  // svm_flags came with VMADDR_FLAG_TO_HOST (Linux 5.11); older headers call the byte svm_zero[0].
#ifdef VMADDR_FLAG_TO_HOST
  SOCK_FIELD_AS(svm, "flags", sockaddr_vm, svm_flags);
#else
  svm.Set("flags", env.Null());
#endif
  l.Set("sockaddrVm", svm);
#else
  l.Set("sockaddrVm", env.Null());
#endif
  return l;
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("constants", Constants(env));
  exports.Set("layout", Layout(env));
  exports.Set("getLocalCid", Napi::Function::New(env, sockvsock::GetLocalCid, "getLocalCid"));
  return exports;
}

}  // namespace

NODE_API_MODULE(sock_vsock, Init)
