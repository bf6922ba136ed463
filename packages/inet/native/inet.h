// The pieces of the @sock/inet addon, each in its own file; inet.cc joins them.
#ifndef SOCK_INET_INET_H_
#define SOCK_INET_INET_H_

#include <napi.h>

namespace sockinet {

/** constants.cc: every name of constants.def this platform defines. */
Napi::Object Constants(Napi::Env env);
/** layout.cc: sockaddr and option struct layouts. */
Napi::Object Layout(Napi::Env env);
/** tcp_info.cc: struct tcp_info's fields, or null where TCP_INFO is missing. */
Napi::Value TcpInfoLayout(Napi::Env env);
/** netdb.cc: inet_*, host names, services, protocols, error strings. */
void InitNetdb(Napi::Env env, Napi::Object exports);
/** resolver.cc: getaddrinfo, getnameinfo and the hostent lookups, sync and async. */
void InitResolver(Napi::Env env, Napi::Object exports);

}  // namespace sockinet

#endif  // SOCK_INET_INET_H_
