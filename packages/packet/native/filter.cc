// The calls that hand the kernel a struct sock_fprog: its `filter` member is
// a pointer, so the struct cannot be built as bytes in JS and passed through
// core's setsockoptBytes. Both entries follow core's conventions: an OS
// failure comes back as -errno; a wrong argument throws a coded
// TypeError/RangeError; no length from the caller is trusted.
#include <napi.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "headers.h"
#include "packet.h"

namespace sockpacket {
namespace {

void Throw(Napi::Env env, bool range, const char* code, const std::string& message) {
  if (range) {
    napi_throw_range_error(env, code, message.c_str());
  } else {
    napi_throw_type_error(env, code, message.c_str());
  }
}

bool ReadInt32(const Napi::CallbackInfo& info, size_t index, const char* name, int* out) {
  Napi::Value v = info[index];
  if (!v.IsNumber()) {
    Throw(info.Env(), false, "ERR_INVALID_ARG_TYPE", std::string("The \"") + name + "\" argument must be of type number");
    return false;
  }
  double d = v.As<Napi::Number>().DoubleValue();
  if (!(d >= INT_MIN && d <= INT_MAX) || std::trunc(d) != d) {
    Throw(info.Env(), true, "ERR_OUT_OF_RANGE", std::string("The value of \"") + name + "\" is out of range");
    return false;
  }
  *out = static_cast<int>(d);
  return true;
}

/** The bytes of a Buffer/TypedArray/DataView; a detached view gives zero bytes. */
bool ReadBytes(const Napi::CallbackInfo& info, size_t index, const char* name, const uint8_t** data, size_t* length) {
  napi_env env = info.Env();
  napi_value value = info[index];
  bool is = false;
  void* base = nullptr;
  size_t count = 0;
  size_t offset = 0;
  napi_value buffer;
  if (napi_is_typedarray(env, value, &is) == napi_ok && is) {
    napi_typedarray_type type;
    if (napi_get_typedarray_info(env, value, &type, &count, &base, &buffer, &offset) == napi_ok) {
      size_t size = 1;
      switch (type) {
        case napi_int16_array:
        case napi_uint16_array: size = 2; break;
        case napi_int32_array:
        case napi_uint32_array:
        case napi_float32_array: size = 4; break;
        case napi_float64_array:
        case napi_bigint64_array:
        case napi_biguint64_array: size = 8; break;
        default: break;
      }
      *data = static_cast<const uint8_t*>(base);
      *length = base == nullptr ? 0 : count * size;
      return true;
    }
  } else if (napi_is_dataview(env, value, &is) == napi_ok && is) {
    if (napi_get_dataview_info(env, value, &count, &base, &buffer, &offset) == napi_ok) {
      *data = static_cast<const uint8_t*>(base);
      *length = base == nullptr ? 0 : count;
      return true;
    }
  }
  Throw(env, false, "ERR_INVALID_ARG_TYPE",
        std::string("The \"") + name + "\" argument must be an instance of Buffer, TypedArray, or DataView");
  return false;
}

#ifdef SOCK_PACKET_HAVE_LINUX

/**
 * setsockoptFprog(fd, level, option, program): setsockopt(2) with a struct
 * sock_fprog over `program`, the packed struct sock_filter array
 * (SO_ATTACH_FILTER, SO_ATTACH_REUSEPORT_CBPF, PACKET_FANOUT_DATA). Returns 0
 * or -errno.
 */
Napi::Value SetsockoptFprog(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int fd = 0;
  int level = 0;
  int option = 0;
  const uint8_t* data = nullptr;
  size_t length = 0;
  if (!ReadInt32(info, 0, "fd", &fd) || !ReadInt32(info, 1, "level", &level) || !ReadInt32(info, 2, "option", &option) ||
      !ReadBytes(info, 3, "program", &data, &length)) {
    return env.Undefined();
  }
  constexpr size_t kMax = static_cast<decltype(sock_fprog::len)>(~0u);
  if (length % sizeof(sock_filter) != 0 || length / sizeof(sock_filter) > kMax) {
    Throw(env, true, "ERR_OUT_OF_RANGE",
          "The \"program\" argument must hold a whole number of struct sock_filter, at most " + std::to_string(kMax));
    return env.Undefined();
  }
  // A copy: the caller's bytes may be unaligned for struct sock_filter.
  std::vector<sock_filter> insns(length / sizeof(sock_filter));
  if (length > 0) std::memcpy(insns.data(), data, length);
  sock_fprog prog{};
  prog.len = static_cast<decltype(prog.len)>(insns.size());
  prog.filter = insns.empty() ? nullptr : insns.data();
  int r = ::setsockopt(fd, level, option, &prog, sizeof(prog));
  return Napi::Number::New(env, r < 0 ? -errno : 0);
}

/**
 * getFilter(fd): the classic BPF program attached to the socket, as packed
 * struct sock_filter bytes (empty when none), or -errno. SO_GET_FILTER
 * counts optlen in instructions, not bytes: asked with 0 it reports the
 * count, asked again with that count it copies the program. A program
 * replaced in between (grown: EINVAL) is asked for again, a few times.
 */
Napi::Value GetFilter(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int fd = 0;
  if (!ReadInt32(info, 0, "fd", &fd)) return env.Undefined();
#ifdef SO_GET_FILTER
  for (int attempt = 0; attempt < 4; attempt++) {
    socklen_t count = 0;
    if (::getsockopt(fd, SOL_SOCKET, SO_GET_FILTER, nullptr, &count) < 0) return Napi::Number::New(env, -errno);
    std::vector<sock_filter> insns(count > 0 ? count : 1);
    socklen_t got = count;
    if (count > 0 && ::getsockopt(fd, SOL_SOCKET, SO_GET_FILTER, insns.data(), &got) < 0) {
      if (errno == EINVAL) continue;
      return Napi::Number::New(env, -errno);
    }
    size_t n = got < count ? got : count;
    return Napi::Buffer<uint8_t>::Copy(env, reinterpret_cast<const uint8_t*>(insns.data()), n * sizeof(sock_filter));
  }
  return Napi::Number::New(env, -EAGAIN);
#else
  return Napi::Number::New(env, -ENOPROTOOPT);
#endif
}

#else

Napi::Value Unsupported(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), -EAFNOSUPPORT);
}

#endif

}  // namespace

void InitFilter(Napi::Env env, Napi::Object exports) {
#ifdef SOCK_PACKET_HAVE_LINUX
  exports.Set("setsockoptFprog", Napi::Function::New(env, SetsockoptFprog, "setsockoptFprog"));
  exports.Set("getFilter", Napi::Function::New(env, GetFilter, "getFilter"));
#else
  exports.Set("setsockoptFprog", Napi::Function::New(env, Unsupported, "setsockoptFprog"));
  exports.Set("getFilter", Napi::Function::New(env, Unsupported, "getFilter"));
#endif
}

}  // namespace sockpacket
