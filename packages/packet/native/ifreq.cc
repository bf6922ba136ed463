// Interface name <-> index through ioctl(2) on a socket the caller owns, as
// CPython's AF_PACKET address code does (SIOCGIFINDEX to encode, SIOCGIFNAME
// to decode): one syscall, answered in that socket's network namespace,
// where libc's if_nametoindex(3) / if_indextoname(3) open and close a socket
// of their own on every call.
#include <napi.h>

#include <cerrno>
#include <cstring>
#include <string>

#include <sys/ioctl.h>

#include "headers.h"
#include "packet.h"

namespace sockpacket {
namespace {

bool ReadFd(const Napi::CallbackInfo& info, int* fd) {
  if (!info[0].IsNumber()) {
    napi_throw_type_error(info.Env(), "ERR_INVALID_ARG_TYPE", "The \"fd\" argument must be of type number");
    return false;
  }
  double d = info[0].As<Napi::Number>().DoubleValue();
  if (!(d >= 0 && d <= 0x7fffffff) || static_cast<double>(static_cast<int>(d)) != d) {
    napi_throw_range_error(info.Env(), "ERR_OUT_OF_RANGE", "The value of \"fd\" is out of range");
    return false;
  }
  *fd = static_cast<int>(d);
  return true;
}

#if defined(SOCK_PACKET_HAVE_LINUX) && defined(SIOCGIFINDEX) && defined(SIOCGIFNAME)

/** ifNameToIndex(fd, name): the index, or -errno (-ENODEV for an unknown or over-long name). */
Napi::Value IfNameToIndex(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int fd = 0;
  if (!ReadFd(info, &fd)) return env.Undefined();
  if (!info[1].IsString()) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "The \"ifname\" argument must be of type string");
    return env.Undefined();
  }
  std::string name = info[1].As<Napi::String>().Utf8Value();
  if (name.find('\0') != std::string::npos) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_VALUE", "The argument 'ifname' must not contain null bytes");
    return env.Undefined();
  }
  ifreq ifr{};
  if (name.size() >= sizeof(ifr.ifr_name)) return Napi::Number::New(env, -ENODEV);
  std::memcpy(ifr.ifr_name, name.data(), name.size());
  if (::ioctl(fd, SIOCGIFINDEX, &ifr) < 0) return Napi::Number::New(env, -errno);
  return Napi::Number::New(env, ifr.ifr_ifindex);
}

/** ifIndexToName(fd, index): the name, or -errno (-ENODEV when no interface has the index). */
Napi::Value IfIndexToName(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int fd = 0;
  if (!ReadFd(info, &fd)) return env.Undefined();
  if (!info[1].IsNumber()) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "The \"index\" argument must be of type number");
    return env.Undefined();
  }
  double d = info[1].As<Napi::Number>().DoubleValue();
  if (!(d >= -2147483648.0 && d <= 2147483647.0) || static_cast<double>(static_cast<int>(d)) != d) {
    napi_throw_range_error(env, "ERR_OUT_OF_RANGE", "The value of \"index\" is out of range");
    return env.Undefined();
  }
  ifreq ifr{};
  ifr.ifr_ifindex = static_cast<int>(d);
  if (::ioctl(fd, SIOCGIFNAME, &ifr) < 0) return Napi::Number::New(env, -errno);
  ifr.ifr_name[sizeof(ifr.ifr_name) - 1] = '\0';
  return Napi::String::New(env, ifr.ifr_name, strnlen(ifr.ifr_name, sizeof(ifr.ifr_name)));
}

#else

Napi::Value Unsupported(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), -EAFNOSUPPORT);
}
#define IfNameToIndex Unsupported
#define IfIndexToName Unsupported

#endif

}  // namespace

void InitIfreq(Napi::Env env, Napi::Object exports) {
  exports.Set("ifNameToIndex", Napi::Function::New(env, IfNameToIndex, "ifNameToIndex"));
  exports.Set("ifIndexToName", Napi::Function::New(env, IfIndexToName, "ifIndexToName"));
}

}  // namespace sockpacket
