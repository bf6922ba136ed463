// generated from constants.def by sock-gen-constants — do not edit
#ifndef SOCK_CONSTANTS_GENERATED_H_
#define SOCK_CONSTANTS_GENERATED_H_

#include <sock/constants.h>

#if __has_include(<sys/socket.h>)
#include <sys/socket.h>
#endif
#if __has_include(<linux/qrtr.h>)
#include <linux/qrtr.h>
#endif

/** The constants of constants.def that are macros (read behind #ifdef). */
inline void AddGeneratedMacros(sock::ConstantSink& s) {
  s.Group("AF");
#ifdef AF_QIPCRTR
  s.Add("AF_QIPCRTR", AF_QIPCRTR);
#endif
#ifdef PF_QIPCRTR
  s.Add("PF_QIPCRTR", PF_QIPCRTR);
#endif
  s.Group("QRTR");
#ifdef QRTR_NODE_BCAST
  s.Add("QRTR_NODE_BCAST", QRTR_NODE_BCAST);
#endif
#ifdef QRTR_PORT_CTRL
  s.Add("QRTR_PORT_CTRL", QRTR_PORT_CTRL);
#endif
}

// Fallbacks for the enumerators, found by qualified lookup only where the headers declare none (see <sock/constants.h>).
namespace sock_generated_absent {
#ifndef QRTR_TYPE_DATA
constexpr long long QRTR_TYPE_DATA = ::sock::kAbsent;
#endif
#ifndef QRTR_TYPE_HELLO
constexpr long long QRTR_TYPE_HELLO = ::sock::kAbsent;
#endif
#ifndef QRTR_TYPE_BYE
constexpr long long QRTR_TYPE_BYE = ::sock::kAbsent;
#endif
#ifndef QRTR_TYPE_NEW_SERVER
constexpr long long QRTR_TYPE_NEW_SERVER = ::sock::kAbsent;
#endif
#ifndef QRTR_TYPE_DEL_SERVER
constexpr long long QRTR_TYPE_DEL_SERVER = ::sock::kAbsent;
#endif
#ifndef QRTR_TYPE_DEL_CLIENT
constexpr long long QRTR_TYPE_DEL_CLIENT = ::sock::kAbsent;
#endif
#ifndef QRTR_TYPE_RESUME_TX
constexpr long long QRTR_TYPE_RESUME_TX = ::sock::kAbsent;
#endif
#ifndef QRTR_TYPE_EXIT
constexpr long long QRTR_TYPE_EXIT = ::sock::kAbsent;
#endif
#ifndef QRTR_TYPE_PING
constexpr long long QRTR_TYPE_PING = ::sock::kAbsent;
#endif
#ifndef QRTR_TYPE_NEW_LOOKUP
constexpr long long QRTR_TYPE_NEW_LOOKUP = ::sock::kAbsent;
#endif
#ifndef QRTR_TYPE_DEL_LOOKUP
constexpr long long QRTR_TYPE_DEL_LOOKUP = ::sock::kAbsent;
#endif
}  // namespace sock_generated_absent
using namespace sock_generated_absent;

/** The bare enumerators of constants.def, probed by qualified lookup. */
inline void AddGeneratedEnumerators(sock::ConstantSink& s) {
  s.Group("QRTR_TYPE");
#ifdef QRTR_TYPE_DATA
  s.Add("QRTR_TYPE_DATA", QRTR_TYPE_DATA);
#else
  s.AddProbed("QRTR_TYPE_DATA", static_cast<long long>(::QRTR_TYPE_DATA));
#endif
#ifdef QRTR_TYPE_HELLO
  s.Add("QRTR_TYPE_HELLO", QRTR_TYPE_HELLO);
#else
  s.AddProbed("QRTR_TYPE_HELLO", static_cast<long long>(::QRTR_TYPE_HELLO));
#endif
#ifdef QRTR_TYPE_BYE
  s.Add("QRTR_TYPE_BYE", QRTR_TYPE_BYE);
#else
  s.AddProbed("QRTR_TYPE_BYE", static_cast<long long>(::QRTR_TYPE_BYE));
#endif
#ifdef QRTR_TYPE_NEW_SERVER
  s.Add("QRTR_TYPE_NEW_SERVER", QRTR_TYPE_NEW_SERVER);
#else
  s.AddProbed("QRTR_TYPE_NEW_SERVER", static_cast<long long>(::QRTR_TYPE_NEW_SERVER));
#endif
#ifdef QRTR_TYPE_DEL_SERVER
  s.Add("QRTR_TYPE_DEL_SERVER", QRTR_TYPE_DEL_SERVER);
#else
  s.AddProbed("QRTR_TYPE_DEL_SERVER", static_cast<long long>(::QRTR_TYPE_DEL_SERVER));
#endif
#ifdef QRTR_TYPE_DEL_CLIENT
  s.Add("QRTR_TYPE_DEL_CLIENT", QRTR_TYPE_DEL_CLIENT);
#else
  s.AddProbed("QRTR_TYPE_DEL_CLIENT", static_cast<long long>(::QRTR_TYPE_DEL_CLIENT));
#endif
#ifdef QRTR_TYPE_RESUME_TX
  s.Add("QRTR_TYPE_RESUME_TX", QRTR_TYPE_RESUME_TX);
#else
  s.AddProbed("QRTR_TYPE_RESUME_TX", static_cast<long long>(::QRTR_TYPE_RESUME_TX));
#endif
#ifdef QRTR_TYPE_EXIT
  s.Add("QRTR_TYPE_EXIT", QRTR_TYPE_EXIT);
#else
  s.AddProbed("QRTR_TYPE_EXIT", static_cast<long long>(::QRTR_TYPE_EXIT));
#endif
#ifdef QRTR_TYPE_PING
  s.Add("QRTR_TYPE_PING", QRTR_TYPE_PING);
#else
  s.AddProbed("QRTR_TYPE_PING", static_cast<long long>(::QRTR_TYPE_PING));
#endif
#ifdef QRTR_TYPE_NEW_LOOKUP
  s.Add("QRTR_TYPE_NEW_LOOKUP", QRTR_TYPE_NEW_LOOKUP);
#else
  s.AddProbed("QRTR_TYPE_NEW_LOOKUP", static_cast<long long>(::QRTR_TYPE_NEW_LOOKUP));
#endif
#ifdef QRTR_TYPE_DEL_LOOKUP
  s.Add("QRTR_TYPE_DEL_LOOKUP", QRTR_TYPE_DEL_LOOKUP);
#else
  s.AddProbed("QRTR_TYPE_DEL_LOOKUP", static_cast<long long>(::QRTR_TYPE_DEL_LOOKUP));
#endif
}

/** Every constant of constants.def this platform's headers define. */
inline void AddGeneratedConstants(sock::ConstantSink& s) {
  AddGeneratedMacros(s);
  AddGeneratedEnumerators(s);
}

#endif  // SOCK_CONSTANTS_GENERATED_H_
