// How the constants_*.cc files hand their values to JS.
//
// A macro is read behind `#ifdef NAME`, so a name this platform lacks is
// absent rather than invented; that includes the enumerators the headers also
// #define to themselves (RTM_*, RTNLGRP_*, IFF_*). The rest of the netlink
// names (IFLA_*, IFA_*, RTA_*, NLMSGERR_ATTR_*, ...) are bare enumerators,
// which the preprocessor cannot see: each file lists them once in an
// X-macro, declares a fallback `socknl_absent::NAME = kAbsent` for every one
// and reads `::NAME`. Qualified lookup finds the header's enumerator when
// there is one and consults the using-directive's fallback only when there
// is not, so an enumerator the headers lack yields kAbsent and is skipped.
// (Only bare enumerators get a fallback: a header macro that names an
// enumerator in its expansion, as RTM_NR_MSGTYPES names RTM_BASE, would
// otherwise become ambiguous.)
#ifndef SOCK_NETLINK_CONSTANTS_H_
#define SOCK_NETLINK_CONSTANTS_H_

#include <napi.h>

#include <climits>

constexpr long long kAbsent = LLONG_MIN;

#define SOCKNL_DECLARE_ABSENT(name) constexpr long long name = kAbsent;
#define SOCKNL_ADD_PROBED(name) s.AddProbed(#name, static_cast<long long>(::name));

namespace socknl {

/**
 * Collects name -> value pairs into `constants`, and the names of each group
 * (RTM, IFLA, NLM_F, ...) into `groups`, for the reverse maps.
 */
class ConstantSink {
 public:
  ConstantSink(Napi::Object constants, Napi::Object groups) : constants_(constants), groups_(groups) {}

  /** Starts the group that the following names belong to. */
  void Group(const char* name) {
    current_ = Napi::Array::New(constants_.Env());
    groups_.Set(name, current_);
  }

  template <typename T>
  void Add(const char* name, T value) {
    Napi::Env env = constants_.Env();
    constants_.Set(name, Napi::Number::New(env, static_cast<double>(value)));
    if (!current_.IsEmpty()) current_.Set(current_.Length(), Napi::String::New(env, name));
  }

  void AddProbed(const char* name, long long value) {
    if (value != kAbsent) Add(name, value);
  }

 private:
  Napi::Object constants_;
  Napi::Object groups_;
  Napi::Array current_;
};

void AddNetlinkConstants(ConstantSink& s);
void AddRtnetlinkConstants(ConstantSink& s);
void AddLinkConstants(ConstantSink& s);

/** sizeof/offsetof of the netlink structs, as this platform lays them out. */
Napi::Object Layout(Napi::Env env);

}  // namespace socknl

#endif  // SOCK_NETLINK_CONSTANTS_H_
