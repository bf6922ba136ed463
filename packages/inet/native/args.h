// Argument checks for the inet addon. The TS layer validates first; these
// checks make sure no value reaching native code (wrong types, NaN, huge
// numbers, embedded NULs, detached buffers) can make a libc call read outside
// the memory it was handed. Failures throw Node-style coded errors.
#ifndef SOCK_INET_ARGS_H_
#define SOCK_INET_ARGS_H_

#include <napi.h>

#include <climits>
#include <cmath>
#include <cstring>
#include <string>

namespace sockinet {

inline void ThrowCoded(napi_env env, bool range, const char* code, const std::string& message) {
  if (range) {
    napi_throw_range_error(env, code, message.c_str());
  } else {
    napi_throw_type_error(env, code, message.c_str());
  }
}

inline bool ReadInt(const Napi::CallbackInfo& info, size_t index, const char* name, double min, double max,
                    long long* out) {
  Napi::Value v = info[index];
  if (!v.IsNumber()) {
    ThrowCoded(info.Env(), false, "ERR_INVALID_ARG_TYPE", std::string("The \"") + name + "\" argument must be of type number");
    return false;
  }
  double d = v.As<Napi::Number>().DoubleValue();
  if (!(d >= min && d <= max) || std::trunc(d) != d) {
    ThrowCoded(info.Env(), true, "ERR_OUT_OF_RANGE", std::string("The value of \"") + name + "\" is out of range");
    return false;
  }
  *out = static_cast<long long>(d);
  return true;
}

inline bool ReadInt32(const Napi::CallbackInfo& info, size_t index, const char* name, int* out) {
  long long v = 0;
  if (!ReadInt(info, index, name, INT_MIN, INT_MAX, &v)) return false;
  *out = static_cast<int>(v);
  return true;
}

/**
 * The bytes of a Buffer/TypedArray/DataView argument (any backing store,
 * SharedArrayBuffer included); a detached view yields zero bytes.
 */
inline bool ReadBytes(const Napi::CallbackInfo& info, size_t index, const char* name, const uint8_t** data,
                      size_t* length) {
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
  ThrowCoded(env, false, "ERR_INVALID_ARG_TYPE",
             std::string("The \"") + name + "\" argument must be an instance of Buffer, TypedArray, or DataView");
  return false;
}

/**
 * A C string argument: a JS string (UTF-8) or the bytes of a view; null or
 * undefined give *present = false when `nullable`. An embedded NUL is refused
 * (the C call would silently see a shorter string).
 */
inline bool ReadCString(const Napi::CallbackInfo& info, size_t index, const char* name, bool nullable,
                        std::string* out, bool* present) {
  Napi::Value v = info[index];
  *present = true;
  if (nullable && (v.IsNull() || v.IsUndefined())) {
    *present = false;
    return true;
  }
  if (v.IsString()) {
    *out = v.As<Napi::String>().Utf8Value();
  } else {
    const uint8_t* data = nullptr;
    size_t length = 0;
    if (!ReadBytes(info, index, name, &data, &length)) return false;
    out->assign(reinterpret_cast<const char*>(data), length);
  }
  if (out->find('\0') != std::string::npos) {
    ThrowCoded(info.Env(), false, "ERR_INVALID_ARG_VALUE",
               std::string("The argument '") + name + "' must not contain null bytes");
    return false;
  }
  return true;
}

}  // namespace sockinet

#endif  // SOCK_INET_ARGS_H_
