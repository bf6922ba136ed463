// The interface ioctls a family makes on its own socket: SIOCGIFINDEX and
// SIOCGIFNAME fill a struct ifreq (AF_CAN and AF_PACKET resolve names this
// way, as CPython does for AF_CAN). Unlike if_nametoindex(3) they ask the
// socket's network namespace and open no socket of their own.
#include <errno.h>
#include <net/if.h>
#include <string.h>
#include <sys/ioctl.h>

#include <sock/args.h>
#include <sock/result.h>

#include <string>

#include "kit.h"

namespace sockcore {
namespace {

/** ifNameToIndex(fd, name): ioctl(fd, SIOCGIFINDEX): the index, or -errno (-ENODEV for a name too long for ifr_name). */
Napi::Value IfNameToIndex(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int fd;
  if (!sock::ReadFd(info, 0, "fd", &fd)) return {};
  if (!info[1].IsString()) {
    sock::ThrowArgType(env, "name", "of type string", info[1]);
    return {};
  }
  std::string name = info[1].As<Napi::String>().Utf8Value();
  if (name.find('\0') != std::string::npos) {
    sock::ThrowTypeError(env, "ERR_INVALID_ARG_VALUE", "The argument 'name' must be a string without null bytes.");
    return {};
  }
#ifdef SIOCGIFINDEX
  struct ifreq ifr;
  memset(&ifr, 0, sizeof ifr);
  // The kernel cuts ifr_name at IFNAMSIZ - 1: a longer name would name another device.
  if (name.size() >= sizeof ifr.ifr_name) return sock::Failure(env, ENODEV);
  memcpy(ifr.ifr_name, name.data(), name.size());
  if (::ioctl(fd, SIOCGIFINDEX, &ifr) < 0) return sock::Result(env, -1);
  return Napi::Number::New(env, static_cast<double>(ifr.ifr_ifindex));
#else
  return sock::Failure(env, EOPNOTSUPP);
#endif
}

/** ifIndexToName(fd, index): ioctl(fd, SIOCGIFNAME): the name, or -errno. */
Napi::Value IfIndexToName(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int fd;
  double index = 0;
  if (!sock::ReadFd(info, 0, "fd", &fd) || !sock::ReadInteger(info, 1, "index", 0, INT32_MAX, &index)) return {};
#ifdef SIOCGIFNAME
  struct ifreq ifr;
  memset(&ifr, 0, sizeof ifr);
  ifr.ifr_ifindex = static_cast<int>(index);
  if (::ioctl(fd, SIOCGIFNAME, &ifr) < 0) return sock::Result(env, -1);
  return Napi::String::New(env, ifr.ifr_name, strnlen(ifr.ifr_name, sizeof ifr.ifr_name));
#else
  return sock::Failure(env, EOPNOTSUPP);
#endif
}

}  // namespace

void InitInterfaces(Napi::Env env, Napi::Object exports) {
  exports.Set("ifNameToIndex", Napi::Function::New<IfNameToIndex>(env, "ifNameToIndex"));
  exports.Set("ifIndexToName", Napi::Function::New<IfIndexToName>(env, "ifIndexToName"));
}

}  // namespace sockcore
