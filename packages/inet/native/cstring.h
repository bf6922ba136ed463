// The one argument shape the inet addon reads that the kit's <sock/args.h>
// does not: a C string (host names, service and protocol names, address
// text), given as a JS string or as the bytes of a view.
#ifndef SOCK_INET_CSTRING_H_
#define SOCK_INET_CSTRING_H_

#include <napi.h>

#include <sock/args.h>

#include <string>

namespace sockinet {

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
    sock::ByteView bytes;
    if (!sock::ReadView(info, index, name, &bytes)) return false;
    out->assign(reinterpret_cast<const char*>(bytes.data), bytes.length);
  }
  if (out->find('\0') != std::string::npos) {
    sock::ThrowTypeError(info.Env(), "ERR_INVALID_ARG_VALUE",
                         std::string("The argument '") + name + "' must not contain null bytes");
    return false;
  }
  return true;
}

}  // namespace sockinet

#endif  // SOCK_INET_CSTRING_H_
