// The argument reader of @sock's native kit: core's addon and every family's
// addon read their arguments with it, so a bad argument gives the same error
// text whichever addon received it.
//
// The TS layer validates every argument first; these checks exist so that no
// value reaching an addon (wrong types, NaN, huge numbers, detached buffers)
// can make a syscall read or write outside the memory the caller handed in.
// Failures throw Node-style errors (TypeError ERR_INVALID_ARG_TYPE,
// RangeError ERR_OUT_OF_RANGE) through the raw Node-API calls, which report a
// failure instead of aborting when the environment is shutting down.
#ifndef SOCK_ARGS_H_
#define SOCK_ARGS_H_

#include <napi.h>

#include <climits>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace sock {

/** A byte range inside an ArrayBufferView's backing store. */
struct ByteView {
  uint8_t* data = nullptr;
  size_t length = 0;
};

/** Number.MAX_SAFE_INTEGER */
constexpr double kMaxSafeInteger = 9007199254740991.0;

/** "type string", "undefined", "null", "an instance of Object", ... */
inline std::string DescribeType(napi_env env, napi_value value) {
  napi_valuetype type = napi_undefined;
  if (value == nullptr || napi_typeof(env, value, &type) != napi_ok) return "undefined";
  switch (type) {
    case napi_undefined: return "undefined";
    case napi_null: return "null";
    case napi_boolean: return "type boolean";
    case napi_number: return "type number";
    case napi_string: return "type string";
    case napi_symbol: return "type symbol";
    case napi_bigint: return "type bigint";
    case napi_function: return "type function";
    default: break;
  }
  bool is = false;
  if (napi_is_array(env, value, &is) == napi_ok && is) return "an instance of Array";
  if (napi_is_arraybuffer(env, value, &is) == napi_ok && is) return "an instance of ArrayBuffer";
  return "an instance of Object";
}

/** A number as JS would print it (near enough for an error message). */
inline std::string DescribeNumber(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
  char text[40];
  if (std::trunc(value) == value && std::fabs(value) < 1e21) {
    std::snprintf(text, sizeof text, "%.0f", value);
  } else {
    std::snprintf(text, sizeof text, "%.15g", value);
    if (std::strtod(text, nullptr) != value) std::snprintf(text, sizeof text, "%.17g", value);
  }
  return text;
}

inline void ThrowTypeError(napi_env env, const char* code, const std::string& message) {
  napi_throw_type_error(env, code, message.c_str());
}

inline void ThrowRangeError(napi_env env, const std::string& message) {
  napi_throw_range_error(env, "ERR_OUT_OF_RANGE", message.c_str());
}

/** TypeError ERR_INVALID_ARG_TYPE naming the argument and what it received. */
inline void ThrowArgType(napi_env env, const std::string& name, const char* expected, napi_value got) {
  ThrowTypeError(env, "ERR_INVALID_ARG_TYPE",
                 "The \"" + name + "\" argument must be " + expected + ". Received " + DescribeType(env, got));
}

/** RangeError ERR_OUT_OF_RANGE naming the argument, the accepted range and the value. */
inline void ThrowOutOfRange(napi_env env, const std::string& name, const std::string& range, double got) {
  ThrowRangeError(env, "The value of \"" + name + "\" is out of range. It must be " + range + ". Received " +
                           DescribeNumber(got));
}

/**
 * Reads info[index] as an integer in [min, max]. Non-numbers throw a
 * TypeError; NaN, fractions and values outside the range a RangeError.
 * No coercion: valueOf/toString of the argument never run.
 */
inline bool ReadInteger(const Napi::CallbackInfo& info, size_t index, const char* name, double min, double max,
                        double* out) {
  napi_env env = info.Env();
  napi_value value = info[index];
  double number = 0;
  // napi_get_value_double refuses anything but a number without coercing it.
  if (napi_get_value_double(env, value, &number) != napi_ok) {
    ThrowArgType(env, name, "of type number", value);
    return false;
  }
  if (!(number >= min && number <= max) || std::trunc(number) != number) {
    ThrowOutOfRange(env, name, "an integer >= " + DescribeNumber(min) + " and <= " + DescribeNumber(max), number);
    return false;
  }
  *out = number;
  return true;
}

/** An int32 argument (flags, levels, option names, family/type/proto, ...). */
inline bool ReadInt32(const Napi::CallbackInfo& info, size_t index, const char* name, int* out) {
  double number = 0;
  if (!ReadInteger(info, index, name, INT32_MIN, INT32_MAX, &number)) return false;
  *out = static_cast<int>(number);
  return true;
}

/** An fd: an int32 >= -1. Closed or never-opened fds are left for the kernel to refuse (EBADF). */
inline bool ReadFd(const Napi::CallbackInfo& info, size_t index, const char* name, int* out) {
  double number = 0;
  if (!ReadInteger(info, index, name, -1, INT32_MAX, &number)) return false;
  *out = static_cast<int>(number);
  return true;
}

