// @sock/vsock native shim: the AF_VSOCK constants and struct layouts of
// <linux/vm_sockets.h>, read from the headers so that values and sizes are
// this platform's own, and the one call core cannot make generically
// (getLocalCid, local_cid.cc). Every constant sits behind #ifdef: a name the
// platform lacks is absent. All socket I/O goes through core's addon.
#include <napi.h>

#include <cstddef>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/types.h>

#if defined(__has_include)
#if __has_include(<linux/vm_sockets.h>)
#include <linux/vm_sockets.h>
#endif
#endif

#include "vsock.h"

namespace {

void Set(Napi::Env env, Napi::Object target, const char* name, double value) {
  target.Set(name, Napi::Number::New(env, value));
}

// VMADDR_CID_ANY and friends are `-1U`: the cast keeps them unsigned (4294967295), as Python shows them.
#define SOCK_VSOCK_CONST(obj, name) Set(env, obj, #name, static_cast<double>(name))

Napi::Object Constants(Napi::Env env) {
  Napi::Object c = Napi::Object::New(env);
#ifdef AF_VSOCK
  SOCK_VSOCK_CONST(c, AF_VSOCK);
#endif
#ifdef PF_VSOCK
  SOCK_VSOCK_CONST(c, PF_VSOCK);
#endif
#ifdef SOL_VSOCK
  SOCK_VSOCK_CONST(c, SOL_VSOCK);
#endif
  // Addresses: well-known CIDs, the wildcard port, svm_flags bits.
#ifdef VMADDR_CID_ANY
  SOCK_VSOCK_CONST(c, VMADDR_CID_ANY);
#endif
#ifdef VMADDR_CID_HYPERVISOR
  SOCK_VSOCK_CONST(c, VMADDR_CID_HYPERVISOR);
#endif
#ifdef VMADDR_CID_LOCAL
  SOCK_VSOCK_CONST(c, VMADDR_CID_LOCAL);
#endif
#ifdef VMADDR_CID_RESERVED
  SOCK_VSOCK_CONST(c, VMADDR_CID_RESERVED);
#endif
#ifdef VMADDR_CID_HOST
  SOCK_VSOCK_CONST(c, VMADDR_CID_HOST);
#endif
#ifdef VMADDR_PORT_ANY
  SOCK_VSOCK_CONST(c, VMADDR_PORT_ANY);
#endif
#ifdef VMADDR_FLAG_TO_HOST
  SOCK_VSOCK_CONST(c, VMADDR_FLAG_TO_HOST);
#endif
#ifdef VM_SOCKETS_INVALID_VERSION
  SOCK_VSOCK_CONST(c, VM_SOCKETS_INVALID_VERSION);
#endif
  // Options at level AF_VSOCK, read and written as 64-bit values (CPython's "K").
#ifdef SO_VM_SOCKETS_BUFFER_SIZE
  SOCK_VSOCK_CONST(c, SO_VM_SOCKETS_BUFFER_SIZE);
#endif
#ifdef SO_VM_SOCKETS_BUFFER_MIN_SIZE
  SOCK_VSOCK_CONST(c, SO_VM_SOCKETS_BUFFER_MIN_SIZE);
#endif
#ifdef SO_VM_SOCKETS_BUFFER_MAX_SIZE
  SOCK_VSOCK_CONST(c, SO_VM_SOCKETS_BUFFER_MAX_SIZE);
#endif
#ifdef SO_VM_SOCKETS_PEER_HOST_VM_ID
  SOCK_VSOCK_CONST(c, SO_VM_SOCKETS_PEER_HOST_VM_ID);
#endif
#ifdef SO_VM_SOCKETS_TRUSTED
  SOCK_VSOCK_CONST(c, SO_VM_SOCKETS_TRUSTED);
#endif
  // The connect timeouts take a struct timeval: _OLD the libc one of 64-bit
  // ABIs, _NEW __kernel_sock_timeval (two s64); the unsuffixed name is the
  // one that matches this libc's struct timeval.
#ifdef SO_VM_SOCKETS_CONNECT_TIMEOUT
  SOCK_VSOCK_CONST(c, SO_VM_SOCKETS_CONNECT_TIMEOUT);
#endif
#ifdef SO_VM_SOCKETS_CONNECT_TIMEOUT_OLD
  SOCK_VSOCK_CONST(c, SO_VM_SOCKETS_CONNECT_TIMEOUT_OLD);
#endif
#ifdef SO_VM_SOCKETS_CONNECT_TIMEOUT_NEW
  SOCK_VSOCK_CONST(c, SO_VM_SOCKETS_CONNECT_TIMEOUT_NEW);
#endif
#ifdef SO_VM_SOCKETS_NONBLOCK_TXRX
  SOCK_VSOCK_CONST(c, SO_VM_SOCKETS_NONBLOCK_TXRX);
#endif
  // Level SOL_VSOCK.
#ifdef VSOCK_RECVERR
  SOCK_VSOCK_CONST(c, VSOCK_RECVERR);
#endif
#ifdef IOCTL_VM_SOCKETS_GET_LOCAL_CID
  SOCK_VSOCK_CONST(c, IOCTL_VM_SOCKETS_GET_LOCAL_CID);
#endif
  return c;
}

Napi::Object Field(Napi::Env env, size_t offset, size_t size) {
  Napi::Object f = Napi::Object::New(env);
  Set(env, f, "offset", static_cast<double>(offset));
  Set(env, f, "size", static_cast<double>(size));
  return f;
}

#define SOCK_VSOCK_FIELD(type, member) Field(env, offsetof(type, member), sizeof(static_cast<type*>(nullptr)->member))

Napi::Object Layout(Napi::Env env) {
  Napi::Object l = Napi::Object::New(env);
#ifdef AF_VSOCK
  Napi::Object svm = Napi::Object::New(env);
  Set(env, svm, "size", static_cast<double>(sizeof(sockaddr_vm)));
  svm.Set("family", SOCK_VSOCK_FIELD(sockaddr_vm, svm_family));
  svm.Set("port", SOCK_VSOCK_FIELD(sockaddr_vm, svm_port));
  svm.Set("cid", SOCK_VSOCK_FIELD(sockaddr_vm, svm_cid));
  // svm_flags came with VMADDR_FLAG_TO_HOST (Linux 5.11); older headers call the byte svm_zero[0].
#ifdef VMADDR_FLAG_TO_HOST
  svm.Set("flags", SOCK_VSOCK_FIELD(sockaddr_vm, svm_flags));
#else
  svm.Set("flags", env.Null());
#endif
  l.Set("sockaddrVm", svm);
#else
  l.Set("sockaddrVm", env.Null());
#endif
  Napi::Object tv = Napi::Object::New(env);
  Set(env, tv, "size", static_cast<double>(sizeof(timeval)));
  tv.Set("sec", SOCK_VSOCK_FIELD(timeval, tv_sec));
  tv.Set("usec", SOCK_VSOCK_FIELD(timeval, tv_usec));
  l.Set("timeval", tv);
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
