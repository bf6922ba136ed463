// Module init: the constants (constants.cc) and the layouts of struct
// sockaddr_alg and struct af_alg_iv. Where the platform has no
// <linux/if_alg.h> the layout object is empty and the family reports itself
// unavailable.
#include <napi.h>

#include <sock/layout.h>

#include <cstddef>
#include <sys/socket.h>

#if defined(__has_include)
#if __has_include(<linux/if_alg.h>)
#include <linux/if_alg.h>
#define SOCK_ALG_HAVE_HEADERS 1
#endif
#endif

#include "alg.h"

namespace {

Napi::Object Layout(Napi::Env env) {
  Napi::Object layout = Napi::Object::New(env);
#ifdef SOCK_ALG_HAVE_HEADERS
  Napi::Object addr = sock::Struct(env, sizeof(struct sockaddr_alg));
  SOCK_FIELD_AS(addr, "family", struct sockaddr_alg, salg_family);
  SOCK_FIELD_AS(addr, "type", struct sockaddr_alg, salg_type);
  SOCK_FIELD_AS(addr, "feat", struct sockaddr_alg, salg_feat);
  SOCK_FIELD_AS(addr, "mask", struct sockaddr_alg, salg_mask);
  SOCK_FIELD_AS(addr, "name", struct sockaddr_alg, salg_name);
  addr.Freeze();
  layout.Set("sockaddrAlg", addr);

  // struct af_alg_iv ends in a flexible array: `iv` is where the bytes start.
  Napi::Object iv = sock::Struct(env, sizeof(struct af_alg_iv));
  SOCK_FIELD_AS(iv, "ivlen", struct af_alg_iv, ivlen);
  iv.Set("iv", sock::Field(env, offsetof(struct af_alg_iv, iv), 0));
  iv.Freeze();
  layout.Set("afAlgIv", iv);
#endif
  layout.Freeze();
  return layout;
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  Napi::Object constants = sockalg::Constants(env);
  constants.Freeze();
  exports.Set("constants", constants);
  exports.Set("layout", Layout(env));
  return exports;
}

}  // namespace

NODE_API_MODULE(sock_alg, Init)
