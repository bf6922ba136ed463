// Struct layouts of @sock's native kit: an addon reports sizeof and
// offsetof of the C structs its TS codecs pack, so they follow each
// platform's headers instead of numbers typed in by hand.
//
//   Napi::Object ll = sock::Struct(env, sizeof(sockaddr_ll));   // {size}
//   SOCK_FIELD(ll, sockaddr_ll, sll_ifindex);                    // ll.sll_ifindex = {offset, size}
//   SOCK_FIELD_AS(ll, "ifindex", sockaddr_ll, sll_ifindex);      // ll.ifindex = {offset, size}
//
// TS reads them as `{ size: number; [field]: { offset: number; size: number } }`.
#ifndef SOCK_LAYOUT_H_
#define SOCK_LAYOUT_H_

#include <napi.h>

#include <cstddef>

namespace sock {

/** Where a member sits in a struct: {offset, size}, frozen. */
inline Napi::Object Field(Napi::Env env, size_t offset, size_t size) {
  Napi::Object f = Napi::Object::New(env);
  f.Set("offset", Napi::Number::New(env, static_cast<double>(offset)));
  f.Set("size", Napi::Number::New(env, static_cast<double>(size)));
  f.Freeze();
  return f;
}

/** A struct's layout object, holding its sizeof as `size`; add members with SOCK_FIELD. */
inline Napi::Object Struct(Napi::Env env, size_t size) {
  Napi::Object s = Napi::Object::New(env);
  s.Set("size", Napi::Number::New(env, static_cast<double>(size)));
  return s;
}

}  // namespace sock

/** Sets obj[key] to {offset, size} of `type`'s `member`. */
#define SOCK_FIELD_AS(obj, key, type, member) \
  (obj).Set((key), ::sock::Field((obj).Env(), offsetof(type, member), sizeof(static_cast<type*>(nullptr)->member)))

/** Sets obj.<member> to {offset, size} of `type`'s `member`. */
#define SOCK_FIELD(obj, type, member) SOCK_FIELD_AS(obj, #member, type, member)

#endif  // SOCK_LAYOUT_H_