/** A non-negative size no larger than Number.MAX_SAFE_INTEGER. */
inline bool ReadSize(const Napi::CallbackInfo& info, size_t index, const char* name, size_t* out) {
  double number = 0;
  if (!ReadInteger(info, index, name, 0, kMaxSafeInteger, &number)) return false;
  *out = number >= static_cast<double>(SIZE_MAX) ? SIZE_MAX : static_cast<size_t>(number);
  return true;
}

/** A boolean argument; no truthiness coercion. */
inline bool ReadBool(const Napi::CallbackInfo& info, size_t index, const char* name, bool* out) {
  napi_env env = info.Env();
  napi_value value = info[index];
  napi_valuetype type = napi_undefined;
  if (napi_typeof(env, value, &type) != napi_ok || type != napi_boolean) {
    ThrowArgType(env, name, "of type boolean", value);
    return false;
  }
  return napi_get_value_bool(env, value, out) == napi_ok;
}

inline size_t TypedArrayElementSize(napi_typedarray_type type) {
  switch (type) {
    case napi_int8_array:
    case napi_uint8_array:
    case napi_uint8_clamped_array: return 1;
    case napi_int16_array:
    case napi_uint16_array: return 2;
    case napi_int32_array:
    case napi_uint32_array:
    case napi_float32_array: return 4;
    case napi_float64_array:
    case napi_bigint64_array:
    case napi_biguint64_array: return 8;
    default: return 0;
  }
}

/**
 * The bytes an ArrayBufferView (any TypedArray, Buffer or DataView) covers.
 * A detached or out-of-bounds view yields {nullptr, 0}. Returns false, without
 * throwing, when value is not a view this addon understands.
 */
inline bool ViewBytes(napi_env env, napi_value value, ByteView* out) {
  bool is = false;
  void* data = nullptr;
  size_t offset = 0;
  if (napi_is_typedarray(env, value, &is) == napi_ok && is) {
    napi_typedarray_type type;
    size_t length = 0;
    if (napi_get_typedarray_info(env, value, &type, &length, &data, nullptr, &offset) != napi_ok) return false;
    size_t elementSize = TypedArrayElementSize(type);
    if (elementSize == 0) return false;
    out->data = static_cast<uint8_t*>(data);
    out->length = data == nullptr ? 0 : length * elementSize;
    return true;
  }
  if (napi_is_dataview(env, value, &is) == napi_ok && is) {
    size_t length = 0;
    napi_value arraybuffer;
    if (napi_get_dataview_info(env, value, &length, &data, &arraybuffer, &offset) != napi_ok) return false;
    out->data = static_cast<uint8_t*>(data);
    out->length = data == nullptr ? 0 : length;
    return true;
  }
  return false;
}

constexpr const char* kViewTypes = "an instance of Buffer, TypedArray, or DataView";

/** Reads info[index] as an ArrayBufferView; anything else throws a TypeError. */
inline bool ReadView(const Napi::CallbackInfo& info, size_t index, const char* name, ByteView* out) {
  if (ViewBytes(info.Env(), info[index], out)) return true;
  ThrowArgType(info.Env(), name, kViewTypes, info[index]);
  return false;
}

/** Like ReadView, but null or undefined give *present = false. */
inline bool ReadOptionalView(const Napi::CallbackInfo& info, size_t index, const char* name, ByteView* out,
                             bool* present) {
  napi_valuetype type = napi_undefined;
  napi_typeof(info.Env(), info[index], &type);
  *present = !(type == napi_null || type == napi_undefined);
  if (!*present) return true;
  if (ViewBytes(info.Env(), info[index], out)) return true;
  ThrowArgType(info.Env(), name, "an instance of Buffer, TypedArray, or DataView, or null", info[index]);
  return false;
}

/**
 * Reads (offset, length) from info[index], info[index + 1] and narrows
 * `whole` to that window; offset + length must not pass whole.length.
 */
inline bool ReadWindow(const Napi::CallbackInfo& info, size_t index, const ByteView& whole, ByteView* out) {
  size_t offset = 0;
  size_t length = 0;
  if (!ReadSize(info, index, "offset", &offset) || !ReadSize(info, index + 1, "length", &length)) return false;
  if (offset > whole.length) {
    ThrowOutOfRange(info.Env(), "offset", "<= " + std::to_string(whole.length) + " (the buffer's byteLength)",
                    static_cast<double>(offset));
    return false;
  }
  if (length > whole.length - offset) {
    ThrowOutOfRange(info.Env(), "length",
                    "<= " + std::to_string(whole.length - offset) + " (byteLength - offset)",
                    static_cast<double>(length));
    return false;
  }
  out->data = whole.data == nullptr ? nullptr : whole.data + offset;
  out->length = length;
  return true;
}

}  // namespace sock

#endif  // SOCK_ARGS_H_
