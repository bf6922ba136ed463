// How the constants_*.cc files hand their values to JS.
//
// Each constant is read behind `#ifdef NAME`, so one this platform lacks is
// absent rather than invented. A few names (glibc's IPPORT_* and the TCP
// states) are enumerators, which the preprocessor cannot see: those files
// declare a fallback `sockinet_absent::NAME = kAbsent` only where no macro
// exists and read `::NAME`. Qualified lookup finds the header's enumerator
// when there is one and consults the using-directive's fallback only when
// there is not, so an absent enumerator yields kAbsent and is skipped.
#ifndef SOCK_INET_CONSTANTS_H_
#define SOCK_INET_CONSTANTS_H_

#include <napi.h>

#include <climits>

#include "headers.h"

constexpr long long kAbsent = LLONG_MIN;

namespace sockinet_absent {}

namespace sockinet {

/** Collects name -> value pairs into a JS object. */
class ConstantSink {
 public:
  explicit ConstantSink(Napi::Object target) : target_(target) {}
  template <typename T>
  void Add(const char* name, T value) {
    target_.Set(name, Napi::Number::New(target_.Env(), static_cast<double>(value)));
  }
  void AddProbed(const char* name, long long value) {
    if (value != kAbsent) Add(name, value);
  }

 private:
  Napi::Object target_;
};

void AddProtoConstants(ConstantSink& sink);
void AddIpConstants(ConstantSink& sink);
void AddIpv6Constants(ConstantSink& sink);
void AddTransportConstants(ConstantSink& sink);
void AddNetdbConstants(ConstantSink& sink);

}  // namespace sockinet

#endif  // SOCK_INET_CONSTANTS_H_
