// The small libc calls of Python's socket module for inet: inet_aton,
// inet_pton, inet_ntop, gethostname, sethostname, getservbyname,
// getservbyport, getprotobyname, gai_strerror and hstrerror. None of them
// waits on the network. Failures return -errno (or null where libc has no
// errno for them), never throw for OS errors.
#include <napi.h>

#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <mutex>
#include <string>

#include <sock/args.h>
#include <sock/result.h>

#include "cstring.h"
#include "headers.h"
#include "inet.h"

namespace sockinet {
namespace {

// getservbyname & co. return pointers into static storage; one lock keeps
// two threads (worker_threads) from reading each other's results.
std::mutex netdbLock;

Napi::Value Copy(Napi::Env env, const void* data, size_t length) {
  return Napi::Buffer<uint8_t>::Copy(env, static_cast<const uint8_t*>(data), length);
}

/** inet_aton(3): 4 bytes, or null for a string libc refuses. Accepts the short forms ('127.1'). */
Napi::Value InetAton(const Napi::CallbackInfo& info) {
  std::string text;
  bool present = false;
  if (!ReadCString(info, 0, "ip_string", false, &text, &present)) return info.Env().Undefined();
  in_addr addr{};
  if (inet_aton(text.c_str(), &addr) == 0) return info.Env().Null();
  return Copy(info.Env(), &addr, sizeof addr);
}

/** inet_pton(3): 4 or 16 bytes, null for an invalid string, -errno for a bad family. */
Napi::Value InetPton(const Napi::CallbackInfo& info) {
  int af = 0;
  std::string text;
  bool present = false;
  if (!sock::ReadInt32(info, 0, "af", &af) || !ReadCString(info, 1, "ip_string", false, &text, &present)) {
    return info.Env().Undefined();
  }
  unsigned char out[sizeof(in6_addr)] = {};
  int r = inet_pton(af, text.c_str(), out);
  if (r < 0) return sock::Result(info.Env(), r);
  if (r == 0) return info.Env().Null();
  return Copy(info.Env(), out, af == AF_INET ? sizeof(in_addr) : sizeof(in6_addr));
}

/** inet_ntop(3) of exactly 4 (AF_INET) or 16 (AF_INET6) bytes; other families give -EAFNOSUPPORT. */
Napi::Value InetNtop(const Napi::CallbackInfo& info) {
  int af = 0;
  sock::ByteView packed;
  if (!sock::ReadInt32(info, 0, "af", &af) || !sock::ReadView(info, 1, "packed_ip", &packed)) {
    return info.Env().Undefined();
  }
  size_t want = af == AF_INET ? sizeof(in_addr) : af == AF_INET6 ? sizeof(in6_addr) : 0;
  if (want == 0) return sock::Failure(info.Env(), EAFNOSUPPORT);
  if (packed.length != want) {
    sock::ThrowRangeError(info.Env(), "invalid length of packed IP address string");
    return info.Env().Undefined();
  }
  unsigned char addr[sizeof(in6_addr)] = {};
  std::memcpy(addr, packed.data, want);
  char text[INET6_ADDRSTRLEN] = {};
  if (inet_ntop(af, addr, text, sizeof text) == nullptr) return sock::Result(info.Env(), -1);
  return Napi::String::New(info.Env(), text);
}

/** gethostname(2) */
Napi::Value Gethostname(const Napi::CallbackInfo& info) {
  char name[1024 + 1] = {};
  if (gethostname(name, sizeof name - 1) < 0) return sock::Result(info.Env(), -1);
  return Napi::String::New(info.Env(), name);
}

/** sethostname(2) with the given bytes; returns 0 or -errno. */
Napi::Value Sethostname(const Napi::CallbackInfo& info) {
  sock::ByteView bytes;
  if (!sock::ReadView(info, 0, "name", &bytes)) return info.Env().Undefined();
  std::string name(reinterpret_cast<const char*>(bytes.data), bytes.length);
  return sock::Result(info.Env(), sethostname(name.data(), name.size()));
}

/** getservbyname(3): the port in host order, or -1 when not found. */
Napi::Value Getservbyname(const Napi::CallbackInfo& info) {
  std::string name, proto;
  bool hasName = false, hasProto = false;
  if (!ReadCString(info, 0, "servicename", false, &name, &hasName) ||
      !ReadCString(info, 1, "protocolname", true, &proto, &hasProto)) {
    return info.Env().Undefined();
  }
  std::lock_guard<std::mutex> hold(netdbLock);
  servent* s = getservbyname(name.c_str(), hasProto ? proto.c_str() : nullptr);
  return Napi::Number::New(info.Env(), s == nullptr ? -1 : ntohs(static_cast<uint16_t>(s->s_port)));
}

/** getservbyport(3) of a port in host order: the service name, or null. */
Napi::Value Getservbyport(const Napi::CallbackInfo& info) {
  double port = 0;
  std::string proto;
  bool hasProto = false;
  if (!sock::ReadInteger(info, 0, "port", 0, 65535, &port) || !ReadCString(info, 1, "protocolname", true, &proto, &hasProto)) {
    return info.Env().Undefined();
  }
  std::lock_guard<std::mutex> hold(netdbLock);
  servent* s = getservbyport(htons(static_cast<uint16_t>(port)), hasProto ? proto.c_str() : nullptr);
  if (s == nullptr) return info.Env().Null();
  return Napi::String::New(info.Env(), s->s_name);
}

/** getprotobyname(3): the protocol number, or -1 when not found. */
Napi::Value Getprotobyname(const Napi::CallbackInfo& info) {
  std::string name;
  bool present = false;
  if (!ReadCString(info, 0, "protocolname", false, &name, &present)) return info.Env().Undefined();
  std::lock_guard<std::mutex> hold(netdbLock);
  protoent* p = getprotobyname(name.c_str());
  return Napi::Number::New(info.Env(), p == nullptr ? -1 : p->p_proto);
}

Napi::Value GaiStrerror(const Napi::CallbackInfo& info) {
  int code = 0;
  if (!sock::ReadInt32(info, 0, "code", &code)) return info.Env().Undefined();
  return Napi::String::New(info.Env(), gai_strerror(code));
}

/** hstrerror(3), the text Python's herror carries. */
Napi::Value Hstrerror(const Napi::CallbackInfo& info) {
  int code = 0;
  if (!sock::ReadInt32(info, 0, "code", &code)) return info.Env().Undefined();
  return Napi::String::New(info.Env(), hstrerror(code));
}

}  // namespace

void InitNetdb(Napi::Env env, Napi::Object exports) {
  exports.Set("inetAton", Napi::Function::New(env, InetAton, "inetAton"));
  exports.Set("inetPton", Napi::Function::New(env, InetPton, "inetPton"));
  exports.Set("inetNtop", Napi::Function::New(env, InetNtop, "inetNtop"));
  exports.Set("gethostname", Napi::Function::New(env, Gethostname, "gethostname"));
  exports.Set("sethostname", Napi::Function::New(env, Sethostname, "sethostname"));
  exports.Set("getservbyname", Napi::Function::New(env, Getservbyname, "getservbyname"));
  exports.Set("getservbyport", Napi::Function::New(env, Getservbyport, "getservbyport"));
  exports.Set("getprotobyname", Napi::Function::New(env, Getprotobyname, "getprotobyname"));
  exports.Set("gaiStrerror", Napi::Function::New(env, GaiStrerror, "gaiStrerror"));
  exports.Set("hstrerror", Napi::Function::New(env, Hstrerror, "hstrerror"));
}

}  // namespace sockinet
