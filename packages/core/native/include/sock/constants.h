// The constants sink of @sock's native kit. A family's constants.def names
// each constant once; sock-gen-constants turns it into constants.generated.h,
// whose AddGeneratedConstants(sock::ConstantSink&) feeds the names this
// platform's headers define into the addon's `constants` object. A name the
// headers lack is left out, never invented.
//
// Macros are read behind `#ifdef NAME`. A bare enumerator (IFLA_MTU, glibc's
// IPPORT_*) is invisible to the preprocessor, so the generated header probes
// it by qualified lookup instead: it declares a fallback
// `constexpr long long NAME = sock::kAbsent;` in a namespace of its own
// (only where NAME is not a macro), adds `using namespace` for that namespace
// at global scope, and reads `::NAME`. Qualified lookup of ::NAME finds the
// header's enumerator when there is one and consults the using-directive's
// fallback only when there is not, so an absent enumerator reads as kAbsent,
// which AddProbed skips. The macros are read before the using-directive, so a
// macro whose expansion names a probed enumerator stays unambiguous; code
// after the include that names a probed enumerator unqualified would not, so
// a family includes the generated header last (or in a file of its own).
#ifndef SOCK_CONSTANTS_H_
#define SOCK_CONSTANTS_H_

#include <napi.h>

#include <climits>
#include <cstring>
#include <type_traits>
#include <utility>
#include <vector>

namespace sock {

/** What a probed enumerator reads as when the headers do not declare it. */
constexpr long long kAbsent = LLONG_MIN;

/**
 * Collects name -> value pairs into JS objects. Values become doubles with
 * their C type's signedness kept: `-1U` (VMADDR_CID_ANY) is 4294967295, as
 * Python shows it. Names go to `target` unless their group was routed
 * elsewhere (core sends its AF and ERRNO groups to objects of their own).
 */
class ConstantSink {
 public:
  explicit ConstantSink(Napi::Object target) : target_(target), current_(target) {}

  /** Sends the names of `group` to `target` instead of the default object. */
  void Route(const char* group, Napi::Object target) { routes_.emplace_back(group, target); }

  /** Starts the group the following names belong to (a `[GROUP]` line of constants.def). */
  void Group(const char* name) {
    current_ = target_;
    for (const auto& route : routes_) {
      if (std::strcmp(route.first, name) == 0) current_ = route.second;
    }
  }

  template <typename T>
  void Add(const char* name, T value) {
    static_assert(std::is_arithmetic<T>::value || std::is_enum<T>::value, "a constant is a number");
    current_.Set(name, Napi::Number::New(current_.Env(), static_cast<double>(value)));
  }

  /** Adds an enumerator read by qualified lookup; kAbsent means the headers lack it. */
  void AddProbed(const char* name, long long value) {
    if (value != kAbsent) Add(name, value);
  }

 private:
  Napi::Object target_;
  Napi::Object current_;
  std::vector<std::pair<const char*, Napi::Object>> routes_;
};

}  // namespace sock

#endif  // SOCK_CONSTANTS_H_
